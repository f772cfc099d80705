import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../index';
import { CircuitBreaker } from '../breaker';
import { expectGuarded, FAST, finderOf, harness, LOGISTICS, logisticsAnswer, vacancy, type Harness } from './fixtures';

let h: Harness;
beforeEach(async () => {
  await h?.standIn.close();
  h = await harness();
});
afterAll(() => h.standIn.close());

const logistics = vacancy(LOGISTICS, 'Medewerker logistiek');

describe('Claude engine: faults', { timeout: 30_000 }, () => {
  it.each([
    [429, 'rate limited'],
    [529, 'overloaded'],
  ])('retries HTTP %i with backoff and then answers with Claude', async (status) => {
    h.standIn.script({ status, retryAfterMs: 20 }, { status, retryAfterMs: 20 }, { answer: logisticsAnswer(finderOf(logistics)) });
    const result = await h.run(logistics);
    expect(result.engine).toBe('claude');
    expect(h.standIn.requests.map((r) => r.headers['x-stainless-retry-count'])).toEqual(['0', '1', '2']);
    expectGuarded(result, logistics);
  });

  it.each([
    [429, /rate limited \(HTTP 429\)/],
    [529, /overloaded \(HTTP 529\)/],
    [500, /server error \(HTTP 500\)/],
  ])('answers offline after HTTP %i persists through the retries', async (status, reason) => {
    h.standIn.script(...Array.from({ length: 3 }, () => ({ status, retryAfterMs: 10 })));
    const result = await h.run(logistics);
    expect(result.engine).toBe('offline');
    expect(result.fallback).toMatch(reason);
    expect(h.standIn.requests).toHaveLength(3);
    expectGuarded(result, logistics);
  });

  it('times out when the API does not answer, and answers offline', async () => {
    h.standIn.script({ answer: logisticsAnswer(finderOf(logistics)), delayMs: 10_000 }, { answer: logisticsAnswer(finderOf(logistics)), delayMs: 10_000 });
    const started = Date.now();
    const result = await h.run(logistics, { ...FAST, timeoutMs: 200, maxRetries: 1 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.engine).toBe('offline');
    expect(result.fallback).toMatch(/timed out/);
    expectGuarded(result, logistics);
  });

  it('stops waiting when the answer stream stalls', async () => {
    h.standIn.script({ answer: logisticsAnswer(finderOf(logistics)), stallMs: 10_000 });
    const started = Date.now();
    const result = await h.run(logistics, { ...FAST, idleMs: 250 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.fallback).toMatch(/timed out \(no data for 250 ms\)/);
    expect(result.engine).toBe('offline');
  });

  it('pauses calls after repeated failures, then tries again', async () => {
    let now = 1_000_000;
    h.breaker = new CircuitBreaker(2, 30_000, () => now);
    const failing = () => h.standIn.script(...Array.from({ length: 3 }, () => ({ status: 529, retryAfterMs: 5 })));
    failing();
    await h.run(logistics);
    failing();
    await h.run(logistics);
    const calls = h.standIn.requests.length;

    const paused = await h.run(logistics);
    expect(paused.fallback).toMatch(/paused for 30 s after repeated API failures/);
    expect(h.standIn.requests).toHaveLength(calls);
    expectGuarded(paused, logistics);

    now += 30_001;
    h.standIn.script({ answer: logisticsAnswer(finderOf(logistics)) });
    expect((await h.run(logistics)).engine).toBe('claude');
    expect(h.breaker.pausedFor()).toBe(0);
  });
});

describe('cost guard', { timeout: 30_000 }, () => {
  it('answers a vacancy over the length limit offline without calling the API', async () => {
    const result = await h.run(logistics, { ...FAST, maxChars: 100 });
    expect(result.fallback).toMatch(/vacancy too long for the model \(\d+ characters, limit 100\)/);
    expect(h.standIn.requests).toHaveLength(0);
  });
});

describe('engine choice', { timeout: 30_000 }, () => {
  it('auto without a key is offline, without a fallback note', async () => {
    const result = await translate(logistics, 'auto', {});
    expect(result).toMatchObject({ engine: 'offline', fallback: null });
  });

  it('claude without a key is offline with a fallback note', async () => {
    const result = await translate(logistics, 'claude', { ANTHROPIC_API_KEY: '' });
    expect(result.engine).toBe('offline');
    expect(result.fallback).toMatch(/no ANTHROPIC_API_KEY/);
  });

  it('auto with a key is Claude', async () => {
    h.standIn.script({ answer: logisticsAnswer(finderOf(logistics)) });
    const env = { ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: h.standIn.url, ANTHROPIC_MODEL: 'claude-haiku-4-5' };
    const result = await translate(logistics, 'auto', env, { breaker: new CircuitBreaker() });
    expect(result.engine).toBe('claude');
    expect(h.standIn.requests[0]!.body.model).toBe('claude-haiku-4-5');
  });
});
