import { describe, expect, it } from 'vitest';
import { Vacancy } from '../../../shared/vacancy';
import { getTaxonomy } from '../../taxonomy';
import { assumedRegion, regionWarning } from './region';
import { translateOffline } from './translate';

// An invented Flemish posting (#16).
const vacancy = Vacancy.parse({
  isVacancy: true,
  title: 'Chauffeur',
  employer: null,
  location: null,
  language: 'nl',
  source: 'text',
  text: 'Chauffeur (m/v/x)\n\nProfiel\n- Je hebt een rijbewijs C\n- Ervaring is een troef\n\nAanbod\n- Maaltijdcheques en een vast uurrooster\n\nMeer info: 0472 11 22 33',
});

describe('the region of a translation', () => {
  it('is read from the posting unless the request sets it', () => {
    expect(assumedRegion(vacancy, 'nl')).toBe('BE');
    expect(assumedRegion(vacancy, 'nl', 'NL')).toBe('NL');
  });

  it('a Belgian translation says what it lacks, in the posting language', () => {
    expect(regionWarning('BE', 'nl')?.message).toMatch(/Belgische wetgeving/);
    expect(regionWarning('BE', 'en')?.message).toMatch(/Belgian law/);
    expect(regionWarning('NL', 'nl')).toBeNull();
    expect(regionWarning(null, 'en')).toBeNull();
  });

  it('the offline engine cites no Dutch law for a Belgian posting, and the Dutch table when told it is Dutch', () => {
    const taxonomy = getTaxonomy();
    const belgian = translateOffline(vacancy, taxonomy);
    expect(belgian.region).toBe('BE');
    expect(belgian.warnings.map((w) => w.code)).toContain('region-no-data');
    const licence = belgian.requirements.find((r) => /rijbewijs/i.test(r.text));
    expect(licence).toMatchObject({ legal: true, legalBasis: { jurisdiction: 'BE', verified: false, bwbr: null } });

    const dutch = translateOffline(vacancy, taxonomy, { region: 'NL' });
    expect(dutch.region).toBe('NL');
    expect(dutch.requirements.find((r) => /rijbewijs/i.test(r.text))?.legalBasis).toMatchObject({ jurisdiction: 'NL', bwbr: 'BWBR0006622' });
  });
});

// An invented posting abroad: a US city and state, in English.
const abroad = Vacancy.parse({
  isVacancy: true,
  title: 'Warehouse lead',
  employer: null,
  location: null,
  language: 'en',
  source: 'text',
  text: 'Warehouse lead\nDayton, OH\n\nRequirements\n- A high school diploma\n- A forklift certificate\n- 2 years of warehouse experience',
});

describe('a translation of a posting abroad', () => {
  it('assumes the region abroad and says plainly why there are no programmes, in both languages', () => {
    expect(assumedRegion(abroad, 'en')).toBe('abroad');
    expect(regionWarning('abroad', 'nl')?.message).toMatch(/^Deze vacature is buiten Nederland en België; Vaardig kent alleen opleidingen/);
    expect(regionWarning('abroad', 'en')?.message).toMatch(/^This vacancy is outside the Netherlands and Belgium; Vaardig only knows programmes/);
  });

  it('the offline engine adds no Dutch law and cites no Dutch programme code', () => {
    const t = translateOffline(abroad, getTaxonomy());
    expect(t.region).toBe('abroad');
    expect(t.warnings.map((w) => w.code)).toContain('region-abroad');
    expect(t.requirements.filter((r) => r.legalBasis && (r.legalBasis.jurisdiction ?? 'NL') === 'NL')).toEqual([]);
    expect(t.changes.map((c) => c.reason).join('\n')).not.toMatch(/\(\d{5}\)/);
  });
});
