/**
 * D1 reads and row mappers for profiles, comments, decisions and the audit log.
 * JSON columns are parsed with the shared schemas on the way out (a trust boundary too).
 *
 * Long: every D1 read of the profile resource with its row mapper, so that the router holds no SQL.
 */
import type { Language } from '../../shared/locale';
import {
  AuditEntry,
  type Author,
  type Comment,
  type Decision,
  type Profile,
  type ProfileState,
  ProfileStatus,
  type ProfileSummary,
  type ProfileVersion,
} from '../../shared/profiles';
import { Translation } from '../../shared/translation';
import { Vacancy } from '../../shared/vacancy';
import type { Caller } from '../lib/auth';
import { authorName } from './author';

export interface ProfileRow {
  id: string;
  organization_id: string;
  org_name: string;
  org_kind: 'employer' | 'expertise_team';
  title: string;
  status: ProfileStatus;
  version: number;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  claimed_by: string | null;
  claimed_at: string | null;
  claim_label: string | null;
  claim_role: string | null;
}

const PROFILE_SELECT = `SELECT p.*, o.name AS org_name, o.kind AS org_kind, ct.label AS claim_label, ct.role AS claim_role
  FROM profiles p JOIN organizations o ON o.id = p.organization_id LEFT JOIN api_tokens ct ON ct.id = p.claimed_by`;

export const now = () => new Date().toISOString();

export function loadProfileRow(db: D1Database, id: string) {
  return db.prepare(`${PROFILE_SELECT} WHERE p.id = ?`).bind(id).first<ProfileRow>();
}

export function loadProfileByKey(db: D1Database, organizationId: string, key: string) {
  return db.prepare(`${PROFILE_SELECT} WHERE p.organization_id = ? AND p.idempotency_key = ?`).bind(organizationId, key).first<ProfileRow>();
}

/** Does the team serve the employer? */
export async function serves(db: D1Database, teamId: string, employerId: string): Promise<boolean> {
  const row = await db.prepare('SELECT 1 AS yes FROM team_clients WHERE team_id = ? AND employer_id = ?').bind(teamId, employerId).first();
  return row !== null;
}

export function toSummary(row: ProfileRow, language: Language = 'en'): ProfileSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    version: row.version,
    organization: { id: row.organization_id, name: row.org_name, kind: row.org_kind },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    claim:
      row.claimed_by && row.claimed_at
        ? {
            tokenId: row.claimed_by,
            name: authorName(row.claim_label?.trim() || null, row.claim_role ?? 'reviewer', language),
            label: row.claim_label?.trim() || null,
            at: row.claimed_at,
          }
        : null,
  };
}

interface AuthorCols {
  organization_id: string;
  author_org: string;
  role: string;
  author_label: string | null;
}

/** Who wrote it: organisation, role, and the person (the token's label) or the role in `language`. */
export function author(row: AuthorCols, language: Language): Author {
  const label = row.author_label?.trim() || null;
  return { organizationId: row.organization_id, organizationName: row.author_org, role: row.role, name: authorName(label, row.role, language), label };
}

export async function loadComments(db: D1Database, profileId: string, language: Language): Promise<Comment[]> {
  const { results } = await db
    .prepare(
      `SELECT c.*, o.name AS author_org, t.label AS author_label FROM comments c
         JOIN organizations o ON o.id = c.organization_id JOIN api_tokens t ON t.id = c.token_id
        WHERE c.profile_id = ? ORDER BY c.created_at, c.rowid`,
    )
    .bind(profileId)
    .all<AuthorCols & { id: string; profile_id: string; version: number; body: string; created_at: string }>();
  return results.map((r) => ({ id: r.id, profileId: r.profile_id, version: r.version, body: r.body, author: author(r, language), createdAt: r.created_at }));
}

/** How many comments and decisions the profile has: with its row, what its state is. */
export async function loadState(db: D1Database, row: ProfileRow): Promise<ProfileState> {
  const counts = await db
    .prepare('SELECT (SELECT COUNT(*) FROM comments WHERE profile_id = ?1) AS comments, (SELECT COUNT(*) FROM decisions WHERE profile_id = ?1) AS decisions')
    .bind(row.id)
    .first<{ comments: number; decisions: number }>();
  return { status: row.status, version: row.version, comments: counts?.comments ?? 0, decisions: counts?.decisions ?? 0 };
}

async function loadDecisions(db: D1Database, profileId: string, language: Language): Promise<Decision[]> {
  const { results } = await db
    .prepare(
      `SELECT d.*, o.name AS author_org, t.role, t.label AS author_label FROM decisions d
         JOIN organizations o ON o.id = d.organization_id JOIN api_tokens t ON t.id = d.token_id
        WHERE d.profile_id = ? ORDER BY d.created_at, d.rowid`,
    )
    .bind(profileId)
    .all<AuthorCols & { id: string; profile_id: string; version: number; decision: Decision['decision']; comment_id: string | null; created_at: string }>();
  return results.map((r) => ({
    id: r.id,
    profileId: r.profile_id,
    version: r.version,
    decision: r.decision,
    commentId: r.comment_id,
    author: author(r, language),
    createdAt: r.created_at,
  }));
}

interface VersionRow extends AuthorCols {
  profile_id: string;
  version: number;
  title: string;
  translation: string;
  vacancy: string | null;
  created_at: string;
}

export async function loadVersion(db: D1Database, profileId: string, version: number, language: Language): Promise<ProfileVersion | null> {
  const row = await db
    .prepare(
      `SELECT v.*, t.organization_id, t.role, t.label AS author_label, o.name AS author_org FROM profile_versions v
         JOIN api_tokens t ON t.id = v.created_by JOIN organizations o ON o.id = t.organization_id
        WHERE v.profile_id = ? AND v.version = ?`,
    )
    .bind(profileId, version)
    .first<VersionRow>();
  if (!row) return null;
  return {
    profileId: row.profile_id,
    version: row.version,
    title: row.title,
    translation: Translation.parse(JSON.parse(row.translation)),
    vacancy: row.vacancy ? Vacancy.parse(JSON.parse(row.vacancy)) : null,
    author: author(row, language),
    createdAt: row.created_at,
  };
}

export async function loadProfile(db: D1Database, row: ProfileRow, language: Language): Promise<Profile> {
  const [current, comments, decisions] = await Promise.all([
    loadVersion(db, row.id, row.version, language),
    loadComments(db, row.id, language),
    loadDecisions(db, row.id, language),
  ]);
  if (!current) throw new Error(`profile ${row.id} has no version ${row.version}`);
  return { ...toSummary(row, language), translation: current.translation, vacancy: current.vacancy, comments, decisions };
}

/** Oldest first by `waitingSince` (shared/profiles.ts): a queue worked from the top is fair (#19). */
const WAITING_LONGEST = `CASE WHEN p.status = 'submitted' AND p.submitted_at IS NOT NULL THEN p.submitted_at ELSE p.updated_at END ASC, p.rowid ASC`;

const ORDER = {
  newest: 'p.updated_at DESC, p.rowid DESC',
  oldest: WAITING_LONGEST,
  title: 'p.title COLLATE NOCASE ASC, p.rowid ASC',
  organization: `o.name COLLATE NOCASE ASC, ${WAITING_LONGEST}`,
} as const;

export interface ListQuery {
  status?: ProfileStatus[];
  employer?: string;
  olderThanDays?: number;
  newerThanDays?: number;
  sort?: keyof typeof ORDER;
  q?: string;
}

/**
 * The caller's visible profiles, filtered (the same rule as access.canSee, in SQL), and how many of
 * each status the same filters find without the status filter: the queue's counts (#19).
 */
export async function listProfiles(db: D1Database, caller: Caller, query: ListQuery, language: Language = 'en') {
  const where = ["(p.organization_id = ?1 OR (?2 AND p.status != 'draft' AND p.organization_id IN (SELECT employer_id FROM team_clients WHERE team_id = ?1)))"];
  const params: unknown[] = [caller.organization.id, caller.organization.kind === 'expertise_team' && caller.role !== 'member' ? 1 : 0];
  const param = (value: unknown) => `?${params.push(value)}`;
  if (query.employer) where.push(`p.organization_id = ${param(query.employer)}`);
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  if (query.olderThanDays !== undefined) where.push(`p.updated_at <= ${param(daysAgo(query.olderThanDays))}`);
  if (query.newerThanDays !== undefined) where.push(`p.updated_at >= ${param(daysAgo(query.newerThanDays))}`);
  if (query.q) {
    // LIKE's own marks in what was typed are taken literally.
    const like = param(`%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    where.push(`(p.title LIKE ${like} ESCAPE '\\' OR o.name LIKE ${like} ESCAPE '\\')`);
  }
  const countSql = `SELECT p.status, COUNT(*) AS n FROM profiles p JOIN organizations o ON o.id = p.organization_id WHERE ${where.join(' AND ')} GROUP BY p.status`;
  const countParams = [...params];
  if (query.status?.length) where.push(`p.status IN (${query.status.map(param).join(', ')})`);
  const [list, counted] = await db.batch([
    db.prepare(`${PROFILE_SELECT} WHERE ${where.join(' AND ')} ORDER BY ${ORDER[query.sort ?? 'newest']} LIMIT 500`).bind(...params),
    db.prepare(countSql).bind(...countParams),
  ]);
  const counts = Object.fromEntries(ProfileStatus.options.map((status) => [status, 0])) as Record<ProfileStatus, number>;
  for (const { status, n } of (counted?.results ?? []) as Array<{ status: ProfileStatus; n: number }>) counts[status] = n;
  return { profiles: ((list?.results ?? []) as ProfileRow[]).map((row) => toSummary(row, language)), counts };
}

// --- Audit ---

export interface AuditInput {
  action: string;
  subjectType: string;
  subjectId: string;
  profileId?: string | null;
  version?: number | null;
  detail?: Record<string, unknown> | null;
}

/** A condition that must still hold when a batch runs; statements guarded by it write nothing otherwise. */
export interface Guard {
  sql: string;
  params: unknown[];
}

/** The audit row for an action, to run in the same batch (transaction) as the change itself. */
export function auditStatement(db: D1Database, actor: Caller | 'bootstrap', entry: AuditInput, at = now(), guard?: Guard): D1PreparedStatement {
  const who =
    actor === 'bootstrap'
      ? { tokenId: null, organizationId: null, role: 'bootstrap' }
      : { tokenId: actor.tokenId, organizationId: actor.organization.id, role: actor.role };
  return db
    .prepare(
      `INSERT INTO audit_log (at, actor_token_id, actor_organization_id, actor_role, action, subject_type, subject_id, profile_id, version, detail)
       SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? ${guard ? `WHERE ${guard.sql}` : ''}`,
    )
    .bind(
      at,
      who.tokenId,
      who.organizationId,
      who.role,
      entry.action,
      entry.subjectType,
      entry.subjectId,
      entry.profileId ?? null,
      entry.version ?? null,
      entry.detail ? JSON.stringify(entry.detail) : null,
      ...(guard?.params ?? []),
    );
}

interface AuditRow {
  id: number;
  at: string;
  actor_token_id: string | null;
  actor_organization_id: string | null;
  actor_role: string;
  actor_label: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  profile_id: string | null;
  version: number | null;
  detail: string | null;
}

const AUDIT_SELECT = 'SELECT a.*, t.label AS actor_label FROM audit_log a LEFT JOIN api_tokens t ON t.id = a.actor_token_id';

export async function loadAudit(db: D1Database, filter: { profileId?: string; limit?: number } = {}, language: Language = 'en'): Promise<AuditEntry[]> {
  const statement = filter.profileId
    ? db.prepare(`${AUDIT_SELECT} WHERE a.profile_id = ? ORDER BY a.id LIMIT ?`).bind(filter.profileId, filter.limit ?? 1000)
    : db.prepare(`${AUDIT_SELECT} ORDER BY a.id DESC LIMIT ?`).bind(filter.limit ?? 1000);
  const { results } = await statement.all<AuditRow>();
  return results.map((r) =>
    AuditEntry.parse({
      id: r.id,
      at: r.at,
      actor: {
        tokenId: r.actor_token_id,
        organizationId: r.actor_organization_id,
        role: r.actor_role,
        name: authorName(r.actor_label, r.actor_role, language),
        label: r.actor_label?.trim() || null,
      },
      action: r.action,
      subject: { type: r.subject_type, id: r.subject_id },
      profileId: r.profile_id,
      version: r.version,
      detail: r.detail ? JSON.parse(r.detail) : null,
    }),
  );
}
