/**
 * D1 for batches (issue 20): the upload and its items, progress as a count per status, and the
 * items a page at a time for the results.
 */
import { Batch, batchStatus, type BatchAccepted, type BatchItem, type ItemStatus } from '../../shared/batches';
import type { EngineChoice, Region } from '../../shared/schemas';
import type { Caller } from './auth';
import { now } from './profile-store';

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
  error: string | null;
}

/** An item as uploaded: ready to translate, or already failed (a row that could not be read). */
export type NewItem = { ref: string | null; title: string; text: string; error: string | null };

export interface NewBatch {
  engine: EngineChoice;
  region: Region | null;
  submit: boolean;
  items: NewItem[];
}

export const loadBatchRow = (db: D1Database, id: string) => db.prepare('SELECT * FROM batches WHERE id = ?').bind(id).first<BatchRow>();

export const loadBatchByKey = (db: D1Database, organizationId: string, key: string) =>
  db.prepare('SELECT * FROM batches WHERE organization_id = ? AND idempotency_key = ?').bind(organizationId, key).first<BatchRow>();

// Several rows per INSERT (D1 allows 100 bound parameters a statement): 1,000 items are 100 statements.
const ROWS_PER_INSERT = 12;

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
      .bind(id, caller.organization.id, caller.tokenId, batch.engine, batch.region, batch.submit ? 1 : 0, batch.items.length, at, key?.key ?? null, key?.hash ?? null),
  ];
  for (let start = 0; start < batch.items.length; start += ROWS_PER_INSERT) {
    const chunk = batch.items.slice(start, start + ROWS_PER_INSERT);
    statements.push(
      db
        .prepare(
          `INSERT INTO batch_items (batch_id, idx, ref, title, text, status, error, updated_at) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        )
        .bind(
          ...chunk.flatMap((item, i) => [id, start + i, item.ref, item.title, item.error ? '' : item.text, item.error ? 'failed' : 'queued', item.error, at]),
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
  const { results } = await db.prepare('SELECT status, count(*) AS n FROM batch_items WHERE batch_id = ? GROUP BY status').bind(id).all<{ status: ItemStatus; n: number }>();
  return Object.fromEntries(results.map((r) => [r.status, r.n]));
}

export async function accepted(db: D1Database, row: BatchRow): Promise<BatchAccepted> {
  return { id: row.id, status: batchStatus(row.total, await statusCounts(db, row.id)), total: row.total };
}

export function toItem(row: Pick<ItemRow, 'idx' | 'ref' | 'title' | 'status' | 'profile_id' | 'error'>): BatchItem {
  return {
    index: row.idx,
    ref: row.ref,
    title: row.title,
    status: row.status,
    ...(row.profile_id ? { profileId: row.profile_id } : {}),
    // While an item is retried its last error is kept but not shown: it may still succeed.
    ...(row.status === 'failed' && row.error ? { error: row.error } : {}),
  };
}

export async function loadBatch(db: D1Database, row: BatchRow): Promise<Batch> {
  const [counts, { results }] = await Promise.all([
    statusCounts(db, row.id),
    db.prepare('SELECT idx, ref, title, status, profile_id, error FROM batch_items WHERE batch_id = ? ORDER BY idx').bind(row.id).all<ItemRow>(),
  ]);
  return Batch.parse({
    id: row.id,
    status: batchStatus(row.total, counts),
    total: row.total,
    done: counts.done ?? 0,
    failed: counts.failed ?? 0,
    engine: row.engine,
    submit: row.submit === 1,
    createdAt: row.created_at,
    items: results.map(toItem),
  });
}

/** Items from `after` on with their profile's current translation, a page at a time. */
export function resultPage(db: D1Database, id: string, after: number, limit: number) {
  return db
    .prepare(
      `SELECT i.idx, i.ref, i.title, i.status, i.profile_id, i.error, v.translation
         FROM batch_items i
         LEFT JOIN profiles p ON p.id = i.profile_id
         LEFT JOIN profile_versions v ON v.profile_id = p.id AND v.version = p.version
        WHERE i.batch_id = ? AND i.idx > ? ORDER BY i.idx LIMIT ?`,
    )
    .bind(id, after, limit)
    .all<ItemRow & { translation: string | null }>();
}
