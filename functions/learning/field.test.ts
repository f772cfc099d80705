import { describe, expect, it } from 'vitest';
import { Translation } from '../../shared/translation';
import { getTaxonomy } from '../taxonomy';
import { inField, isNamedProgramme, jobField, programmeName } from './field';
import { honestCandidates, markNarrow } from './honest';
import { learningRoutesForTranslation } from './match';
import { MemoryCatalogue } from './memory-source';
import { templateRecords } from './templates';
import { SKILL_URI } from '../../shared/esco';
import type { Offer, OfferRecord } from './types';

const taxonomy = getTaxonomy();
// Verzorgende IG (crebo 25491) and the occupation the MBO list links it to; Informatica (CROHO 56978) is another field.
const care = taxonomy.programmesByKey('verzorgende ig').find((p) => p.code === '25491')!;
const careOccupation = taxonomy.occupation(care.occupations[0]!);
const skills = taxonomy
  .essentialSkills(care.occupations[0]!)
  .slice(0, 6)
  .map((id) => taxonomy.skill(id));
const uuid = (i: number) => skills[i]!.uri.slice(SKILL_URI.length);
const java = taxonomy.skill(taxonomy.skillByKey('java')!);

function record(key: string, fields: Partial<OfferRecord>, covered: string[]): OfferRecord {
  return {
    key,
    source: 'duo',
    sourceId: key,
    titleNl: key,
    titleEn: null,
    provider: null,
    form: 'formal',
    type: 'bachelor',
    nlqf: 6,
    eqf: 6,
    studyLoad: null,
    studyLoadUnit: null,
    durationMonths: 48,
    costEur: null,
    mode: 'on-site',
    workBased: false,
    region: null,
    language: 'nl',
    url: null,
    description: null,
    legalIds: [],
    skillGroups: null,
    skills: covered.map((skill) => ({ skill, method: 'test', confidence: 0.8 })),
    ...fields,
  };
}
const offer = (fields: Partial<Offer>): Offer => ({ ...record('x', fields, []), id: 1, ...fields });

describe('the job field (#15)', () => {
  it.each([
    ['Bachelor Communicatie (deeltijd)', 'communicatie'],
    ['Associate degree Commerciële Economie (voltijd)', 'commerciele economie'],
    ['Verzorgende IG (mbo 3, BBL, leren en werken)', 'verzorgende ig'],
  ])('reads the programme name of "%s" as "%s"', (title, name) => {
    expect(programmeName(title)).toBe(name);
  });

  it('names a programme by its code or its whole name, never by a shared word', () => {
    const field = jobField(taxonomy, null, ['34405'], ['communicatie']);
    expect(isNamedProgramme(offer({ sourceId: '34405', titleNl: 'Bachelor Communication (voltijd)' }), field)).toBe(true);
    expect(isNamedProgramme(offer({ sourceId: '99999', titleNl: 'Bachelor Communicatie (deeltijd)' }), field)).toBe(true);
    expect(isNamedProgramme(offer({ sourceId: '99998', titleNl: 'Bachelor Communicatie en Multimedia Design (voltijd)' }), field)).toBe(false);
    expect(isNamedProgramme(offer({ sourceId: '34405', form: 'non-formal' }), field)).toBe(false);
  });

  it('holds a programme in the field of the occupation it prepares for, not one of another ISCO group', () => {
    const field = jobField(taxonomy, careOccupation.uri, []);
    expect(inField(offer({ source: 'mbo', sourceId: '25491' }), field, taxonomy)).toBe(true);
    expect(inField(offer({ sourceId: '56978' }), field, taxonomy)).toBe(false);
    // A programme linked to no occupation has no known field.
    expect(inField(offer({ sourceId: '00000' }), field, taxonomy)).toBe(false);
    // The diploma's field: the programme the requirement names.
    expect(inField(offer({ sourceId: '56978' }), jobField(taxonomy, null, ['56978']), taxonomy)).toBe(true);
  });

  it('offers no degree for a gap of one tool', () => {
    const gap = markNarrow([{ skill: java.uri.slice(SKILL_URI.length), label: 'Java', weight: 1, fromDiploma: false }], taxonomy);
    expect(gap[0]!.narrow).toBe(true);
    // In the field of the job (an occupation Informatica prepares for), but a degree all the same.
    const informatica = taxonomy.programmesByKey('informatica').find((p) => p.code === '56978')!;
    const field = jobField(taxonomy, taxonomy.occupation(informatica.occupations[0]!).uri, []);
    expect(inField(offer({ sourceId: '56978' }), field, taxonomy)).toBe(true);
    const degree = { offer: offer({ sourceId: '56978' }), covers: new Map([[gap[0]!.skill, 0.8]]) };
    const course = { offer: offer({ form: 'non-formal', sourceId: 'c1' }), covers: new Map([[gap[0]!.skill, 0.8]]) };
    const needs = { formal: false, legal: [], programmeCodes: [], eqf: null };
    expect(honestCandidates([degree, course], gap, needs, field, taxonomy).map((c) => c.offer.sourceId)).toEqual(['c1']);
  });

  it('offers no programme to students, who are in one already, except what the law asks', () => {
    const field = jobField(taxonomy, careOccupation.uri, []);
    const gap = [
      { skill: uuid(0), label: 'x', weight: 1, fromDiploma: true },
      { skill: uuid(1), label: 'y', weight: 1, fromDiploma: true },
    ];
    const programme = { offer: offer({ sourceId: '25491', titleNl: 'Verzorgende IG (mbo 3, BBL)' }), covers: new Map([[uuid(0), 0.8]]) };
    const course = { offer: offer({ form: 'non-formal', sourceId: 'c1' }), covers: new Map([[uuid(0), 0.8]]) };
    const needs = { formal: false, legal: [], programmeCodes: [], eqf: null };
    expect(honestCandidates([programme, course], gap, needs, field, taxonomy).map((c) => c.offer.sourceId)).toEqual(['25491', 'c1']);
    expect(honestCandidates([programme, course], gap, { ...needs, forStudents: true }, field, taxonomy).map((c) => c.offer.sourceId)).toEqual(['c1']);
  });
});

describe('a formal route near the level the vacancy asks (reading of untuned output)', () => {
  const field = jobField(taxonomy, careOccupation.uri, []);
  const gap = [
    { skill: uuid(0), label: 'x', weight: 1, fromDiploma: true },
    { skill: uuid(1), label: 'y', weight: 1, fromDiploma: true },
  ];
  const at = (sourceId: string, eqf: number) => ({ offer: offer({ source: 'mbo', sourceId, eqf, nlqf: eqf }), covers: new Map([[uuid(0), 0.8]]) });
  const offered = (eqf: number | null) =>
    honestCandidates(
      [at('25491', 3), at('25491', 4), at('25491', 6), at('25491', 7)],
      gap,
      { formal: true, legal: [], programmeCodes: [], eqf },
      field,
      taxonomy,
    ).map((c) => c.offer.eqf);

  it('offers one level up as growth, two down as the basics, nothing further', () => {
    expect(offered(4)).toEqual([3, 4]);
    expect(offered(3)).toEqual([3, 4]);
  });

  it('never offers a master above the bachelor asked: who lacks the bachelor cannot enter it (reading of untuned output)', () => {
    expect(offered(6)).toEqual([4, 6]);
    expect(offered(7)).toEqual([6, 7]);
  });

  it('offers no master’s or doctorate where the vacancy names no level', () => {
    expect(offered(null)).toEqual([3, 4, 6]);
  });
});

describe('honest routes over the in-memory catalogue (#15)', () => {
  const catalogue = new MemoryCatalogue([
    ...templateRecords(),
    // The named qualification, full time and BBL; its links reach only two of the gap's skills.
    record(
      'mbo:25491:bol',
      { source: 'mbo', sourceId: '25491', titleNl: 'Verzorgende IG (mbo 3, BOL, voltijd)', type: 'mbo-bol', eqf: 3, durationMonths: 36 },
      [uuid(0), uuid(1)],
    ),
    record(
      'mbo:25491:bbl',
      {
        source: 'mbo',
        sourceId: '25491',
        titleNl: 'Verzorgende IG (mbo 3, BBL, leren en werken)',
        type: 'mbo-bbl',
        eqf: 3,
        durationMonths: 36,
        workBased: true,
        mode: 'work-based',
      },
      [uuid(0), uuid(1)],
    ),
    // Teaches the whole gap, but prepares for another field.
    record(
      '56978',
      { titleNl: 'Bachelor Informatica (voltijd)' },
      skills.map((_, i) => uuid(i)),
    ),
  ]);
  const translation = Translation.parse({
    language: 'nl',
    engine: 'offline',
    occupation: { uri: careOccupation.uri, label: careOccupation.nl, score: 0.9 },
    requirements: [{ id: 'r1', text: 'Diploma Verzorgende IG', kind: 'diploma', mandatory: true, legal: false }],
    skills: skills.map((s) => ({ label: s.en, uri: s.uri, requirementIds: ['r1'], mustHave: true })),
    personProfile: {},
    rewritten: { markdown: '' },
    attribution: '',
  });

  it('leads to the named diploma in its work-based form, covers what it teaches, and offers nothing outside the field', async () => {
    const { routes } = await learningRoutesForTranslation(catalogue, translation, taxonomy);
    const formal = routes.filter((r) => r.form === 'formal');
    expect(formal.map((r) => r.title)).toEqual(['Verzorgende IG (mbo 3, BBL, leren en werken)']);
    expect(formal[0]!.covers).toEqual([skills[0]!.uri, skills[1]!.uri]);
    expect(formal[0]!.explanation).toMatch(/^Dekt 2 van 6 vaardigheden: .*Leidt tot het diploma waar de vacature om vraagt\./);
    const evc = routes.find((r) => r.type === 'evc');
    if (evc) expect(evc.explanation).toMatch(/^Toetst/);
  });
});
