import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, spliceText } from '../../shared/blocks';
import { Health } from '../../shared/health';
import { Problem } from '../../shared/problem';
import { Translation } from '../../shared/translation';

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
    expect(health.data.database).toMatch(/^\d{4}_\w+\.sql$/);
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

  it.each([
    ['Dutch', POSTING, 'Medewerker logistiek', 'Wat bieden wij?'],
    [
      'English',
      'Warehouse worker\n\nResponsibilities\n- You pick orders and load trucks.\n\nRequirements\n- A secondary vocational diploma in logistics\n- You are calm under pressure\n\nWhat we offer\n- A good salary',
      'Warehouse worker',
      'What we offer',
    ],
  ])("returns the rewrite as blocks (%s): the posting's own lines kept with their spans, markdown rendered from the blocks", async (_, text, title, offer) => {
    const response = await post(JSON.stringify({ text, title }));
    const translation = Translation.parse(await response.json());
    const { blocks, markdown } = translation.rewritten;
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) {
      expect(['kept', 'changed', 'added']).toContain(block.kind);
      if (block.kind === 'added') expect(block.source).toBeUndefined();
      else expect(block.source!.end).toBeGreaterThan(block.source!.start);
    }
    // The offer heading and the tasks are the posting's own lines, untouched.
    const heading = blocks.find((b) => b.source && text.slice(b.source.start, b.source.end) === offer);
    expect(heading?.kind).toBe('kept');
    expect(markdown).toBe(renderMarkdown(blocks, text));
    // Keeping every original gives the posting back byte for byte.
    expect(spliceText(text, blocks, () => null)).toBe(text);
    // A trait moved to the person profile: its line changed, an added block names its requirement.
    const trait = translation.requirements.find((r) => r.kind === 'trait')!;
    expect(blocks.some((b) => b.kind === 'added' && b.requirementIds.includes(trait.id))).toBe(true);
    expect(markdown).not.toMatch(/ESCO classification/);
  });

  it('accepts a captured Vacancy as well as plain text', async () => {
    const vacancy = {
      isVacancy: true,
      title: 'Logistics worker',
      employer: null,
      location: null,
      language: 'en',
      text: 'Requirements:\n- Secondary vocational education (mbo 2)\n- Driving licence B',
      source: 'json-ld',
    };
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

describe('limits and safety', () => {
  it('refuses a text over 256 KB with 413 problem+json', async () => {
    const response = await post(JSON.stringify({ text: 'a'.repeat(256 * 1024 + 1) }));
    expect(response.status).toBe(413);
    expect(Problem.parse(await response.json()).detail).toMatch(/text/);
  });

  it('refuses a body over 2 MB before reading it', async () => {
    const response = await post(JSON.stringify({ text: 'a'.repeat(2 * 1024 * 1024 + 10) }));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers a captured page that is not a vacancy with 422', async () => {
    const vacancy = {
      isVacancy: false,
      reason: 'This is a list of 24 vacancies.',
      title: 'Vacatures',
      employer: null,
      location: null,
      language: 'nl',
      text: 'Vacatures',
      source: 'text',
    };
    const response = await post(JSON.stringify({ vacancy }));
    expect(response.status).toBe(422);
    expect(Problem.parse(await response.json()).detail).toMatch(/not a vacancy.*24 vacancies/);
  });

  it('answers a German posting with 422 naming the languages it reads', async () => {
    const text = 'Wir suchen für unser Team eine Fachkraft mit Erfahrung und Freude an der Arbeit, die mit uns wächst und die Kunden betreut.';
    const response = await post(JSON.stringify({ text }));
    expect(response.status).toBe(422);
    expect(Problem.parse(await response.json()).detail).toMatch(/Dutch and English/);
  });

  it('sends security headers and allows CORS only for extension origins', async () => {
    const preflight = (origin: string) =>
      worker.fetch('http://vaardig.test/v1/translations', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const fromExtension = await preflight('chrome-extension://abcdefghijklmnopabcdefghijklmnop');
    expect(fromExtension.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnopabcdefghijklmnop');
    const fromSite = await preflight('https://evil.example');
    expect(fromSite.headers.get('access-control-allow-origin')).toBeNull();

    const health = await worker.fetch('http://vaardig.test/v1/health');
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
