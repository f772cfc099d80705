/** The routes of issue 20 in the operations table: batches through the queue, and insights. */
import { BatchLanguageQuery, BatchListQuery } from '../../shared/batches';
import { ImpactQuery, LearningNeedsQuery } from '../../shared/insights';
import { batchExamples as examples } from './batch-examples';
import { CALLER, DB, INPUT, type Operation } from './operation';

export const batchOperations: Operation[] = [
  {
    method: 'post',
    path: '/v1/batches',
    tag: 'batches',
    summary: 'Upload up to 1,000 vacancies (20 MB) to translate through the queue, each stored as a job profile',
    auth: 'organization',
    headers: ['idempotency-key'],
    body: { schema: 'CreateBatch', examples: { items: examples.createBatch }, files: ['text/csv', 'application/x-ndjson', 'application/zip'] },
    answer: {
      status: 202,
      description: 'Accepted: the items wait in the queue. Follow progress at Location.',
      schema: 'BatchAccepted',
      example: examples.batchAccepted,
      headers: ['location'],
    },
    problems: [...INPUT, ...CALLER, 415, 422, ...DB],
  },
  {
    method: 'get',
    path: '/v1/batches',
    tag: 'batches',
    summary: 'The batches you may see, newest first, with their progress, a page at a time',
    auth: 'organization',
    query: BatchListQuery,
    queryDescriptions: {
      limit: 'Batches per page (1 to 50).',
      cursor: 'The `next` of the page before; leave it out for the first page.',
    },
    answer: {
      status: 200,
      description:
        'An employer sees its own batches; a team’s reviewers and admins those of the employers the team serves that were submitted for review (a batch of drafts stays the employer’s); anyone else none.',
      schema: 'BatchList',
      example: examples.batchList,
    },
    problems: [400, 401, ...DB],
  },
  {
    method: 'get',
    path: '/v1/batches/{id}',
    tag: 'batches',
    summary: 'A batch’s progress and each item’s profile or error',
    auth: 'organization',
    query: BatchLanguageQuery,
    queryDescriptions: { uiLanguage: 'The language each failed item’s `error` is written in; else Accept-Language, else English.' },
    headers: ['accept-language'],
    answer: {
      status: 200,
      description:
        'The batch. A failed item’s `error` says what was wrong with it and what to do, in Dutch or English; `errorCode` is the same whatever the language.',
      schema: 'Batch',
      example: examples.batch,
    },
    problems: [400, ...CALLER, ...DB],
  },
  {
    method: 'get',
    path: '/v1/batches/{id}/results',
    tag: 'batches',
    summary: 'The translated items as JSON Lines (`?format=csv`: CSV)',
    auth: 'organization',
    query: BatchLanguageQuery,
    queryDescriptions: { uiLanguage: 'The language each failed item’s `error` is written in; else Accept-Language, else English.' },
    headers: ['accept-language'],
    answer: { status: 200, description: 'One line per item, in upload order.', schema: 'BatchResult', example: examples.batchResult, lines: true },
    problems: [400, ...CALLER, ...DB],
  },
  {
    method: 'get',
    path: '/v1/insights/impact',
    tag: 'insights',
    summary: 'What the rewriting changed in an employer’s profiles, or in those of all employers a team serves',
    auth: 'organization',
    query: ImpactQuery,
    queryDescriptions: {
      organizationId: 'An employer (your own, or one your team serves) or your team; default: your organisation.',
      format: '`csv`: the figures as metric,value rows.',
    },
    answer: {
      status: 200,
      description: 'The figures (a team sees its employers’ submitted profiles and later, never their drafts).',
      schema: 'Impact',
      example: examples.impact,
    },
    problems: [...CALLER, 400, ...DB],
  },
  {
    method: 'get',
    path: '/v1/insights/learning-needs',
    tag: 'insights',
    summary: 'Skills that at least three of a team’s employers ask to be learned on the job, with a joint form',
    auth: 'organization',
    query: LearningNeedsQuery,
    queryDescriptions: {
      teamId: 'The expertise team. Its reviewers see all shared needs; an employer it serves sees those it shares itself.',
      minEmployers: 'At least 3 (the privacy floor).',
      format: '`csv`: one row per need.',
    },
    answer: {
      status: 200,
      description: 'Needs, most shared first; counts only, no vacancy text or employer names.',
      schema: 'LearningNeeds',
      example: examples.learningNeeds,
    },
    problems: [...CALLER, 400, ...DB],
  },
];
