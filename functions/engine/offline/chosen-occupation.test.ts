import { describe, expect, it } from 'vitest';
import { Translation } from '../../../shared/translation';
import { Vacancy } from '../../../shared/vacancy';
import { getTaxonomy } from '../../taxonomy';
import { translateOffline, UnknownOccupation } from './translate';

// The user's choice of occupation (#15): claimed with certainty 1, and the diploma's skills follow it.
const taxonomy = getTaxonomy();
const posting = Vacancy.parse({
  isVacancy: true,
  title: 'Collega logistiek (m/v/x)',
  employer: null,
  location: null,
  language: 'nl',
  source: 'text',
  text: [
    'Collega logistiek (m/v/x)',
    '',
    'Wat ga je doen',
    'Je helpt ons team in de hal met het laden en lossen van vrachtwagens.',
    '',
    'Wat vragen wij',
    '- Een mbo-diploma niveau 2',
    '- Je bent flexibel',
    '',
    'Wat bieden wij',
    '- Een goed salaris',
  ].join('\n'),
});
const forklift = taxonomy.index.occupations.nl.indexOf('heftruckchauffeur');
const forkliftUri = taxonomy.occupation(forklift).uri;

describe('translateOffline with a chosen occupation', () => {
  const guessed = Translation.parse(translateOffline(posting, taxonomy));
  const chosen = Translation.parse(translateOffline(posting, taxonomy, { occupation: forkliftUri }));
  const diploma = chosen.requirements.find((r) => r.kind === 'diploma' || r.kind === 'education_level')!;
  const diplomaSkills = (t: Translation) => t.skills.filter((s) => s.requirementIds.includes(diploma.id));

  it('claims the chosen occupation with certainty 1 and says the user chose it', () => {
    expect(forklift).toBeGreaterThanOrEqual(0);
    expect(guessed.occupation?.uri).not.toBe(forkliftUri);
    expect(chosen.occupation).toEqual({ uri: forkliftUri, label: 'heftruckchauffeur', score: 1, chosen: true });
    // The engine's own candidates stay on offer, so the user can go back to one.
    expect(chosen.occupationCandidates).toEqual(guessed.occupationCandidates);
  });

  it('spells the diploma out in the chosen occupation’s essential skills', () => {
    const essential = new Set(taxonomy.essentialSkills(forklift).map((id) => taxonomy.skill(id).uri));
    const skills = diplomaSkills(chosen);
    expect(skills.length).toBeGreaterThan(2);
    for (const skill of skills) {
      expect(essential.has(skill.uri!), skill.label).toBe(true);
      expect(skill.reason).toContain('(Beroep zelf gekozen.)');
    }
    expect(diplomaSkills(guessed).filter((s) => essential.has(s.uri!)).length).toBeLessThan(skills.length);
    expect(chosen.changes.find((c) => c.requirementId === diploma.id)).toMatchObject({ action: 'translate', concept: forkliftUri });
  });

  it('refuses an occupation the taxonomy does not have', () => {
    expect(() => translateOffline(posting, taxonomy, { occupation: 'http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000' })).toThrow(
      UnknownOccupation,
    );
  });
});
