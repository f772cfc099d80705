import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueStatements } from '../../functions/learning/catalogue-sql';
import { CatalogueMemos } from '../../functions/learning/catalogue-memo';
import { D1Catalogue, TEMPLATES } from '../../functions/learning/d1-source';
import { matchLearningRoutes } from '../../functions/learning/match';
import { MemoryCatalogue } from '../../functions/learning/memory-source';
import { templateRecords } from '../../functions/learning/templates';
import { SKILL_URI } from '../../shared/esco';
import type { Candidate, MatchFilters } from '../../functions/learning/types';
import { LearningRoutesMatchResponse } from '../../shared/learning-routes';
import { Problem } from '../../shared/problem';
import { Translation } from '../../shared/translation';
import { offerRecord as record, occupation, skills, taxonomy, uuid } from './offer-fixtures';

const worker = exports.default;

const CATALOGUE = [
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
  record('LD-1', { region: 'Utrecht', costEur: 250 }, [8, 9, 10]),
  record('LD-2', { region: 'Groningen', costEur: 250 }, [8, 9, 10]),
];

beforeAll(async () => {
  const statements = catalogueStatements(CATALOGUE, { name: 'catalogue', hash: 'test', loadedAt: new Date().toISOString() });
  await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
});

const post = (path: string, body: unknown) =>
  worker.fetch(`http://vaardig.test${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const POSTING = `Verzorgende IG (m/v/x)

Wat vragen wij?
- Een diploma Verzorgende IG (mbo niveau 3)
- Je bent geduldig en zorgzaam

Wat bieden wij?
- Een goed salaris`;

describe('learning routes in every translation', () => {
  it('attaches a formal route with its crebo and a route outside school, each with the skills it covers', async () => {
    const response = await post('/v1/translations', { text: POSTING, title: 'Verzorgende IG', engine: 'offline' });
    expect(response.status).toBe(200);
    const { learningRoutes: routes } = Translation.parse(await response.json());
    expect(routes.length).toBeGreaterThanOrEqual(3);
    expect(routes.find((r) => r.form === 'formal')).toMatchObject({ source: 'mbo', sourceId: '25491' });
    // The qualification covers only what its own links teach (#15), so the rest of the gap is a course or learning at work.
    expect(routes.some((r) => r.form !== 'formal')).toBe(true);
    for (const route of routes) for (const uri of route.covers) expect(taxonomy.isKnownUri(uri)).toBe(true);
  });
});

describe('POST /v1/learning-routes/match', () => {
  const gap = { skills: [0, 1, 2, 8, 9, 10].map((i) => ({ uri: skills[i]!.uri })), diploma: true };

  it('offers no formal route for a gap whose field nothing says (#15)', async () => {
    const body = LearningRoutesMatchResponse.parse(await (await post('/v1/learning-routes/match', { gap })).json());
    expect(body.routes.filter((r) => r.form === 'formal')).toEqual([]);
  });

  it('matches a gap and explains what each route covers', async () => {
    // The programme the vacancy names gives the diploma's field.
    const response = await post('/v1/learning-routes/match', { gap: { ...gap, programmeCodes: ['25491'] } });
    expect(response.status).toBe(200);
    const body = LearningRoutesMatchResponse.parse(await response.json());
    expect(body.gapSize).toBe(6);
    expect(body.coverage).toBe(1);
    expect(body.routes[0]).toMatchObject({ form: 'formal', sourceId: '25491' });
    expect(body.routes.map((r) => r.explanation).join(' ')).toMatch(/Dekt 3 van 6 vaardigheden: .*Leidt tot het diploma waar de vacature om vraagt/);
  });

  it('respects the region filter', async () => {
    const near = LearningRoutesMatchResponse.parse(await (await post('/v1/learning-routes/match', { gap, filters: { region: 'Utrecht' } })).json());
    const far = LearningRoutesMatchResponse.parse(await (await post('/v1/learning-routes/match', { gap, filters: { region: 'Groningen' } })).json());
    expect(near.routes.map((r) => r.sourceId)).toContain('LD-1');
    expect(near.routes.map((r) => r.sourceId)).not.toContain('LD-2');
    expect(far.routes.map((r) => r.sourceId)).toContain('LD-2');
  });

  it('puts the qualification first that the law ties the job to', async () => {
    const body = LearningRoutesMatchResponse.parse(
      await (await post('/v1/learning-routes/match', { gap: { ...gap, legalIds: ['nl.zorg.big34.verzorgende_ig'] }, language: 'en' })).json(),
    );
    expect(body.routes[0]!.explanation).toMatch(/The law requires a diploma here: .*Wet BIG/);
  });

  it('accepts a whole translation', async () => {
    const translation = await (await post('/v1/translations', { text: POSTING, engine: 'offline' })).json();
    const body = LearningRoutesMatchResponse.parse(await (await post('/v1/learning-routes/match', { translation })).json());
    expect(body.routes.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['a URI that is not an ESCO skill', { gap: { skills: [{ uri: 'http://example.org/x' }] } }, 400, /ESCO skill URI/],
    ['an empty gap', { gap: { skills: [] } }, 400, /at least one skill/],
    ['skills ESCO does not have', { gap: { skills: [{ uri: `${SKILL_URI}00000000-0000-0000-0000-000000000000` }] } }, 422, /None of the skills/],
  ])('answers %s with problem+json', async (_name, body, status, detail) => {
    const response = await post('/v1/learning-routes/match', body);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(Problem.parse(await response.json()).detail).toMatch(detail);
  });
});

describe('the old path, /v1/routes/match (#18)', () => {
  const gap = { skills: [0, 1, 2].map((i) => ({ uri: skills[i]!.uri })) };

  it.each(['POST', 'GET'])('answers %s with 308 to /v1/learning-routes/match, the query kept', async (method) => {
    const body = method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ gap }) } : {};
    const response = await worker.fetch('http://vaardig.test/v1/routes/match?x=1', { method, redirect: 'manual', ...body });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/v1/learning-routes/match?x=1');
  });

  it('leads a client that follows redirects, as fetch does, to the same answer with the same POST', async () => {
    const followed = await post('/v1/routes/match', { gap });
    expect(followed.status).toBe(200);
    const direct = await post('/v1/learning-routes/match', { gap });
    expect(LearningRoutesMatchResponse.parse(await followed.json())).toEqual(LearningRoutesMatchResponse.parse(await direct.json()));
  });
});

describe('the D1 catalogue reads what the in-memory one does', () => {
  const memory = new MemoryCatalogue(CATALOGUE);
  const d1 = new D1Catalogue(env.DB);
  const gapSkills = [0, 2, 4, 8, 9, 11].map(uuid);
  const shape = (list: Candidate[]) => list.map((c) => [c.offer.key, Object.fromEntries(c.covers)]);

  it.each([
    ['every form, from the top lists', {}, undefined],
    ['formal only, from the top lists', {}, 'formal' as const],
    ['filtered by region, skill by skill', { region: 'Utrecht' }, undefined],
    ['filtered by cost, formal only', { maxCostEur: 100 }, 'formal' as const],
  ])('%s', async (_, filters: MatchFilters, form) => {
    const expected = shape(await memory.candidates(gapSkills, filters, { limit: 10, form }));
    expect(expected.length).toBeGreaterThan(0);
    expect(shape(await d1.candidates(gapSkills, filters, { limit: 10, form }))).toEqual(expected);
    // The second time from what the isolate remembers (catalogue-memo.ts).
    expect(shape(await d1.candidates(gapSkills, filters, { limit: 10, form }))).toEqual(expected);
    // A gap the isolate half knows.
    const wider = [...gapSkills.slice(1), uuid(5), uuid(10)];
    expect(shape(await d1.candidates(wider, filters, { limit: 10, form }))).toEqual(shape(await memory.candidates(wider, filters, { limit: 10, form })));
  });

  it('forgets what it remembers when another catalogue is loaded', async () => {
    const memos = new CatalogueMemos();
    const first = await memos.current(env.DB, 0);
    expect(await memos.current(env.DB, 29_000)).toBe(first);
    // Concurrent lookups share one version check.
    const [a, b] = await Promise.all([memos.current(env.DB, 30_500), memos.current(env.DB, 30_500)]);
    expect(a).toBe(b);
    // Same catalogue after the check interval: still the same memo.
    expect(await memos.current(env.DB, 31_000)).toBe(first);
    await env.DB.prepare("INSERT INTO offer_catalogue (name, hash, offers, loaded_at) VALUES ('regional', 'r1', 1, 'now')").run();
    try {
      expect(await memos.current(env.DB, 40_000)).toBe(first);
      expect(await memos.current(env.DB, 62_000)).not.toBe(first);
    } finally {
      await env.DB.prepare("DELETE FROM offer_catalogue WHERE name = 'regional'").run();
    }
  });

  it.each([
    ['by programme code', {}, { limit: 5, sourceIds: ['25491'], legalIds: [] }],
    ['by legal requirement', {}, { limit: 5, sourceIds: [], legalIds: ['nl.zorg.big34.verzorgende_ig'] }],
    ['by programme code, filtered', { maxCostEur: 100 }, { limit: 5, sourceIds: ['25491'], legalIds: [] }],
  ])('reads the named formal routes %s with their links to the gap', async (_, filters: MatchFilters, options) => {
    const expected = shape(await memory.named(gapSkills, filters, options));
    expect(expected.length).toBe(1);
    expect(shape(await d1.named(gapSkills, filters, options))).toEqual(expected);
    expect(shape(await d1.named(gapSkills.slice(2), filters, options))).toEqual(shape(await memory.named(gapSkills.slice(2), filters, options)));
  });
});

describe('a match asks D1 little', () => {
  /** The real binding, counting its batches; a new object, so this isolate has no memo for it yet. */
  function counted() {
    const sent: number[] = [];
    const db = Object.create(env.DB) as D1Database;
    db.batch = (statements) => {
      sent.push(statements.length);
      return env.DB.batch(statements);
    };
    return { db, sent };
  }
  const gapOf = (indexes: number[], diploma: number[]) =>
    indexes.map((i) => ({ skill: uuid(i), label: skills[i]!.en, weight: 1, fromDiploma: diploma.includes(i) }));

  it('reads a cold gap in three round trips (catalogue version and templates, lists, offers) and a warm one in none', async () => {
    const { db, sent } = counted();
    const source = new D1Catalogue(db);
    const input = {
      gap: gapOf([0, 1, 2, 8, 9], [0, 1, 2]),
      needs: { formal: true, legal: [{ id: 'nl.zorg.big34.verzorgende_ig', citation: 'Wet BIG' }], programmeCodes: ['25491'], eqf: 3 },
      language: 'nl' as const,
      occupationUri: taxonomy.occupation(occupation).uri,
    };
    const cold = await matchLearningRoutes(source, input, taxonomy);
    expect(cold.routes.find((r) => r.form === 'formal')).toMatchObject({ sourceId: '25491' });
    // The catalogue's version and the templates together (#15); the gap lists, the formal fallback's
    // lists and the named programmes together; then their offers (not the fallback's: the gap has a
    // formal route of its own).
    expect(sent).toHaveLength(3);
    expect(sent.slice(0, 2)).toEqual([2, 3]);
    const warm = await matchLearningRoutes(new D1Catalogue(db), input, taxonomy);
    expect(warm).toEqual(cold);
    expect(sent).toHaveLength(3);
  });

  it('looks for a formal route through the occupation only when the gap has none, its offers a round trip later', async () => {
    const { db, sent } = counted();
    const source = new D1Catalogue(db);
    // Only the regional courses teach these; the mbo qualification teaches the occupation's other skills.
    const input = {
      gap: gapOf([8, 9, 10], [8, 9, 10]),
      needs: { formal: true, legal: [], programmeCodes: [], eqf: 3 },
      language: 'nl' as const,
      occupationUri: taxonomy.occupation(occupation).uri,
    };
    const result = await matchLearningRoutes(source, input, taxonomy);
    expect(result.routes.find((r) => r.form === 'formal')).toMatchObject({ sourceId: '25491', covers: [] });
    // The catalogue's version and the templates; the gap's lists and the fallback's together; the gap's offers; then the fallback's.
    expect(sent).toEqual([2, 2, 1, 1]);
    expect(result).toEqual(await matchLearningRoutes(new MemoryCatalogue(CATALOGUE), input, taxonomy));
  });

  it('reads the templates through their own index, not a scan of every offer (#15)', async () => {
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${TEMPLATES}`).all<{ detail: string }>();
    expect(plan.results.map((row) => row.detail)).toEqual(['SCAN offers USING INDEX offers_templates_id']);
  });
});
