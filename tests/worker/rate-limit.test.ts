import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../functions/app';
import { Problem } from '../../shared/schemas';

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
  });
});
