import { describe, expect, it } from 'vitest';
import { LEGAL_REQUIREMENTS, matchLegal } from '.';

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
