import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod';
import type { Problem } from '../../shared/problem';

/** The title of each status the API answers with (also the OpenAPI document's problem responses). */
export const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** An error that leaves the API as RFC 9457 problem details. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly extra: Partial<Problem> & { headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }
}

export function problemJson(c: Context, status: ContentfulStatusCode, detail: string, extra: ProblemError['extra'] = {}) {
  const { headers, ...fields } = extra;
  const body: Problem = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: new URL(c.req.url).pathname,
    ...fields,
  };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json', ...headers });
}

type Issue = z.core.$ZodIssue;

const isMissing = (issue: Issue) => issue.code === 'invalid_type' && issue.message.includes('received undefined');

/** A union's error lists every branch; keep the branch the client most likely meant. */
function unionBranch(branches: Issue[][]): Issue[] {
  const score = (issues: Issue[]) => issues.filter(isMissing).length * 100 + issues.length;
  return [...branches].sort((a, b) => score(a) - score(b))[0] ?? [];
}

function flatten(issues: readonly Issue[], prefix: PropertyKey[] = []): Issue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length) return flatten(unionBranch(issue.errors), path);
    return [{ ...issue, path }];
  });
}

/** Turn zod issues into a problem's `errors` and a sentence naming the fields. */
export function fromZodError(error: z.ZodError): ProblemError {
  const issues = flatten(error.issues);
  const errors = issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message }));
  const detail = `The request body is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`;
  // A field over its size limit is "too large" (413), not malformed.
  const tooLarge = issues.some((issue) => issue.code === 'too_big' && issue.origin === 'string');
  return new ProblemError(tooLarge ? 413 : 400, detail, { errors });
}
