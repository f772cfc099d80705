import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/client';
import { VaardigDb } from '../db';
import { backoff, outbox, retryable } from '../outbox';

let store: VaardigDb;
let clock = 0;
beforeEach(() => {
  store = new VaardigDb(`test-${crypto.randomUUID()}`);
  clock = 0;
});
const box = () => outbox(store, () => clock);
const problem = (status: number) => new ApiError({ type: 'about:blank', title: 'x', status, detail: 'x' });

describe('outbox', () => {
  it('retries an offline submission later with the same idempotency key', async () => {
    const item = await box().enqueue('d1', { title: 'x' });
    const keys: string[] = [];
    let online = false;
    const send = async (sent: { key: string }) => {
      keys.push(sent.key);
      if (!online) throw problem(0);
      return { id: 'p1' };
    };
    expect((await box().flush(send))[0]!.status).toBe('pending');
    expect(await box().flush(send)).toHaveLength(0); // not due yet
    clock += backoff(1);
    online = true;
    const [sent] = await box().flush(send);
    expect(sent!.status).toBe('sent');
    expect(sent!.result).toEqual({ id: 'p1' });
    expect(keys).toEqual([item.key, item.key]);
    expect(await box().pending()).toHaveLength(0);
  });

  it('gives up on an answer that a retry cannot change', async () => {
    await box().enqueue('d1', {});
    const [failed] = await box().flush(async () => {
      throw problem(422);
    });
    expect(failed!.status).toBe('failed');
  });

  it.each([
    [0, true],
    [429, true],
    [503, true],
    [400, false],
    [404, false],
  ])('status %i retryable: %s', (status, expected) => {
    expect(retryable(problem(status))).toBe(expected);
  });

  it('backs off exponentially up to ten minutes', () => {
    expect([1, 2, 3].map(backoff)).toEqual([5_000, 10_000, 20_000]);
    expect(backoff(30)).toBe(600_000);
  });
});
