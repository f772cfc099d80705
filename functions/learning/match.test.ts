import { describe, expect, it } from 'vitest';
import { Translation } from '../../shared/translation';
import { getTaxonomy } from '../taxonomy';
import { catalogueStatements } from './catalogue-sql';
import { gapFromTranslation, diplomaEqf } from './gap';
import { matchLearningRoutes, learningRoutesForTranslation } from './match';
import { MemoryCatalogue } from './memory-source';
import { templateRecords } from './templates';
import { SKILL_URI } from '../../shared/esco';
import type { OfferRecord } from './types';

const taxonomy = getTaxonomy();
// Essential skills of the occupation the MBO list links Verzorgende IG to.
const occupation = taxonomy.programmesByKey('verzorgende ig').find((p) => p.code === '25491')?.occupations[0] ?? 0;
const skills = taxonomy
  .essentialSkills(occupation)
  .slice(0, 9)
  .map((id) => taxonomy.skill(id));
const uuid = (i: number) => skills[i]!.uri.slice(SKILL_URI.length);

function record(key: string, fields: Partial<OfferRecord>, covered: number[]): OfferRecord {
  return {
    key,
    source: 'csv:test',
    sourceId: key,
    titleNl: key,
    titleEn: `${key} (en)`,
    provider: null,
    form: 'non-formal',
    type: 'course',
    nlqf: null,
    eqf: null,
    studyLoad: null,
    studyLoadUnit: null,
    durationMonths: 3,
    costEur: null,
    mode: null,
    workBased: false,
    region: null,
    language: 'nl',
    url: null,
    description: null,
    legalIds: [],
    skillGroups: null,
    skills: covered.map((i) => ({ skill: uuid(i), method: 'csv', confidence: 0.9 })),
    ...fields,
  };
}

const catalogue = new MemoryCatalogue([
  ...templateRecords(),
  record(
    'mbo:25491:bbl',
    {
      source: 'mbo',
      sourceId: '25491',
      form: 'formal',
      type: 'mbo-bbl',
      eqf: 3,
      nlqf: 3,
      workBased: true,
      mode: 'work-based',
      durationMonths: 36,
      legalIds: ['nl.zorg.big34.verzorgende_ig'],
    },
    [0, 1, 2, 3, 4, 5],
  ),
  record('course-utrecht', { region: 'Utrecht', costEur: 300 }, [6, 7]),
  record('course-english', { language: 'en', costEur: 100 }, [6, 7, 8]),
  record('course-expensive', { costEur: 5000 }, [6, 7, 8]),
]);

const translation = Translation.parse({
  language: 'nl',
  engine: 'offline',
  requirements: [
    {
      id: 'r1',
      text: 'Diploma Verzorgende IG (mbo niveau 3)',
      kind: 'diploma',
      mandatory: true,
      legal: true,
      legalBasis: {
        id: 'nl.zorg.big34.verzorgende_ig',
        name: 'Verzorgende IG',
        citation: 'art. 34 Wet BIG',
        law: 'Wet BIG',
        article: '34',
        bwbr: null,
        url: null,
        obtainableAfterHiring: false,
        obtainableDetail: '',
      },
    },
    {
      id: 'r2',
      text: 'Rijbewijs B',
      kind: 'licence',
      mandatory: true,
      legal: true,
      legalBasis: {
        id: 'nl.transport.rijbewijs',
        name: 'Rijbewijs',
        citation: 'WVW 1994',
        law: 'WVW',
        article: '107',
        bwbr: null,
        url: null,
        obtainableAfterHiring: true,
        obtainableDetail: '',
      },
    },
  ],
  skills: skills.map((s, i) => ({ label: s.en, uri: s.uri, requirementIds: i < 6 ? ['r1'] : [], mustHave: i < 3 })),
  personProfile: {},
  rewritten: { markdown: '' },
  attribution: '',
});

describe('gapFromTranslation', () => {
  it('takes the diploma skills and the learnable ones, and only the diploma-bound legal requirement', () => {
    const { skills: gap, needs } = gapFromTranslation(translation, taxonomy);
    expect(gap).toHaveLength(9);
    expect(needs).toMatchObject({ formal: true, eqf: 3, legal: [{ id: 'nl.zorg.big34.verzorgende_ig', citation: 'art. 34 Wet BIG' }] });
    expect(needs.programmeCodes).toContain('25491');
  });

  it.each([
    ['mbo niveau 3', 3],
    ['MBO 4', 4],
    ['hbo werk- en denkniveau', 6],
    ['een bachelordiploma', 6],
    ['WO master', 7],
    ['Associate degree', 5],
    ['rijbewijs', null],
  ])('reads the level of "%s" as EQF %s', (text, eqf) => {
    expect(diplomaEqf([text])).toBe(eqf);
  });
});

describe('matchLearningRoutes over the in-memory catalogue', () => {
  it('gives the legal formal route, an informal route and says what each covers', async () => {
    const { routes, coverage } = await learningRoutesForTranslation(catalogue, translation, taxonomy);
    expect(routes.length).toBeGreaterThanOrEqual(3);
    expect(routes[0]).toMatchObject({ form: 'formal', source: 'mbo', sourceId: '25491', type: 'mbo-bbl', level: 'mbo 3 (NLQF 3, EQF 3)' });
    expect(routes[0]!.explanation).toMatch(/^Dekt 6 van 9 vaardigheden: .*De wet vraagt hier een diploma: art\. 34 Wet BIG/);
    expect(routes[0]!.funding?.map((f) => f.id)).toContain('praktijkleren');
    expect(routes.some((r) => r.form !== 'formal' && r.sourceId === null)).toBe(true);
    // Beside a diploma the law requires, no course or community claims to be a way into the job.
    for (const route of routes.filter((r) => r.form !== 'formal')) expect(route.explanation).toMatch(/Vervangt het diploma niet dat de wet hier vraagt\.$/);
    expect(routes[0]!.explanation).not.toMatch(/Vervangt/);
    for (const route of routes) {
      expect(route.covers.length).toBeGreaterThan(0);
      for (const uri of route.covers) expect(taxonomy.isKnownUri(uri)).toBe(true);
    }
    expect(coverage).toBeGreaterThan(0.8);
  });

  it.each([
    ['region', { region: 'Amsterdam' }, 'course-utrecht'],
    ['language', { language: 'nl' as const }, 'course-english'],
    ['budget', { maxCostEur: 1000 }, 'course-expensive'],
  ])('respects the %s filter', async (_name, filters, excluded) => {
    const { skills: gap, needs } = gapFromTranslation(translation, taxonomy);
    const { routes } = await matchLearningRoutes(catalogue, { gap, needs, filters, language: 'nl' }, taxonomy);
    expect(routes.map((r) => r.sourceId)).not.toContain(excluded);
  });

  it('offers a BBL place, which leads to an mbo qualification, only for a job at mbo level or below (reading of untuned output)', async () => {
    const { skills: gap, needs } = gapFromTranslation(translation, taxonomy);
    const bblOnly = new MemoryCatalogue(templateRecords().filter((t) => t.type === 'bbl-workplace'));
    const types = async (eqf: number) =>
      (
        await matchLearningRoutes(bblOnly, { gap, needs: { ...needs, formal: false, eqf, legal: [], programmeCodes: [] }, language: 'nl' }, taxonomy)
      ).routes.map((r) => r.type);
    expect(await types(3)).toContain('bbl-workplace');
    expect(await types(6)).not.toContain('bbl-workplace');
  });

  it('answers in English with English titles', async () => {
    const { skills: gap, needs } = gapFromTranslation(translation, taxonomy);
    const { routes } = await matchLearningRoutes(catalogue, { gap, needs, language: 'en' }, taxonomy);
    expect(routes[0]!.title).toBe('mbo:25491:bbl (en)');
    expect(routes[0]!.explanation).toMatch(/^Covers \d of 9 skills/);
  });
});

describe('catalogueStatements', () => {
  it("keeps every statement under D1's 100 KB limit and records the catalogue", () => {
    const many = Array.from({ length: 3000 }, (_, i) => record(`o${i}`, { description: 'x'.repeat(200) }, [0, 1, 2]));
    const statements = catalogueStatements(many, { name: 'catalogue', hash: 'h', loadedAt: 'now' });
    expect(Math.max(...statements.map((s) => s.length))).toBeLessThan(100_000);
    expect(statements.at(-1)).toMatch(/INSERT INTO offer_catalogue .*'catalogue','h',3000/);
  });
});

describe('route explanations name each skill group once (#17)', () => {
  it('says "marketing en reclame" once however many of its skills a route covers', async () => {
    const { explainRoute } = await import('./explain');
    const offer = { source: 'duo', form: 'formal', type: 'bachelor', workBased: false, key: 'x', description: null } as never;
    expect(explainRoute(offer, ['marketing en reclame', 'marketing en reclame', 'recht'], 8, 'field' as never, null, 'nl')).toMatch(
      /^Dekt 3 van 8 vaardigheden: marketing en reclame, recht\./u,
    );
  });
  it('says in English that a programme fits next to a job without the Dutch "BBL" (reading of untuned output)', async () => {
    const { explainRoute } = await import('./explain');
    const offer = { source: 'duo', form: 'formal', type: 'bachelor', workBased: true, key: 'x', description: null } as never;
    const said = explainRoute(offer, ['statistics'], 3, 'field' as never, null, 'en');
    expect(said).toContain('Can be followed next to a job (part-time, dual or work-based learning).');
    expect(said).not.toMatch(/BBL/u);
  });
});
