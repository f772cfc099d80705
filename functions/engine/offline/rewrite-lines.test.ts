import { describe, expect, it } from 'vitest';
import { sentences } from './rewrite-lines';

const said = (text: string) => sentences(text, { start: 0, end: text.length } as never).map((s) => text.slice(s.start, s.end));

describe('sentences of a kept line (readers of untuned output)', () => {
  it('ends no sentence at an abbreviation, an initial or inside brackets', () => {
    expect(said('Data querying languages (e.g. SQL, Hive) and more. Strong skills.')).toEqual([
      'Data querying languages (e.g. SQL, Hive) and more.',
      'Strong skills.',
    ]);
    expect(said('Kennis van talen (NL vloeiend; FR is een plus) is nodig.')).toEqual(['Kennis van talen (NL vloeiend; FR is een plus) is nodig.']);
    expect(said('Citizens of the U.S. Only. Next one.')).toEqual(['Citizens of the U.S. Only.', 'Next one.']);
  });
  it('still splits two sentences and a flattened list', () => {
    expect(said('Je bent flexibel. Je hebt een rijbewijs.')).toEqual(['Je bent flexibel.', 'Je hebt een rijbewijs.']);
    expect(said('Wie zoeken wij? - Je hebt ervaring')).toEqual(['Wie zoeken wij?', 'Je hebt ervaring']);
  });
});
