/**
 * Occupation search for the side panel's choice of occupation (`GET /v1/occupations`, #15). Ranks
 * like the skill search (functions/lib/skill-search.ts): a label equal to the query, then one that
 * has it as a whole word ("algemeen verpleegkundige" for "verpleegkundige"), then one with a word
 * starting with it, then any substring, then one with every word of the query at the start of its
 * words in any order ("ggz verpleegkundige"). At each level the preferred label in the asked
 * language comes first, then the other language's, then ESCO's alternative labels
 * ("heftruckbestuurder" is forklift operator's).
 */
import type { Language } from '../../shared/locale';
import type { OccupationHit } from '../../shared/occupations';
import type { Taxonomy } from './taxonomy';
import { normalize } from './normalize';

/** Labels normalised and padded with a space either side, so that word boundaries are plain `includes`. */
interface Labels {
  nl: string[][];
  en: string[][];
  alt: string[][];
}

/** Normalised labels per occupation, built once per isolate (about 3,000 occupations). */
const cache = new WeakMap<Taxonomy, Labels>();

function labels(taxonomy: Taxonomy): Labels {
  let found = cache.get(taxonomy);
  if (!found) {
    const o = taxonomy.index.occupations;
    const pad = (label: string) => ` ${label} `;
    // "medewerker groenvoorziening/medewerkster groenvoorziening": each side is a label.
    const split = (label: string | undefined) => (label ?? '').split('/').map(normalize).filter(Boolean).map(pad);
    found = { nl: o.nl.map(split), en: o.en.map(split), alt: o.alt.map((a) => (a ?? '').split('|').filter(Boolean).map(pad)) };
    cache.set(taxonomy, found);
  }
  return found;
}

interface Query {
  whole: string;
  start: string;
  bare: string;
  words: string[];
}

/** How well a padded label matches the query: 0 best, -1 not at all. Most labels fail the first test. */
function rank(label: string, q: Query): number {
  if (!label.includes(q.bare)) return q.words.length > 1 && q.words.every((w) => label.includes(w)) ? 4 : -1;
  if (label === q.whole) return 0;
  if (label.includes(q.whole)) return 1;
  if (label.includes(q.start)) return 2;
  return 3;
}

/** The best match among labels, as [rank, label]; rank -1 when none matches. */
function bestOf(list: string[], q: Query): [number, string] {
  let best: [number, string] = [-1, ''];
  for (const label of list) {
    const r = rank(label, q);
    if (r >= 0 && (best[0] < 0 || r < best[0] || (r === best[0] && label.length < best[1].length))) best = [r, label];
  }
  return best;
}

export function searchOccupations(taxonomy: Taxonomy, text: string, language: Language, limit: number): OccupationHit[] {
  const bare = normalize(text);
  if (!bare) return [];
  const q: Query = { whole: ` ${bare} `, start: ` ${bare}`, bare, words: bare.split(' ').map((w) => ` ${w}`) };
  const all = labels(taxonomy);
  const other: Language = language === 'nl' ? 'en' : 'nl';
  const scored: { id: number; score: number; length: number; alt: string | null }[] = [];
  for (let id = 0; id < all.en.length; id++) {
    const tries: Array<[number, string, number]> = [
      [...bestOf(all[language][id] ?? [], q), 0],
      [...bestOf(all[other][id] ?? [], q), 1],
      [...bestOf(all.alt[id] ?? [], q), 2],
    ];
    let best: { score: number; length: number; alt: string | null } | null = null;
    for (const [r, label, kind] of tries) {
      if (r < 0) continue;
      const score = r * 3 + kind;
      if (!best || score < best.score) best = { score, length: label.length, alt: kind === 2 ? label.trim() : null };
    }
    if (best) scored.push({ id, ...best });
  }
  // A short label breaks ties: the general occupation before its specialisations.
  scored.sort((a, b) => a.score - b.score || a.length - b.length || a.id - b.id);
  return scored.slice(0, limit).map(({ id, alt }) => {
    const o = taxonomy.occupation(id);
    return {
      uri: o.uri,
      label: (language === 'nl' ? o.nl : o.en) || o.en,
      altLabel: (language === 'nl' ? o.en : o.nl) || null,
      matched: alt,
    } satisfies OccupationHit;
  });
}
