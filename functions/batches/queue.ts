/**
 * The batch queue (issue 20). The producer sends one message per item ({ batchId, index }); the
 * consumer translates the item with the engine the translations route uses, adds learning routes,
 * and stores the result as a job profile. An item that can never be translated (another language,
 * no text) fails at once; any other error is retried with backoff, and after the last retry the
 * queue hands the message to the dead-letter queue, whose consumer marks the item failed with the
 * last error. Each message is settled on its own: one bad item never holds up or loses the others.
 */
import type { BatchErrorCode } from '../../shared/batch-errors';
import { BatchMessage } from '../../shared/batches';
import { isOtherLanguage } from '../../shared/language';
import { toVacancy } from '../../shared/translate-request';
import { translate } from '../engine';
import { withLearningRoutes } from '../learning/d1-attach';
import { storeProfile, uploader } from './profile';
import type { BatchRow, ItemRow } from './store';
import { now } from '../profiles/store';

/** The dead-letter queue's name (wrangler.toml); every other queue this Worker consumes is the batch queue. */
export const DEAD_LETTER_QUEUE = 'vaardig-batches-dlq';

/** Seconds before the n-th retry: 10, 40, 160, … at most 15 minutes. */
export const backoff = (attempt: number) => Math.min(900, 10 * 4 ** Math.max(0, attempt - 1));

/** A failure no retry can mend, with the code its item fails with. */
class Unprocessable extends Error {
  readonly code: BatchErrorCode;
  constructor(code: BatchErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** Sends a message per item, 100 to a call (the queue's limit). */
export async function enqueue(queue: Queue<BatchMessage>, batchId: string, indexes: number[]) {
  for (let start = 0; start < indexes.length; start += 100) {
    await queue.sendBatch(indexes.slice(start, start + 100).map((index) => ({ body: { batchId, index }, contentType: 'json' as const })));
  }
}

type Item = ItemRow & Pick<BatchRow, 'organization_id' | 'created_by' | 'engine' | 'region' | 'submit'>;

const loadItem = (db: D1Database, { batchId, index }: BatchMessage) =>
  db
    .prepare(
      `SELECT i.*, b.organization_id, b.created_by, b.engine, b.region, b.submit
         FROM batch_items i JOIN batches b ON b.id = i.batch_id WHERE i.batch_id = ? AND i.idx = ?`,
    )
    .bind(batchId, index)
    .first<Item>();

function fail(db: D1Database, { batchId, index }: BatchMessage, code: BatchErrorCode, detail: string) {
  return db
    .prepare(
      `UPDATE batch_items SET status = 'failed', error_code = ?, error = ?, updated_at = ? WHERE batch_id = ? AND idx = ? AND status IN ('queued', 'running')`,
    )
    .bind(code, detail.slice(0, 1000), now(), batchId, index)
    .run();
}

async function translateItem(env: Env, item: Item, message: BatchMessage) {
  const vacancy = toVacancy({ text: item.text, title: item.title });
  if (!vacancy.language && isOtherLanguage(vacancy.text)) {
    throw new Unprocessable('other_language', 'Vaardig translates Dutch and English vacancies; this text is in another language.');
  }
  const translated = await translate(vacancy, item.engine, env, { region: item.region });
  // Nothing to rewrite: no job, no requirement, no skill (a recipe, a news item, a wrong column).
  // None of the 141 corpus postings reads like this.
  if (!translated.occupation && translated.requirements.length === 0 && translated.skills.length === 0) {
    throw new Unprocessable('not_a_vacancy', 'No occupation, requirement or skill was found in the text.');
  }
  const translation = await withLearningRoutes(translated, env);
  const caller = await uploader(env.DB, item.created_by);
  if (!caller) throw new Unprocessable('uploader_gone', 'The token that uploaded the batch no longer exists.');
  return storeProfile(env.DB, caller, { batchId: message.batchId, index: message.index, title: item.title, translation, vacancy, submit: item.submit === 1 });
}

async function handleItem(message: Message, env: Env) {
  const parsed = BatchMessage.safeParse(message.body);
  if (!parsed.success) {
    // Nothing to retry: a message this Worker did not write. Logged and let go.
    console.error('batch queue: a message that is not { batchId, index } was dropped', message.id);
    return message.ack();
  }
  const item = await loadItem(env.DB, parsed.data).catch(() => undefined);
  if (item === undefined) return message.retry({ delaySeconds: backoff(message.attempts) });
  // Gone (its upload was undone) or settled already (a delivery the queue repeated).
  if (item === null || item.status === 'done' || item.status === 'failed') return message.ack();
  try {
    await env.DB.prepare(`UPDATE batch_items SET status = 'running', attempts = ?, updated_at = ? WHERE batch_id = ? AND idx = ?`)
      .bind(message.attempts, now(), item.batch_id, item.idx)
      .run();
    await translateItem(env, item, parsed.data);
    message.ack();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof Unprocessable) {
      await fail(env.DB, parsed.data, error.code, reason).catch(() => undefined);
      return message.ack();
    }
    console.error(`batch ${item.batch_id} item ${item.idx}, attempt ${message.attempts}:`, reason);
    // Kept for the dead-letter consumer; the item waits again for its next delivery.
    await env.DB.prepare(`UPDATE batch_items SET status = 'queued', error = ?, updated_at = ? WHERE batch_id = ? AND idx = ? AND status = 'running'`)
      .bind(reason.slice(0, 1000), now(), item.batch_id, item.idx)
      .run()
      .catch(() => undefined);
    message.retry({ delaySeconds: backoff(message.attempts) });
  }
}

/** The dead-letter queue: each item whose retries ran out fails with the last error it had. */
async function deadLetter(message: Message, env: Env) {
  const parsed = BatchMessage.safeParse(message.body);
  if (!parsed.success) return message.ack();
  const item = await loadItem(env.DB, parsed.data);
  const last = item?.error ? ` The last attempt said: ${item.error}` : '';
  await fail(env.DB, parsed.data, 'not_translated', `Not translated after ${item?.attempts ?? 'several'} attempts.${last}`);
  message.ack();
}

/** The Worker's `queue` handler. */
export async function consumeBatches(batch: MessageBatch, env: Env): Promise<void> {
  const handle = batch.queue === DEAD_LETTER_QUEUE ? deadLetter : handleItem;
  // All at once: an item waits on D1 most of its time, and D1 round trips of one overlap another's
  // translation (1,000 items locally on a busy 2-core machine: 28/s eight at a time, 64–100/s a
  // delivery of 100 at once). A Claude batch gets no more than a delivery's worth of requests, and
  // any failure there falls back to the offline result. Each message is acked or retried by itself.
  await Promise.all(
    batch.messages.map((message) =>
      handle(message, env).catch((error) => {
        console.error('batch queue:', error);
        message.retry({ delaySeconds: backoff(message.attempts) });
      }),
    ),
  );
}
