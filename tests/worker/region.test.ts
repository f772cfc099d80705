import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueStatements } from '../../functions/learning/catalogue-sql';
import { templateRecords } from '../../functions/learning/templates';
import type { OfferRecord } from '../../functions/learning/types';
import { LearningRoutesMatchResponse } from '../../shared/learning-routes';
import { Translation } from '../../shared/translation';
import { offerRecord, skills } from './offer-fixtures';

// Region (#16): a Flemish posting gets no Dutch statutes, programmes or funding.
const worker = exports.default;
/** Courses here carry a price, as they did when this test was written. */
function record(key: string, fields: Partial<OfferRecord>, covered: number[]): OfferRecord {
  return offerRecord(key, { costEur: 200, ...fields }, covered);
}

beforeAll(async () => {
  const catalogue = [
    ...templateRecords(),
    record(
      'mbo:25491:bbl',
      {
        source: 'mbo',
        sourceId: '25491',
        titleNl: 'Verzorgende IG (mbo 3, BBL)',
        form: 'formal',
        type: 'mbo-bbl',
        eqf: 3,
        nlqf: 3,
        workBased: true,
        mode: 'work-based',
        durationMonths: 36,
        legalIds: ['nl.zorg.big34.verzorgende_ig'],
      },
      [0, 1, 2, 3, 4, 5, 6, 7],
    ),
    record('LD-1', {}, [0, 1, 2, 8, 9, 10]),
  ];
  const statements = catalogueStatements(catalogue, { name: 'catalogue', hash: 'region-test', loadedAt: new Date().toISOString() });
  await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
});

const post = (path: string, body: unknown) =>
  worker.fetch(`http://vaardig.test${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function translate(body: Record<string, unknown>): Promise<Translation> {
  const response = await post('/v1/translations', { engine: 'offline', ...body });
  expect(response.status).toBe(200);
  return Translation.parse(await response.json());
}

// Invented postings: a Flemish care job and the same job as a Dutch posting would put it.
const FLEMISH = `Verzorgende (m/v/x) in ons woonzorgcentrum in Mechelen

Wat verwachten we?
- Een diploma Verzorgende IG of zorgkundige
- Je bent geduldig en zorgzaam
- Ervaring in de ouderenzorg is een troef

Wat bieden we?
- Een contract van onbepaalde duur, maaltijdcheques en ecocheques
- Een vast uurrooster

Stel je kandidaat via jobs@zorgvoorbeeld.be of bel 0471 23 45 67.`;

const DUTCH = `Verzorgende IG (m/v/x)

Wat vragen wij?
- Een diploma Verzorgende IG (mbo niveau 3)
- Je bent geduldig en zorgzaam

Wat bieden wij?
- Een goed salaris volgens de cao`;

const DUTCH_FUNDING = /SLIM|werkkosten|leerwerkloket|praktijkleren|O&O/i;
const dutchBasis = (t: Translation) => t.requirements.filter((r) => r.legalBasis && (r.legalBasis.jurisdiction ?? 'NL') === 'NL');

function expectNothingDutch(t: Translation, warning = 'region-no-data') {
  expect(dutchBasis(t)).toEqual([]);
  for (const route of t.learningRoutes) {
    expect(route.form, route.title).not.toBe('formal');
    expect(['duo', 'mbo', 'ooapi'], route.title).not.toContain(route.source);
    expect(route.source, route.title).not.toMatch(/^csv:/);
    expect(route.type, route.title).not.toMatch(/bbl|evc/);
    expect(JSON.stringify(route.funding ?? []), route.title).not.toMatch(DUTCH_FUNDING);
  }
  expect(t.warnings.map((w) => w.code)).toContain(warning);
}

describe('a Flemish posting', () => {
  it('is taken as Belgian: no Dutch legal basis, no Dutch programmes or funding, and it says so', async () => {
    const t = await translate({ text: FLEMISH, title: 'Verzorgende' });
    expect(t.region).toBe('BE');
    expectNothingDutch(t);
    // The diploma stays a legal demand, marked as Belgian law Vaardig has not checked.
    const diploma = t.requirements.find((r) => /diploma/i.test(r.text));
    expect(diploma?.legal).toBe(true);
    expect(diploma?.legalBasis).toMatchObject({ jurisdiction: 'BE', verified: false, bwbr: null, url: null });
    // Only routes that hold anywhere: learning at work.
    expect(t.learningRoutes.length).toBeGreaterThan(0);
    expect(t.learningRoutes.every((r) => r.source === 'template')).toBe(true);
  });

  it('answers the same in the stream', async () => {
    const response = await post('/v1/translations?stream=1', { text: FLEMISH, title: 'Verzorgende', engine: 'offline' });
    const blocks = (await response.text()).trim().split('\n\n');
    const last = blocks[blocks.length - 1]!;
    expect(/^event: (.*)$/m.exec(last)?.[1]).toBe('translation');
    const t = Translation.parse(JSON.parse(/^data: (.*)$/m.exec(last)![1]!));
    expect(t.region).toBe('BE');
    expectNothingDutch(t);
  });
});

// An invented English posting for a job in the United Kingdom.
const ABROAD = `Care assistant
Location: Leeds, United Kingdom

Requirements
- A diploma in health and social care
- You are patient and caring

We offer a permanent contract.`;

describe('a posting abroad', () => {
  it('is taken as abroad: no Dutch legal basis, programmes, EVC or funding, and it says why', async () => {
    const t = await translate({ text: ABROAD, title: 'Care assistant' });
    expect(t.region).toBe('abroad');
    expectNothingDutch(t, 'region-abroad');
    expect(t.learningRoutes.every((r) => r.source === 'template')).toBe(true);
    expect(t.learningRoutes.map((r) => r.explanation).join('\n')).not.toMatch(/Leads to the|Leidt tot het diploma/);
    expect(t.warnings.find((w) => w.code === 'region-abroad')?.message).toMatch(/outside the Netherlands and Belgium/);
  });

  it('may be set by the request, and the warning speaks the interface language', async () => {
    const t = await translate({ text: DUTCH, title: 'Verzorgende IG', region: 'abroad' });
    expect(t.region).toBe('abroad');
    expectNothingDutch(t, 'region-abroad');
    expect(t.warnings.find((w) => w.code === 'region-abroad')?.message).toMatch(/^Deze vacature is buiten Nederland en België/);
  });
});

describe('a request that sets the region', () => {
  it('is honoured: a Dutch-looking posting sent as Belgian gets no Dutch programmes or law', async () => {
    const dutch = await translate({ text: DUTCH, title: 'Verzorgende IG' });
    expect(dutch.region).toBe('NL');
    expect(dutch.learningRoutes.some((r) => r.source === 'mbo')).toBe(true);
    expect(dutchBasis(dutch).length).toBeGreaterThan(0);

    const belgian = await translate({ text: DUTCH, title: 'Verzorgende IG', region: 'BE' });
    expect(belgian.region).toBe('BE');
    expectNothingDutch(belgian);
  });

  it('is honoured the other way: a Flemish posting sent as Dutch gets the Dutch table', async () => {
    const t = await translate({
      vacancy: { isVacancy: true, title: 'Verzorgende', employer: null, location: null, language: 'nl', text: FLEMISH, source: 'text' },
      region: 'NL',
    });
    expect(t.region).toBe('NL');
    expect(t.warnings.map((w) => w.code)).not.toContain('region-no-data');
    expect(dutchBasis(t).length).toBeGreaterThan(0);
  });

  it('rejects a region Vaardig does not know', async () => {
    const response = await post('/v1/translations', { text: DUTCH, region: 'DE' });
    expect(response.status).toBe(400);
  });
});

describe('POST /v1/learning-routes/match with a region', () => {
  it('gives a Belgian gap no formal route and no Dutch funding', async () => {
    const gap = { skills: [0, 1, 2, 8, 9, 10].map((i) => ({ uri: skills[i]!.uri })), diploma: true };
    const nl = LearningRoutesMatchResponse.parse(await (await post('/v1/learning-routes/match', { gap })).json());
    // Without a region the same gap gets the Dutch catalogue and Dutch funding hints.
    expect(nl.routes.some((r) => r.source !== 'template' && (r.funding ?? []).length > 0)).toBe(true);
    for (const region of ['BE', 'abroad']) {
      const answer = LearningRoutesMatchResponse.parse(await (await post('/v1/learning-routes/match', { gap, region })).json());
      expect(answer.routes.length).toBeGreaterThan(0);
      for (const route of answer.routes) {
        expect(route.form).not.toBe('formal');
        expect(route.source).toBe('template');
        expect(route.type).not.toBe('evc');
        expect(route.funding ?? []).toEqual([]);
      }
    }
  });
});
