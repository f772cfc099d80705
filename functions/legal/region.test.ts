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

// Invented requirements and jobs: a posting abroad gets no Dutch entry either.
describe('legal matches in a posting abroad', () => {
  it("a Dutch statute is kept as the country's own law, not verified, nothing Dutch cited", () => {
    const match = matchLegal('Je hebt een rijbewijs C', 'Vrachtwagenchauffeur', 'abroad');
    expect(match).toMatchObject({ statutory: true, foreign: true, verified: false, jurisdiction: 'unknown', entry: { id: 'abroad.transport.rijbewijs' } });
    const basis = legalBasis(match!.entry, 'nl');
    expect(basis).toMatchObject({ verified: false, bwbr: null, url: null, label: 'wettelijk, niet gecontroleerd' });
    expect(basis.citation).toBe('recht van het land van de vacature; niet gecontroleerd door Vaardig');
    expect(legalBasis(match!.entry, 'en').citation).toBe("another country's law; not verified by Vaardig");
  });

  it('the country the job names is the law cited', () => {
    const job = 'Truck driver\nYou drive from our depot in Dallas, TX.';
    expect(matchLegal('A CDL class A licence (rijbewijs C)', job, 'abroad')).toMatchObject({ jurisdiction: 'US', verified: false });
  });

  it('a demand the Dutch law alone makes is no match', () => {
    expect(matchLegal('VCA-certificaat', 'Timmerman', 'abroad')).toBeNull();
  });

  it('a Dutch posting keeps the Dutch law', () => {
    expect(matchLegal('Je hebt een rijbewijs C', 'Vrachtwagenchauffeur', 'NL')).toMatchObject({ jurisdiction: 'NL', verified: true });
  });
});
