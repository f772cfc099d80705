/**
 * Retries and the dead-letter queue (issue 20). The queue handler is called here with batches made by
 * cloudflare:test, so that each delivery, its attempt count and the handler's ack or retry can be
 * read; D1 is the real local one, made to fail for chosen statements (fault injection, as in
 * faults.test.ts). The upload itself goes through the Worker with a queue binding that keeps the
 * messages instead of delivering them, so the real consumer does not race these deliveries.
 */
import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { app } from '../../functions/app';
import worker from '../../functions/index';
import { backoff, DEAD_LETTER_QUEUE } from '../../functions/batches/queue';
import type { BatchMessage } from '../../shared/batches';
import { NL_POSTING } from './batch-helpers';
import { call, world, type World } from './profiles-helpers';

/** D1 whose statements for which `fails(sql, values)` holds reject the way D1 does when it is unreachable. */
function failingD1(db: D1Database, fails: (sql: string, values: unknown[]) => boolean): D1Database {
  const outage = () => Promise.reject(new Error('D1_ERROR: Network connection lost.'));
  const failing = new WeakSet<object>();
  const statement = (sql: string, inner: D1PreparedStatement, values: unknown[] = []): D1PreparedStatement => {
    const wrapped = new Proxy(inner, {
      get(target, prop) {
        if (prop === 'bind') return (...bound: unknown[]) => statement(sql, target.bind(...bound), bound);
        if (['first', 'all', 'run', 'raw'].includes(prop as string) && fails(sql, values)) return outage;
        const value = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    if (fails(sql, values)) failing.add(wrapped);
    return wrapped;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return (sql: string) => statement(sql, target.prepare(sql));
      if (prop === 'batch') return (statements: D1PreparedStatement[]) => (statements.some((s) => failing.has(s)) ? outage() : target.batch(statements));
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Profiles titled `title` cannot be stored. */
const profileInsertFails = (title: string) => (sql: string, values: unknown[]) => /INSERT INTO profiles\b/.test(sql) && values[2] === title;

/** A queue binding that keeps what is sent. */
function keepingQueue() {
  const sent: BatchMessage[] = [];
  const queue = {
    send: async (body: BatchMessage) => void sent.push(body),
    sendBatch: async (messages: Iterable<{ body: BatchMessage }>) => void sent.push(...[...messages].map((m) => m.body)),
  } as unknown as Queue;
  return { queue, sent };
}

async function uploadKept(token: string, items: unknown[], queue: Queue) {
  const ctx = createExecutionContext();
  const response = await app.request(
    '/v1/batches',
    { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ items }) },
    { ...env, BATCH_QUEUE: queue },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return response;
}

/** Delivers messages to the Worker's queue handler as the queue would, and reads what it did with each. */
async function deliver(queue: string, messages: { body: unknown; attempts: number }[], DB: D1Database = env.DB) {
  const batch = createMessageBatch(
    queue,
    messages.map((m, i) => ({ id: `m${i}-${crypto.randomUUID()}`, timestamp: new Date(), body: m.body, attempts: m.attempts })),
  );
  // The harness reports which messages were retried, not how long they wait: read that from the call.
  const delays = batch.messages.map((message) => vi.spyOn(message, 'retry'));
  const ctx = createExecutionContext();
  await worker.queue(batch, { ...env, DB });
  const result = await getQueueResult(batch, ctx);
  return { ...result, delays: delays.flatMap((spy) => spy.mock.calls.map(([options]) => options?.delaySeconds)) };
}

let w: World;
beforeAll(async () => {
  w = await world();
});

describe('retries with backoff', () => {
  it('retries an item whose profile could not be stored, waiting longer each time, and stores it once D1 answers', async () => {
    const { queue, sent } = keepingQueue();
    const response = await uploadKept(
      w.tokens.e1member,
      [
        { title: 'Retry', text: NL_POSTING('Retry') },
        { title: 'Buur', text: NL_POSTING('Buur') },
      ],
      queue,
    );
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    expect(sent).toEqual([
      { batchId: id, index: 0 },
      { batchId: id, index: 1 },
    ]);

    // The profile insert fails: item 0 is retried with backoff; item 1 in the same delivery is not held up.
    const down = failingD1(env.DB, profileInsertFails('Retry'));
    const first = await deliver('vaardig-batches', [{ body: sent[0], attempts: 1 }], down);
    expect(first.explicitAcks).toEqual([]);
    expect(first.retryMessages).toHaveLength(1);
    expect(first.delays).toEqual([backoff(1)]);
    const second = await deliver(
      'vaardig-batches',
      [
        { body: sent[0], attempts: 2 },
        { body: sent[1], attempts: 1 },
      ],
      down,
    );
    expect(second.retryMessages).toHaveLength(1);
    expect(second.explicitAcks).toHaveLength(1);
    expect(second.delays).toEqual([backoff(2)]);
    expect(backoff(2)).toBeGreaterThan(backoff(1));

    // Meanwhile the item waits (its error is not shown yet: it may still succeed).
    const waiting = await call('GET', `/v1/batches/${id}`, { token: w.tokens.e1member });
    expect(waiting.body).toMatchObject({ status: 'running', done: 1, failed: 0 });
    expect(waiting.body.items[0]).toEqual({ index: 0, ref: null, title: 'Retry', status: 'queued' });

    const third = await deliver('vaardig-batches', [
      { body: sent[0], attempts: 3 },
      { body: sent[1], attempts: 2 },
    ]);
    expect(third.retryMessages).toEqual([]);
    expect(third.explicitAcks).toHaveLength(2);
    const done = await call('GET', `/v1/batches/${id}`, { token: w.tokens.e1member });
    expect(done.body).toMatchObject({ status: 'done', done: 2, failed: 0 });

    // A delivery repeated by the queue after success changes nothing: still one profile per item.
    const again = await deliver('vaardig-batches', [{ body: sent[0], attempts: 1 }]);
    expect(again.explicitAcks).toHaveLength(1);
    const list = await call('GET', '/v1/profiles', { token: w.tokens.e1member });
    expect(list.body.profiles.filter((p: { title: string }) => p.title === 'Retry')).toHaveLength(1);
  });

  it('a message that is not { batchId, index } is acknowledged and dropped, the others in its delivery handled', async () => {
    const { queue, sent } = keepingQueue();
    const { id } = (await (await uploadKept(w.tokens.e1member, [{ text: NL_POSTING('Na een gifbericht') }], queue)).json()) as { id: string };
    const result = await deliver('vaardig-batches', [
      { body: 'not json at all', attempts: 1 },
      { body: { batchId: 42 }, attempts: 1 },
      { body: sent[0], attempts: 1 },
    ]);
    expect(result.retryMessages).toEqual([]);
    expect(result.explicitAcks).toHaveLength(3);
    expect((await call('GET', `/v1/batches/${id}`, { token: w.tokens.e1member })).body).toMatchObject({ status: 'done', done: 1 });
  });
});

describe('the dead-letter queue', () => {
  it('fails an item whose retries ran out with the last error, and the batch finishes', async () => {
    const { queue, sent } = keepingQueue();
    const { id } = (await (
      await uploadKept(
        w.tokens.e1member,
        [
          { title: 'Dood', text: NL_POSTING('Dood') },
          { title: 'Levend', text: NL_POSTING('Levend') },
        ],
        queue,
      )
    ).json()) as { id: string };
    const down = failingD1(env.DB, profileInsertFails('Dood'));
    for (let attempt = 1; attempt <= 4; attempt++) await deliver('vaardig-batches', [{ body: sent[0], attempts: attempt }], down);
    await deliver('vaardig-batches', [{ body: sent[1], attempts: 1 }]);
    // After max_retries the queue hands the message to the dead-letter queue.
    const dead = await deliver(DEAD_LETTER_QUEUE, [{ body: sent[0], attempts: 1 }]);
    expect(dead.explicitAcks).toHaveLength(1);
    const batch = await call('GET', `/v1/batches/${id}`, { token: w.tokens.e1member });
    expect(batch.body).toMatchObject({ status: 'done', done: 1, failed: 1 });
    // Said as what happened and what to do, not as the database's words (those stay in D1 for the logs).
    expect(batch.body.items[0]).toMatchObject({
      status: 'failed',
      errorCode: 'not_translated',
      error: expect.stringMatching(/^This item was not translated after 4 attempts because of a fault at Vaardig/),
    });
    expect(batch.body.items[0].error).not.toMatch(/D1_ERROR/);
    const stored = await env.DB.prepare('SELECT error FROM batch_items WHERE batch_id = ? AND idx = 0').bind(id).first<{ error: string }>();
    expect(stored?.error).toMatch(/^Not translated after 4 attempts\. The last attempt said: D1_ERROR/);
    // A dead letter for an item that succeeded meanwhile changes nothing.
    await deliver(DEAD_LETTER_QUEUE, [{ body: sent[1], attempts: 1 }]);
    expect((await call('GET', `/v1/batches/${id}`, { token: w.tokens.e1member })).body.items[1].status).toBe('done');
  });
});

describe('the queue is unreachable', () => {
  it('answers 503 and stores nothing, so the client can retry', async () => {
    const failing = {
      sendBatch: async () => Promise.reject(new Error('Queue send failed')),
      send: async () => Promise.reject(new Error('Queue send failed')),
    } as unknown as Queue;
    const marker = `Onbereikbaar ${crypto.randomUUID().slice(0, 8)}`;
    const response = await uploadKept(w.tokens.e1member, [{ title: marker, text: NL_POSTING(marker) }], failing);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toMatch(/queue is not available; nothing was stored/);
    const left = await env.DB.prepare('SELECT count(*) AS n FROM batch_items WHERE title = ?').bind(marker).first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});
