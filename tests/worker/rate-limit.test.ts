import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../functions/app';
import { RateCounter, type Later } from '../../functions/lib/rate-limit';
import { Problem } from '../../shared/problem';

// The app itself with a low limit, against the real local D1 counter.
async function translate(headers: Record<string, string>) {
  const ctx = createExecutionContext();
  const response = await app.request(
    '/v1/translations',
    { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ text: 'Wat vragen wij?\n- Rijbewijs B' }) },
    { ...env, RATE_LIMIT_PER_MINUTE: '2' },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return response;
}

describe('rate limit', () => {
  it('answers 429 with Retry-After once an address is over its limit, per address and per token', async () => {
    // The counter is per minute of the clock: start well inside a window, so all three requests count in one.
    const intoWindow = (Date.now() / 1000) % 60;
    if (intoWindow > 50) await new Promise((resolve) => setTimeout(resolve, (60 - intoWindow) * 1000 + 100));
    const address = { 'cf-connecting-ip': '203.0.113.7' };
    expect((await translate(address)).status).toBe(200);
    expect((await translate(address)).status).toBe(200);
    const refused = await translate(address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Problem.parse(await refused.json()).detail).toMatch(/at most 2 per minute/);

    // Another caller is counted on its own.
    expect((await translate({ 'cf-connecting-ip': '203.0.113.8' })).status).toBe(200);
    expect((await translate({ ...address, authorization: 'Bearer some-token' })).status).toBe(200);
  }, 15_000);
});

describe('rate limit bookkeeping', () => {
  it("forgets windows older than an hour on a caller's first request in a window, with or without an execution context", async () => {
    const old = Math.floor(Date.now() / 1000) - 2 * 3600;
    await env.DB.prepare('INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 5)')
      .bind('ip:198.51.100.1', old - (old % 60))
      .run();
    expect((await translate({ 'cf-connecting-ip': '198.51.100.2' })).status).toBe(200);
    const left = await env.DB.prepare('SELECT count(*) AS n FROM rate_limits WHERE window_start < ?1')
      .bind(old + 60)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);

    await env.DB.prepare('INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 5)')
      .bind('ip:198.51.100.1', old - (old % 60))
      .run();
    // Called as app.fetch(request, env) with no execution context: still 200, still pruned.
    const response = await app.fetch(
      new Request('http://vaardig.test/v1/translations', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.3' },
        body: JSON.stringify({ text: 'Wat vragen wij?\n- Rijbewijs B' }),
      }),
      { ...env, RATE_LIMIT_PER_MINUTE: '2' },
    );
    expect(response.status).toBe(200);
    const after = await env.DB.prepare('SELECT count(*) AS n FROM rate_limits WHERE window_start < ?1')
      .bind(old + 60)
      .first<{ n: number }>();
    expect(after?.n).toBe(0);
  });
});

describe('RateCounter (one per isolate, counts shared through D1)', () => {
  const awaitIt: Later = (work) => work.then(() => undefined);
  const row = (key: string) => env.DB.prepare('SELECT count FROM rate_limits WHERE key = ?1').bind(key).first<{ count: number }>();
  // A fixed clock: the start of a minute, so every hit below falls in one window.
  const t0 = Math.floor(Date.now() / 60_000) * 60_000 + 1_000;

  it('counts at once in its isolate, writes to D1 at most once a second, and sees what other isolates counted', async () => {
    const key = 'ip:192.0.2.10';
    const a = new RateCounter(1000);
    const b = new RateCounter(1000);
    // Isolate A: the first hit is written (awaited), the next two only counted here.
    expect(await a.hit(env.DB, key, t0, awaitIt)).toBe(1);
    expect(await a.hit(env.DB, key, t0 + 10, awaitIt)).toBe(2);
    expect(await a.hit(env.DB, key, t0 + 20, awaitIt)).toBe(3);
    expect((await row(key))?.count).toBe(1);
    // Isolate B starts from the shared count: A's written hit and its own.
    expect(await b.hit(env.DB, key, t0 + 30, awaitIt)).toBe(2);
    // A second later A sends its two unsent hits and this one, and learns of B's.
    expect(await a.hit(env.DB, key, t0 + 1_020, awaitIt)).toBe(5);
    expect((await row(key))?.count).toBe(5);
  });

  it('keeps counting in its isolate while D1 fails, and sends the count once D1 is back', async () => {
    const key = 'ip:192.0.2.11';
    const counter = new RateCounter(1000);
    const down = {
      prepare: () => {
        throw new Error('D1_ERROR: Network connection lost.');
      },
    } as unknown as D1Database;
    expect(await counter.hit(down, key, t0, awaitIt)).toBe(1);
    expect(await counter.hit(down, key, t0 + 10, awaitIt)).toBe(2);
    expect(await counter.hit(env.DB, key, t0 + 1_100, awaitIt)).toBe(3);
    expect((await row(key))?.count).toBe(3);
  });

  it('starts again in a new window', async () => {
    const key = 'ip:192.0.2.12';
    const counter = new RateCounter(1000);
    expect(await counter.hit(env.DB, key, t0, awaitIt)).toBe(1);
    expect(await counter.hit(env.DB, key, t0 + 60_000, awaitIt)).toBe(1);
  });
});
