/** The stand-in's billing must be honest for the bench to mean anything: checked here on its own. */
import { describe, expect, it } from 'vitest';
import { invalidRequest } from '../../../../tests/support/anthropic-stand-in';
import { estimateTokens, PromptCache } from '../../../../tests/support/anthropic-usage';

const long = 'x'.repeat(4 * 2000); // 2,000 tokens
const request = (system: Array<Record<string, unknown>>, user = 'the vacancy') => ({
  model: 'm',
  max_tokens: 10,
  system,
  messages: [{ role: 'user', content: [{ type: 'text', text: user }] }],
});

describe('Anthropic stand-in: prompt cache accounting', () => {
  it('writes the prefix up to the breakpoint, then reads it; the rest is plain input', () => {
    const cache = new PromptCache();
    const body = request([{ type: 'text', text: long, cache_control: { type: 'ephemeral' } }]);
    const first = cache.account(body);
    const second = cache.account(request(body.system, 'another vacancy'));
    expect(first.cache_creation_input_tokens).toBe(estimateTokens('m') + 2000);
    expect(first.cache_read_input_tokens).toBe(0);
    expect(second).toMatchObject({ cache_creation_input_tokens: 0, cache_read_input_tokens: first.cache_creation_input_tokens });
    expect(second.input_tokens).toBeGreaterThan(0);
  });

  it('caches nothing without a breakpoint, below the minimum length, or after the prefix changed', () => {
    const cache = new PromptCache();
    expect(cache.account(request([{ type: 'text', text: long }])).cache_creation_input_tokens).toBe(0);
    expect(cache.account(request([{ type: 'text', text: 'short', cache_control: { type: 'ephemeral' } }])).cache_creation_input_tokens).toBe(0);
    cache.account(request([{ type: 'text', text: long, cache_control: { type: 'ephemeral' } }]));
    const changed = cache.account(request([{ type: 'text', text: `${long}!`, cache_control: { type: 'ephemeral' } }]));
    expect(changed.cache_read_input_tokens).toBe(0);
  });

  it('forgets a prefix after five minutes without use', () => {
    let now = 0;
    const cache = new PromptCache(1024, 5 * 60_000, () => now);
    const body = request([{ type: 'text', text: long, cache_control: { type: 'ephemeral' } }]);
    cache.account(body);
    now += 5 * 60_000 + 1;
    expect(cache.account(body).cache_read_input_tokens).toBe(0);
  });

  it('rejects requests the real API would reject', () => {
    expect(invalidRequest({ model: 'm', messages: [] })).toMatch(/max_tokens/);
    const five = Array.from({ length: 5 }, () => ({ type: 'text', text: 'x', cache_control: { type: 'ephemeral' } }));
    expect(invalidRequest(request(five))).toMatch(/maximum of 4 blocks/);
    expect(invalidRequest(request([]))).toBeNull();
  });
});
