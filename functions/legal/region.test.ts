import { describe, expect, it } from 'vitest';
import { legalBasis, matchLegal } from '.';

// Invented requirements and jobs (#16): in a Belgian posting no Dutch entry applies.
describe('legal matches in a Belgian posting', () => {
  it.each([
    ['Je hebt een rijbewijs C', 'Vrachtwagenchauffeur', 'be.transport.rijbewijs'],
    ['Een diploma verpleegkunde', 'Verpleegkundige', 'be.zorg.big.verpleegkundige.diploma'],
  ])('%s (%s): kept as Belgian law, not verified, nothing Dutch cited', (requirement, job, id) => {
    const dutch = matchLegal(requirement, job);
    expect(dutch?.jurisdiction).toBe('NL');
    const match = matchLegal(requirement, job, 'BE');
    expect(match).toMatchObject({ statutory: true, foreign: true, verified: false, jurisdiction: 'BE', entry: { id } });
    const basis = legalBasis(match!.entry, 'nl');
    expect(basis).toMatchObject({ jurisdiction: 'BE', verified: false, bwbr: null, url: null, label: 'wettelijk, niet gecontroleerd' });
    expect(basis.citation).not.toMatch(/BWBR|Wet|wet /);
    expect(legalBasis(match!.entry, 'en').citation).toMatch(/Belgium/);
  });

  it('a demand the Dutch law does not make is no match at all (no Dutch table line on a Belgian posting)', () => {
    expect(matchLegal('VCA-certificaat', 'Timmerman')?.entry.id).toBe('nl.arbo.vca');
    expect(matchLegal('VCA-certificaat', 'Timmerman', 'BE')).toBeNull();
  });

  it('the right to work is Belgian, not the Wet arbeid vreemdelingen', () => {
    const match = matchLegal('Je hebt een geldige werkvergunning', 'Magazijnier', 'BE');
    expect(match).toMatchObject({ foreign: true, jurisdiction: 'BE', entry: { id: 'foreign.right_to_work' } });
  });

  it('another country the requirement names stays that country', () => {
    expect(matchLegal('US citizenship is required', 'Engineer', 'BE')).toMatchObject({ jurisdiction: 'US', entry: { id: 'foreign.citizenship' } });
  });

  it('a job in Belgium is Belgian even when no region is given', () => {
    expect(matchLegal('Rijbewijs C', 'Vrachtwagenchauffeur\nVoor ons depot in Antwerpen zoeken we een chauffeur.')).toMatchObject({
      jurisdiction: 'BE',
      verified: false,
    });
  });
});

describe('legal matches in a Dutch posting', () => {
  it('a Belgian city in a Dutch posting does not make the job Belgian', () => {
    const job = 'Vrachtwagenchauffeur\nVanuit ons depot rijd je dagelijks naar Antwerpen en terug.';
    expect(matchLegal('Rijbewijs C', job)?.jurisdiction).toBe('BE');
    expect(matchLegal('Rijbewijs C', job, 'NL')).toMatchObject({ jurisdiction: 'NL', verified: true, entry: { id: 'nl.transport.rijbewijs' } });
  });
});
