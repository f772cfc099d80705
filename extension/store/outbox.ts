import { OutboxItem, type VaardigDb } from './db';

/** Whether a failed send is worth retrying: offline, timeouts, rate limits and server errors. */
export function retryable(error: unknown): boolean {
  const status = (error as { problem?: { status?: number } })?.problem?.status;
  if (typeof status !== 'number') return true;
  return status === 0 || status === 408 || status === 425 || status === 429 || status >= 500;
}

/** Wait before the next try: 5 s, 10 s, 20 s, … up to 10 minutes. */
export function backoff(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 600_000);
}

export type Send = (item: OutboxItem) => Promise<unknown>;

/**
 * Submissions wait here until the API has them. Each item's key is sent as the Idempotency-Key,
 * so a retry after a lost answer returns the same profile instead of creating a second one.
 */
export function outbox(store: VaardigDb, now: () => number = Date.now) {
  return {
    async enqueue(draftId: string, payload: unknown): Promise<OutboxItem> {
      const item = OutboxItem.parse({
        key: crypto.randomUUID(),
        kind: 'submit-review',
        draftId,
        payload,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now(),
        lastError: null,
      });
      await store.outbox.put(item);
      return item;
    },
    get: async (key: string) => {
      const row = await store.outbox.get(key);
      return row ? OutboxItem.parse(row) : null;
    },
    pending: async () => (await store.outbox.where('status').equals('pending').toArray()).map((row) => OutboxItem.parse(row)),
    /** Send every item that is due; returns the items whose state changed. */
    async flush(send: Send, options: { force?: boolean } = {}): Promise<OutboxItem[]> {
      const due = (await this.pending()).filter((item) => options.force || item.nextAttemptAt <= now());
      const changed: OutboxItem[] = [];
      for (const item of due) {
        const attempts = item.attempts + 1;
        let next: OutboxItem;
        try {
          const result = await send(item);
          next = { ...item, attempts, status: 'sent', lastError: null, result };
        } catch (error) {
          const message = (error as Error).message ?? String(error);
          next = retryable(error)
            ? { ...item, attempts, lastError: message, nextAttemptAt: now() + backoff(attempts) }
            : { ...item, attempts, lastError: message, status: 'failed' };
        }
        await store.outbox.put(next);
        changed.push(next);
      }
      return changed;
    },
  };
}

export type Outbox = ReturnType<typeof outbox>;
