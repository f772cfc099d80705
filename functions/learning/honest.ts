/**
 * What makes a formal route honest (issue #15): only in the job's field, named only when it is the
 * programme the vacancy names, never for one tool or one language, part-time, dual and BBL before
 * full-time, and covering only what its own links say it teaches.
 */
import type { Taxonomy } from '../taxonomy';
import { inField, isLegalRoute, isNamedProgramme, type JobField } from './field';
import type { Pick } from './select';
import { SKILL_URI } from '../../shared/esco';
import type { Candidate, CatalogueSource, GapNeeds, GapSkill, MatchFilters } from './types';

/** Marks each gap skill that is one tool or one language. */
export function markNarrow(gap: GapSkill[], taxonomy: Taxonomy): GapSkill[] {
  return gap.map((g) => {
    const id = taxonomy.skillIdByUri(SKILL_URI + g.skill);
    return id !== null && taxonomy.isNarrowSkill(id) ? { ...g, narrow: true } : g;
  });
}

/**
 * The candidates a match may offer: every non-formal one; a formal one when the law asks for it,
 * when the vacancy names it, or when it is in the job's field, the gap is more than tools and
 * languages, the job is not for students (who are in a programme already) and its level is near the one
 * the vacancy asks. Named programmes are marked.
 */
export function honestCandidates(candidates: Candidate[], gap: GapSkill[], needs: GapNeeds, field: JobField, taxonomy: Taxonomy): Candidate[] {
  const onlyNarrow = gap.length > 0 && gap.every((g) => g.narrow);
  return candidates.flatMap((c) => {
    if (c.offer.form !== 'formal') return [c];
    const named = isNamedProgramme(c.offer, field);
    if (named) return [{ ...c, named }];
    if (isLegalRoute(c.offer, needs)) return [c];
    if (needs.forStudents) return [];
    // Nor a programme far from the level the vacancy asks: a master for an mbo-4 job, a level-2
    // course for an hbo one (one level up is growth; two down still teaches the basics).
    // Never a master's or doctorate above it: who lacks the bachelor the vacancy asks cannot enter one.
    // A vacancy that names no level gets no master's or doctorate.
    if (needs.eqf && c.offer.eqf && (c.offer.eqf > needs.eqf + 1 || c.offer.eqf < needs.eqf - 2 || (c.offer.eqf > needs.eqf && c.offer.eqf >= 7))) return [];
    if (!needs.eqf && (c.offer.eqf ?? 0) > 6) return [];
    return !onlyNarrow && inField(c.offer, field, taxonomy) ? [c] : [];
  });
}

/**
 * A full-time programme picked where the catalogue has the same programme part-time, dual or as
 * BBL: that variant instead (with its own links). Then the picks in order: the law's and the named
 * qualification first, full-time programmes last.
 */
export async function workBasedFirst(
  picks: Pick[],
  candidates: Candidate[],
  source: CatalogueSource,
  skills: string[],
  filters: MatchFilters,
): Promise<Pick[]> {
  const fullTime = picks.filter((p) => p.candidate.offer.form === 'formal' && !p.candidate.offer.workBased && p.candidate.offer.sourceId);
  if (fullTime.length) {
    const codes = [...new Set(fullTime.map((p) => p.candidate.offer.sourceId!))];
    const known = candidates.filter((c) => c.offer.form === 'formal' && c.offer.workBased && codes.includes(c.offer.sourceId ?? ''));
    const missing = codes.filter((code) => !known.some((c) => c.offer.sourceId === code));
    const found = missing.length ? await source.named(skills, filters, { sourceIds: missing, legalIds: [], limit: 20 * missing.length }) : [];
    const variants = [...known, ...found.filter((c) => c.offer.workBased)];
    for (const pick of fullTime) {
      const offer = pick.candidate.offer;
      const variant = variants.find((c) => c.offer.source === offer.source && c.offer.sourceId === offer.sourceId);
      if (variant) pick.candidate = { ...variant, named: pick.candidate.named ?? false };
    }
  }
  const rank = (p: Pick) => (p.reason === 'legal' || p.reason === 'named' ? 0 : p.candidate.offer.form === 'formal' && !p.candidate.offer.workBased ? 2 : 1);
  return picks
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p);
}
