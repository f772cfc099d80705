import { describe, expect, it } from 'vitest';
import { detectLanguage, isOtherLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ['Wij zoeken een collega met kennis van de logistiek en ervaring in het magazijn.', 'nl'],
    ['Je hebt een afgeronde opleiding op mbo-niveau en bent in het bezit van rijbewijs B.', 'nl'],
    ['We are looking for a colleague with experience in the warehouse and a driving licence.', 'en'],
    ['You have a bachelor degree and you will work with our team on the platform.', 'en'],
    // Words are whole runs of letters, also around letters outside ASCII and the BMP.
    ['DE ÉÉN 𝐀de Experienced werkenden: zijn wij niet de beste voor jouw werk?', 'nl'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([[''], ['SQL, Python'], ['12345']])('says nothing for %j', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});

describe('isOtherLanguage', () => {
  it.each([
    ['Wir suchen für unser Team eine Fachkraft mit Erfahrung und Freude an der Arbeit, die mit uns wächst und die Kunden betreut.', true],
    ['Nous recherchons pour notre équipe une personne avec une expérience dans le secteur et vous êtes motivé pour les clients.', true],
    ['Wij zoeken een collega met kennis van de logistiek en ervaring in het magazijn.', false],
    ['SQL, Python', false],
  ])('%s → %s', (text, other) => {
    expect(isOtherLanguage(text)).toBe(other);
  });
});
