/**
 * The named schemas of the OpenAPI document: the zod schemas the routes validate requests with, read
 * as zod reads input (`io: 'input'`: defaults optional), and the ones the client parses answers
 * with, read as output (`io: 'output'`: every defaulted field present). A schema used both ways
 * (a translation sent back in a profile) has a request name of its own, `…Input`.
 */
import * as z from 'zod';
import {
  AuditEntry,
  AuditLog,
  ClientLink,
  Comment,
  CommentInput,
  CreateOrganization,
  CreateProfile,
  CreateToken,
  Decision,
  DecisionInput,
  BulkDecisionInput,
  BulkDecisionResult,
  LinkClient,
  Me,
  Organization,
  Presence,
  Profile,
  ProfileState,
  ProfileList,
  ProfileSummary,
  ProfileVersion,
  SkillHit,
  Viewer,
  SkillSearch,
  TokenCreated,
  TokenList,
  TokenSummary,
  UpdateProfile,
} from '../../shared/profiles';
import { Batch, BatchAccepted, BatchItem, BatchItemInput, BatchList, BatchResult, BatchSummary, CreateBatch, MAX_BATCH_ITEMS } from '../../shared/batches';
import { Impact, LearningNeeds } from '../../shared/insights';
import { LearningRoutesMatchRequest, LearningRoutesMatchResponse } from '../../shared/learning-routes';
import { Health } from '../../shared/health';
import { OccupationSearch } from '../../shared/occupations';
import { Problem } from '../../shared/problem';
import { TranslateRequest } from '../../shared/translate-request';
import { Block, Change, LearningRoute, LegalBasis, Occupation, PersonProfile, Requirement, Skill, Translation } from '../../shared/translation';
import { Vacancy } from '../../shared/vacancy';

/** Request bodies, by component name. */
export const REQUEST_SCHEMAS = {
  TranslateRequest: TranslateRequest,
  LearningRoutesMatchRequest,
  CreateOrganization,
  LinkClient,
  CreateToken,
  CreateProfile,
  UpdateProfile,
  CommentInput,
  DecisionInput,
  BulkDecisionInput,
  TranslationInput: Translation,
  VacancyInput: Vacancy,
  // The route checks each item by itself (a bad one fails alone); the document shows what an item is.
  CreateBatch: CreateBatch.extend({ items: z.array(BatchItemInput).min(1).max(MAX_BATCH_ITEMS) }),
} satisfies Record<string, z.ZodType>;

/** Response bodies and the parts worth a name of their own (what a generated client turns into types). */
export const RESPONSE_SCHEMAS = {
  Problem: Problem,
  Health: Health,
  Translation: Translation,
  Vacancy: Vacancy,
  Requirement: Requirement,
  LegalBasis: LegalBasis,
  Skill: Skill,
  PersonProfile: PersonProfile,
  LearningRoute: LearningRoute,
  Block: Block,
  Change: Change,
  Occupation: Occupation,
  OccupationSearch: OccupationSearch,
  LearningRoutesMatchResponse,
  SkillSearch,
  SkillHit,
  Organization,
  // The routes answer these lists inline ({ organizations }, { comments }); the shapes are the same.
  OrganizationList: z.object({ organizations: z.array(Organization) }),
  ClientLink,
  TokenCreated,
  TokenSummary,
  TokenList,
  Me,
  ProfileSummary,
  ProfileList,
  Profile,
  ProfileVersion,
  Comment,
  CommentList: z.object({ comments: z.array(Comment) }),
  Decision,
  BulkDecisionResult,
  ProfileState,
  Presence,
  Viewer,
  AuditEntry,
  AuditLog,
  BatchAccepted,
  Batch,
  BatchItem,
  BatchSummary,
  BatchList,
  BatchResult,
  Impact,
  LearningNeeds,
} satisfies Record<string, z.ZodType>;

export type RequestSchemaName = keyof typeof REQUEST_SCHEMAS;
export type ResponseSchemaName = keyof typeof RESPONSE_SCHEMAS;
export type SchemaName = RequestSchemaName | ResponseSchemaName;

/** Every component by name: what a test parses each example with. */
export const SCHEMAS: Record<SchemaName, z.ZodType> = { ...REQUEST_SCHEMAS, ...RESPONSE_SCHEMAS };

export const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });

type JsonSchema = Record<string, unknown>;

/** Keeps the document readable: no per-schema `$schema`/`$id`, no ±2^53 bounds on every integer. */
function tidy({ jsonSchema }: { jsonSchema: JsonSchema }) {
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  // zod writes `startsWith` as a pattern plus a format no validator knows; the pattern says it all.
  if (jsonSchema.format === 'starts_with') delete jsonSchema.format;
}

function convert(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: converted } = z.toJSONSchema(registry, {
    io,
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    override: tidy,
  });
  return Object.fromEntries(Object.entries(converted).map(([id, { $schema, $id, ...schema }]) => [id, schema as JsonSchema]));
}

/** `components.schemas` of the document. */
export function componentSchemas(): Record<string, JsonSchema> {
  return { ...convert(REQUEST_SCHEMAS, 'input'), ...convert(RESPONSE_SCHEMAS, 'output') };
}

/** A query schema as OpenAPI parameters: one per property, `required` as zod reads the query. */
export function queryParameters(schema: z.ZodObject, descriptions: Record<string, string> = {}) {
  const json = z.toJSONSchema(schema, { io: 'input', override: tidy }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query' as const,
    required: json.required?.includes(name) ?? false,
    ...(descriptions[name] ? { description: descriptions[name] } : {}),
    schema: property,
  }));
}
