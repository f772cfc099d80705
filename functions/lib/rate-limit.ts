import type { Context, MiddlewareHandler } from 'hono';
import { ProblemError } from './problem';

const WINDOW_SECONDS = 60;

/** Who is asking: the bearer token when there is one, else the client address. */
async function callerKey(authorization: string | undefined, address: string): Promise<string> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return `ip:${address}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return `token:${[...new Uint8Array(digest).slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Hono's executionCtx getter throws when the app was called without one. */
function hasExecutionContext(c: Context): boolean {
  try {
    return Boolean(c.executionCtx);
  } catch {
    return false;
  }
}

/**
 * Fixed-window rate limit per token and per address, counted in D1 (one upsert per request).
 * RATE_LIMIT_PER_MINUTE sets the limit; 0 switches it off. Over the limit: 429 with Retry-After.
 * When D1 fails the request is let through uncounted (fail open).
 */
export function rateLimit(): MiddlewareHandler<{ Bindings: Env }> {
  return async (c, next) => {
    const limit = Number(c.env.RATE_LIMIT_PER_MINUTE ?? 120);
    if (!limit || c.req.method === 'OPTIONS') return next();
    const key = await callerKey(c.req.header('authorization'), c.req.header('cf-connecting-ip') ?? 'local');
    const now = Math.floor(Date.now() / 1000);
    const windowStart = now - (now % WINDOW_SECONDS);
    let row: { count: number } | null;
    try {
      row = await c.env.DB.prepare(
        `INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 1)
         ON CONFLICT (key, window_start) DO UPDATE SET count = count + 1 RETURNING count`,
      )
        .bind(key, windowStart)
        .first<{ count: number }>();
    } catch (error) {
      // The counter is a guard, not the service: with D1 unreachable, requests that need no
      // database (a translation) still answer, and those that do say 503 themselves.
      console.warn('rate limit not counted, D1 failed:', error);
      return next();
    }
    // A caller's first request in a window forgets every window older than an hour: deterministic,
    // at most one delete per caller per minute, and off the response's path where there is an
    // execution context (app.fetch without one, as in some tests, waits for it instead).
    if (row?.count === 1) {
      const prune = c.env.DB.prepare('DELETE FROM rate_limits WHERE window_start < ?1').bind(windowStart - 3600).run();
      if (hasExecutionContext(c)) c.executionCtx.waitUntil(prune);
      else await prune.catch(() => undefined);
    }
    if ((row?.count ?? 0) > limit) {
      const retryAfter = String(windowStart + WINDOW_SECONDS - now);
      throw new ProblemError(429, `Too many requests: at most ${limit} per minute. Try again in ${retryAfter} seconds.`, {
        headers: { 'retry-after': retryAfter },
      });
    }
    await next();
  };
}
