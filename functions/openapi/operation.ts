/** What the document says about one route: the shape of the operations table (./operations.ts). */
import type * as z from 'zod';
import type { RequestSchemaName, ResponseSchemaName } from './components';

export type Method = 'get' | 'post' | 'put' | 'delete';
export type Auth = 'organization' | 'admin';
export type Header = 'if-match' | 'if-match-optional' | 'if-none-match' | 'idempotency-key' | 'accept-language';

export interface Answer {
  description: string;
  /** A component, or `document` for the OpenAPI document itself; none for 204 (no content). */
  schema?: ResponseSchemaName | 'document';
  example?: unknown;
  /** Response headers the answer carries. */
  headers?: ('etag' | 'location')[];
  /** Set for the translation: the same answer as server-sent events with `?stream=1`. */
  stream?: boolean;
  /** An answer that is not one JSON document: JSON Lines of `schema` (the example is one line), and CSV with `?format=csv`. */
  lines?: boolean;
}

export interface Operation {
  method: Method;
  /** OpenAPI form: `{id}`, not Hono's `:id`. */
  path: string;
  tag: 'translations' | 'taxonomy' | 'learning routes' | 'profiles' | 'batches' | 'insights' | 'admin' | 'service';
  summary: string;
  auth?: Auth;
  query?: z.ZodObject;
  queryDescriptions?: Record<string, string>;
  headers?: Header[];
  /** `files`: the body may also be a file (multipart `file`, or the file itself with its media type). */
  body?: { schema: RequestSchemaName; examples: Record<string, unknown>; files?: string[] };
  answer: { status: 200 | 201 | 202 | 204 } & Answer;
  /** Set when an If-None-Match of the answer's ETag is answered 304 Not Modified, without a body. */
  notModified?: string;
  /** Error statuses besides 500, each application/problem+json. */
  problems: number[];
}

/** 400: invalid input; 413: a field or the body too large. */
export const INPUT = [400, 413];
/** Organisation token routes: unknown token, not allowed, not there (or not visible to the caller). */
export const CALLER = [401, 403, 404];
/** Admin routes answer 404 without the admin token, as if they did not exist. */
export const ADMIN = [404];
/** Routes that read or write D1 answer 503 when it is unreachable. */
export const DB = [503];
