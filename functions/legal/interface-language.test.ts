import { describe, expect, it } from 'vitest';
import { translateOffline } from '../engine/offline/translate';
import { getTaxonomy } from '../taxonomy';
import { legalInInterfaceLanguage } from './interface-language';

// A Dutch care posting whose BIG registration the law keeps (#17: the English interface gets the
// legal table's English name, profession and label; the law's own words stay Dutch).
const vacancy = {
  isVacancy: true,
  confidence: 1,
  reason: '',
  title: 'Verpleegkundige',
  employer: 'Zorggroep Oost',
  location: 'Zwolle',
  language: 'nl' as const,
  text: 'Verpleegkundige\n\nWat ga je doen?\n- Je verzorgt patiënten op de afdeling.\n\nWat vragen wij?\n- Een BIG-registratie als verpleegkundige\n- Je bent zorgzaam',
  requirementsText: null,
  source: 'paste' as const,
  adapter: null,
  url: null,
};

describe('the legal table in the interface language (#17)', () => {
  const taxonomy = getTaxonomy();
  const legalOf = (ui: 'nl' | 'en') =>
    legalInInterfaceLanguage(translateOffline(vacancy, taxonomy, { uiLanguage: ui })).requirements.find((r) => r.legalBasis)?.legalBasis;

  it('an English interface gets the English name, profession and label; the law, its citation and the detail stay Dutch', () => {
    const nl = legalOf('nl')!;
    const en = legalOf('en')!;
    expect(nl.name).toMatch(/BIG-registratie/);
    expect(en).toMatchObject({ id: nl.id, law: nl.law, citation: nl.citation, obtainableDetail: nl.obtainableDetail, label: 'required by law' });
    expect(en.name).toMatch(/^BIG registration as/);
    expect(en.name).not.toBe(nl.name);
    if (nl.profession) expect(en.profession).not.toBe(nl.profession);
  });

  it('a translation in its own language is returned as it is', () => {
    const translation = translateOffline(vacancy, taxonomy, { uiLanguage: 'nl' });
    expect(legalInInterfaceLanguage(translation)).toBe(translation);
  });
});
