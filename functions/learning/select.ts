/**
 * Weighted set cover over the candidate offers: a small set that covers most of the gap, with a
 * formal route where the diploma (or the law) asks for one and at least one informal or
 * work-based route. Pure; the same for D1 and the in-memory catalogue.
 */
import type { Candidate, GapNeeds, GapSkill } from './types';

export type PickReason = 'legal' | 'named' | 'formal' | 'cover' | 'work-based' | 'fill';
export interface Pick {
  candidate: Candidate;
  reason: PickReason;
  legal: string | null;
}

export interface SelectOptions {
  max?: number;
  min?: number;
}

/** Longer routes cost more: a four-year bachelor weighs about twice a three-month assignment. */
function cost(candidate: Candidate): number {
  return 1 + Math.min(candidate.offer.durationMonths ?? 12, 60) / 48;
}

/** Part-time, dual and BBL programmes fit next to a job: before a full-time one (#15). */
function formFit(candidate: Candidate): number {
  return candidate.offer.form === 'formal' && candidate.offer.workBased ? 1.25 : 1;
}

/** Informal or non-formal: learning at work, with people, or recognised as already learned. */
function isOutsideSchool(candidate: Candidate): boolean {
  return candidate.offer.form !== 'formal';
}

/**
 * The routes that close the gap, in five steps (numbered below). Long: the steps run in order and
 * share the picks made so far and the gain, coverage and availability they are weighed by.
 */
export function selectRoutes(gap: GapSkill[], candidates: Candidate[], needs: GapNeeds, options: SelectOptions = {}): Pick[] {
  const max = options.max ?? 5;
  const min = options.min ?? 3;
  const weight = new Map(gap.map((g) => [g.skill, g.weight]));
  const total = gap.reduce((sum, g) => sum + g.weight, 0);
  const level = new Map<string, number>();
  const picks: Pick[] = [];
  const pickedKeys = new Set<string>();
  const pickedSources = new Set<string>();

  const gain = (c: Candidate) => {
    let sum = 0;
    for (const [skill, confidence] of c.covers) sum += (weight.get(skill) ?? 0) * Math.max(0, confidence - (level.get(skill) ?? 0));
    return sum;
  };
  const coverage = (c: Candidate) => {
    let sum = 0;
    for (const [skill, confidence] of c.covers) sum += (weight.get(skill) ?? 0) * confidence;
    return sum;
  };
  const available = (c: Candidate) => !pickedKeys.has(c.offer.key) && !(c.offer.sourceId && pickedSources.has(`${c.offer.source}:${c.offer.sourceId}`));
  const take = (c: Candidate, reason: PickReason, legal: string | null = null) => {
    picks.push({ candidate: c, reason, legal });
    pickedKeys.add(c.offer.key);
    if (c.offer.sourceId) pickedSources.add(`${c.offer.source}:${c.offer.sourceId}`);
    for (const [skill, confidence] of c.covers) level.set(skill, Math.max(level.get(skill) ?? 0, confidence));
  };
  const best = (pool: Candidate[], score: (c: Candidate) => number) => {
    let top: Candidate | null = null;
    let topScore = 0;
    for (const c of pool) {
      if (!available(c)) continue;
      const s = score(c);
      if (s > topScore || (s === topScore && top && s > 0 && c.offer.id < top.offer.id)) [top, topScore] = [c, s];
    }
    return top;
  };
  const formal = candidates.filter((c) => c.offer.form === 'formal');
  // A degree earns a place in the cover only by teaching more than one tool or language (#15).
  const narrow = new Set(gap.filter((g) => g.narrow).map((g) => g.skill));
  const teachesBroadly = (c: Candidate) => c.offer.form !== 'formal' || [...c.covers.keys()].some((skill) => !narrow.has(skill));

  // 1. Where the law ties the job to a qualification, the qualification that satisfies it.
  for (const { id, citation } of needs.legal) {
    const pool = formal.filter((c) => c.offer.legalIds.includes(id));
    const pick = best(pool, (c) => 1 + coverage(c) * (c.offer.workBased ? 1.2 : 1));
    if (pick && picks.length < max) take(pick, 'legal', citation);
  }
  // 2. A diploma requirement: the programme the posting names, else the formal route (in the
  //    job's field: match.ts offers no other) that covers most at the asked level, forms that fit
  //    next to a job (part-time, dual, BBL) first.
  if (needs.formal && !picks.some((p) => p.candidate.offer.form === 'formal')) {
    const score = (c: Candidate) => {
      const distance = needs.eqf && c.offer.eqf ? Math.abs(needs.eqf - c.offer.eqf) : 1;
      return ((0.1 + coverage(c)) * formFit(c)) / (1 + distance * 0.5);
    };
    const named = best(
      formal.filter((c) => c.named),
      score,
    );
    const pick = named ?? best(formal, score);
    if (pick) take(pick, named ? 'named' : 'formal');
  }
  // 3. Greedy cover: best marginal gain per cost until little is left to gain.
  while (picks.length < max) {
    // A second route of the same form must earn its place: variety over near-duplicates.
    const sameForm = (c: Candidate) => picks.filter((p) => p.candidate.offer.form === c.offer.form).length;
    const pick = best(candidates.filter(teachesBroadly), (c) => (gain(c) * formFit(c)) / (cost(c) * (1 + sameForm(c))));
    if (!pick || gain(pick) < 0.05 * total) break;
    take(pick, 'cover');
  }
  // 4. Learning at work or with others always belongs in the plan.
  if (!picks.some((p) => isOutsideSchool(p.candidate))) {
    const pick = best(candidates.filter(isOutsideSchool), coverage);
    if (pick) {
      if (picks.length >= max) picks.pop();
      take(pick, 'work-based');
    }
  }
  // 5. A choice of at least `min` routes, most coverage first, another form where possible.
  while (picks.length < min) {
    const forms = new Set(picks.map((p) => p.candidate.offer.form));
    const pick = best(candidates.filter(teachesBroadly), (c) => coverage(c) * formFit(c) * (forms.has(c.offer.form) ? 1 : 1.5));
    if (!pick) break;
    take(pick, 'fill');
  }
  return picks;
}
