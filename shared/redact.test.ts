import { describe, expect, it } from 'vitest';
import { redact, restore, restoreDeep } from './redact';

describe('redact', () => {
  it.each([
    ['e-mail', 'Mail je cv naar p.jansen@zorggroep-noord.nl.', 'p.jansen@zorggroep-noord.nl', '[EMAIL_1]'],
    ['mobile', 'Bel ons op 06-12345678 voor meer informatie', '06-12345678', '[PHONE_1]'],
    ['landline', 'Telefoon: 030 123 4567', '030 123 4567', '[PHONE_1]'],
    ['international', 'Call +31 (0)6 1234 5678 today', '+31 (0)6 1234 5678', '[PHONE_1]'],
    ['free number', 'Gratis: 0800-1234', '0800-1234', '[PHONE_1]'],
    ['IBAN', 'Declaraties naar NL91 ABNA 0417 1643 00 graag', 'NL91 ABNA 0417 1643 00', '[IBAN_1]'],
    ['IBAN without spaces', 'Rekening NL91ABNA0417164300.', 'NL91ABNA0417164300', '[IBAN_1]'],
    ['contact name', 'Neem contact op met Petra Jansen (recruiter).', 'Petra Jansen', '[NAME_1]'],
    ['name with particles', 'Contactpersoon: Jan de Vries, HR-adviseur', 'Jan de Vries', '[NAME_1]'],
    ['initials', 'Voor inlichtingen: E. van den Berg', 'E. van den Berg', '[NAME_1]'],
    ['English contact', 'Questions? Reach out to Sarah Miller.', 'Sarah Miller', '[NAME_1]'],
    ['verb before the name', 'Vragen? Bel Anna Bakker.', 'Anna Bakker', '[NAME_1]'],
  ])('replaces %s', (_case, text, original, key) => {
    const { text: redacted, placeholders } = redact(text);
    expect(redacted).not.toContain(original);
    expect(redacted).toContain(key);
    expect(placeholders[key]).toBe(original);
    expect(restore(redacted, placeholders)).toBe(text);
  });

  it.each([
    ['salary', 'Salaris: € 2.500 - € 3.200 bruto per maand'],
    ['date', 'Startdatum 01-02-2026, 36 uur per week'],
    ['postcode', 'Adres: Stationsplein 12, 3511 ED Utrecht'],
    ['invalid IBAN-like code', 'Referentie NL12 ABCD 1234 5678 90'],
    ['names outside contact lines', 'Je werkt in het team van Utrecht Science Park.'],
    ['employer kept on request', 'Neem contact op met Zorggroep Noord.'],
  ])('leaves %s alone', (_case, text) => {
    const { text: redacted, placeholders } = redact(text, { keep: ['Zorggroep Noord'] });
    expect(redacted).toBe(text);
    expect(placeholders).toEqual({});
  });

  it('gives the same value the same placeholder and different values different ones', () => {
    const { text } = redact('Mail a@b.nl of c@d.nl; nogmaals a@b.nl');
    expect(text).toBe('Mail [EMAIL_1] of [EMAIL_2]; nogmaals [EMAIL_1]');
  });

  it('restores inside a nested answer and leaves unknown placeholders as they are', () => {
    const { placeholders } = redact('Contact: Jan de Vries, 06-12345678');
    const answer = { rewritten: { markdown: 'Contact: [NAME_1], [PHONE_1] [PHONE_9]' }, list: ['[NAME_1]'], n: 3 };
    expect(restoreDeep(answer, placeholders)).toEqual({
      rewritten: { markdown: 'Contact: Jan de Vries, 06-12345678 [PHONE_9]' },
      list: ['Jan de Vries'],
      n: 3,
    });
  });
});
