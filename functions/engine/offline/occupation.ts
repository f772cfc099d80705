import type { Taxonomy } from '../../taxonomy';
import { normalize, stem, tokens } from '../../taxonomy/normalize';
import { ngramHits, ngrams } from './ngrams';
import { matchAll } from './match-all';

export interface OccupationCandidate { id: number; score: number; source: 'title' | 'programme' | 'text' }

// One-word labels that are too generic to name a job on their own.
const GENERIC = new Set(['medewerker', 'assistent', 'manager', 'adviseur', 'specialist', 'consultant', 'analist', 'analyst', 'engineer', 'leider', 'hoofd', 'head', 'director', 'directeur', 'officer', 'coordinator', 'coördinator', 'beheerder', 'student', 'stagiair', 'intern', 'trainee', 'team', 'partner', 'lead', 'expert', 'professional', 'operator', 'agent', 'worker', 'helper', 'vrijwilliger', 'ontwikkelaar', 'developer', 'designer', 'ontwerper', 'planner', 'monteur', 'technicus', 'inspecteur', 'bediende', 'medewerkster', 'werknemer', 'employee', 'staff', 'senior', 'junior', 'docent', 'leraar', 'teacher', 'tester', 'programmeur', 'administrator', 'architect']);
const TITLE_WEIGHT = 6;
const PROGRAMME_WEIGHT = 5;
/** A text-only guess below this (one-word labels in running text, once or twice) is too weak to ground a diploma in; a two-word label in the text, or one after "als"/"as a", is enough. */
export const CONFIDENT_SCORE = 2;

/**
 * Find the vacancy's ESCO occupations, in order of trust: the title (Dutch and English labels and
 * alternative labels, also with its words reordered or joined: "medewerker logistiek" ~
 * "logistiek medewerker", "marketing medewerker" ~ "marketingmedewerker"), then the occupations of
 * programmes the posting names, then label n-grams in the text.
 */
export function detectOccupations(title: string | null, text: string, taxonomy: Taxonomy, programmeOccupations: number[][] = []): OccupationCandidate[] {
  const scores = new Map<number, { score: number; source: OccupationCandidate['source'] }>();
  const bump = (id: number, score: number, source: OccupationCandidate['source']) => {
    const prev = scores.get(id);
    if (prev) prev.score += score; else scores.set(id, { score, source });
  };
  if (title) for (const [id, score] of titleMatches(title, taxonomy)) bump(id, score, 'title');
  for (const ids of programmeOccupations) for (const id of ids) bump(id, PROGRAMME_WEIGHT / ids.length, 'programme');
  for (const [id, score] of scan(null, text, taxonomy, false)) bump(id, score, 'text');
  if (!scores.size) {
    // Nothing specific: generic one-word titles count when they are an occupation's own label,
    // then any occupation label sharing a word with the title ("werfleider" → "werfleider bouw").
    for (const [id, score] of scan(title, text, taxonomy, true)) bump(id, score, 'text');
    if (!scores.size) for (const c of byWords(`${title ?? ''} ${text.slice(0, 300)}`, taxonomy)) bump(c.id, c.score, 'text');
  }
  return [...scores].map(([id, s]) => ({ id, score: s.score, source: s.source })).sort((a, b) => b.score - a.score || a.id - b.id).slice(0, 5);
}

/** Occupations a name (a title or an MBO qualification) stands for, through the same variants as titles. */
export function occupationsByName(name: string, taxonomy: Taxonomy): number[] {
  const ranked = [...titleMatches(name, taxonomy)].sort((a, b) => b[1] - a[1]);
  return ranked.filter(([, s]) => s >= (ranked[0]?.[1] ?? 0) / 2).map(([id]) => id).slice(0, 3);
}

/**
 * Title segments ("Analytics Manager - Data Mart" → two) matched as whole labels, longest n-grams
 * first, then as pairs of their words reordered or joined into a Dutch compound.
 */
function titleMatches(title: string, taxonomy: Taxonomy): Map<number, number> {
  const scores = new Map<number, number>();
  const add = (ids: number[] | undefined, weight: number, key?: string) => {
    if (!ids) return false;
    // A title that is an occupation's own (preferred) label names it more surely than one of its
    // alternative labels shared with others.
    const own = key ? ids.filter((id) => normalize(taxonomy.occupation(id).nl) === key || normalize(taxonomy.occupation(id).en) === key) : [];
    for (const id of ids) scores.set(id, (scores.get(id) ?? 0) + (weight / ids.length) * (own.length && !own.includes(id) ? 0.5 : 1));
    return true;
  };
  for (const segment of title.split(/\s[-–|]\s|[|/,:(]/).slice(0, 4)) {
    const toks = tokens(segment).map(synonym).filter((t) => t.length > 1 && !FILLER.has(t)).slice(0, 8);
    const used = new Array<boolean>(toks.length).fill(false);
    for (const { key, from, to } of ngrams(toks, 4)) {
      if (overlaps(used, from, to)) continue;
      const n = to - from;
      if (n === 1 && (GENERIC.has(key) || key.length < 4)) continue;
      let ids = taxonomy.occupationsByKey(key);
      if (!ids && n === 1 && key.length > 5) ids = taxonomy.occupationsByKey(stem(key)) ?? taxonomy.occupationsByKey(`${stem(key)}e`);
      if (!ids && n === 2) ids = taxonomy.occupationsByKey(key.replace(' ', ''));
      if (!add(ids, TITLE_WEIGHT * n * n, key)) continue;
      for (let i = from; i < to; i++) used[i] = true;
    }
    // Words the whole-label pass left over: pair each with the others, in either order and joined
    // ("medewerker logistiek" → "logistiek medewerker"; "marketing & communicatie medewerker" →
    // "marketingmedewerker").
    for (let i = 0; i < toks.length; i++) {
      for (let j = 0; j < toks.length; j++) {
        if (i === j || (used[i] && used[j])) continue;
        const a = toks[i] ?? '', b = toks[j] ?? '';
        if (i < j) {
          // In order: only the Dutch compound, the plain pair was tried above.
          add(taxonomy.occupationsByKey(a + b), TITLE_WEIGHT * 3);
        } else {
          add(taxonomy.occupationsByKey(`${a} ${b}`) ?? taxonomy.occupationsByKey(a + b), TITLE_WEIGHT * 3);
        }
      }
    }
  }
  return scores;
}

// Title words that never name the job: gender markers, seniority, contract terms.
const FILLER = new Set(['m', 'v', 'x', 'f', 'mv', 'mvx', 'vm', 'h', 'senior', 'junior', 'medior', 'ervaren', 'experienced', 'fulltime', 'parttime', 'full', 'part', 'time', 'vacature', 'vacancy', 'uur', 'hours', 'en', 'and', 'of', 'or', 'de', 'het', 'een', 'the', 'a', 'in', 'bij', 'at', 'voor', 'for', 'nl', 'be']);

function byWords(source: string, taxonomy: Taxonomy): Array<{ id: number; score: number }> {
  const scores = new Map<number, number>();
  for (const word of new Set(tokens(source).map(synonym))) {
    if (word.length < 5) continue;
    const ids = taxonomy.occupationsByWord(word);
    if (!ids.length || ids.length > 40) continue;
    for (const id of ids) scores.set(id, (scores.get(id) ?? 0) + 1 / ids.length);
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id).slice(0, 3);
}

// Regional words ESCO's Dutch labels do not use (Flemish postings).
// A Map, not an object: an object lookup turned the word "constructor" into Object's constructor
// ("Furniture constructor" matched nothing), and cost a string-table lookup per word of the posting.
const SYNONYMS = new Map([['bediende', 'medewerker'], ['werfleider', 'uitvoerder'], ['zaakvoerder', 'bedrijfsleider']]);
const synonym = (word: string) => SYNONYMS.get(word) ?? word;

const NAMED_JOB = /\b(?:als|as an?|zoeken (?:een|naar een)|looking for an?|functie|specialisatie|position|role)\s*:?\s+([^\n.,;:!?()]{3,60})/gi;

function scan(title: string | null, text: string, taxonomy: Taxonomy, allowGeneric: boolean): Map<number, number> {
  const scores = new Map<number, number>();
  const add = (source: string, weight: number) => {
    const toks = tokens(source).map(synonym);
    const used = new Array<boolean>(toks.length).fill(false);
    const lookup = (key: string, n: number) => {
      const ids = taxonomy.occupationsByKey(key);
      if (ids || weight < 2 || n !== 1 || key.length <= 5) return ids;
      return taxonomy.occupationsByKey(stem(key)) ?? taxonomy.occupationsByKey(`${stem(key)}e`);
    };
    // Longer words that start no label are worth a look only for their stem, at the weights that try it.
    const starts = weight >= 2 ? (w: string) => taxonomy.startsOccupationLabel(w) || w.length > 5 : (w: string) => taxonomy.startsOccupationLabel(w);
    for (const { key, from, to, hit } of ngramHits(toks, 4, lookup, starts, (prefix) => taxonomy.occupationLabelGoesOn(prefix))) {
      if (overlaps(used, from, to)) continue;
      let ids = hit;
      const n = to - from;
      if (n === 1 && key.length < 4) continue;
      if (n === 1 && GENERIC.has(key)) {
        // A generic word ("medewerker", "manager") names only occupations whose own label it is,
        // never one that merely lists it as an alternative label.
        if (!allowGeneric) continue;
        ids = ids.filter((id) => normalize(taxonomy.occupation(id).nl) === key || normalize(taxonomy.occupation(id).en) === key);
        if (!ids.length) continue;
      }
      for (let i = from; i < to; i++) used[i] = true;
      const share = 1 / ids.length;
      for (const id of ids) scores.set(id, (scores.get(id) ?? 0) + weight * n * n * share);
    }
  };
  if (title) add(title, TITLE_WEIGHT);
  // Job titles in the text: the first lines, "als X", "as a X", "zoeken een X".
  const head = text.slice(0, 600);
  add(head.split('\n')[0] ?? '', TITLE_WEIGHT / 2);
  for (const m of matchAll(NAMED_JOB, text)) add(m[1] ?? '', 2);
  add(text.slice(0, 2000), 0.5);
  return scores;
}

function overlaps(used: boolean[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (used[i]) return true;
  return false;
}
