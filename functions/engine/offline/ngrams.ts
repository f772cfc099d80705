/** Token n-grams of a text (longest first) with their token positions. */
export function ngrams(tokens: string[], maxLength: number): Array<{ key: string; from: number; to: number }> {
  const out: Array<{ key: string; from: number; to: number }> = [];
  for (let n = Math.min(maxLength, tokens.length); n >= 1; n--) {
    for (let i = 0; i + n <= tokens.length; i++) out.push({ key: tokens.slice(i, i + n).join(' '), from: i, to: i + n });
  }
  return out;
}
