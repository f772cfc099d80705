/**
 * Every route of the API as data: method, path, what it reads and what it answers. The document
 * (./document.ts) is built from this table; a Worker test checks the table against the routes the
 * app mounts, so a route without an entry here, or an entry without a route, fails the tests.
 * The review routes (profiles, me, admin) are in ./review-operations.ts.
 */
import { SkillQuery } from '../../shared/profiles';
import { OccupationQuery } from '../../shared/occupations';
import { batchOperations } from './batch-operations';
import { examples } from './examples';
import { DB, INPUT, type Operation } from './operation';
import { reviewOperations } from './review-operations';

export type { Answer, Method, Operation } from './operation';

export const operations: Operation[] = [
  {
    method: 'get',
    path: '/v1/health',
    tag: 'service',
    summary: 'Status, version, engines and data versions',
    answer: { status: 200, description: 'The service is up.', schema: 'Health', example: examples.health },
    problems: [],
  },
  {
    method: 'get',
    path: '/v1/openapi.json',
    tag: 'service',
    summary: 'This document',
    answer: { status: 200, description: 'The OpenAPI 3.1 document of the API.', schema: 'document' },
    problems: [],
  },
  {
    method: 'post',
    path: '/v1/translations',
    tag: 'translations',
    summary: 'Rewrite a vacancy: diploma requirements as skills and a person profile, the law kept, learning routes',
    body: { schema: 'TranslateRequest', examples: { text: examples.translateText, vacancy: examples.translateVacancy } },
    answer: { status: 200, description: 'The translation.', schema: 'Translation', example: examples.translation, stream: true },
    problems: [...INPUT, 422, 429, 503],
  },
  {
    method: 'post',
    path: '/v1/learning-routes/match',
    tag: 'learning routes',
    summary: 'Learning routes for a translation, or for a gap given as ESCO skills',
    body: { schema: 'LearningRoutesMatchRequest', examples: { gap: examples.matchGap, translation: examples.matchTranslation } },
    answer: {
      status: 200,
      description: 'Routes best first, with the share of the gap they cover.',
      schema: 'LearningRoutesMatchResponse',
      example: examples.matched,
    },
    problems: [...INPUT, 422, ...DB],
  },
  {
    method: 'get',
    path: '/v1/occupations',
    tag: 'taxonomy',
    summary: 'ESCO occupations by their Dutch or English labels',
    query: OccupationQuery,
    queryDescriptions: { q: 'Words of the label, e.g. "logistiek".' },
    answer: {
      status: 200,
      description: 'Matching occupations, best first, with ESCO’s attribution.',
      schema: 'OccupationSearch',
      example: examples.occupations,
    },
    problems: [400],
  },
  {
    method: 'get',
    path: '/v1/skills',
    tag: 'taxonomy',
    summary: 'ESCO skills by their Dutch or English labels, or through Dutch occupation and skill-group labels',
    query: SkillQuery,
    queryDescriptions: { q: 'Words of the label, e.g. "spreadsheet", or a Dutch word ("metselen", "steiger", "boekhouden").' },
    answer: {
      status: 200,
      description:
        'Matching skills, best first: skills by their own label, then the essential skills of occupations and the skills of skill groups whose Dutch label has the word (`via`), then other matches. `labelLanguage` says the language of each label; an English label in a Dutch search carries `groupLabel`, the Dutch label of its ESCO group.',
      schema: 'SkillSearch',
      example: examples.skills,
    },
    problems: [400],
  },
  ...reviewOperations,
  ...batchOperations,
];
