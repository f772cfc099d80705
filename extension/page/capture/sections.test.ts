import { describe, expect, it } from 'vitest';
import { requirementsSection } from './sections';

describe('requirementsSection', () => {
  it.each([
    ['Wat vragen wij?', 'Over ons\n\nWij zijn groot.\n\nWat vragen wij?\n- mbo 4\n- rijbewijs B\n\nWat bieden wij\n- salaris', '- mbo 4\n- rijbewijs B'],
    ['Functie-eisen', 'Functie-eisen:\n- hbo werk- en denkniveau\n\nArbeidsvoorwaarden\n- 25 vakantiedagen', '- hbo werk- en denkniveau'],
    ['Jouw profiel', 'Jouw profiel\nJe bent nieuwsgierig.\n\nSolliciteren\nMail ons.', 'Je bent nieuwsgierig.'],
    ['Minimum qualifications', "Minimum qualifications:\n- Bachelor's degree\n\nAbout the job\nGreat.", "- Bachelor's degree\n\nAbout the job\nGreat."],
    ['What you bring', 'What you bring\n- 3 years of Java\n\nBenefits\n- Lunch', '- 3 years of Java'],
  ])('finds the section under "%s"', (_heading, text, expected) => {
    expect(requirementsSection(text)).toBe(expected);
  });

  it('returns null when there is no requirements heading', () => {
    expect(requirementsSection('Wij zoeken een kok.\n\nSolliciteer nu.')).toBeNull();
  });
});
