/**
 * The vacancy's occupation: from the title first, then the programmes its diploma requirements
 * name, then the text; claimed only when sure (#15), or the one the user chose. Which occupations
 * are sure decides what a diploma may stand for.
 */
import type { Language } from '../../../shared/locale';
import type { Occupation, OccupationCandidate, Requirement } from '../../../shared/translation';
import type { Taxonomy } from '../../taxonomy';
import { findProgramme, namedOccupations, type OccupationFoundIn } from './education';
import { claimOccupation, CONFIDENT_SCORE, detectOccupations } from './occupation';

export interface VacancyOccupation {
  occupation: Occupation | null;
  occupationCandidates: OccupationCandidate[];
  foundIn: Map<number, OccupationFoundIn>;
  /** The occupations the engine is sure of, and the test for one. */
  sure: number[];
  sureOf: (id: number) => boolean;
  /** The title, the text's opening and the likely occupations' names: what the law's table is matched against. */
  jobContext: string;
}

export function vacancyOccupation(
  posting: { title: string | null; text: string; language: Language },
  requirements: readonly Requirement[],
  taxonomy: Taxonomy,
  chosenId: number | null,
): VacancyOccupation {
  const { title, text, language } = posting;
  const programmeOccupations = requirements
    .filter((r) => r.kind === 'diploma' || r.kind === 'education_level')
    .map((r) => {
      const p = findProgramme(r.text, taxonomy);
      return p ? namedOccupations(p, taxonomy) : [];
    })
    .filter((ids) => ids.length);
  const candidates = detectOccupations(title, text, taxonomy, programmeOccupations);
  // Only a sure occupation may say what a diploma stands for: a weak guess from the text would
  // translate "mbo 3 logistiek" into beverage filtering.
  const foundIn = new Map<number, OccupationFoundIn>(candidates.map((c) => [c.id, c.source] as const));
  // Claimed only when certain enough (#15); the top three are offered either way. The user's
  // choice is claimed as it is, and alone says what a diploma stands for.
  const claimed = claimOccupation(candidates, taxonomy, language);
  const { occupationCandidates } = claimed;
  let occupation = claimed.occupation;
  if (chosenId !== null) {
    const o = taxonomy.occupation(chosenId);
    occupation = { uri: o.uri, label: language === 'nl' ? o.nl : o.en, score: 1, chosen: true };
    foundIn.set(chosenId, 'chosen');
  }
  const sure =
    chosenId !== null
      ? [chosenId]
      : occupation
        ? [candidates[0]!.id]
        : candidates.filter((c) => c.source !== 'text' || c.score >= CONFIDENT_SCORE).map((c) => c.id);
  // Sure: the user's choice, the claimed occupation, or one a named programme is a label of.
  const sureOf = (id: number) => chosenId !== null || (occupation !== null && id === candidates[0]?.id) || foundIn.get(id) === 'programme';
  const contextIds = chosenId !== null ? [chosenId] : candidates.slice(0, 2).map((c) => c.id);
  const jobContext = [title ?? '', text.slice(0, 400), ...contextIds.flatMap((id) => [taxonomy.occupation(id).nl, taxonomy.occupation(id).en])].join(' \n ');
  return { occupation, occupationCandidates, foundIn, sure, sureOf, jobContext };
}
