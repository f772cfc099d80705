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

  // Issue #19: a reviewer types the word a Dutch posting uses. The list was chosen before the search
  // was built (care, construction, office); each word's pattern says what counts as a fitting skill,
  // matched on the label or its other-language label among the ten hits the review page shows.
  const DUTCH_WORDS: Array<[string, RegExp]> = [
    ['wondzorg', /wound|wond/],
    ['medicatie', /medicat|medicij|geneesmiddel/],
    ['verpleegkundige zorg', /nurs|verpleeg/],
    ['persoonlijke verzorging', /personal (care|hygiene)|persoonlijke (verzorging|hygiëne)|daily (living|activities)/],
    ['dementie', /dementia|dementie|older adults|ouderen|elderly|geriatr/],
    ['ouderenzorg', /older adults|ouderen|elderly|geriatr/],
    ['tillen', /\blift|\btil/],
    ['timmeren', /carpent|timmer|wood|hout/],
    ['metselen', /brick|mason|metsel/],
    ['steiger', /scaffold|steiger/],
    ['zagen', /\bsaw|zaag|zagen/],
    ['houtbewerking', /wood|hout/],
    ['tegelzetten', /\btile|tegel/],
    ['lassen', /weld|lassen/],
    ['notuleren', /minutes|notul|meeting report|verslag/],
    ['boekhouden', /bookkeep|accounting|boekhoud/],
    ['planning', /plan/],
    ['klantcontact', /customer|klant/],
    ['archiveren', /archiv|archie/],
    ['facturen', /invoice|factu|\bbill/],
  ];

  it('finds a fitting skill for at least 18 of 20 common Dutch care, construction and office words', async () => {
    const found: string[] = [];
    const missed: string[] = [];
    for (const [word, fitting] of DUTCH_WORDS) {
      const response = await call('GET', `/v1/skills?q=${encodeURIComponent(word)}&lang=nl&limit=10`);
      const { skills } = SkillSearch.parse(response.body);
      const fits = skills.some((s) => fitting.test(s.label.toLowerCase()) || fitting.test((s.altLabel ?? '').toLowerCase()));
      (fits ? found : missed).push(word);
      for (const s of skills) {
        // Every hit says its label's language; an English one in a Dutch search carries what Dutch text says instead.
        expect(['nl', 'en']).toContain(s.labelLanguage);
        if (s.labelLanguage === 'en') expect(s.altLabel === null || typeof s.altLabel === 'string').toBe(true);
      }
    }
    console.log(`Dutch skill search: ${found.length}/${DUTCH_WORDS.length} found; missed: ${missed.join(', ') || 'none'}`);
    // The goal of #19. Measured 19 with the English terms of common Dutch words (hr-terms-nl-en.json);
    // wondzorg stays missed: no skill of this ESCO index is about wounds, in either language.
    expect(found.length).toBeGreaterThanOrEqual(18);
  });

  it.each([
    ['metselen', 'group', /lay bricks/],
    ['steiger', 'occupation', /scaffolding/],
  ] as const)('says how %s led to a skill (%s) and marks an English label with its Dutch group', async (word, kind, label) => {
    const { body } = await call('GET', `/v1/skills?q=${word}&lang=nl&limit=10`);
    const hit = SkillSearch.parse(body).skills.find((s) => label.test(s.label))!;
    expect(hit).toMatchObject({ labelLanguage: 'en', via: { kind, labelLanguage: 'nl' } });
    expect(hit.groupLabel).toBeTruthy();
    expect(hit.via!.label).not.toBe('');
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
