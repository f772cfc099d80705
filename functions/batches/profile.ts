/**
 * A translated batch item becomes a job profile of the uploader's organisation, in the store the
 * review flow reads (profiles, profile_versions, audit_log), created in the uploader's name — and,
 * when the batch asks, submitted for review — in one transaction with the item's own update.
 * The profile's Idempotency-Key is the item's (`batch:<id>:<index>`), so a message the queue
 * delivers twice makes one profile.
 */
import type { Translation } from '../../shared/translation';
import type { Vacancy } from '../../shared/vacancy';
import type { Caller } from '../lib/auth';
import { auditStatement, loadProfileByKey, now } from '../profiles/store';

export const itemKey = (batchId: string, index: number) => `batch:${batchId}:${index}`;

/** The uploader as the review flow knows callers (the token may have been revoked since: the upload stands). */
export async function uploader(db: D1Database, tokenId: string): Promise<Caller | null> {
  const row = await db
    .prepare(
      `SELECT t.id AS token_id, t.role, t.label, o.id AS org_id, o.name AS org_name, o.kind AS org_kind
         FROM api_tokens t JOIN organizations o ON o.id = t.organization_id WHERE t.id = ?`,
    )
    .bind(tokenId)
    .first<{ token_id: string; role: Caller['role']; label: string | null; org_id: string; org_name: string; org_kind: Caller['organization']['kind'] }>();
  if (!row) return null;
  const caller = {
    tokenId: row.token_id,
    role: row.role,
    label: row.label?.trim() || null,
    organization: { id: row.org_id, name: row.org_name, kind: row.org_kind },
  };
  return caller;
}

export interface StoredItem {
  batchId: string;
  index: number;
  title: string;
  translation: Translation;
  vacancy: Vacancy;
  submit: boolean;
}

/** Stores the profile and marks the item done; answers the profile's id (the existing one on a redelivery). */
export async function storeProfile(db: D1Database, caller: Caller, item: StoredItem): Promise<string> {
  const key = itemKey(item.batchId, item.index);
  const existing = await loadProfileByKey(db, caller.organization.id, key);
  const id = existing?.id ?? crypto.randomUUID();
  const at = now();
  const status = item.submit ? 'submitted' : 'draft';
  const markDone = db
    .prepare(`UPDATE batch_items SET status = 'done', profile_id = ?, text = '', error = NULL, updated_at = ? WHERE batch_id = ? AND idx = ?`)
    .bind(id, at, item.batchId, item.index);
  if (existing) {
    await markDone.run();
    return id;
  }
  const audit = (action: string, detail?: Record<string, unknown>) =>
    auditStatement(db, caller, { action, subjectType: 'profile', subjectId: id, profileId: id, version: 1, detail }, at);
  await db.batch([
    db
      .prepare(
        `INSERT INTO profiles (id, organization_id, title, status, version, created_by, created_at, updated_at, submitted_at, idempotency_key, request_hash)
         VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, NULL)`,
      )
      .bind(id, caller.organization.id, item.title, status, caller.tokenId, at, at, item.submit ? at : null, key),
    db
      .prepare('INSERT INTO profile_versions (profile_id, version, title, translation, vacancy, created_by, created_at) VALUES (?, 1, ?, ?, ?, ?, ?)')
      .bind(id, item.title, JSON.stringify(item.translation), JSON.stringify(item.vacancy), caller.tokenId, at),
    audit('profile.created', { title: item.title, batchId: item.batchId, index: item.index }),
    ...(item.submit ? [audit('profile.submitted', { batchId: item.batchId })] : []),
    markDone,
  ]);
  return id;
}
