import { describe, expect, it } from 'vitest';
import { fundingFor } from './funding';
import { availableIn, needsIn, offerCountry } from './region';
import { builtinTemplates } from './templates';
import type { Offer } from './types';

const offer = (fields: Partial<Offer>): Offer => ({
  id: 1,
  key: 'x',
  source: 'csv:desk',
  sourceId: 'x',
  titleNl: 'x',
  titleEn: null,
  provider: null,
  form: 'non-formal',
  type: 'course',
  nlqf: null,
  eqf: null,
  studyLoad: null,
  studyLoadUnit: null,
  durationMonths: 2,
  costEur: 100,
  mode: null,
  workBased: false,
  region: null,
  language: 'nl',
  url: null,
  description: null,
  legalIds: [],
  skillGroups: null,
  ...fields,
});

describe('routes and funding by region (#16)', () => {
  it.each([
    ['a DUO programme', offer({ source: 'duo', form: 'formal', type: 'bachelor' }), true, false],
    ['an MBO qualification', offer({ source: 'mbo', form: 'formal', type: 'mbo-bbl' }), true, false],
    ["a Dutch learning desk's course", offer({ source: 'csv:desk' }), true, false],
    ['the buddy template', builtinTemplates().find((t) => t.key === 'template:buddy')!, true, true],
    ['the BBL template', builtinTemplates().find((t) => t.key === 'template:bbl-workplace')!, true, false],
    ['the EVC template', builtinTemplates().find((t) => t.key === 'template:evc')!, true, false],
  ])('%s: in NL %s, in BE and abroad %s', (_name, o, nl, elsewhere) => {
    expect(availableIn(o, 'NL')).toBe(nl);
    expect(availableIn(o, null)).toBe(nl);
    expect(availableIn(o, 'BE')).toBe(elsewhere);
    expect(availableIn(o, 'abroad')).toBe(elsewhere);
  });

  it('the templates that hold anywhere have no country', () => {
    expect(
      builtinTemplates()
        .filter((t) => offerCountry(t) === null)
        .map((t) => t.form),
    ).not.toContain('formal');
  });

  it('a Belgian gap asks for no formal, legal or named programme route', () => {
    const needs = { formal: true, legal: [{ id: 'nl.zorg.big34.verzorgende_ig', citation: 'x' }], programmeCodes: ['25491'], eqf: 3 };
    expect(needsIn(needs, 'NL')).toBe(needs);
    expect(needsIn(needs, 'BE')).toEqual({ formal: false, legal: [], programmeCodes: [], eqf: null });
  });

  it('a gap abroad asks for no formal, legal or named programme route either', () => {
    const needs = { formal: true, legal: [{ id: 'nl.zorg.big34.verzorgende_ig', citation: 'x' }], programmeCodes: ['25491'], eqf: 3 };
    expect(needsIn(needs, 'abroad')).toEqual({ formal: false, legal: [], programmeCodes: [], eqf: null });
  });

  it('Dutch funding hints are for Dutch postings only', () => {
    const mentoring = builtinTemplates().find((t) => t.type === 'mentoring')!;
    const course = offer({ form: 'non-formal', costEur: 300 });
    expect(fundingFor(mentoring).length + fundingFor(course).length).toBeGreaterThan(0);
    expect(fundingFor(mentoring, 'NL')).toEqual(fundingFor(mentoring));
    expect(fundingFor(mentoring, 'BE')).toEqual([]);
    expect(fundingFor(course, 'BE')).toEqual([]);
    expect(fundingFor(mentoring, 'abroad')).toEqual([]);
    expect(fundingFor(course, 'abroad')).toEqual([]);
  });
});
