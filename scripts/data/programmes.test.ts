import { describe, expect, it } from 'vitest';
import { linkProgrammes, type Programme } from './programmes';

// Invented labels in the shapes ESCO's Dutch labels have.
const labels = [
  { occupation: 0, label: 'begeleider residentiële kinderen met een verstandelijke beperking' },
  { occupation: 1, label: 'verkoopmedewerker vers' },
  { occupation: 2, label: 'voorman dakbedekking' },
  { occupation: 3, label: 'standenbouwer' },
  { occupation: 3, label: 'decorbouwer' },
  { occupation: 4, label: 'verpleegkundige' },
];
const programme = (name: string): Programme => ({ name, altName: null, code: '00000', level: 'mbo 2', eqf: 2 });
const link = (name: string) => linkProgrammes([programme(name)], labels)[0];

describe('programmes linked to the occupations they prepare for (data build)', () => {
  it('links a short word only to itself or a compound it opens, never to a longer word it begins', () => {
    // "vers" is not "verstandelijke" (reading of untuned output: a fresh-food course was a care route).
    expect(link('Medewerker vers')).toEqual([1]);
    expect(link('Eerste monteur dak')).toEqual([]);
    expect(link('Dak')).toEqual([2]);
    expect(link('Stand- en decorbouwer')).toEqual([3]);
  });

  it('still links a long stem to the word it begins', () => {
    expect(link('Verpleegkunde')).toEqual([4]);
  });
});
