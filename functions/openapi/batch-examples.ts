/** Examples of batches and insights (issue 20), typed by the contract; the Worker test parses each with its schema. */
import { batchErrorMessage } from '../../shared/batch-errors';
import type { Batch, BatchAccepted, BatchList, BatchResult, CreateBatch } from '../../shared/batches';
import type { Impact, LearningNeeds } from '../../shared/insights';
import { POSTING, TRANSLATION } from './example-translation';

const BATCH_ID = '7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b';
const PROFILE_ID = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';
const EMPLOYER_ID = '8f2c4e6a-1b3d-4f5e-8a7b-9c0d1e2f3a4b';
const TEAM_ID = '5b0f7d1e-3c1a-4a57-9d0e-0c1f6a2b9e11';
const SKILL = TRANSLATION.skills[1]!;

export const batchExamples = {
  createBatch: {
    items: [
      { title: 'Medewerker logistiek', text: POSTING, ref: 'VAC-2026-014' },
      { title: 'Chauffeur C', text: 'Wat vragen wij?\n- Rijbewijs C en code 95\n- mbo niveau 2', ref: 'VAC-2026-015' },
    ],
    engine: 'offline',
    submit: true,
  } satisfies CreateBatch,
  batchAccepted: { id: BATCH_ID, status: 'queued', total: 2 } satisfies BatchAccepted,
  batch: {
    id: BATCH_ID,
    status: 'done',
    total: 2,
    done: 1,
    failed: 1,
    engine: 'offline',
    submit: true,
    createdAt: '2026-06-01T09:30:00.000Z',
    items: [
      { index: 0, ref: 'VAC-2026-014', title: 'Medewerker logistiek', status: 'done', profileId: PROFILE_ID },
      { index: 1, ref: 'VAC-2026-015', title: 'Fahrer C', status: 'failed', error: batchErrorMessage('other_language', 'en'), errorCode: 'other_language' },
    ],
  } satisfies Batch,
  batchList: {
    batches: [
      {
        id: BATCH_ID,
        status: 'done',
        total: 2,
        done: 1,
        failed: 1,
        engine: 'offline',
        submit: true,
        createdAt: '2026-06-01T09:30:00.000Z',
        organization: { id: EMPLOYER_ID, name: 'Transport BV' },
      },
    ],
    next: 'WyIyMDI2LTA2LTAxVDA5OjMwOjAwLjAwMFoiLCI3ZTFkMmMzYiJd',
  } satisfies BatchList,
  batchResult: {
    index: 0,
    ref: 'VAC-2026-014',
    title: 'Medewerker logistiek',
    status: 'done',
    profileId: PROFILE_ID,
    occupation: { uri: TRANSLATION.occupation!.uri, label: TRANSLATION.occupation!.label },
    skills: TRANSLATION.skills.map((s) => ({ uri: s.uri, label: s.label, mustHave: s.mustHave })),
    markdown: TRANSLATION.rewritten.markdown,
  } satisfies BatchResult,
  impact: {
    scope: { organizationId: TEAM_ID, kind: 'expertise_team', employers: 12 },
    from: '2026-01-01T00:00:00.000Z',
    to: '2026-06-30T23:59:59.999Z',
    profiles: 84,
    byStatus: { draft: 0, submitted: 9, changes_requested: 6, approved: 69 },
    diplomaRequirements: { before: 97, translated: 71, keptByLaw: 14, keptByChoice: 12, after: 26 },
    movedToPersonProfile: 133,
    yearsToCompetence: 41,
    warnings: { raised: 58, resolved: 44 },
    learningRoutes: { formal: 61, 'non-formal': 88, informal: 140 },
  } satisfies Impact,
  learningNeeds: {
    teamId: TEAM_ID,
    minEmployers: 3,
    needs: [
      {
        skill: { uri: SKILL.uri!, label: SKILL.label },
        employers: 5,
        profiles: 9,
        routes: [{ form: 'non-formal', title: 'Excel voor de werkvloer', provider: 'Leerhuis Twente', sourceId: 'csv:leerhuis:412' }],
        suggestion: {
          form: 'shared-course',
          text: `5 werkgevers willen "${SKILL.label}" op de werkvloer laten leren: koop Excel voor de werkvloer (Leerhuis Twente) samen in als één groepscursus.`,
        },
      },
    ],
  } satisfies LearningNeeds,
};
