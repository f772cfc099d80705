/**
 * Examples in the document, typed by the contract so that `npm run check` catches a drifted field;
 * the Worker test parses each one with its schema (tests/worker/openapi.test.ts).
 */
import type {
  AuditLog,
  ClientLink,
  Comment,
  Me,
  Organization,
  Presence,
  Profile,
  ProfileState,
  ProfileVersion,
  SkillSearch,
  TokenCreated,
  TokenList,
} from '../../shared/profiles';
import type { LearningRoutesMatchRequest, LearningRoutesMatchResponse } from '../../shared/learning-routes';
import type { Health } from '../../shared/health';
import type { OccupationSearch } from '../../shared/occupations';
import type { Problem } from '../../shared/problem';
import type { TranslateRequest } from '../../shared/translate-request';
import type { Vacancy } from '../../shared/vacancy';
import { POSTING, TRANSLATION } from './example-translation';

const TEAM: Organization = { id: '5b0f7d1e-3c1a-4a57-9d0e-0c1f6a2b9e11', name: 'Expertiseteam Twente', kind: 'expertise_team' };
const EMPLOYER: Organization = { id: '8f2c4e6a-1b3d-4f5e-8a7b-9c0d1e2f3a4b', name: 'Bakkerij De Korenschoof', kind: 'employer' };
const PROFILE_ID = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';
const AT = '2026-06-01T09:30:00.000Z';
const MEMBER = { organizationId: EMPLOYER.id, organizationName: EMPLOYER.name, role: 'member', name: 'Anna de Vries', label: 'Anna de Vries' };

export const VACANCY: Vacancy = {
  isVacancy: true,
  confidence: 0.95,
  reason: 'JobPosting in the page (JSON-LD).',
  title: 'Medewerker logistiek',
  employer: EMPLOYER.name,
  location: 'Enschede',
  language: 'nl',
  text: POSTING,
  requirementsText: '- Een afgeronde mbo niveau 3 opleiding\n- Rijbewijs B',
  source: 'json-ld',
  adapter: 'json-ld',
  url: 'https://werkenbij.example.nl/vacatures/medewerker-logistiek',
};

export const examples = {
  health: { status: 'ok', version: '0.1.0', engines: ['offline'], data: { esco: 'v1.1.1', database: '0006_skill_top_offers.sql' } } satisfies Health,
  translateText: { text: POSTING, title: 'Medewerker logistiek', engine: 'offline' } satisfies TranslateRequest,
  translateVacancy: { vacancy: VACANCY, engine: 'auto', region: 'NL' } satisfies TranslateRequest,
  translation: TRANSLATION,
  matchGap: {
    gap: { skills: [{ uri: TRANSLATION.skills[1]!.uri!, weight: 2 }], diploma: true, legalIds: [], programmeCodes: [] },
    language: 'nl',
    filters: { region: 'Overijssel', maxMonths: 12 },
  } satisfies LearningRoutesMatchRequest,
  matchTranslation: { translation: TRANSLATION } satisfies LearningRoutesMatchRequest,
  matched: { routes: TRANSLATION.learningRoutes, coverage: 0.67, gapSize: 3, unknownSkills: [] } satisfies LearningRoutesMatchResponse,
  occupations: {
    occupations: [{ uri: TRANSLATION.occupation!.uri, label: 'logistiek medewerker', altLabel: 'logistics assistant', matched: null }],
    attribution: TRANSLATION.attribution,
  } satisfies OccupationSearch,
  skills: {
    skills: [
      {
        uri: TRANSLATION.skills[1]!.uri!,
        label: 'software voor spreadsheets gebruiken',
        labelLanguage: 'nl',
        altLabel: 'use spreadsheets software',
        knowledge: false,
        groupLabel: null,
        via: null,
      },
      {
        uri: 'http://data.europa.eu/esco/skill/91991706-cd8e-4795-9784-715fc0250c8d',
        label: 'build scaffolding',
        labelLanguage: 'en',
        altLabel: null,
        knowledge: false,
        groupLabel: 'houten en metalen onderdelen installeren',
        via: { kind: 'occupation', label: 'steigerbouwer', labelLanguage: 'nl' },
      },
    ],
  } satisfies SkillSearch,
  createOrganization: { name: TEAM.name, kind: TEAM.kind },
  organization: TEAM,
  organizations: { organizations: [TEAM, EMPLOYER] },
  linkClient: { employerId: EMPLOYER.id },
  clientLink: { teamId: TEAM.id, employerId: EMPLOYER.id } satisfies ClientLink,
  createToken: { organizationId: EMPLOYER.id, role: 'member', label: 'Anna de Vries' },
  tokenCreated: {
    id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    token: 'vdg_3q2-7wXkPz0b1YcLm9Q8rT5uV6nA4sD2fG7hJ1kL0pE',
    organizationId: EMPLOYER.id,
    role: 'member',
  } satisfies TokenCreated,
  tokenList: {
    tokens: [
      { id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', organizationId: EMPLOYER.id, role: 'member', label: 'Anna de Vries', createdAt: AT, revokedAt: null },
      {
        id: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
        organizationId: EMPLOYER.id,
        role: 'admin',
        label: null,
        createdAt: AT,
        revokedAt: '2026-06-02T08:00:00.000Z',
      },
    ],
  } satisfies TokenList,
  me: { tokenId: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', role: 'reviewer', label: 'Joost Bakker', organization: TEAM, clients: [EMPLOYER] } satisfies Me,
  createProfile: { title: 'Medewerker logistiek', translation: TRANSLATION, vacancy: VACANCY },
  profile: {
    id: PROFILE_ID,
    title: 'Medewerker logistiek',
    status: 'draft',
    version: 1,
    organization: EMPLOYER,
    createdAt: AT,
    updatedAt: AT,
    submittedAt: null,
    claim: null,
    translation: TRANSLATION,
    vacancy: VACANCY,
    comments: [],
    decisions: [],
  } satisfies Profile,
  profileList: {
    profiles: [
      {
        id: PROFILE_ID,
        title: 'Medewerker logistiek',
        status: 'submitted',
        version: 2,
        organization: EMPLOYER,
        createdAt: AT,
        updatedAt: AT,
        submittedAt: AT,
        claim: { tokenId: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e', name: 'Joost Bakker', label: 'Joost Bakker', at: AT },
      },
    ],
    counts: { draft: 0, submitted: 1, changes_requested: 0, approved: 0 },
  },
  profileVersion: {
    profileId: PROFILE_ID,
    version: 1,
    title: 'Medewerker logistiek',
    translation: TRANSLATION,
    vacancy: VACANCY,
    author: MEMBER,
    createdAt: AT,
  } satisfies ProfileVersion,
  commentInput: { body: 'Rijbewijs B blijft: de functie rijdt vanaf dag één.' },
  comment: {
    id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
    profileId: PROFILE_ID,
    version: 1,
    body: 'Rijbewijs B blijft: de functie rijdt vanaf dag één.',
    author: MEMBER,
    createdAt: AT,
  } satisfies Comment,
  profileState: { status: 'submitted', version: 2, comments: 1, decisions: 0 } satisfies ProfileState,
  presence: {
    viewers: [
      {
        organizationId: TEAM.id,
        organizationName: TEAM.name,
        role: 'reviewer',
        name: 'Fatima de Vries',
        label: 'Fatima de Vries',
        tokenId: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
        seenAt: AT,
      },
    ],
  } satisfies Presence,
  decisionInput: { decision: 'changes_requested', comment: 'Noem ook wat een nieuwe collega in de eerste maand leert.' },
  bulkDecisionInput: {
    ids: [PROFILE_ID, '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b'],
    decision: 'changes_requested',
    comment: 'Noem de vaardigheden in plaats van het diploma.',
  },
  bulkDecisionResult: {
    results: [
      { id: PROFILE_ID, status: 'changes_requested', problem: null },
      {
        id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
        status: null,
        problem: { status: 409, detail: 'The profile changed while you decided on it. Load it again and decide on the current version.' },
      },
    ],
  },
  audit: {
    entries: [
      {
        id: 1,
        at: AT,
        actor: { tokenId: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', organizationId: EMPLOYER.id, role: 'member', name: 'Anna de Vries', label: 'Anna de Vries' },
        action: 'profile.created',
        subject: { type: 'profile', id: PROFILE_ID },
        profileId: PROFILE_ID,
        version: 1,
        detail: { title: 'Medewerker logistiek' },
      },
    ],
  } satisfies AuditLog,
};

/** The example of each problem status: what the API answers, application/problem+json. */
export function problemExample(status: number, title: string, detail: string): Problem {
  const example: Problem = { type: 'about:blank', title, status, detail, instance: '/v1/translations' };
  if (status === 400) example.errors = [{ path: 'text', message: 'text is empty' }];
  return example;
}
