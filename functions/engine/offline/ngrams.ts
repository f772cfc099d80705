/** Token n-grams of a text (longest first) with their token positions. */
export function ngrams(tokens: string[], maxLength: number, starts?: (word: string) => boolean): Array<{ key: string; from: number; to: number }> {
  const out: Array<{ key: string; from: number; to: number }> = [];
  const ok = tokens.map((t) => !starts || starts(t));
  for (let n = Math.min(maxLength, tokens.length); n >= 1; n--) {
    for (let i = 0; i + n <= tokens.length; i++) if (ok[i]) out.push({ key: tokens.slice(i, i + n).join(' '), from: i, to: i + n });
  }
  return out;
}
