/**
 * D1 for batches (issue 20): the upload and its items, progress as a count per status, and the
 * items a page at a time for the results.
 */
import { batchErrorMessage, readErrorCode, type BatchErrorCode } from '../../shared/batch-errors';
import { Batch, BatchSummary, batchStatus, type BatchAccepted, type BatchItem, type ItemStatus } from '../../shared/batches';
import type { Language, Region } from '../../shared/locale';
import type { EngineChoice } from '../../shared/translate-request';
import type { Caller } from '../lib/auth';
import { now } from '../profiles/store';

export interface BatchRow {
  id: string;
  organization_id: string;
  created_by: string;
  engine: EngineChoice;
  region: Region | null;
  submit: number;
  total: number;
  created_at: string;
  idempotency_key: string | null;
  request_hash: string | null;
}

export interface ItemRow {
  batch_id: string;
  idx: number;
  ref: string | null;
  title: string;
  text: string;
  status: ItemStatus;
  attempts: number;
  profile_id: string | null;
  /** Why it failed, as a code (shared/batch-errors.ts); null while it has not failed, or failed before codes (migration 0010). */
  error_code: string | null;
  /** The technical detail (an exception's message), for logs; never shown as the item's error. */
  error: string | null;
}

/** Why an item failed: the code a person's message is made from, and the technical detail. */
export interface ItemError {
  code: BatchErrorCode;
  detail: string;
}

/** An item as uploaded: ready to translate, or already failed (a row that could not be read). */
export type NewItem = { ref: string | null; title: string; text: string; error: ItemError | null };

export interface NewBatch {
  engine: EngineChoice;
  region: Region | null;
  submit: boolean;
  items: NewItem[];
}

export const loadBatchRow = (db: D1Database, id: string) => db.prepare('SELECT * FROM batches WHERE id = ?').bind(id).first<BatchRow>();

/** A batch with the name of the employer it belongs to. */
export type VisibleBatchRow = BatchRow & { organization_name: string };

/**
 * Who sees a batch, as with profiles (./access.ts): the employer's own organisation, every role; a
 * reviewer or admin of a team that serves the employer, when the batch submitted its profiles for
 * review (a batch of drafts stays the employer's, as its drafts do). ?1 the caller's organisation,
 * ?2 whether the caller is a team's reviewer or admin.
 */
const VISIBLE = `(b.organization_id = ?1 OR (?2 AND b.submit = 1 AND b.organization_id IN (SELECT employer_id FROM team_clients WHERE team_id = ?1)))`;
const VISIBLE_SELECT = 'SELECT b.*, o.name AS organization_name FROM batches b JOIN organizations o ON o.id = b.organization_id';
const visibleParams = (caller: Caller) => [caller.organization.id, caller.organization.kind === 'expertise_team' && caller.role !== 'member' ? 1 : 0];

/** The batch when the caller may see it; null for one that does not exist and for one it may not see alike. */
export const loadVisibleBatch = (db: D1Database, caller: Caller, id: string) =>
  db
    .prepare(`${VISIBLE_SELECT} WHERE ${VISIBLE} AND b.id = ?3`)
    .bind(...visibleParams(caller), id)
    .first<VisibleBatchRow>();

/** Where a page of the list ends: the last batch's creation time and id. */
export type BatchCursor = { createdAt: string; id: string };

/** A page of the batches the caller sees, newest first, with their counts; `next` when there is more. */
export async function listBatches(
  db: D1Database,
  caller: Caller,
  limit: number,
  after: BatchCursor | null,
): Promise<{ batches: BatchSummary[]; next: BatchCursor | null }> {
  const { results } = await db
    .prepare(
      `${VISIBLE_SELECT} WHERE ${VISIBLE} AND (?3 IS NULL OR b.created_at < ?3 OR (b.created_at = ?3 AND b.id < ?4))
        ORDER BY b.created_at DESC, b.id DESC LIMIT ?5`,
    )
    .bind(...visibleParams(caller), after?.createdAt ?? null, after?.id ?? null, limit + 1)
    .all<VisibleBatchRow>();
  const page = results.slice(0, limit);
  const counts = new Map<string, Partial<Record<ItemStatus, number>>>();
  if (page.length) {
    const { results: rows } = await db
      .prepare(`SELECT batch_id, status, count(*) AS n FROM batch_items WHERE batch_id IN (${page.map(() => '?').join(', ')}) GROUP BY batch_id, status`)
      .bind(...page.map((row) => row.id))
      .all<{ batch_id: string; status: ItemStatus; n: number }>();
    for (const row of rows) counts.set(row.batch_id, { ...counts.get(row.batch_id), [row.status]: row.n });
  }
  const last = page.at(-1);
  return {
    batches: page.map((row) => toSummary(row, counts.get(row.id) ?? {})),
    next: results.length > limit && last ? { createdAt: last.created_at, id: last.id } : null,
  };
}

/** What a batch's line in the list and its own view share: its fields, and its status and counts from its items. */
function batchFields(row: BatchRow, counts: Partial<Record<ItemStatus, number>>) {
  return {
    id: row.id,
    status: batchStatus(row.total, counts),
    total: row.total,
    done: counts.done ?? 0,
    failed: counts.failed ?? 0,
    engine: row.engine,
    submit: row.submit === 1,
    createdAt: row.created_at,
  };
}

function toSummary(row: VisibleBatchRow, counts: Partial<Record<ItemStatus, number>>): BatchSummary {
  return BatchSummary.parse({ ...batchFields(row, counts), organization: { id: row.organization_id, name: row.organization_name } });
}

export const loadBatchByKey = (db: D1Database, organizationId: string, key: string) =>
  db.prepare('SELECT * FROM batches WHERE organization_id = ? AND idempotency_key = ?').bind(organizationId, key).first<BatchRow>();

// Several rows per INSERT (D1 allows 100 bound parameters a statement): 1,000 items are 91 statements.
const ROWS_PER_INSERT = 11;

/** The batch and its items in one transaction: a batch is stored whole or not at all. */
export async function insertBatch(db: D1Database, caller: Caller, batch: NewBatch, key: { key: string; hash: string } | null): Promise<string> {
  const id = crypto.randomUUID();
  const at = now();
  const statements = [
    db
      .prepare(
        `INSERT INTO batches (id, organization_id, created_by, engine, region, submit, total, created_at, idempotency_key, request_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        id,
        caller.organization.id,
        caller.tokenId,
        batch.engine,
        batch.region,
        batch.submit ? 1 : 0,
        batch.items.length,
        at,
        key?.key ?? null,
        key?.hash ?? null,
      ),
  ];
  for (let start = 0; start < batch.items.length; start += ROWS_PER_INSERT) {
    const chunk = batch.items.slice(start, start + ROWS_PER_INSERT);
    statements.push(
      db
        .prepare(
          `INSERT INTO batch_items (batch_id, idx, ref, title, text, status, error_code, error, updated_at) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        )
        .bind(
          ...chunk.flatMap((item, i) => [
            id,
            start + i,
            item.ref,
            item.title,
            item.error ? '' : item.text,
            item.error ? 'failed' : 'queued',
            item.error?.code ?? null,
            item.error?.detail ?? null,
            at,
          ]),
        ),
    );
  }
  await db.batch(statements);
  return id;
}

/** Removes a batch that could not be queued, so that nothing half-done stays behind. */
export async function deleteBatch(db: D1Database, id: string) {
  await db.batch([db.prepare('DELETE FROM batch_items WHERE batch_id = ?').bind(id), db.prepare('DELETE FROM batches WHERE id = ?').bind(id)]);
}

export async function statusCounts(db: D1Database, id: string): Promise<Partial<Record<ItemStatus, number>>> {
  const { results } = await db
    .prepare('SELECT status, count(*) AS n FROM batch_items WHERE batch_id = ? GROUP BY status')
    .bind(id)
    .all<{ status: ItemStatus; n: number }>();
  return Object.fromEntries(results.map((r) => [r.status, r.n]));
}

export async function accepted(db: D1Database, row: BatchRow): Promise<BatchAccepted> {
  return { id: row.id, status: batchStatus(row.total, await statusCounts(db, row.id)), total: row.total };
}

type ItemFields = Pick<ItemRow, 'idx' | 'ref' | 'title' | 'status' | 'profile_id' | 'error_code' | 'attempts'>;

/** An item as the API shows it; a failed one says why in `language` (#20). */
export function toItem(row: ItemFields, language: Language): BatchItem {
  // While an item is retried its last error is kept but not shown: it may still succeed.
  const code = row.status === 'failed' ? readErrorCode(row.error_code) : null;
  return {
    index: row.idx,
    ref: row.ref,
    title: row.title,
    status: row.status,
    ...(row.profile_id ? { profileId: row.profile_id } : {}),
    ...(code ? { error: batchErrorMessage(code, language, { attempts: row.attempts }), errorCode: code } : {}),
  };
}

export async function loadBatch(db: D1Database, row: BatchRow, language: Language): Promise<Batch> {
  const [counts, { results }] = await Promise.all([
    statusCounts(db, row.id),
    db.prepare('SELECT idx, ref, title, status, profile_id, error_code, attempts FROM batch_items WHERE batch_id = ? ORDER BY idx').bind(row.id).all<ItemRow>(),
  ]);
  return Batch.parse({ ...batchFields(row, counts), items: results.map((item) => toItem(item, language)) });
}

/** Items from `after` on with their profile's current translation, a page at a time. */
export function resultPage(db: D1Database, id: string, after: number, limit: number) {
  return db
    .prepare(
      `SELECT i.idx, i.ref, i.title, i.status, i.profile_id, i.error_code, i.attempts, v.translation
         FROM batch_items i
         LEFT JOIN profiles p ON p.id = i.profile_id
         LEFT JOIN profile_versions v ON v.profile_id = p.id AND v.version = p.version
        WHERE i.batch_id = ? AND i.idx > ? ORDER BY i.idx LIMIT ?`,
    )
    .bind(id, after, limit)
    .all<ItemRow & { translation: string | null }>();
}
