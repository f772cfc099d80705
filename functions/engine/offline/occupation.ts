import type { Taxonomy } from '../../taxonomy';
import { stem, tokens } from '../../taxonomy/normalize';
import { ngrams } from './ngrams';

export interface OccupationCandidate { id: number; score: number }

// One-word labels that are too generic to name a job on their own.
const GENERIC = new Set(['medewerker', 'assistent', 'manager', 'adviseur', 'specialist', 'consultant', 'analist', 'analyst', 'engineer', 'leider', 'hoofd', 'head', 'director', 'directeur', 'officer', 'coordinator', 'coördinator', 'beheerder', 'student', 'stagiair', 'intern', 'trainee', 'team', 'partner', 'lead', 'expert', 'professional', 'operator', 'agent', 'worker', 'helper', 'vrijwilliger', 'ontwikkelaar', 'developer', 'designer', 'ontwerper', 'planner', 'monteur', 'technicus', 'inspecteur', 'bediende', 'medewerkster', 'werknemer', 'employee', 'staff', 'senior', 'junior', 'docent', 'leraar', 'teacher', 'tester', 'programmeur', 'administrator', 'architect']);
const TITLE_WEIGHT = 6;

/**
 * Find the vacancy's ESCO occupations from its title and text: label n-grams (Dutch and English,
 * preferred and alternative labels), longer and title matches weighing more.
 */
export function detectOccupations(title: string | null, text: string, taxonomy: Taxonomy): OccupationCandidate[] {
  const found = scan(title, text, taxonomy, false);
  if (found.length) return found;
  // Nothing specific: let generic one-word titles ("ontwikkelaar", "bediende") count after all,
  // then any occupation label sharing a word with the title ("werfleider" → "werfleider bouw").
  const generic = scan(title, text, taxonomy, true);
  return generic.length ? generic : byWords(`${title ?? ''} ${text.slice(0, 300)}`, taxonomy);
}

function byWords(source: string, taxonomy: Taxonomy): OccupationCandidate[] {
  const scores = new Map<number, number>();
  for (const word of new Set(tokens(source).map((t) => SYNONYMS[t] ?? t))) {
    if (word.length < 5) continue;
    const ids = taxonomy.occupationsByWord(word);
    if (!ids.length || ids.length > 40) continue;
    for (const id of ids) scores.set(id, (scores.get(id) ?? 0) + 1 / ids.length);
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id).slice(0, 3);
}

// Regional words ESCO's Dutch labels do not use (Flemish postings).
const SYNONYMS: Record<string, string> = { bediende: 'medewerker', werfleider: 'uitvoerder', zaakvoerder: 'bedrijfsleider' };

function scan(title: string | null, text: string, taxonomy: Taxonomy, allowGeneric: boolean): OccupationCandidate[] {
  const scores = new Map<number, number>();
  const add = (source: string, weight: number) => {
    const toks = tokens(source).map((t) => SYNONYMS[t] ?? t);
    const used = new Array<boolean>(toks.length).fill(false);
    for (const { key, from, to } of ngrams(toks, 4, (w) => taxonomy.startsOccupationLabel(w) || w.length > 5)) {
      if (overlaps(used, from, to)) continue;
      let ids = taxonomy.occupationsByKey(key);
      if (!ids && weight >= 2 && to - from === 1 && key.length > 5) ids = taxonomy.occupationsByKey(stem(key)) ?? taxonomy.occupationsByKey(`${stem(key)}e`);
      if (!ids) continue;
      const n = to - from;
      if (n === 1 && ((!allowGeneric && GENERIC.has(key)) || key.length < 4)) continue;
      for (let i = from; i < to; i++) used[i] = true;
      const share = 1 / ids.length;
      for (const id of ids) scores.set(id, (scores.get(id) ?? 0) + weight * n * n * share);
    }
  };
  if (title) add(title, TITLE_WEIGHT);
  // Job titles in the text: the first lines, "als X", "as a X", "zoeken een X".
  const head = text.slice(0, 600);
  add(head.split('\n')[0] ?? '', TITLE_WEIGHT / 2);
  for (const m of text.matchAll(/\b(?:als|as an?|zoeken (?:een|naar een)|looking for an?|functie|specialisatie|position|role)\s*:?\s+([^\n.,;:!?()]{3,60})/gi)) add(m[1] ?? '', 2);
  add(text.slice(0, 2000), 0.5);
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id).slice(0, 5);
}

function overlaps(used: boolean[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (used[i]) return true;
  return false;
}
