import { describe, expect, it } from 'vitest';
import { asMainClause } from './relative-items';
import { register } from './rewrite-register';

const je = register('Je werkt bij ons en jij groeit.', 'nl');
const u = register('U werkt bij ons en u groeit met uw team.', 'nl');

describe('an item of "Wij zoeken iemand die" said as a sentence of its own (EXEMPLARS 5)', () => {
  it.each([
    ['Minimaal 2 jaar werkervaring heeft in online marketing', 'Je hebt minimaal 2 jaar werkervaring in online marketing.'],
    ['Scherpe teksten kan schrijven en humor niet schuwt', 'Je kunt scherpe teksten schrijven en je schuwt humor niet.'],
    [
      'Foutloos Nederlands spreekt en schrijft en zich goed kan uiten in het Engels. Spreek je nog meer talen? Geweldig!',
      'Je spreekt en schrijft foutloos Nederlands en je kunt je goed uiten in het Engels. Spreek je nog meer talen? Geweldig!',
    ],
    ['Geen vraagtekens zet bij begrippen als SEO, SEA en CTR', 'Je zet geen vraagtekens bij begrippen als SEO, SEA en CTR.'],
    ['(Enige) ervaring heeft met Photoshop', 'Je hebt (enige) ervaring met Photoshop.'],
    ['Ervaring in marketing heeft, ervaring in e-commerce is een pré', 'Je hebt ervaring in marketing, ervaring in e-commerce is een pré.'],
    ['een hands-on mentaliteit heeft en initiatiefrijk is', 'Je hebt een hands-on mentaliteit en je bent initiatiefrijk.'],
    ['die op tactisch niveau mee kan denken', 'Je kunt op tactisch niveau meedenken.'],
    ['met een aangeboren nieuwsgierigheid', 'Je hebt een aangeboren nieuwsgierigheid.'],
    ['die zich goed kan verwoorden, zowel mondeling als in schrift', 'Je kunt je goed verwoorden, zowel mondeling als in schrift.'],
    ['Over teamspirit en affiniteit met de doelgroep beschikt', 'Je beschikt over teamspirit en affiniteit met de doelgroep.'],
  ])('%s → %s', (item, sentence) => {
    expect(asMainClause(item, je)).toBe(sentence);
  });
  it('speaks in the posting’s register', () => {
    expect(asMainClause('ervaring heeft met zijn of haar eigen planning', u)).toBe('U heeft ervaring met uw eigen planning.');
  });
  it('gives nothing for a noun phrase or a line it cannot read as one clause', () => {
    expect(asMainClause('Een hbo-diploma', je)).toBeNull();
    expect(asMainClause('Spreekt vloeiend Engels', je)).toBeNull();
    expect(asMainClause('een resultaat gericht team', je)).toBeNull();
    // The verb of a clause after "hoe" is that clause's, not the item's (reading of untuned output).
    expect(asMainClause('In staat om mee te denken over hoe de materie het beste gebracht kan worden', je, true)).toBeNull();
  });
});
