/**
 * Who has a profile open on the review page (#19): a colleague's name, so that two reviewers do
 * not work on one profile unawares. The page beats every 20 s while the profile is visible and
 * lets go when it closes; a beat older than `PRESENT_MS` counts as gone (a tab closed without a word).
 */
import type { Language } from '../../shared/locale';
import type { Viewer } from '../../shared/profiles';
import { canSee } from '../../shared/profile-access';
import type { Caller } from '../lib/auth';
import { author, now, type ProfileRow } from './store';

const PRESENT_MS = 60_000;

interface ViewerRow {
  token_id: string;
  seen_at: string;
  role: Caller['role'];
  author_label: string | null;
  organization_id: string;
  author_org: string;
  org_kind: Caller['organization']['kind'];
  serves_owner: number;
}

/** The caller has the profile open now; beats older than a minute go, whoever's they were. */
export async function markPresent(db: D1Database, caller: Caller, profileId: string): Promise<void> {
  const at = now();
  await db.batch([
    db.prepare('DELETE FROM profile_presence WHERE profile_id = ? AND seen_at < ?').bind(profileId, new Date(Date.parse(at) - PRESENT_MS).toISOString()),
    db
      .prepare(
        'INSERT INTO profile_presence (profile_id, token_id, seen_at) VALUES (?, ?, ?) ON CONFLICT (profile_id, token_id) DO UPDATE SET seen_at = excluded.seen_at',
      )
      .bind(profileId, caller.tokenId, at),
  ]);
}

export async function markGone(db: D1Database, caller: Caller, profileId: string): Promise<void> {
  await db.prepare('DELETE FROM profile_presence WHERE profile_id = ? AND token_id = ?').bind(profileId, caller.tokenId).run();
}

/**
 * The others who have the profile open, the first there first. Only those who may still see it: a
 * revoked token, or a team that no longer serves the employer, or a profile back in draft, hides them.
 */
export async function loadViewers(db: D1Database, caller: Caller, row: ProfileRow, language: Language): Promise<Viewer[]> {
  const since = new Date(Date.now() - PRESENT_MS).toISOString();
  const { results } = await db
    .prepare(
      `SELECT pr.token_id, pr.seen_at, t.role, t.label AS author_label, t.organization_id, o.name AS author_org, o.kind AS org_kind,
              EXISTS (SELECT 1 FROM team_clients tc WHERE tc.team_id = t.organization_id AND tc.employer_id = ?) AS serves_owner
         FROM profile_presence pr JOIN api_tokens t ON t.id = pr.token_id JOIN organizations o ON o.id = t.organization_id
        WHERE pr.profile_id = ? AND pr.token_id != ? AND pr.seen_at >= ? AND t.revoked_at IS NULL
        ORDER BY pr.rowid`,
    )
    .bind(row.organization_id, row.id, caller.tokenId, since)
    .all<ViewerRow>();
  const facts = (r: ViewerRow) => ({ organizationId: row.organization_id, status: row.status, callerServesOwner: r.serves_owner === 1 });
  return results
    .filter((r) => canSee({ role: r.role, organization: { id: r.organization_id, kind: r.org_kind } }, facts(r)))
    .map((r) => ({ ...author(r, language), tokenId: r.token_id, seenAt: r.seen_at }));
}
