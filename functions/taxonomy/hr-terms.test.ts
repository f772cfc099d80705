import { describe, expect, it } from 'vitest';
import data from '../data/hr-terms-nl-en.json';
import { getTaxonomy } from '.';
import { englishStem, englishTerms, termCount } from './hr-terms';
import { normalize } from './normalize';
import { searchSkills } from './skill-search';

const taxonomy = getTaxonomy();
const entries = Object.entries(data)
  .filter(([sector]) => sector !== '_about')
  .flatMap(([, list]) => Object.entries(list as Record<string, string[]>));

describe('englishStem: a term meets the forms of its words in a label', () => {
  it.each([
    ['lifting', 'lift'],
    ['lifts', 'lift'],
    ['lift', 'lift'],
    ['nurse', 'nurs'],
    ['nursing', 'nurs'],
    ['nurses', 'nurs'],
    ['invoices', 'invoic'],
    ['invoicing', 'invoic'],
    ['bricks', 'brick'],
    ['process', 'process'],
    ['processes', 'process'],
    ['activities', 'activity'],
    ['care', 'car'],
    ['caring', 'car'],
    ['career', 'career'],
  ])('%s → %s', (word, stem) => expect(englishStem(word)).toBe(stem));
});

describe('englishTerms: the English terms of a Dutch query, best first', () => {
  const texts = (query: string) => englishTerms(normalize(query)).map((t) => t.text);

  it.each([
    ['a phrase of the table', 'persoonlijke verzorging', ['personal care', 'personal hygiene', 'daily living']],
    ['a word by one of its forms', 'verpleegkundigen', ['nursing']],
    ['a compound by its parts, together, then its head', 'magazijnbeveiliging', ['warehouse security', 'security']],
    ['a phrase by its words together, then its last word', 'verpleegkundige zorg', ['nurse care', 'nursing care', 'care']],
    ['nothing for a word the table does not have', 'kwispelen', []],
  ])('%s: %s', (_, query, expected) => expect(texts(query)).toEqual(expected));

  it('a term is the stems of its words, without stopwords', () => {
    expect(englishTerms('samenwerken').find((t) => t.text === 'work in a team')?.stems).toEqual(['work', 'team']);
  });
});

describe('the table of common Dutch HR words (functions/data/hr-terms-nl-en.json)', () => {
  it('holds hundreds of words, each once, with English terms in lower case', () => {
    expect(entries.length).toBeGreaterThanOrEqual(500);
    expect(termCount()).toBe(entries.length);
    for (const [dutch, english] of entries) {
      expect(english.length, dutch).toBeGreaterThan(0);
      for (const term of english) expect(term, dutch).toMatch(/^[a-z][a-z -]*[a-z]$/);
    }
  });

  // Measured 496 of 531 (93 %) on the ESCO index of this machine; the rest name skills a full ESCO has (wound care).
  it('nine in ten of its words find an ESCO skill through their terms', () => {
    const stems = taxonomy.index.skills.en.map((label) => new Set(normalize(label).split(' ').map(englishStem)));
    const found = entries.filter(([dutch]) => englishTerms(normalize(dutch)).some((term) => stems.some((words) => term.stems.every((s) => words.has(s)))));
    expect(found.length / entries.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('searchSkills with the English terms of a Dutch word', () => {
  const search = (q: string) => searchSkills(taxonomy, q, 'nl', 10);

  it('finds English labels ESCO gives no Dutch one, marked English and saying which term led there', () => {
    expect(search('notuleren').find((h) => h.label === 'write meeting reports')).toMatchObject({
      labelLanguage: 'en',
      via: { kind: 'glossary', label: 'meeting reports', labelLanguage: 'en' },
    });
    expect(search('tillen').some((h) => h.via?.kind === 'glossary' && /\blift/.test(h.label) && h.labelLanguage === 'en')).toBe(true);
  });

  it('shows a skill with a Dutch label in Dutch, though the English term found it', () => {
    const hit = search('zorgdossier').find((h) => h.via?.kind === 'glossary' && h.labelLanguage === 'nl');
    expect(hit).toMatchObject({ labelLanguage: 'nl', via: { label: 'health records' } });
    expect(hit!.label).toMatch(/gezondheidsgegevens/);
  });

  it('a skill an occupation also led to says so, in Dutch', () => {
    expect(search('steiger').find((h) => /scaffolding/.test(h.label))?.via).toMatchObject({ kind: 'occupation', labelLanguage: 'nl' });
  });

  it('an English search uses no Dutch table', () => {
    expect(searchSkills(taxonomy, 'notuleren', 'en', 10).some((h) => h.via?.kind === 'glossary')).toBe(false);
  });
});
