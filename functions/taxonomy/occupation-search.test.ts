import { describe, expect, it } from 'vitest';
import { getTaxonomy } from './index';
import { searchOccupations } from './occupation-search';

const taxonomy = getTaxonomy();
const labels = (q: string, lang: 'nl' | 'en') => searchOccupations(taxonomy, q, lang, 10).map((h) => h.label);

describe('searchOccupations', () => {
  it.each([
    // A Dutch preferred label first, before the specialisations that start with it.
    ['magazijnmedewerker', 'nl', 'magazijnmedewerker'],
    // Dutch and English put the qualifier either side: the label with the query as a whole word first.
    ['verpleegkundige', 'nl', 'algemeen verpleegkundige'],
    // An English label, asked in English.
    ['forklift operator', 'en', 'forklift operator'],
    // The other language's preferred label finds the occupation, shown in the asked language.
    ['vrachtwagenchauffeur', 'en', 'cargo vehicle driver'],
  ] as const)('%s (%s) → %s first', (q, lang, first) => {
    expect(labels(q, lang)[0]).toBe(first);
  });

  it('finds an occupation by an alternative label and says which one matched', () => {
    const [hit] = searchOccupations(taxonomy, 'Heftruckbestuurder', 'nl', 10);
    expect(hit).toMatchObject({ label: 'heftruckchauffeur', altLabel: 'forklift operator', matched: 'heftruckbestuurder' });
    expect(hit!.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
  });

  it('finds the words of the query in any order', () => {
    expect(searchOccupations(taxonomy, 'ggz verpleegkundige', 'nl', 10)[0]).toMatchObject({
      label: 'gespecialiseerd verpleegkundige',
      matched: 'verpleegkundige ggz',
    });
  });

  it('answers at most the limit, and nothing for a query no label has', () => {
    expect(searchOccupations(taxonomy, 'medewerker', 'nl', 10)).toHaveLength(10);
    expect(searchOccupations(taxonomy, 'qqxzv', 'nl', 10)).toEqual([]);
  });
});
