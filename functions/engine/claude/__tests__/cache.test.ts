/**
 * Cost (#6): the stable prefix is cached at one breakpoint and the stand-in bills the cache as the
 * API would, so the cached share is measured, not assumed.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { estimateCostUsd } from '../pricing';
import { harness, LOGISTICS, NURSE, vacancy, type Harness } from './fixtures';

let h: Harness;
beforeEach(async () => {
  await h?.standIn.close();
  h = await harness();
});
afterAll(() => h.standIn.close());

const cachedShare = (u: { inputTokens: number; cacheReadTokens: number; cacheWriteTokens: number }) =>
  u.cacheReadTokens / (u.inputTokens + u.cacheReadTokens + u.cacheWriteTokens);

describe('Claude engine: prompt cache and usage', { timeout: 30_000 }, () => {
  it('puts one cache breakpoint at the end of the stable system prefix and none in the vacancy', async () => {
    await h.run(vacancy(LOGISTICS));
    const body = h.standIn.requests[0]!.body as { system: Array<{ cache_control?: unknown }>; messages: unknown[] };
    expect(body.system.map((block) => Boolean(block.cache_control))).toEqual([false, false, true]);
    expect(JSON.stringify(body.messages)).not.toContain('cache_control');
  });

  it('writes the prefix on the first request and reads it on the next, for another vacancy too', async () => {
    const first = (await h.run(vacancy(LOGISTICS))).usage!;
    const second = (await h.run(vacancy(NURSE))).usage!;
    expect(first.cacheWriteTokens).toBeGreaterThan(1024);
    expect(first.cacheReadTokens).toBe(0);
    expect(second).toMatchObject({ cacheWriteTokens: 0, cacheReadTokens: first.cacheWriteTokens });
    expect(cachedShare(second)).toBeGreaterThanOrEqual(0.8);
    expect(second.costUsd).toBeLessThan(first.costUsd!);
    expect(second.costUsd).toBe(estimateCostUsd('claude-sonnet-4-6', second));
  });

  it('counts usage of both calls when a repair is needed', async () => {
    h.standIn.script({ answer: 'not json' });
    const usage = (await h.run(vacancy(LOGISTICS))).usage!;
    expect(usage.requests).toBe(2);
    const [a, b] = h.standIn.requests.map((r) => r.usage!);
    expect(usage.outputTokens).toBe(a!.output_tokens + b!.output_tokens);
    expect(usage.cacheReadTokens).toBe(b!.cache_read_input_tokens);
  });
});

describe('pricing', () => {
  it.each([
    ['claude-sonnet-4-6', 0.003 + 0.00375 + 0.0003 + 0.015],
    ['claude-haiku-4-5', 0.001 + 0.00125 + 0.0001 + 0.005],
  ])('prices %s per thousand tokens of each kind', (model, expected) => {
    const cost = estimateCostUsd(model, { inputTokens: 1000, cacheWriteTokens: 1000, cacheReadTokens: 1000, outputTokens: 1000 });
    expect(cost).toBeCloseTo(expected, 6);
  });

  it('gives no estimate for an unknown model', () => {
    expect(estimateCostUsd('some-other-model', { inputTokens: 1, cacheWriteTokens: 0, cacheReadTokens: 0, outputTokens: 1 })).toBeNull();
  });
});
