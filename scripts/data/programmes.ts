import { normalize, stem, STOPWORDS } from '../../functions/taxonomy/normalize';

export interface Programme {
  name: string;
  altName: string | null;
  code: string;
  level: string;
  eqf: number;
}

const GENERIC = new Set([
  ...STOPWORDS,
  'bachelor',
  'master',
  'associate',
  'degree',
  'opleiding',
  'hbo',
  'wo',
  'mbo',
  'ad',
  'ba',
  'ma',
  'msc',
  'bsc',
  'science',
  'sciences',
  'arts',
  'studies',
  'medewerker',
  'allround',
  'eerste',
  'tweede',
  'niveau',
  'kwalificatie',
  'programme',
  'international',
  'internationale',
  'and',
  'management',
  'business',
  'technology',
  'technologie',
  'engineering',
  'applied',
]);

/** Stems shorter than this match a label word only as that word (with at most two more letters) or a compound it opens. */
const MIN_PREFIX = 6;
/** Heads of Dutch job compounds that are no label words of their own. */
const HEADS = ['bedekking', 'bouwer', 'bouw', 'werker', 'man', 'vrouw', 'kracht', 'technicus', 'monteur', 'dekker'];

function contentStems(name: string): string[] {
  return normalize(name)
    .split(' ')
    .filter((t) => t.length >= 3 && !GENERIC.has(t))
    .map(stem);
}

/**
 * Link programmes to ESCO occupations by label overlap: a programme's content words (stemmed)
 * must each be a prefix of a word of the occupation label ("verpleegkund" ⊂ "verpleegkundige").
 */
export function linkProgrammes(programmes: Programme[], occupationLabels: Array<{ occupation: number; label: string }>): number[][] {
  const byPrefix = new Map<string, Set<number>>();
  const words: string[] = [];
  const wordOccupations = new Map<string, Set<number>>();
  for (const { occupation, label } of occupationLabels) {
    for (const word of normalize(label).split(' ')) {
      if (word.length < 3) continue;
      let set = wordOccupations.get(word);
      if (!set) {
        set = new Set();
        wordOccupations.set(word, set);
        words.push(word);
      }
      set.add(occupation);
    }
  }
  words.sort();
  const lookup = (prefix: string): Set<number> => {
    const hit = byPrefix.get(prefix);
    if (hit) return hit;
    const found = new Set<number>();
    let lo = 0,
      hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((words[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < words.length && (words[i] ?? '').startsWith(prefix); i++) {
      // A short stem names only its own word or a compound it opens ("dak" → "dakbedekking",
      // "stand" → "standbouwer"): "vers" (Medewerker vers) is not "verstandelijke".
      const rest = (words[i] ?? '').slice(prefix.length);
      // (With a linking "s", "e" or "en" between: "stand" → "standenbouwer".)
      if (prefix.length < MIN_PREFIX && rest.length > 2 && !HEADS.some((h) => rest === h || rest === `${h}s` || rest.replace(/^(?:en|e|s)/u, '') === h))
        continue;
      for (const o of wordOccupations.get(words[i] ?? '') ?? []) found.add(o);
    }
    byPrefix.set(prefix, found);
    return found;
  };
  return programmes.map((programme) => {
    const names = [programme.name, programme.altName].filter((n): n is string => !!n);
    const scores = new Map<number, number>();
    for (const name of names) {
      const stems = contentStems(name);
      if (!stems.length) continue;
      const counts = new Map<number, number>();
      for (const s of new Set(stems)) for (const o of lookup(s)) counts.set(o, (counts.get(o) ?? 0) + 1);
      for (const [o, c] of counts) scores.set(o, Math.max(scores.get(o) ?? 0, c / new Set(stems).size));
    }
    return [...scores]
      .filter(([, s]) => s >= 0.99)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, 5)
      .map(([o]) => o);
  });
}
