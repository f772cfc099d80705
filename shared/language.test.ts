import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ['Wij zoeken een collega met kennis van de logistiek en ervaring in het magazijn.', 'nl'],
    ['Je hebt een afgeronde opleiding op mbo-niveau en bent in het bezit van rijbewijs B.', 'nl'],
    ['We are looking for a colleague with experience in the warehouse and a driving licence.', 'en'],
    ['You have a bachelor degree and you will work with our team on the platform.', 'en'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([[''], ['SQL, Python'], ['12345']])('says nothing for %j', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});
