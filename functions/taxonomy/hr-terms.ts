/**
 * Common Dutch words of vacancies and HR in the English words of ESCO's skill labels (#19), from
 * functions/data/hr-terms-nl-en.json (written by hand, by sector: care, construction, office,
 * logistics, retail, hospitality, ICT). ESCO v1.1.1 gives most skills only an English label here,
 * so a Dutch word that no Dutch label has ("wondzorg", "notuleren") finds its skills through the
 * English words for it: the whole query, else its words (a compound's parts) together, else the
 * word a Dutch phrase is about, its last.
 */
import data from '../data/hr-terms-nl-en.json';
import { compoundParts, dutchForms } from './dutch-forms';
import { normalize, STOPWORDS } from './normalize';

/** An English term, and the stems of its words that a label must all have. */
export interface Term {
  text: string;
  stems: string[];
}

/** Normalised Dutch word or phrase → its English terms, best first. */
let table: Map<string, string[]> | null = null;

function dictionary(): Map<string, string[]> {
  if (table) return table;
  table = new Map();
  for (const [sector, entries] of Object.entries(data)) {
    if (sector === '_about') continue;
    for (const [dutch, english] of Object.entries(entries as Record<string, string[]>)) table.set(normalize(dutch), english);
  }
  return table;
}

/** How many Dutch words and phrases the table holds. */
export const termCount = () => dictionary().size;

/** An English word's stem, so a term meets its forms: "lifting", "lifts" → "lift"; "nurse", "nursing" → "nurs". */
export function englishStem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

function term(english: string): Term {
  const text = normalize(english);
  return {
    text,
    stems: text
      .split(' ')
      .filter((w) => !STOPWORDS.has(w))
      .map(englishStem),
  };
}

/** A Dutch word's terms: the word, else one of its forms ("verpleegkundige" → "verpleegkundig"). */
function lookup(word: string): string[] | null {
  const dict = dictionary();
  return (
    dict.get(word) ??
    dutchForms(word)
      .map((form) => dict.get(form.text))
      .find(Boolean) ??
    null
  );
}

/** Terms of several words together: each word's first two terms, every combination ("wound" + "care"). */
function together(parts: string[][]): string[] {
  return parts.reduce<string[]>((out, terms) => out.flatMap((head) => terms.slice(0, 2).map((t) => (head ? `${head} ${t}` : t))), ['']);
}

/** The English terms for a normalised Dutch query, best first; none when the table has no word of it. */
export function englishTerms(query: string): Term[] {
  const whole = lookup(query);
  if (whole) return whole.map(term);
  const words = query.split(' ').filter((w) => !STOPWORDS.has(w));
  const out: string[] = [];
  if (words.length === 1) {
    const parts = compoundParts(words[0]!, (part) => lookup(part) !== null);
    if (!parts) return [];
    const [modifier, head] = parts.map((p) => lookup(p)!) as [string[], string[]];
    out.push(...together([modifier, head]), ...head);
  } else {
    const each = words.map(lookup);
    if (each.every(Boolean)) out.push(...together(each as string[][]));
    out.push(...(each.at(-1) ?? []));
  }
  return [...new Set(out)].map(term);
}
