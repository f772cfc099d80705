import { describe, expect, it } from 'vitest';
import { selectRoutes } from './select';
import type { Candidate, GapNeeds, Offer } from './types';

let nextId = 1;
function offer(key: string, fields: Partial<Offer> = {}): Offer {
  return {
    id: nextId++,
    key,
    source: 'csv:test',
    sourceId: key,
    titleNl: key,
    titleEn: null,
    provider: null,
    form: 'non-formal',
    type: 'course',
    nlqf: null,
    eqf: null,
    studyLoad: null,
    studyLoadUnit: null,
    durationMonths: 3,
    costEur: null,
    mode: null,
    workBased: false,
    region: null,
    language: null,
    url: null,
    description: null,
    legalIds: [],
    skillGroups: null,
    ...fields,
  };
}
const candidate = (o: Offer, skills: string[], confidence = 0.8): Candidate => ({ offer: o, covers: new Map(skills.map((s) => [s, confidence])) });
const gap = ['a', 'b', 'c', 'd', 'e', 'f'].map((skill) => ({ skill, label: skill, weight: 1, fromDiploma: true }));
const needs = (extra: Partial<GapNeeds> = {}): GapNeeds => ({ formal: false, legal: [], programmeCodes: [], eqf: null, ...extra });

describe('selectRoutes', () => {
  const wide = candidate(offer('wide'), ['a', 'b', 'c', 'd']);
  const rest = candidate(offer('rest'), ['e', 'f']);
  const overlap = candidate(offer('overlap'), ['a', 'b']);
  const bachelor = candidate(offer('bachelor', { form: 'formal', source: 'duo', sourceId: '34116', durationMonths: 48, eqf: 6 }), ['a', 'b', 'c']);
  const mbo = candidate(
    offer('mbo', { form: 'formal', source: 'mbo', sourceId: '25491', eqf: 3, durationMonths: 36, workBased: true, legalIds: ['nl.zorg.big34.verzorgende_ig'] }),
    ['a'],
  );
  const buddy = candidate(offer('buddy', { form: 'informal', source: 'template', sourceId: null, mode: 'work-based' }), ['d', 'e'], 0.6);

  it('covers the gap greedily with few offers and skips an offer that adds nothing', () => {
    const picks = selectRoutes(gap, [overlap, wide, rest], needs(), { min: 0 });
    expect(picks.map((p) => p.candidate.offer.key)).toEqual(['wide', 'rest']);
  });

  it('adds an informal or non-formal route when the cover is all formal', () => {
    const picks = selectRoutes(gap, [bachelor, buddy], needs({ formal: true }));
    expect(picks.map((p) => [p.candidate.offer.key, p.reason])).toEqual([
      ['bachelor', 'formal'],
      ['buddy', 'cover'],
    ]);
  });

  it('puts the qualification the law asks for first, with its citation', () => {
    const picks = selectRoutes(
      gap,
      [bachelor, mbo, wide, buddy],
      needs({ formal: true, legal: [{ id: 'nl.zorg.big34.verzorgende_ig', citation: 'art. 34 Wet BIG' }] }),
    );
    expect(picks[0]).toMatchObject({ reason: 'legal', legal: 'art. 34 Wet BIG' });
    expect(picks[0]!.candidate.offer.key).toBe('mbo');
    expect(picks.filter((p) => p.candidate.offer.form === 'formal')).toHaveLength(1);
  });

  it('prefers the formal route at the asked level and the one the posting names', () => {
    const ad = candidate(offer('ad', { form: 'formal', source: 'duo', sourceId: '80148', eqf: 5, durationMonths: 24 }), ['a', 'b']);
    expect(selectRoutes(gap, [bachelor, ad], needs({ formal: true, eqf: 5 }))[0]!.candidate.offer.key).toBe('ad');
    // The programme the posting names (marked by match.ts: same code or name) leads to its diploma.
    expect(selectRoutes(gap, [{ ...bachelor, named: true }, ad], needs({ formal: true, eqf: 5, programmeCodes: ['34116'] }))[0]).toMatchObject({
      reason: 'named',
      candidate: { offer: { key: 'bachelor' } },
    });
  });

  it('puts part-time, dual and BBL before full time, and never a degree for tools and languages alone', () => {
    const fullTime = candidate(offer('ft', { form: 'formal', source: 'duo', sourceId: '1', durationMonths: 48 }), ['a', 'b']);
    const partTime = candidate(offer('pt', { form: 'formal', source: 'duo', sourceId: '2', durationMonths: 48, workBased: true }), ['a', 'b']);
    expect(selectRoutes(gap, [fullTime, partTime], needs({ formal: true }))[0]!.candidate.offer.key).toBe('pt');
    const java = [
      { skill: 'java', label: 'Java', weight: 1, fromDiploma: false, narrow: true },
      { skill: 'plan', label: 'plan', weight: 1, fromDiploma: false },
    ];
    const degree = candidate(offer('degree', { form: 'formal', source: 'duo', sourceId: '3' }), ['java']);
    const course = candidate(offer('course'), ['java']);
    expect(selectRoutes(java, [degree, course], needs()).map((p) => p.candidate.offer.key)).toEqual(['course']);
  });

  it('offers at least three routes when there are three that cover something', () => {
    expect(selectRoutes(gap, [wide, rest, overlap, buddy], needs()).length).toBeGreaterThanOrEqual(3);
  });

  it('never picks the same programme twice and nothing that covers nothing', () => {
    const twin = candidate(offer('bachelor-2', { form: 'formal', source: 'duo', sourceId: '34116' }), ['a', 'b', 'c']);
    const empty = candidate(offer('empty'), []);
    const picks = selectRoutes(gap, [bachelor, twin, empty], needs({ formal: true }));
    expect(picks.map((p) => p.candidate.offer.key)).toEqual(['bachelor']);
  });
});
