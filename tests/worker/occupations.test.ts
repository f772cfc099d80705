import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { getTaxonomy } from '../../functions/taxonomy';
import { createApiClient } from '../../shared/client';
import { ESCO_ATTRIBUTION } from '../../shared/esco';
import { OccupationSearch } from '../../shared/occupations';
import { Problem } from '../../shared/problem';
import { Translation } from '../../shared/translation';
import { call } from './profiles-helpers';

// The user's choice of occupation (#15): search ESCO's occupations, then translate for the one chosen.
const taxonomy = getTaxonomy();
const forklift = taxonomy.occupation(taxonomy.index.occupations.nl.indexOf('heftruckchauffeur'));
const UNKNOWN = 'http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000';
const POSTING = {
  engine: 'offline',
  title: 'Collega logistiek (m/v/x)',
  text: 'Collega logistiek (m/v/x)\n\nWat ga je doen\nJe helpt ons team in de hal met het laden en lossen van vrachtwagens.\n\nWat vragen wij\n- Een mbo-diploma niveau 2\n- Je bent flexibel\n\nWat bieden wij\n- Een goed salaris',
};

function expectProblem(response: { status: number; body: unknown; headers: Headers }, pattern: RegExp) {
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(Problem.parse(response.body).detail).toMatch(pattern);
}

describe('GET /v1/occupations', () => {
  it('finds an occupation by a Dutch alternative label, with ESCO’s attribution', async () => {
    const response = await call('GET', '/v1/occupations?q=heftruckbestuurder&lang=nl');
    expect(response.status).toBe(200);
    const { occupations, attribution } = OccupationSearch.parse(response.body);
    expect(attribution).toBe(ESCO_ATTRIBUTION);
    expect(occupations[0]).toMatchObject({ uri: forklift.uri, label: 'heftruckchauffeur', matched: 'heftruckbestuurder' });
  });

  it('answers up to 10 occupations, labelled in the asked language', async () => {
    const { body } = await call('GET', '/v1/occupations?q=verpleegkundige&lang=en');
    const { occupations } = OccupationSearch.parse(body);
    expect(occupations).toHaveLength(10);
    expect(occupations[0]).toMatchObject({ label: 'nurse responsible for general care', altLabel: 'algemeen verpleegkundige' });
  });

  it('is what the typed client (shared/client.ts) asks and parses', async () => {
    const client = createApiClient('http://vaardig.test', {
      fetch: ((input: RequestInfo, init?: RequestInit) => exports.default.fetch(input, init)) as typeof fetch,
    });
    const found = await client.searchOccupations({ q: 'forklift operator', lang: 'en', limit: 3 });
    expect(found.occupations.length).toBeLessThanOrEqual(3);
    expect(found.occupations[0]).toMatchObject({ uri: forklift.uri, label: 'forklift operator', altLabel: 'heftruckchauffeur' });
    expect(found.attribution).toBe(ESCO_ATTRIBUTION);
  });

  it.each([['?q=a'], ['?q=kassa&lang=fr'], [''], ['?q=kassa&limit=11']])('answers %s with 400 problem+json', async (query) => {
    const response = await call('GET', `/v1/occupations${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('POST /v1/translations with a chosen occupation', () => {
  it('claims the chosen occupation with certainty 1 and translates the diploma for it', async () => {
    const guessed = Translation.parse((await call('POST', '/v1/translations', { body: POSTING })).body);
    const response = await call('POST', '/v1/translations', { body: { ...POSTING, occupation: forklift.uri } });
    expect(response.status).toBe(200);
    const translation = Translation.parse(response.body);
    expect(guessed.occupation?.uri).not.toBe(forklift.uri);
    expect(translation.occupation).toEqual({ uri: forklift.uri, label: 'heftruckchauffeur', score: 1, chosen: true });
    expect(translation.occupationCandidates).toEqual(guessed.occupationCandidates);
    const essential = new Set(taxonomy.essentialSkills(forklift.id).map((id) => taxonomy.skill(id).uri));
    const diploma = translation.requirements.find((r) => r.kind === 'diploma' || r.kind === 'education_level')!;
    const skills = translation.skills.filter((s) => s.requirementIds.includes(diploma.id));
    expect(skills.length).toBeGreaterThan(0);
    expect(skills.every((s) => essential.has(s.uri!))).toBe(true);
  });

  it('does the same for a captured vacancy, in the stream', async () => {
    const vacancy = { isVacancy: true, title: POSTING.title, employer: null, location: null, language: 'nl', text: POSTING.text, source: 'paste' };
    const response = await exports.default.fetch('http://vaardig.test/v1/translations?stream=1', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ vacancy, engine: 'offline', occupation: forklift.uri }),
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const last = (await response.text()).trim().split('\n\n').at(-1)!;
    expect(last).toMatch(/^event: translation$/m);
    expect(Translation.parse(JSON.parse(/^data: (.*)$/m.exec(last)![1]!)).occupation).toMatchObject({ uri: forklift.uri, score: 1, chosen: true });
  });

  it('answers an occupation the taxonomy does not have with 400 problem+json a person understands', async () => {
    expectProblem(
      await call('POST', '/v1/translations', { body: { ...POSTING, occupation: UNKNOWN } }),
      /is not an ESCO occupation Vaardig knows.*GET \/v1\/occupations/,
    );
    // Also before a stream starts.
    expectProblem(await call('POST', '/v1/translations?stream=1', { body: { ...POSTING, occupation: UNKNOWN } }), /is not an ESCO occupation Vaardig knows/);
    // A skill's URI, or no URI at all, is no occupation either.
    expectProblem(
      await call('POST', '/v1/translations', { body: { ...POSTING, occupation: 'heftruckchauffeur' } }),
      /occupation must be an ESCO occupation URI/,
    );
    expectProblem(
      await call('POST', '/v1/translations', { body: { ...POSTING, occupation: taxonomy.skill(0).uri } }),
      /occupation must be an ESCO occupation URI/,
    );
  });
});
