import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { Health, Problem, Translation } from '../../shared/schemas';

const worker = exports.default;
const post = (body: string, contentType = 'application/json') =>
  worker.fetch('http://vaardig.test/v1/translations', { method: 'POST', headers: { 'content-type': contentType }, body });

const POSTING = `Medewerker logistiek (m/v/x)

Wat ga je doen?
- Je verzamelt orders en laadt vrachtwagens.

Wat vragen wij?
- Een afgeronde mbo niveau 3 opleiding
- Rijbewijs B
- Je bent stressbestendig

Wat bieden wij?
- Een goed salaris`;

describe('GET /v1/health', () => {
  it('reports status, version, data versions and the migrated database', async () => {
    const response = await worker.fetch('http://vaardig.test/v1/health');
    expect(response.status).toBe(200);
    const health = Health.parse(await response.json());
    expect(health.engines).toContain('offline');
    expect(health.data.esco).toMatch(/1\.1\.1/);
    expect(health.data.database).toMatch(/^0001_/);
  });
});

describe('POST /v1/translations', () => {
  it('classifies mbo 3 and rijbewijs B and grounds the education requirement in ESCO skills', async () => {
    const response = await post(JSON.stringify({ text: POSTING, title: 'Medewerker logistiek' }));
    expect(response.status).toBe(200);
    const translation = Translation.parse(await response.json());
    expect(translation.language).toBe('nl');
    expect(translation.engine).toBe('offline');

    const education = translation.requirements.find((r) => /mbo niveau 3/i.test(r.text));
    const licence = translation.requirements.find((r) => /rijbewijs b/i.test(r.text));
    expect(education?.kind).toBe('education_level');
    expect(licence?.kind).toBe('licence');

    const skills = translation.skills.filter((s) => s.requirementIds.includes(education!.id));
    expect(skills.length).toBeGreaterThanOrEqual(3);
    for (const skill of skills) expect(skill.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(translation.requirements.some((r) => /wat bieden|salaris/i.test(r.text))).toBe(false);
  });

  it('accepts a captured Vacancy as well as plain text', async () => {
    const vacancy = { isVacancy: true, title: 'Logistics worker', employer: null, location: null, language: 'en', text: 'Requirements:\n- Secondary vocational education (mbo 2)\n- Driving licence B', source: 'json-ld' };
    const response = await post(JSON.stringify({ vacancy }));
    expect(response.status).toBe(200);
    expect(Translation.parse(await response.json()).language).toBe('en');
  });

  it.each([
    ['malformed JSON', '{"text": ', /not valid JSON/],
    ['an empty text', JSON.stringify({ text: '  ' }), /text/],
    ['a wrong type', JSON.stringify({ text: 42 }), /text/],
    ['neither text nor vacancy', JSON.stringify({ title: 'x' }), /not valid/],
  ])('answers %s with a 400 problem+json that says what is wrong', async (_name, body, detail) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = Problem.parse(await response.json());
    expect(problem.status).toBe(400);
    expect(problem.detail).toMatch(detail);
  });

  it('answers an unknown path with a 404 problem+json', async () => {
    const response = await worker.fetch('http://vaardig.test/v1/nothing');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});
