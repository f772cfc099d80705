/** Token n-grams of a text (longest first) with their token positions. */
export function ngrams(tokens: string[], maxLength: number, starts?: (word: string) => boolean): Array<{ key: string; from: number; to: number }> {
  const out: Array<{ key: string; from: number; to: number }> = [];
  const ok = tokens.map((t) => !starts || starts(t));
  for (let n = Math.min(maxLength, tokens.length); n >= 1; n--) {
    for (let i = 0; i + n <= tokens.length; i++) if (ok[i]) out.push({ key: tokens.slice(i, i + n).join(' '), from: i, to: i + n });
  }
  return out;
}

export interface NgramHit<T> {
  key: string;
  from: number;
  to: number;
  hit: T;
}

/**
 * The n-grams a lookup finds, in the order `ngrams` lists them (longest first, then left to right),
 * without building every n-gram: a scan over a whole posting looks up only from the words that can
 * start a label (`starts`), and stops lengthening an n-gram once no label goes on with it (`goesOn`).
 * The lookup must have no side effects; n-grams it misses are simply not listed.
 */
export function ngramHits<T>(
  tokens: string[],
  maxLength: number,
  lookup: (key: string, n: number) => T | undefined,
  starts?: (word: string) => boolean,
  goesOn?: (prefix: string) => boolean,
): Array<NgramHit<T>> {
  const hits: Array<NgramHit<T>> = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] ?? '';
    if (starts && !starts(first)) continue;
    let key = first;
    const last = Math.min(tokens.length, i + maxLength);
    for (let to = i + 1; ; to++) {
      const hit = lookup(key, to - i);
      if (hit !== undefined) hits.push({ key, from: i, to, hit });
      if (to >= last || (goesOn && !goesOn(key))) break;
      key = `${key} ${tokens[to] ?? ''}`;
    }
  }
  // Longest first, then left to right: the order in which earlier hits claim their words.
  return hits.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
}
