import { describe, expect, it } from 'vitest';
import { SkillSearch } from '../../shared/profiles';
import { call } from './profiles-helpers';

describe('GET /v1/skills', () => {
  it.each([
    ['communiceren', 'nl'],
    ['communicate', 'en'],
    ['plannen', 'nl'],
  ] as const)('finds ESCO skills for %s (%s), best match first', async (q, lang) => {
    const response = await call('GET', `/v1/skills?q=${encodeURIComponent(q)}&lang=${lang}`);
    expect(response.status).toBe(200);
    const { skills } = SkillSearch.parse(response.body);
    expect(skills.length).toBeGreaterThan(0);
    expect(skills.length).toBeLessThanOrEqual(20);
    for (const skill of skills) expect(skill.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(skills[0]!.label.toLowerCase()).toContain(q.slice(0, 6));
  });

  it('falls back to English labels where ESCO has no Dutch one, and says so', async () => {
    const { body } = await call('GET', '/v1/skills?q=forklift&lang=nl');
    const skills = SkillSearch.parse(body).skills;
    expect(skills.find((s) => s.label === 'operate forklift')).toMatchObject({ labelLanguage: 'en' });
  });

  it('honours limit', async () => {
    const { body } = await call('GET', '/v1/skills?q=plan&lang=nl&limit=3');
    expect(body.skills).toHaveLength(3);
  });

  it.each([['?q=a'], ['?q=kassa&lang=fr'], [''], ['?q=kassa&limit=0']])('answers %s with 400 problem+json', async (query) => {
    const response = await call('GET', `/v1/skills${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});
