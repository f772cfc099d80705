/**
 * The published API (#18): `GET /v1/openapi.json` is OpenAPI 3.1 in shape, lists every route the app
 * mounts (read from the app, not from a list here) and nothing else, every example in it parses
 * with the zod schema it names, and every error it documents is application/problem+json, as the
 * routes answer.
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { app } from '../../functions/app';
import { SCHEMAS, type SchemaName } from '../../functions/openapi/components';
import { operations } from '../../functions/openapi/operations';
import type { Problem } from '../../shared/problem';

const worker = exports.default;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Json = any;

const MediaType = z.object({ schema: z.record(z.string(), z.unknown()), examples: z.record(z.string(), z.object({ value: z.unknown() })).optional() });
const Response = z.union([z.object({ $ref: z.string() }), z.object({ description: z.string(), content: z.record(z.string(), MediaType).optional() })]);
const Operation = z.object({
  operationId: z.string(),
  summary: z.string().min(1),
  parameters: z
    .array(z.object({ name: z.string(), in: z.enum(['query', 'header', 'path', 'cookie']), required: z.boolean(), schema: z.object({}).loose() }))
    .optional(),
  requestBody: z.object({ content: z.record(z.string(), MediaType) }).optional(),
  responses: z.record(z.string().regex(/^[1-5]\d\d$/), Response),
});
/** The parts of OpenAPI 3.1 this document uses, strictly enough to catch a malformed one. */
const OpenApi31 = z.object({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.object({ title: z.string().min(1), version: z.string().min(1) }),
  paths: z.record(z.string().regex(/^\/[^?#]*$/), z.partialRecord(z.enum(METHODS), Operation)),
  components: z.object({ schemas: z.record(z.string(), z.object({}).loose()), responses: z.record(z.string(), Response) }),
});

async function fetchDocument(): Promise<Json> {
  const response = await worker.fetch('http://vaardig.test/v1/openapi.json');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return response.json();
}

/** Hono's `/v1/profiles/:id/versions/:version{[0-9]+}` as OpenAPI's `/v1/profiles/{id}/versions/{version}`. */
const openApiPath = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');

/** Method and path of every handler the app mounts (middleware is `ALL`). */
const mounted = () => new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`));
const documented = (doc: Json) =>
  new Set(Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`)));

function resolve(doc: Json, node: Json): Json {
  while (node && typeof node.$ref === 'string')
    node = node.$ref
      .slice(2)
      .split('/')
      .reduce((at: Json, key: string) => at?.[key], doc);
  return node;
}

function* refs(node: Json): Generator<string> {
  if (Array.isArray(node)) for (const item of node) yield* refs(item);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) key === '$ref' && typeof value === 'string' ? yield value : yield* refs(value);
}

interface Example {
  where: string;
  schema: SchemaName;
  value: unknown;
  request: boolean;
  status?: number;
}

/** Every example in the document, with the component its media type names. */
function examplesIn(doc: Json): Example[] {
  const found: Example[] = [];
  const collect = (content: Json, where: string, request: boolean, status?: number) => {
    for (const [type, media] of Object.entries<Json>(content ?? {})) {
      for (const [name, { value }] of Object.entries<Json>(media.examples ?? {})) {
        const schema = String(media.schema.$ref ?? '').replace('#/components/schemas/', '') as SchemaName;
        found.push({ where: `${where} ${type} ${name}`, schema, value, request, status });
      }
    }
  };
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) {
      collect(op.requestBody?.content, `${method} ${path} request`, true);
      for (const [status, response] of Object.entries<Json>(op.responses))
        collect(resolve(doc, response).content, `${method} ${path} ${status}`, false, Number(status));
    }
  }
  return found;
}

/** What is wrong with an example: it does not parse, or parsing drops or changes something in it. */
function exampleErrors(examples: Example[]): string[] {
  return examples.flatMap(({ where, schema, value, request, status }) => {
    const zod = SCHEMAS[schema];
    if (!zod) return [`${where}: names no component schema (${schema || 'inline'})`];
    const parsed = zod.safeParse(value);
    if (!parsed.success) return [`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    // A request may leave defaults out; an answer is shown whole, exactly as the API sends it.
    try {
      if (request) expect(parsed.data).toMatchObject(value as object);
      else expect(parsed.data).toEqual(value);
    } catch {
      return [`${where}: has fields its schema drops or changes`];
    }
    if (schema === 'Problem' && (value as Problem).status !== status) return [`${where}: status ${(value as Problem).status} under ${status}`];
    return [];
  });
}

describe('GET /v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document whose references all resolve and whose operation ids are unique', async () => {
    const doc = await fetchDocument();
    expect(OpenApi31.safeParse(doc).error?.issues ?? []).toEqual([]);
    const dangling = [...refs(doc)].filter((ref) => !ref.startsWith('#/') || resolve(doc, { $ref: ref }) === undefined);
    expect(dangling).toEqual([]);
    const ids = Object.values<Json>(doc.paths).flatMap((item) => Object.values<Json>(item).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      const declared = Object.values<Json>(item).map((op) =>
        (op.parameters ?? [])
          .filter((p: Json) => p.in === 'path')
          .map((p: Json) => p.name)
          .sort(),
      );
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const names of declared) expect(names, path).toEqual(inPath);
    }
  });

  it('lists every route the app mounts, and none it does not', async () => {
    const doc = await fetchDocument();
    const routes = mounted();
    expect(routes.size).toBeGreaterThanOrEqual(operations.length);
    expect([...routes].filter((route) => !documented(doc).has(route))).toEqual([]);
    expect([...documented(doc)].filter((route) => !routes.has(route))).toEqual([]);
  });

  it('a route the document misses is noticed', async () => {
    const doc = await fetchDocument();
    delete doc.paths['/v1/skills'];
    expect([...mounted()].filter((route) => !documented(doc).has(route))).toEqual(['get /v1/skills']);
  });

  it('has an example for every JSON request and answer, and each parses with its zod schema', async () => {
    const doc = await fetchDocument();
    const examples = examplesIn(doc);
    expect(exampleErrors(examples)).toEqual([]);
    for (const op of operations) {
      const where = `${op.method} ${op.path}`;
      if (op.body) expect(examples.filter((e) => e.where.startsWith(`${where} request`)).length, where).toBeGreaterThan(0);
      // A 204 has no body, so no schema and no example.
      if (op.answer.schema && op.answer.schema !== 'document')
        expect(
          examples.some((e) => e.where.startsWith(`${where} ${op.answer.status} ${op.answer.lines ? 'application/x-ndjson' : 'application/json'}`)),
          where,
        ).toBe(true);
    }
  });

  it.each([
    [
      'a field of the wrong type',
      (doc: Json) => (doc.paths['/v1/health'].get.responses['200'].content['application/json'].examples.example.value.engines = 'offline'),
    ],
    [
      'a field the schema does not have',
      (doc: Json) => (doc.paths['/v1/skills'].get.responses['200'].content['application/json'].examples.example.value.total = 1),
    ],
    ['a request that breaks a rule', (doc: Json) => (doc.paths['/v1/translations'].post.requestBody.content['application/json'].examples.text.value.text = '')],
  ])('an example with %s is caught', async (_, spoil) => {
    const doc = await fetchDocument();
    spoil(doc);
    expect(exampleErrors(examplesIn(doc))).toHaveLength(1);
  });

  it('documents every error as application/problem+json with the Problem schema, and 500 everywhere', async () => {
    const doc = await fetchDocument();
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      for (const [method, op] of Object.entries<Json>(item)) {
        expect(Object.keys(op.responses), `${method} ${path}`).toContain('500');
        for (const [status, response] of Object.entries<Json>(op.responses)) {
          if (Number(status) < 400) continue;
          const problem = expect.objectContaining({ schema: { $ref: '#/components/schemas/Problem' } });
          expect(resolve(doc, response).content, `${method} ${path} ${status}`).toEqual({ 'application/problem+json': problem });
        }
      }
    }
  });

  it('documents the status each route answers to a request without token or body, as problem+json', async () => {
    const doc = await fetchDocument();
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      for (const [method, op] of Object.entries<Json>(item)) {
        const url = `http://vaardig.test${path.replace('{version}', '1').replace(/\{\w+\}/g, 'x')}`;
        const body = op.requestBody ? '{}' : undefined;
        const response = await worker.fetch(url, { method: method.toUpperCase(), body, headers: body ? { 'content-type': 'application/json' } : {} });
        expect(Object.keys(op.responses), `${method} ${path} answered ${response.status}`).toContain(String(response.status));
        if (response.status >= 400) expect(response.headers.get('content-type')).toBe('application/problem+json');
        await response.body?.cancel();
      }
    }
  });
});
