import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { DUTCH, dutchPack, ENGLISH, englishPack, toCsv, writeZip } from './esco-fixture';
import { DutchPackError, verifyDutchPack, verifyDutchSkills } from './verify-dutch-pack';

const english = { skills: ENGLISH.skills, occupationsEn: ENGLISH.occupations, skillGroupsEn: ENGLISH.skillGroups };
const pack = dutchPack();

describe('verifyDutchPack', () => {
  it('accepts the Dutch pack and returns its skills, occupations and skill groups', () => {
    const labels = verifyDutchPack(pack, english);
    expect(labels.skills.map((s) => s.preferredLabel)).toContain('spreadsheetsoftware gebruiken');
    expect(labels.occupations?.map((o) => o.altLabels)).toEqual(['verpleegkundige', 'programmeur']);
    expect(labels.skillGroups?.[0]?.preferredLabel).toBe('communicatie');
  });

  const unlabelled = DUTCH.skills.map((s, i) => (i === 0 ? { ...s, preferredLabel: '' } : s));
  const newerSkill = { ...DUTCH.skills[0]!, conceptUri: 'http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000' };
  it.each([
    ['a web page instead of a zip', Buffer.from('<!DOCTYPE html><html><body>Please enter your e-mail</body></html>'), /not a zip archive/],
    ['a download cut short', pack.subarray(0, Math.floor(pack.length / 2)), /not a zip archive/],
    ['a corrupt entry', corrupt(pack), /skills_nl\.csv is corrupt/],
    ['the English pack', englishPack(), /has no skills_nl\.csv/],
    ['another ESCO version (a skill v1.1.1 lacks)', dutchPack({ skills: [...DUTCH.skills, newerSkill] }), /1 of its skills are not in ESCO v1\.1\.1/],
    ['a pack that lacks occupations', dutchPack({ occupations: DUTCH.occupations.slice(0, 1) }), /lacks 1 of the 2 occupations/],
    ['too few Dutch skill labels', dutchPack({ skills: unlabelled }), /5 Dutch skill labels, fewer than the 6 expected/],
    ['English labels under Dutch names', dutchPack({ skills: ENGLISH.skills }), /100 % of its skill labels are the English ones/],
    [
      'a CSV without the ESCO columns',
      writeZip({ 'skills_nl.csv': 'uri,label\nx,y\n', 'occupations_nl.csv': '', 'skillGroups_nl.csv': '' }),
      /skills_nl\.csv lacks the columns conceptUri/,
    ],
  ])('refuses %s', (_name, zip, message) => {
    expect(() => verifyDutchPack(zip, english)).toThrow(DutchPackError);
    expect(() => verifyDutchPack(zip, english)).toThrow(message);
  });
});

describe('verifyDutchSkills (a loose skills_nl.csv)', () => {
  it('accepts the official file and refuses the partial one', () => {
    expect(verifyDutchSkills(toCsv(DUTCH.skills), english).skills).toHaveLength(6);
    expect(() => verifyDutchSkills(toCsv(DUTCH.skills.slice(0, 2)), english)).toThrow(/lacks 4 of the 6 skills/);
  });

  it('reads what it verified', () => {
    expect(verifyDutchSkills(toCsv(DUTCH.skills), english).skills).toEqual(parseCsv(toCsv(DUTCH.skills)));
  });
});

/** Flip bytes inside the first entry's deflated data. */
function corrupt(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  for (let i = 40; i < 60; i++) copy[i] = 0xff;
  return copy;
}
