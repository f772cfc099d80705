import { describe, expect, it } from 'vitest';
import { anyOf, LEGAL_REQUIREMENTS, matchLegal } from '.';

describe('legal table', () => {
  it('holds statutory entries with a citation and the four non-statutory demands', () => {
    expect(LEGAL_REQUIREMENTS.length).toBeGreaterThanOrEqual(80);
    for (const e of LEGAL_REQUIREMENTS.filter((x) => x.statutory)) expect(e.citation).toMatch(/\S/);
    expect(LEGAL_REQUIREMENTS.filter((e) => !e.statutory).map((e) => e.id)).toEqual(
      expect.arrayContaining(['nl.arbo.vca', 'nl.arbo.bhv']),
    );
  });

  it.each([
    ['rijbewijs C', 'Vrachtwagenchauffeur', 'nl.transport.rijbewijs', true],
    ['rijbewijs B', 'Software developer', 'nl.transport.rijbewijs', false],
    ['Code 95', 'Chauffeur', 'nl.transport.code95', true],
    ['BIG-registratie', 'Verpleegkundige', 'nl.zorg.big.verpleegkundige', true],
    ['VOG', 'Pedagogisch medewerker kinderopvang', 'nl.kinderopvang.vog_personenregister', true],
    ['VCA-certificaat', 'Timmerman', 'nl.arbo.vca', false],
    ['BHV', 'Receptionist', 'nl.arbo.bhv', false],
  ])('%s for %s → %s (statutory %s)', (requirement, job, id, statutory) => {
    const match = matchLegal(requirement, job);
    expect(match?.entry.id).toBe(id);
    expect(match?.statutory).toBe(statutory);
  });
});

describe('anyOf', () => {
  // The fast prefilter must answer exactly as one plain union of the patterns would.
  const patterns = LEGAL_REQUIREMENTS.flatMap((e) => [...e.documentPatterns, ...e.rolePatterns]);
  const union = new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'i');
  const fast = anyOf(patterns);
  const texts = [
    ...LEGAL_REQUIREMENTS.flatMap((e) => [e.name.nl, e.name.en, ...e.roles, e.appliesWhen, e.rephrase]),
    'Je hebt een BIG-registratie', 'PA in het ziekenhuis', 'PA', 'big data', 'Ervaring met Python', 'rijbewijs', 'bevoegdheid', '',
  ];
  it.each([
    ['a|b(c|d)|[|]\\|x', ['ab', 'bd', '|', 'x', 'y']],
    ['\\bfoo|bar', ['foo', 'xfoo', 'xbar']],
    ['Ab|ac|a?d|\\bAe|\\bAf|9x', ['AB', 'ac', 'd', 'ae', 'xaf', '9X', 'a']],
  ])('splits %s at its top-level "|" only', (pattern, samples) => {
    const test = anyOf([pattern]);
    for (const s of samples) expect(test(s)).toBe(new RegExp(pattern, 'i').test(s));
  });
  it('answers as the plain union on every name, role and phrase of the table', () => {
    for (const text of texts) expect(fast(text), text).toBe(union.test(text));
  });
});
