/**
 * Helpers for the review API tests: bootstrap organisations and tokens through the admin API,
 * and a small caller that speaks JSON with a bearer token. Everything goes through the real
 * Worker in workerd with the real local D1.
 */
import { env, exports } from 'cloudflare:workers';
import { expect } from 'vitest';
import type { OrganizationKind, Role } from '../../shared/profiles';
import type { Translation } from '../../shared/translation';
import type { Vacancy } from '../../shared/vacancy';

type VacancyInput = Partial<Vacancy> & Pick<Vacancy, 'isVacancy' | 'title' | 'employer' | 'location' | 'language' | 'text' | 'source'>;

export const worker = exports.default;
export const BASE = 'http://vaardig.test';

export async function call(
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await worker.fetch(`${BASE}${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

export const admin = (method: string, path: string, body?: unknown) => call(method, `/v1/admin${path}`, { token: env.ADMIN_TOKEN, body });

/** A new organisation; its name gets a unique suffix, as two of one kind may not share a name. */
export async function organization(name: string, kind: OrganizationKind): Promise<string> {
  const { status, body } = await admin('POST', '/organizations', { name: `${name} ${crypto.randomUUID().slice(0, 8)}`, kind });
  expect(status).toBe(201);
  return body.id;
}

export async function token(organizationId: string, role: Role, label?: string): Promise<string> {
  const { status, body } = await admin('POST', '/tokens', { organizationId, role, ...(label ? { label } : {}) });
  expect(status).toBe(201);
  return body.token;
}

export async function link(teamId: string, employerId: string) {
  const { status } = await admin('POST', `/organizations/${teamId}/clients`, { employerId });
  expect(status).toBe(201);
}

/** A minimal valid Translation, enough for the contract. */
export function translation(label = 'samenwerken'): Translation {
  return {
    language: 'nl',
    engine: 'offline',
    fallback: null,
    title: 'Medewerker logistiek',
    occupation: null,
    requirements: [
      { id: 'r1', text: 'mbo niveau 3', kind: 'education_level', mandatory: true, legal: false, legalBasis: null, alternativeOffered: false, span: null },
    ],
    skills: [
      {
        label,
        uri: 'http://data.europa.eu/esco/skill/0000',
        requirementIds: ['r1'],
        mustHave: true,
        reason: '',
        verified: true,
        labelLanguage: 'nl',
        untranslated: false,
        groupLabel: null,
      },
    ],
    personProfile: { summary: '', motivation: [], values: [], workingStyle: [], teamContribution: [], learningNeeds: [] },
    learningRoutes: [],
    experienceInPlaceOfEducation: true,
    rewritten: { markdown: '- samenwerken', blocks: [], jsonLd: null, readingLevel: null },
    changes: [],
    warnings: [],
    attribution: 'This service uses the ESCO classification of the European Commission.',
    dataVersions: {},
  };
}

export const VACANCY: VacancyInput = {
  isVacancy: true,
  title: 'Medewerker logistiek',
  employer: 'Transport BV',
  location: 'Utrecht',
  language: 'nl',
  text: 'Wat vragen wij?\n- mbo niveau 3\n- Rijbewijs B',
  source: 'paste',
};

export const newProfile = (title = 'Medewerker logistiek') => ({ title, translation: translation(), vacancy: VACANCY });

/** The world the tests run in: two employers, two teams, each team serving one employer. */
export async function world() {
  const suffix = crypto.randomUUID().slice(0, 8);
  const e1 = await organization(`Transport BV ${suffix}`, 'employer');
  const e2 = await organization(`Zorg BV ${suffix}`, 'employer');
  const t1 = await organization(`Expertiseteam Utrecht ${suffix}`, 'expertise_team');
  const t2 = await organization(`Expertiseteam Amersfoort ${suffix}`, 'expertise_team');
  await link(t1, e1);
  await link(t2, e2);
  const tokens = {
    e1member: await token(e1, 'member'),
    e1admin: await token(e1, 'admin'),
    e1reviewer: await token(e1, 'reviewer'),
    e2member: await token(e2, 'member'),
    t1reviewer: await token(t1, 'reviewer'),
    t1admin: await token(t1, 'admin'),
    t1member: await token(t1, 'member'),
    t2reviewer: await token(t2, 'reviewer'),
  };
  return { orgs: { e1, e2, t1, t2 }, tokens };
}
export type World = Awaited<ReturnType<typeof world>>;

export type Status = 'draft' | 'submitted' | 'changes_requested' | 'approved';

/** A profile of employer e1 brought into the given status by its member and team t1's reviewer. */
export async function profileIn(w: World, status: Status): Promise<{ id: string; etag: string }> {
  const created = await call('POST', '/v1/profiles', { token: w.tokens.e1member, body: newProfile() });
  expect(created.status).toBe(201);
  const id: string = created.body.id;
  if (status !== 'draft') {
    expect((await call('POST', `/v1/profiles/${id}/submit`, { token: w.tokens.e1member })).status).toBe(200);
  }
  if (status === 'changes_requested' || status === 'approved') {
    const decided = await call('POST', `/v1/profiles/${id}/decision`, { token: w.tokens.t1reviewer, body: { decision: status } });
    expect(decided.status).toBe(200);
  }
  return { id, etag: created.headers.get('etag')! };
}
