/**
 * Insights (issue 20): impact and shared learning needs, computed in D1 from the facts each saved
 * profile version leaves. The privacy floor (never a need fewer than 3 employers share) and the
 * access matrix (an employer sees its own, a team's reviewers the employers it serves, nobody else)
 * are checked through the real Worker and the real local D1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Impact, LearningNeeds } from '../../shared/insights';
import type { LearningRoute, Translation } from '../../shared/translation';
import { parseCsv } from '../../shared/csv';
import { BASE, call, link, organization, token, translation, VACANCY, worker } from './profiles-helpers';

const SKILL = (name: string) => `http://data.europa.eu/esco/skill/test-${name}`;
const TEXT_MARK = 'GEHEIME-VACATURETEKST';

/** A translation whose facts are known: 3 diploma requirements (translated, kept by law, kept by choice), a trait moved, a year count rewritten, 2 warnings (1 resolved), routes 1 formal and 2 non-formal; `needs` learnable on the job. */
function factsTranslation(needs: string[], routes: Partial<LearningRoute>[] = []): Translation {
  const base = translation();
  const span = (start: number) => ({ start, end: start + 10 });
  const route = (r: Partial<LearningRoute>): LearningRoute => ({
    form: 'non-formal',
    title: 'Cursus',
    provider: null,
    source: 'csv:test',
    sourceId: null,
    covers: [],
    type: null,
    level: null,
    url: null,
    explanation: '',
    ...r,
  });
  return {
    ...base,
    requirements: [
      { id: 'r1', text: 'mbo 3 logistiek', kind: 'diploma', mandatory: true, legal: false, legalBasis: null, alternativeOffered: false, span: span(0) },
      {
        id: 'r2',
        text: 'diploma verpleegkunde',
        kind: 'education_level',
        mandatory: true,
        legal: true,
        legalBasis: null,
        alternativeOffered: false,
        span: span(20),
      },
      {
        id: 'r3',
        text: 'hbo werk- en denkniveau',
        kind: 'education_level',
        mandatory: true,
        legal: false,
        legalBasis: null,
        alternativeOffered: false,
        span: span(40),
      },
      { id: 'r4', text: 'stressbestendig', kind: 'trait', mandatory: true, legal: false, legalBasis: null, alternativeOffered: false, span: span(60) },
      { id: 'r5', text: '5 jaar ervaring', kind: 'experience', mandatory: true, legal: false, legalBasis: null, alternativeOffered: false, span: span(100) },
    ],
    skills: needs.map((name) => ({
      label: `vaardigheid ${name}`,
      uri: SKILL(name),
      requirementIds: ['r1'],
      mustHave: false,
      reason: '',
      verified: true,
      labelLanguage: 'nl' as const,
      untranslated: false,
      groupLabel: null,
    })),
    changes: [
      { requirementId: 'r1', action: 'translate', rule: 'diploma.mbo', concept: null, span: span(0), reason: '' },
      { requirementId: 'r2', action: 'keep-legal', rule: 'legal.nl.big', concept: null, span: span(20), reason: '' },
      { requirementId: 'r3', action: 'keep', rule: 'keep.education_level', concept: null, span: span(40), reason: '' },
      { requirementId: 'r4', action: 'move-to-profile', rule: 'trait→person-profile', concept: null, span: span(60), reason: '' },
      { requirementId: 'r5', action: 'rephrase', rule: 'experience.years→competence', concept: null, span: span(100), reason: '' },
    ],
    warnings: [
      { code: 'experience-years', message: 'jaren', span: span(100) },
      { code: 'gender', message: 'm/v', span: span(300) },
    ],
    learningRoutes: [
      route({ form: 'formal', title: 'Mbo Logistiek', covers: [] }),
      route({ form: 'non-formal', title: 'Heftruckcursus', covers: [] }),
      route({ form: 'non-formal', title: 'Plannen', covers: [] }),
      ...routes.map(route),
    ],
  };
}

interface Org {
  id: string;
  name: string;
  member: string;
}

async function employer(name: string): Promise<Org> {
  const id = await organization(name, 'employer');
  return { id, name, member: await token(id, 'member') };
}

async function profile(org: Org, needs: string[], status: 'draft' | 'submitted' | 'approved', reviewer?: string, routes: Partial<LearningRoute>[] = []) {
  const created = await call('POST', '/v1/profiles', {
    token: org.member,
    body: { title: `Functie ${org.name}`, translation: factsTranslation(needs, routes), vacancy: { ...VACANCY, text: `${TEXT_MARK} ${org.name}` } },
  });
  expect(created.status).toBe(201);
  if (status !== 'draft') expect((await call('POST', `/v1/profiles/${created.body.id}/submit`, { token: org.member })).status).toBe(200);
  if (status === 'approved')
    expect((await call('POST', `/v1/profiles/${created.body.id}/decision`, { token: reviewer!, body: { decision: 'approved' } })).status).toBe(200);
  return { id: created.body.id as string, etag: created.headers.get('etag')! };
}

let team: string, other: string;
let A: Org, B: Org, C: Org, D: Org, E: Org;
let tokens: { reviewer: string; admin: string; member: string; otherReviewer: string; aReviewer: string };
let dDraft: string, aDraft: { id: string; etag: string };

// A, B, C and D are served by the team; E by the other team. S1 is asked by A, B and C (shared by
// three: shown); S2 by A and B, by D only in a draft, by E elsewhere (two of the team's: hidden).
beforeAll(async () => {
  team = await organization('Expertiseteam Inzicht', 'expertise_team');
  other = await organization('Expertiseteam Elders', 'expertise_team');
  [A, B, C, D, E] = (await Promise.all(['Bakkerij A', 'Bouw B', 'Chemie C', 'Drukkerij D', 'Elders E'].map(employer))) as [Org, Org, Org, Org, Org];
  for (const e of [A, B, C, D]) await link(team, e.id);
  await link(other, E.id);
  tokens = {
    reviewer: await token(team, 'reviewer'),
    admin: await token(team, 'admin'),
    member: await token(team, 'member'),
    otherReviewer: await token(other, 'reviewer'),
    aReviewer: await token(A.id, 'reviewer'),
  };
  const otherAdmin = await token(other, 'reviewer');
  await profile(A, ['s1', 's2', 's3'], 'submitted', undefined, [
    { form: 'non-formal', title: 'Excel voor de werkvloer', provider: 'Leerhuis', sourceId: 'csv:1', covers: [SKILL('s1')] },
    { form: 'informal', title: 'Meelopen', covers: [SKILL('s2')] },
  ]);
  aDraft = await profile(A, ['s4'], 'draft');
  await profile(B, ['s1', 's2'], 'approved', tokens.reviewer, [{ form: 'informal', title: 'Meelopen', covers: [SKILL('s2')] }]);
  await profile(C, ['s1', 's4'], 'submitted');
  dDraft = (await profile(D, ['s2'], 'draft')).id;
  await profile(D, ['s5'], 'submitted');
  await profile(E, ['s1', 's2'], 'submitted', otherAdmin);
});

const needs = (token: string, query: string) => call('GET', `/v1/insights/learning-needs?${query}`, { token });
const uris = (body: unknown) => LearningNeeds.parse(body).needs.map((n) => n.skill.uri);

describe('GET /v1/insights/learning-needs: the privacy floor', () => {
  it('shows a skill three employers share and hides one only two share (a draft and another team’s employer do not count)', async () => {
    const { status, body } = await needs(tokens.reviewer, `teamId=${team}`);
    expect(status).toBe(200);
    expect(uris(body)).toEqual([SKILL('s1')]);
    expect(body.needs[0]).toMatchObject({ skill: { uri: SKILL('s1'), label: 'vaardigheid s1' }, employers: 3, profiles: 3 });
    expect(body.needs[0].routes).toEqual([{ form: 'non-formal', title: 'Excel voor de werkvloer', provider: 'Leerhuis', sourceId: 'csv:1' }]);
    expect(body.needs[0].suggestion.form).toBe('shared-course');
    // No vacancy text, no employer names or ids.
    const text = JSON.stringify(body);
    for (const secret of [TEXT_MARK, A.name, B.name, C.name, A.id, B.id, C.id]) expect(text).not.toContain(secret);
  });

  it.each(['0', '1', '2'])('refuses minEmployers=%s (never below 3)', async (min) => {
    const { status, body } = await needs(tokens.reviewer, `teamId=${team}&minEmployers=${min}`);
    expect(status).toBe(400);
    expect(body.detail).toMatch(/minEmployers.*at least 3/);
  });

  it('a higher floor hides more; the third employer submitting makes the need appear', async () => {
    expect(uris((await needs(tokens.reviewer, `teamId=${team}&minEmployers=4`)).body)).toEqual([]);
    expect(uris((await needs(tokens.reviewer, `teamId=${team}`)).body)).not.toContain(SKILL('s2'));
    expect((await call('POST', `/v1/profiles/${dDraft}/submit`, { token: D.member })).status).toBe(200);
    const { body } = await needs(tokens.reviewer, `teamId=${team}&lang=en`);
    expect(uris(body)).toEqual([SKILL('s1'), SKILL('s2')]);
    expect(body.needs[1]).toMatchObject({ employers: 3, suggestion: { form: 'work-based', text: expect.stringMatching(/^3 employers want/) } });
  });

  it('exports the needs and the impact as CSV', async () => {
    const raw = async (path: string) => {
      const response = await worker.fetch(`${BASE}${path}`, { headers: { authorization: `Bearer ${tokens.reviewer}` } });
      return { type: response.headers.get('content-type'), rows: parseCsv(new TextDecoder().decode(await response.arrayBuffer())) };
    };
    const csv = await raw(`/v1/insights/learning-needs?teamId=${team}&format=csv`);
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.rows[0]).toEqual(['skill', 'uri', 'employers', 'profiles', 'suggestion', 'suggestionText', 'routes']);
    expect(csv.rows.slice(1).map((r) => [r[1], r[2]])).toEqual([
      [SKILL('s1'), '3'],
      [SKILL('s2'), '3'],
    ]);
    const figures = await raw(`/v1/insights/impact?format=csv`);
    expect(figures.rows).toContainEqual(['diplomaRequirements.before', '15']);
    expect(figures.rows).toContainEqual(['profiles.approved', '1']);
  });
});

describe('GET /v1/insights/learning-needs: who sees what', () => {
  it.each([
    ['the team’s reviewer', () => tokens.reviewer, () => team, 200],
    ['the team’s admin', () => tokens.admin, () => team, 200],
    ['the team’s plain member', () => tokens.member, () => team, 403],
    ['another team’s reviewer', () => tokens.otherReviewer, () => team, 404],
    ['a team asking for another team', () => tokens.reviewer, () => other, 404],
    ['an employer the team serves', () => A.member, () => team, 200],
    ['an employer the team does not serve', () => E.member, () => team, 404],
    ['anyone, for an id that is an employer', () => tokens.reviewer, () => A.id, 404],
  ] as const)('%s → %i', async (_, who, teamId, expected) => {
    const { status, headers } = await needs(who(), `teamId=${teamId()}`);
    expect(status).toBe(expected);
    if (status >= 400) expect(headers.get('content-type')).toBe('application/problem+json');
  });

  it('an employer sees only the shared needs it has itself', async () => {
    expect(uris((await needs(A.member, `teamId=${team}`)).body)).toEqual([SKILL('s1'), SKILL('s2')]);
    expect(uris((await needs(C.member, `teamId=${team}`)).body)).toEqual([SKILL('s1')]);
    expect(uris((await needs(D.member, `teamId=${team}`)).body)).toEqual([SKILL('s2')]);
  });

  it('needs a token', async () => {
    expect((await call('GET', `/v1/insights/learning-needs?teamId=${team}`)).status).toBe(401);
  });
});

const impact = (token: string, query = '') => call('GET', `/v1/insights/impact${query ? `?${query}` : ''}`, { token });

describe('GET /v1/insights/impact', () => {
  it('an employer sees its own profiles, drafts included, with every figure summed in D1', async () => {
    const { status, body } = await impact(A.member);
    expect(status).toBe(200);
    const figures = Impact.parse(body);
    expect(figures).toMatchObject({
      scope: { organizationId: A.id, kind: 'employer', employers: 1 },
      profiles: 2,
      byStatus: { draft: 1, submitted: 1, changes_requested: 0, approved: 0 },
      diplomaRequirements: { before: 6, translated: 2, keptByLaw: 2, keptByChoice: 2, after: 4 },
      movedToPersonProfile: 2,
      yearsToCompetence: 2,
      warnings: { raised: 4, resolved: 2 },
    });
    // A's first profile offers 2 routes more than the 3 every profile has.
    expect(figures.learningRoutes).toEqual({ formal: 2, 'non-formal': 5, informal: 1 });
  });

  it('a team sees the employers it serves without their drafts; one of them, or none it does not serve', async () => {
    const all = Impact.parse((await impact(tokens.reviewer)).body);
    // A1, B1, C1, D's two submitted; not A's draft, not E.
    expect(all).toMatchObject({
      scope: { organizationId: team, kind: 'expertise_team', employers: 4 },
      profiles: 5,
      byStatus: { draft: 0, submitted: 4, approved: 1 },
    });
    expect(all.diplomaRequirements.before).toBe(15);
    const one = Impact.parse((await impact(tokens.reviewer, `organizationId=${A.id}`)).body);
    expect(one).toMatchObject({ scope: { organizationId: A.id, kind: 'employer' }, profiles: 1, byStatus: { draft: 0 } });
  });

  it.each([
    ['an employer, for its own id', () => A.member, () => A.id, 200],
    ['a reviewer-role token of an employer, for its own id', () => tokens.aReviewer, () => A.id, 200],
    ['an employer, for another employer', () => A.member, () => B.id, 404],
    ['an employer, for the team that serves it', () => A.member, () => team, 404],
    ['the team’s reviewer, for its team', () => tokens.reviewer, () => team, 200],
    ['the team’s admin, for an employer it serves', () => tokens.admin, () => B.id, 200],
    ['the team’s reviewer, for an employer it does not serve', () => tokens.reviewer, () => E.id, 404],
    ['the team’s plain member, for its team', () => tokens.member, () => team, 403],
    ['the team’s plain member, for an employer it serves', () => tokens.member, () => A.id, 403],
    ['another team’s reviewer, for the team', () => tokens.otherReviewer, () => team, 404],
    ['another team’s reviewer, for the team’s employer', () => tokens.otherReviewer, () => A.id, 404],
  ] as const)('%s → %i', async (_, who, organizationId, expected) => {
    const { status, headers } = await impact(who(), `organizationId=${organizationId()}`);
    expect(status).toBe(expected);
    if (status >= 400) expect(headers.get('content-type')).toBe('application/problem+json');
  });

  it('counts profiles created in the period (a day as `to` counts whole)', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await impact(A.member, `from=${today}&to=${today}`)).body.profiles).toBe(2);
    expect((await impact(A.member, `from=${tomorrow}`)).body.profiles).toBe(0);
    expect((await impact(A.member, `to=${yesterday}`)).body.profiles).toBe(0);
    expect((await impact(A.member, `from=${tomorrow}&to=${today}`)).status).toBe(400);
    expect((await impact(A.member, 'from=gisteren')).status).toBe(400);
  });

  it('follows the current version of a profile', async () => {
    const before = Impact.parse((await impact(A.member)).body).diplomaRequirements.before;
    const saved = await call('PUT', `/v1/profiles/${aDraft.id}`, {
      token: A.member,
      body: { title: 'Zonder diploma', translation: translation() },
      headers: { 'if-match': aDraft.etag },
    });
    expect(saved.status).toBe(200);
    // translation() has one education-level requirement and no changes: kept by choice.
    expect(Impact.parse((await impact(A.member)).body).diplomaRequirements).toMatchObject({ before: before - 3 + 1, keptByChoice: 2 });
  });
});
