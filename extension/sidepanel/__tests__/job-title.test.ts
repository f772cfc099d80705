import { describe, expect, it } from 'vitest';
import { isEditorHeading, jobTitle, titleLine } from '../job-title';
import { translation, vacancy } from './translation-fixture';

describe('jobTitle (#17): the job, not the editor', () => {
  it.each(['Vacature bewerken', 'Vacature bewerken — Werving', 'Edit job', 'Nieuwe vacature', 'Create a job posting', 'Vacancy editor', 'Functie wijzigen'])(
    '%s is an editor heading',
    (title) => {
      expect(isEditorHeading(title)).toBe(true);
    },
  );

  it.each(['Medewerker logistiek (m/v/x)', 'Vacature: Chauffeur', 'Job coach', 'Editor (m/v/x)', 'Nieuwe collega gezocht'])('%s is a job title', (title) => {
    expect(isEditorHeading(title)).toBe(false);
  });

  it('prefers the engine’s title, then capture’s, unless either is the editor’s heading; then the posting’s first line', () => {
    expect(jobTitle(vacancy, translation)).toBe('Medewerker logistiek');
    const ats = { ...vacancy, title: 'Vacature bewerken', text: 'Medewerker logistiek (m/v/x)\n\nBij Transport Midden …' };
    expect(jobTitle(ats, { ...translation, title: 'Vacature bewerken' })).toBe('Medewerker logistiek (m/v/x)');
    expect(jobTitle({ ...ats, text: 'Bij ons werk je in een fijn team. Je rijdt elke dag.' }, null)).toBeNull();
  });
});

describe('titleLine (#17): the first line as the job title, or null so the panel asks', () => {
  it.each([
    ['Verkoper bakkerij (24 uur)\n\nIn onze winkel …', 'Verkoper bakkerij (24 uur)'],
    ['## Warehouse worker\n\nYou pick orders.', 'Warehouse worker'],
    ['Wat ga je doen?\n- Je helpt klanten.', null],
    ['Wat vragen wij\n- Een mbo-diploma', null],
    ['Requirements\n- A diploma', null],
    ['Wij zoeken:\n- een verkoper', null],
    ['Our warehouse in Venlo ships spare parts to garages all over Europe.', null],
    ['Vacature bewerken\n\nVerkoper', null],
  ])('%j → %j', (text, title) => {
    expect(titleLine(text)).toBe(title);
  });
});
