/**
 * The OpenAPI 3.1 document of the API (`GET /v1/openapi.json`), built from the operations table and
 * the zod schemas the routes validate with. Built once per isolate, on first request: nothing is
 * converted while a Worker starts.
 */
import { Region } from '../../shared/locale';
import { TITLES } from '../lib/problem';
import { VERSION } from '../version';
import { componentSchemas, queryParameters, ref } from './components';
import { problemExample } from './examples';
import { operations, type Answer, type Operation } from './operations';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** What each error status means on this API: the description of its shared response. */
const PROBLEMS: Record<number, string> = {
  400: 'The request is not valid: `errors` names each invalid field.',
  401: 'No token, or a token that is not known or was revoked.',
  403: 'The token’s role or organisation may not do this.',
  404: 'Nothing there, or nothing the caller may see (admin routes: no admin token).',
  409: 'In conflict with what is stored: the profile changed while the request was handled (load it again), it is no longer a draft, or an organisation of that kind and name exists.',
  412: 'If-Match names an older version: someone saved first (the current ETag is in the ETag header).',
  413: 'The body or a field in it is too large.',
  415: 'The body’s media type is not one the route reads.',
  422: 'Understood but not possible, e.g. not a vacancy, another language, an unknown organisation.',
  428: 'If-Match is missing: send the ETag of the version you changed.',
  429: 'Too many translations this minute; Retry-After says when to try again.',
  500: 'Something went wrong on the server; nothing was stored.',
  503: 'The database is not available; nothing was stored, retry after Retry-After.',
};

const STRING = { type: 'string' } as const;

const HEADERS = {
  'if-match': { name: 'If-Match', in: 'header', required: true, description: 'The ETag of the version the change starts from.', schema: STRING },
  'if-match-optional': { name: 'If-Match', in: 'header', required: false, description: 'When sent, only this version is changed.', schema: STRING },
  'if-none-match': {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description: 'The ETag of the answer last read: 304 without a body while it still holds.',
    schema: STRING,
  },
  'idempotency-key': {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description: 'Reuse the same key when retrying the same create: the retry answers the first profile or batch (Idempotent-Replayed: true).',
    schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
  },
  'accept-language': {
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description:
      'The language of the words for people (Dutch or English, by q-value; English when it names neither). A `uiLanguage` query parameter, where there is one, comes first.',
    schema: STRING,
  },
} as const;

const RESPONSE_HEADERS = {
  etag: { description: 'The version, for If-Match.', schema: { type: 'string' } },
  location: { description: 'Where the new resource is.', schema: { type: 'string' } },
};

const STREAM_DESCRIPTION =
  'With `?stream=1`: server-sent events. `progress` events (the offline result as a preview, the request sent, ' +
  'characters received, guards running, fallback) and one final `translation` event whose data is the Translation, exactly as the JSON answer.';

const STREAM_PARAMETER = {
  name: 'stream',
  in: 'query',
  required: false,
  description: '`1`: answer as server-sent events.',
  schema: { type: 'string', enum: ['1'] },
};

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name: name!,
    in: 'path' as const,
    required: true,
    schema: name === 'version' ? { type: 'integer', minimum: 1 } : { type: 'string', maxLength: 100 },
  }));
}

function success({ description, schema, example, headers, stream, lines }: Answer) {
  if (!schema) return { description };
  const json =
    schema === 'document'
      ? { schema: { type: 'object' } }
      : { schema: ref(schema), ...(example === undefined ? {} : { examples: { example: { value: example } } }) };
  const events = { 'text/event-stream': { schema: { type: 'string', description: STREAM_DESCRIPTION } } };
  // JSON Lines: each line is one `schema` (the example is a line); CSV has the same columns.
  const content = lines
    ? { 'application/x-ndjson': json, 'text/csv': { schema: { type: 'string', description: 'With `?format=csv`: the same fields as CSV, one row per line.' } } }
    : { 'application/json': json, ...(stream ? events : {}) };
  return {
    description,
    ...(headers ? { headers: Object.fromEntries(headers.map((h) => [h, RESPONSE_HEADERS[h]])) } : {}),
    content,
  };
}

/** A body that may also be a file: multipart (`file` and the options) or the file itself with its media type. */
function fileContent(types: string[]) {
  const file = (type: string) => ({ type: 'string', contentMediaType: type });
  return {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { ...file('application/octet-stream'), description: `The file: ${types.join(', ')}.` },
          engine: { type: 'string', enum: ['offline', 'claude', 'auto'] },
          region: { type: 'string', enum: Region.options },
          submit: { type: 'string', enum: ['true', 'false'] },
        },
      },
    },
    ...Object.fromEntries(types.map((type) => [type, { schema: file(type) }])),
  };
}

const named = (examples: Record<string, unknown>) => Object.fromEntries(Object.entries(examples).map(([name, value]) => [name, { value }]));

/** `get /v1/profiles/{id}/versions/{version}` → `getProfilesIdVersionsVersion`. */
const operationId = (op: Operation) => op.method + op.path.replace(/\/v1|[{}.]/g, '').replace(/[/_-](\w)/g, (_, c: string) => c.toUpperCase());

/** One operation object: parameters, body, the answer and every problem status. */
function operation(op: Operation) {
  const parameters = [
    ...pathParameters(op.path),
    ...(op.query ? queryParameters(op.query, op.queryDescriptions) : []),
    ...(op.answer.stream ? [STREAM_PARAMETER] : []),
    ...(op.headers ?? []).map((header) => HEADERS[header]),
  ];
  const problems = [...new Set([...op.problems, 500])].sort((a, b) => a - b);
  return {
    operationId: operationId(op),
    tags: [op.tag],
    summary: op.summary,
    ...(op.auth ? { security: [{ [op.auth === 'admin' ? 'adminToken' : 'organizationToken']: [] }] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref(op.body.schema), examples: named(op.body.examples) },
              ...(op.body.files ? fileContent(op.body.files) : {}),
            },
          },
        }
      : {}),
    responses: {
      [op.answer.status]: success(op.answer),
      ...(op.notModified ? { 304: { description: op.notModified, headers: { etag: { description: 'The same ETag.', schema: STRING } } } } : {}),
      ...Object.fromEntries(problems.map((status) => [status, { $ref: `#/components/responses/Problem${status}` }])),
    },
  };
}

function problemResponses() {
  return Object.fromEntries(
    Object.entries(PROBLEMS).map(([code, description]) => {
      const status = Number(code);
      const example = problemExample(status, TITLES[status] ?? 'Error', description.replace(/`/g, ''));
      return [`Problem${status}`, { description, content: { [PROBLEM_MEDIA_TYPE]: { schema: ref('Problem'), examples: named({ example }) } } }];
    }),
  );
}

function build() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: '3.1.1',
    info: {
      title: 'Vaardig API',
      version: VERSION,
      summary: 'Rewrites diploma requirements in vacancies as skills, keeps what Dutch law requires, suggests learning routes.',
      description: 'Every error is RFC 9457 problem details (application/problem+json). ESCO data © European Union, CC BY 4.0.',
      license: { name: 'ESCO classification: CC BY 4.0', identifier: 'CC-BY-4.0' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    tags: [...new Set(operations.map((op) => op.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      responses: problemResponses(),
      securitySchemes: {
        organizationToken: { type: 'http', scheme: 'bearer', description: 'An organisation’s token (vdg_…), issued by an admin.' },
        adminToken: { type: 'http', scheme: 'bearer', description: 'The deployment’s ADMIN_TOKEN; without it the admin routes answer 404.' },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof build>;

let built: OpenApiDocument | undefined;

/** The document, built on first use and kept for the isolate's life. */
export function openApiDocument(): OpenApiDocument {
  return (built ??= build());
}
