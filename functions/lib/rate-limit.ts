import type { Context, MiddlewareHandler } from 'hono';
import { ProblemError } from './problem';

const WINDOW_MS = 60_000;
/** How often one isolate sends a caller's new requests to D1 (at most). */
const SYNC_MS = 1000;
/** Past this many callers in memory, tallies of earlier windows are forgotten. */
const MAX_TALLIES = 10_000;

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

/** Work that may finish after the response; awaited where there is no execution context to hold it. */
export type Later = (work: Promise<unknown>) => Promise<void> | void;

interface Tally {
  windowStart: number;
  /** The count all isolates had reached at the last sync, this isolate's requests included. */
  known: number;
  /** This isolate's requests since then. */
  unsent: number;
  syncedAt: number;
  syncing: boolean;
}

/**
 * One isolate's view of the fixed-window counts kept in D1. A request is counted here at once; a
 * caller's new requests go to D1 as one upsert at most once a second, and the upsert returns the
 * count every isolate together has reached. The first sync of a caller is awaited (a fresh
 * isolate starts from the shared count); later ones run after the response. So one isolate's
 * count is exact, and what other isolates counted arrives within a second, at a D1 write per
 * caller per second instead of one per request (#9: the write per request cost a third of the
 * throughput). When D1 fails, counting goes on here and the next sync retries.
 */
export class RateCounter {
  private readonly tallies = new Map<string, Tally>();

  constructor(private readonly syncMs = SYNC_MS) {}

  /** Count one request of `key`; resolves with the caller's count in the window as best known. */
  async hit(db: D1Database, key: string, nowMs: number, later: Later): Promise<number> {
    const windowStart = windowOf(nowMs);
    let tally = this.tallies.get(key);
    if (!tally || tally.windowStart !== windowStart) {
      if (!tally && this.tallies.size >= MAX_TALLIES) this.forgetBefore(windowStart);
      tally = { windowStart, known: 0, unsent: 0, syncedAt: Number.NEGATIVE_INFINITY, syncing: false };
      this.tallies.set(key, tally);
    }
    tally.unsent++;
    if (!tally.syncing && nowMs - tally.syncedAt >= this.syncMs) {
      const first = tally.syncedAt === Number.NEGATIVE_INFINITY;
      const sync = this.sync(db, key, tally, nowMs, later);
      await (first ? sync : later(sync));
    }
    return tally.known + tally.unsent;
  }

  private async sync(db: D1Database, key: string, tally: Tally, nowMs: number, later: Later): Promise<void> {
    const sending = tally.unsent;
    tally.unsent = 0;
    tally.syncing = true;
    try {
      const row = await db
        .prepare(
          `INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, ?3)
           ON CONFLICT (key, window_start) DO UPDATE SET count = count + ?3 RETURNING count`,
        )
        .bind(key, tally.windowStart / 1000, sending)
        .first<{ count: number }>();
      tally.known = row?.count ?? tally.known + sending;
      // The row is new: the caller's first requests in this window anywhere. Forget windows older
      // than an hour (at most one delete per caller per minute, after the response).
      if (row?.count === sending) {
        await later(
          db
            .prepare('DELETE FROM rate_limits WHERE window_start < ?1')
            .bind(tally.windowStart / 1000 - 3600)
            .run(),
        );
      }
    } catch (error) {
      // The counter is a guard, not the service: with D1 unreachable, requests that need no
      // database (a translation) still answer, counted in this isolate until D1 is back.
      tally.unsent += sending;
      console.warn('rate limit not shared, D1 failed:', error);
    } finally {
      tally.syncedAt = nowMs;
      tally.syncing = false;
    }
  }

  private forgetBefore(windowStart: number): void {
    for (const [key, tally] of this.tallies) if (tally.windowStart < windowStart) this.tallies.delete(key);
  }
}

function windowOf(nowMs: number): number {
  return nowMs - (nowMs % WINDOW_MS);
}

/**
 * Fixed-window rate limit per token and per address, counted in D1 through a RateCounter.
 * RATE_LIMIT_PER_MINUTE sets the limit; 0 switches it off. Over the limit: 429 with Retry-After.
 */
export function rateLimit(counter = new RateCounter()): MiddlewareHandler<{ Bindings: Env }> {
  return async (c, next) => {
    const limit = Number(c.env.RATE_LIMIT_PER_MINUTE ?? 120);
    if (!limit || c.req.method === 'OPTIONS') return next();
    const key = await callerKey(c.req.header('authorization'), c.req.header('cf-connecting-ip') ?? 'local');
    const now = Date.now();
    const later: Later = hasExecutionContext(c)
      ? (work) => c.executionCtx.waitUntil(work)
      : (work) =>
          work.then(
            () => undefined,
            () => undefined,
          );
    const count = await counter.hit(c.env.DB, key, now, later);
    if (count > limit) {
      const retryAfter = String(Math.max(1, Math.ceil((windowOf(now) + WINDOW_MS - now) / 1000)));
      throw new ProblemError(429, `Too many requests: at most ${limit} per minute. Try again in ${retryAfter} seconds.`, {
        headers: { 'retry-after': retryAfter },
      });
    }
    await next();
  };
}
