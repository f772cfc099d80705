import type * as z from 'zod';
import type { Language } from './locale';
import { profileEndpoints } from './profiles-client';
import { LearningRoutesMatchResponse, type LearningRoutesMatchRequest } from './learning-routes';
import { Health } from './health';
import { OccupationSearch } from './occupations';
import { Problem } from './problem';
import type { TranslateRequest } from './translate-request';
import { Translation } from './translation';

/** An API answer that was not 2xx, carrying the server's problem details. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
  }
}

export interface ClientOptions {
  fetch?: typeof fetch;
  token?: string | null;
}

/**
 * Typed client for the Vaardig API. Requests and responses are checked with the same
 * schemas the Worker uses, so both sides fail loudly on a contract drift.
 */
export function createApiClient(base: string, options: ClientOptions = {}) {
  const root = base.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch.bind(globalThis);

  async function call<T extends z.ZodType>(method: string, path: string, schema: T, body?: unknown, signal?: AbortSignal): Promise<z.infer<T>> {
    return (await exchange(method, path, schema, { body, signal })).data;
  }

  /** One request with extra headers (If-Match, Idempotency-Key); answers the parsed body and its ETag. `keepalive`: it outlives a closing page. */
  async function exchange<T extends z.ZodType>(
    method: string,
    path: string,
    schema: T,
    { body, signal, headers = {}, keepalive }: { body?: unknown; signal?: AbortSignal; headers?: Record<string, string>; keepalive?: boolean } = {},
  ): Promise<{ data: z.infer<T>; etag: string | null }> {
    let response: Response;
    try {
      response = await doFetch(`${root}${path}`, {
        method,
        signal,
        keepalive,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: `The Vaardig API at ${root} cannot be reached.` });
    }
    const json: unknown = await response.json().catch(() => null);
    // 304 Not Modified (to an If-None-Match) has no body: the schema says whether null is an answer.
    if (response.ok || response.status === 304) return { data: schema.parse(json), etag: response.headers.get('etag') };
    const problem = Problem.safeParse(json);
    throw new ApiError(
      problem.success ? problem.data : { type: 'about:blank', title: 'Error', status: response.status, detail: `The Vaardig API answered ${response.status}.` },
    );
  }

  return {
    health: (signal?: AbortSignal) => call('GET', '/v1/health', Health, undefined, signal),
    translate: (request: TranslateRequest, signal?: AbortSignal) => call('POST', '/v1/translations', Translation, request, signal),
    matchLearningRoutes: (request: LearningRoutesMatchRequest, signal?: AbortSignal) =>
      call('POST', '/v1/learning-routes/match', LearningRoutesMatchResponse, request, signal),
    /** ESCO occupations by label (#15), with ESCO's attribution to show beside them. */
    searchOccupations: (params: { q: string; lang?: Language; limit?: number }, signal?: AbortSignal) => {
      const search = new URLSearchParams({
        q: params.q,
        ...(params.lang ? { lang: params.lang } : {}),
        ...(params.limit ? { limit: String(params.limit) } : {}),
      });
      return call('GET', `/v1/occupations?${search}`, OccupationSearch, undefined, signal);
    },
    ...profileEndpoints(exchange),
  };
}

export type Client = ReturnType<typeof createApiClient>;
