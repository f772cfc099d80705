import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { Problem } from '../../shared/schemas';

const TITLES: Record<number, string> = {
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

/** Turn zod issues into a problem's `errors` and a sentence naming the fields. */
export function fromZodError(error: z.ZodError): ProblemError {
  const errors = error.issues.map((issue) => ({
    path: issue.path.join('.') || '(body)',
    message: issue.message,
  }));
  const detail = `The request body is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`;
  return new ProblemError(400, detail, { errors });
}
