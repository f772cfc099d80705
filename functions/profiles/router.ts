/**
 * `/v1/profiles`: the job profile an employer submits and an expertise team reviews (#7, #19).
 * Long: one resource, one router (STYLE.md) — its 17 routes (create, list, read, state, update,
 * delete, submit, comments, a decision and bulk decisions, claim, presence, versions, audit) are
 * chained so the app's type stays whole; the SQL is in store.ts, the policy in
 * shared/profile-access.ts.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod';
import {
  BulkDecisionInput,
  CommentInput,
  CreateProfile,
  DecisionInput,
  etagFor,
  type BulkDecisionResult,
  type Presence,
  ProfileQuery,
  stateTag,
  UpdateProfile,
  type Comment,
} from '../../shared/profiles';
import { Translation } from '../../shared/translation';
import { Vacancy } from '../../shared/vacancy';
import { getTaxonomy } from '../taxonomy';
import { authorize, canCreate, type ProfileAction } from '../../shared/profile-access';
import { requireCaller, sha256Hex, type AuthEnv } from '../lib/auth';
import { preferredLanguage } from '../lib/accept-language';
import { checkIfMatch, staleVersion } from './if-match';
import { ProblemError } from '../lib/problem';
import {
  auditStatement,
  author,
  listProfiles,
  loadAudit,
  loadComments,
  loadProfile,
  loadProfileByKey,
  loadProfileRow,
  loadState,
  loadVersion,
  now,
  serves,
  type ProfileRow,
} from './store';
import { loadViewers, markGone, markPresent } from './presence';
import { settleRewritten } from './text';
import { validate } from '../lib/validate';

type Ctx = Context<AuthEnv>;

/** The language names are given in (an author without a label is their role in words). */
const language = (c: Ctx) => preferredLanguage(c.req.header('accept-language'));

/** Whether an ESCO skill URI is knowledge ("kennis van …") rather than an ability. */
function isKnowledge(uri: string): boolean {
  const taxonomy = getTaxonomy();
  const id = taxonomy.skillIdByUri(uri);
  return id !== null && taxonomy.skill(id).knowledge;
}

const IdempotencyKey = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/, 'visible ASCII characters only');

const notFound = (c: Ctx, id?: string) => new ProblemError(404, `There is no profile at ${id ? `/v1/profiles/${id}` : new URL(c.req.url).pathname}.`);

/** Loads a profile and checks the caller may do `action`; 404 for anything the caller cannot see. */
async function authorized(c: Ctx, action: ProfileAction, id = c.req.param('id')!): Promise<ProfileRow> {
  const caller = c.get('caller');
  const row = await loadProfileRow(c.env.DB, id);
  if (!row) throw notFound(c, id);
  const callerServesOwner = caller.organization.kind === 'expertise_team' && (await serves(c.env.DB, caller.organization.id, row.organization_id));
  const verdict = authorize(
    caller,
    { organizationId: row.organization_id, status: row.status, callerServesOwner, everSubmitted: row.submitted_at !== null },
    action,
  );
  if (verdict.ok) return row;
  if (verdict.status === 404) throw notFound(c, id);
  throw new ProblemError(verdict.status, verdict.reason);
}

async function respondWithProfile(c: Ctx, id: string, status: 200 | 201, headers: Record<string, string> = {}) {
  const row = await loadProfileRow(c.env.DB, id);
  if (!row) throw notFound(c);
  const profile = await loadProfile(c.env.DB, row, language(c));
  return c.json(profile, status, { etag: etagFor(profile.version), ...headers });
}

/** Records a decision on the version that was read; 409 when the profile changed in between. */
async function decide(c: Ctx, row: ProfileRow, decision: DecisionInput['decision'], comment: string | null) {
  const caller = c.get('caller');
  const db = c.env.DB;
  const at = now();
  const decisionId = crypto.randomUUID();
  const commentId = comment ? crypto.randomUUID() : null;
  // Every statement is guarded by the state that was checked, so a decision that lost a race writes nothing.
  const guard = { sql: `EXISTS (SELECT 1 FROM profiles WHERE id = ? AND status = 'submitted' AND version = ?)`, params: [row.id, row.version] };
  const author = [caller.tokenId, caller.organization.id];
  const statements: D1PreparedStatement[] = [];
  if (commentId) {
    statements.push(
      db
        .prepare(
          `INSERT INTO comments (id, profile_id, version, body, token_id, organization_id, role, created_at) SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE ${guard.sql}`,
        )
        .bind(commentId, row.id, row.version, comment, ...author, caller.role, at, ...guard.params),
    );
  }
  statements.push(
    db
      .prepare(
        `INSERT INTO decisions (id, profile_id, version, decision, comment_id, token_id, organization_id, created_at) SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE ${guard.sql}`,
      )
      .bind(decisionId, row.id, row.version, decision, commentId, ...author, at, ...guard.params),
    auditStatement(
      db,
      caller,
      { action: `decision.${decision}`, subjectType: 'decision', subjectId: decisionId, profileId: row.id, version: row.version, detail: { commentId } },
      at,
      guard,
    ),
    // A decision lets go of the claim: the profile is no longer the team's to work on.
    db
      .prepare(`UPDATE profiles SET status = ?, updated_at = ?, claimed_by = NULL, claimed_at = NULL WHERE id = ? AND status = 'submitted' AND version = ?`)
      .bind(decision, at, row.id, row.version),
  );
  const results = await db.batch(statements);
  if (results.at(-1)?.meta.changes !== 1) {
    throw new ProblemError(409, 'The profile changed while you decided on it. Load it again and decide on the current version.');
  }
}

const isUniqueViolation = (error: unknown) => /UNIQUE constraint failed|SQLITE_CONSTRAINT/i.test(String((error as Error)?.message ?? error));

export const profiles = new Hono<AuthEnv>()
  .use('*', requireCaller)
  // A whole translation plus its vacancy fits well within this; D1 rows stop at 2 MB.
  .use(
    '*',
    bodyLimit({
      maxSize: 1024 * 1024,
      onError: () => {
        throw new ProblemError(413, 'The request body is larger than 1 MB.');
      },
    }),
  )

  .post('/', validate('json', CreateProfile), async (c) => {
    const caller = c.get('caller');
    const verdict = canCreate(caller);
    if (!verdict.ok) throw new ProblemError(verdict.status, verdict.reason);
    const body = c.req.valid('json');

    const keyHeader = c.req.header('idempotency-key');
    const key = keyHeader === undefined ? null : IdempotencyKey.safeParse(keyHeader);
    if (key && !key.success) throw new ProblemError(400, 'Idempotency-Key must be 1 to 200 visible ASCII characters, e.g. a UUID.');
    const requestHash = key ? await sha256Hex(JSON.stringify(body)) : null;

    const replay = async () => {
      const existing = await loadProfileByKey(c.env.DB, caller.organization.id, key!.data!);
      if (!existing) return null;
      if (existing.request_hash !== requestHash) {
        throw new ProblemError(422, 'This Idempotency-Key was already used for a different profile. Use a new key for a new profile.');
      }
      return respondWithProfile(c, existing.id, 201, { 'idempotent-replayed': 'true', location: `/v1/profiles/${existing.id}` });
    };
    if (key) {
      const replayed = await replay();
      if (replayed) return replayed;
    }

    const id = crypto.randomUUID();
    const at = now();
    const db = c.env.DB;
    try {
      await db.batch([
        db
          .prepare(
            `INSERT INTO profiles (id, organization_id, title, status, version, created_by, created_at, updated_at, idempotency_key, request_hash)
             VALUES (?, ?, ?, 'draft', 1, ?, ?, ?, ?, ?)`,
          )
          .bind(id, caller.organization.id, body.title, caller.tokenId, at, at, key?.data ?? null, requestHash),
        db
          .prepare('INSERT INTO profile_versions (profile_id, version, title, translation, vacancy, created_by, created_at) VALUES (?, 1, ?, ?, ?, ?, ?)')
          .bind(id, body.title, JSON.stringify(body.translation), body.vacancy ? JSON.stringify(body.vacancy) : null, caller.tokenId, at),
        auditStatement(
          db,
          caller,
          { action: 'profile.created', subjectType: 'profile', subjectId: id, profileId: id, version: 1, detail: { title: body.title } },
          at,
        ),
      ]);
    } catch (error) {
      // Two retries raced with the same key: the loser answers with the winner's profile.
      if (key && isUniqueViolation(error)) {
        const replayed = await replay();
        if (replayed) return replayed;
      }
      throw error;
    }
    return respondWithProfile(c, id, 201, { location: `/v1/profiles/${id}` });
  })

  .get('/', validate('query', ProfileQuery), async (c) => {
    return c.json(await listProfiles(c.env.DB, c.get('caller'), c.req.valid('query'), language(c)));
  })

  .get('/:id', async (c) => {
    const row = await authorized(c, 'read');
    return respondWithProfile(c, row.id, 200);
  })

  // A side panel waiting for the team's decision asks often (#19): while nothing changed, 304 without a body.
  .get('/:id/state', async (c) => {
    const row = await authorized(c, 'read');
    const state = await loadState(c.env.DB, row);
    const headers = { etag: stateTag(state), 'cache-control': 'private, no-cache' };
    const known = (c.req.header('if-none-match') ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (known.includes(headers.etag)) return c.body(null, 304, headers);
    return c.json(state, 200, headers);
  })

  .put('/:id', validate('json', UpdateProfile), async (c) => {
    const caller = c.get('caller');
    const row = await authorized(c, 'update');
    checkIfMatch(c.req.header('if-match'), row.version);
    const body = c.req.valid('json');
    const db = c.env.DB;
    const next = row.version + 1;
    const at = now();
    const previous = await db
      .prepare('SELECT translation, vacancy FROM profile_versions WHERE profile_id = ? AND version = ?')
      .bind(row.id, row.version)
      .first<{ translation: string; vacancy: string | null }>();
    // Leaving out the vacancy keeps the previous one: the original posting is never lost.
    const vacancy = body.vacancy !== undefined ? body.vacancy && JSON.stringify(body.vacancy) : (previous?.vacancy ?? null);
    // What is approved is what is published (#19): the vacancy text follows the edited skills,
    // person profile and learning routes, and its Markdown follows edited blocks.
    const translation = { ...body.translation };
    const text = vacancy ? Vacancy.parse(JSON.parse(vacancy)).text : '';
    const rewritten =
      previous && settleRewritten({ previous: Translation.parse(JSON.parse(previous.translation)), next: body.translation, text, knowledge: isKnowledge });
    if (rewritten) translation.rewritten = rewritten;
    // Changing an approved profile starts a new round: it goes back to draft.
    const status = row.status === 'approved' ? 'draft' : row.status;
    try {
      await db.batch([
        // (profile_id, version) is unique: of two saves from the same version, one gets here first.
        db
          .prepare('INSERT INTO profile_versions (profile_id, version, title, translation, vacancy, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .bind(row.id, next, body.title, JSON.stringify(translation), vacancy, caller.tokenId, at),
        db
          .prepare('UPDATE profiles SET version = ?, title = ?, status = ?, updated_at = ? WHERE id = ? AND version = ?')
          .bind(next, body.title, status, at, row.id, row.version),
        auditStatement(
          db,
          caller,
          {
            action: 'profile.updated',
            subjectType: 'profile',
            subjectId: row.id,
            profileId: row.id,
            version: next,
            detail: { from: row.version, status, ...(rewritten ? { text: 'regenerated' } : {}) },
          },
          at,
        ),
      ]);
    } catch (error) {
      if (isUniqueViolation(error)) throw staleVersion(row.version + 1);
      throw error;
    }
    return respondWithProfile(c, row.id, 200);
  })

  .delete('/:id', async (c) => {
    const caller = c.get('caller');
    const row = await authorized(c, 'delete');
    const db = c.env.DB;
    const at = now();
    // Only a draft that was never submitted goes: every statement checks that it still is one, so
    // a submit that got in first leaves the profile whole. The audit log keeps that it existed.
    const guard = { sql: `EXISTS (SELECT 1 FROM profiles WHERE id = ? AND status = 'draft' AND submitted_at IS NULL)`, params: [row.id] };
    const results = await db.batch([
      auditStatement(
        db,
        caller,
        { action: 'profile.deleted', subjectType: 'profile', subjectId: row.id, profileId: row.id, version: row.version, detail: { title: row.title } },
        at,
        guard,
      ),
      db.prepare(`DELETE FROM comments WHERE profile_id = ? AND ${guard.sql}`).bind(row.id, ...guard.params),
      db.prepare(`DELETE FROM decisions WHERE profile_id = ? AND ${guard.sql}`).bind(row.id, ...guard.params),
      db.prepare(`DELETE FROM profile_presence WHERE profile_id = ? AND ${guard.sql}`).bind(row.id, ...guard.params),
      db.prepare(`DELETE FROM profile_versions WHERE profile_id = ? AND ${guard.sql}`).bind(row.id, ...guard.params),
      db.prepare(`DELETE FROM profiles WHERE id = ? AND status = 'draft' AND submitted_at IS NULL`).bind(row.id),
    ]);
    if (results.at(-1)?.meta.changes !== 1) {
      throw new ProblemError(409, 'The profile was submitted for review while you deleted it, so it stays. Load it again to see where it stands.');
    }
    return c.body(null, 204);
  })

  .post('/:id/submit', async (c) => {
    const caller = c.get('caller');
    const row = await authorized(c, 'submit');
    checkIfMatch(c.req.header('if-match'), row.version, false);
    if (row.status === 'submitted') return respondWithProfile(c, row.id, 200); // a retry: already done
    const db = c.env.DB;
    const at = now();
    const [update] = await db.batch([
      db
        .prepare(`UPDATE profiles SET status = 'submitted', submitted_at = ?, updated_at = ? WHERE id = ? AND status IN ('draft', 'changes_requested')`)
        .bind(at, at, row.id),
      auditStatement(db, caller, { action: 'profile.submitted', subjectType: 'profile', subjectId: row.id, profileId: row.id, version: row.version }, at, {
        sql: `EXISTS (SELECT 1 FROM profiles WHERE id = ? AND status = 'submitted' AND submitted_at = ?)`,
        params: [row.id, at],
      }),
    ]);
    if (update?.meta.changes !== 1) {
      const current = await loadProfileRow(db, row.id);
      if (current?.status !== 'submitted') throw new ProblemError(409, 'The profile changed while you submitted it. Load it again and retry.');
    }
    return respondWithProfile(c, row.id, 200);
  })

  .get('/:id/comments', async (c) => {
    const row = await authorized(c, 'read');
    return c.json({ comments: await loadComments(c.env.DB, row.id, language(c)) });
  })

  .post('/:id/comments', validate('json', CommentInput), async (c) => {
    const caller = c.get('caller');
    const row = await authorized(c, 'comment');
    const { body } = c.req.valid('json');
    const db = c.env.DB;
    const id = crypto.randomUUID();
    const at = now();
    await db.batch([
      db
        .prepare('INSERT INTO comments (id, profile_id, version, body, token_id, organization_id, role, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .bind(id, row.id, row.version, body, caller.tokenId, caller.organization.id, caller.role, at),
      auditStatement(db, caller, { action: 'comment.created', subjectType: 'comment', subjectId: id, profileId: row.id, version: row.version }, at),
    ]);
    const comment: Comment = {
      id,
      profileId: row.id,
      version: row.version,
      body,
      author: author(
        { organization_id: caller.organization.id, author_org: caller.organization.name, role: caller.role, author_label: caller.label },
        language(c),
      ),
      createdAt: at,
    };
    return c.json(comment, 201, { location: `/v1/profiles/${row.id}/comments/${id}` });
  })

  .post('/:id/decision', validate('json', DecisionInput), async (c) => {
    const row = await authorized(c, 'decide');
    // Optional: a reviewer can insist on deciding on exactly the version they read.
    checkIfMatch(c.req.header('if-match'), row.version, false);
    const { decision, comment } = c.req.valid('json');
    await decide(c, row, decision, comment ?? null);
    return respondWithProfile(c, row.id, 200);
  })

  // Thirty a day (#19): one decision and one comment for several profiles; each is decided on its own
  // and says how it went, so one that a colleague decided meanwhile does not stop the rest.
  .post('/decisions', validate('json', BulkDecisionInput), async (c) => {
    const { ids, decision, comment } = c.req.valid('json');
    const results: BulkDecisionResult['results'] = [];
    for (const id of new Set(ids)) {
      try {
        const row = await authorized(c, 'decide', id);
        await decide(c, row, decision, comment ?? null);
        results.push({ id, status: decision, problem: null });
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        results.push({ id, status: null, problem: { status: error.status, detail: error.detail } });
      }
    }
    return c.json({ results } satisfies BulkDecisionResult, 200);
  })

  // A reviewer takes a submitted profile on (#19): the queue shows their name; a colleague may take it over.
  .post('/:id/claim', async (c) => {
    const caller = c.get('caller');
    const row = await authorized(c, 'decide');
    if (row.claimed_by === caller.tokenId) return respondWithProfile(c, row.id, 200);
    const db = c.env.DB;
    const at = now();
    const [update] = await db.batch([
      db.prepare(`UPDATE profiles SET claimed_by = ?, claimed_at = ? WHERE id = ? AND status = 'submitted'`).bind(caller.tokenId, at, row.id),
      auditStatement(
        db,
        caller,
        {
          action: 'profile.claimed',
          subjectType: 'profile',
          subjectId: row.id,
          profileId: row.id,
          version: row.version,
          detail: row.claimed_by ? { from: row.claimed_by } : null,
        },
        at,
        {
          sql: `EXISTS (SELECT 1 FROM profiles WHERE id = ? AND claimed_by = ? AND claimed_at = ?)`,
          params: [row.id, caller.tokenId, at],
        },
      ),
    ]);
    if (update?.meta.changes !== 1) throw new ProblemError(409, 'The profile was decided on while you claimed it. Load it again to see where it stands.');
    return respondWithProfile(c, row.id, 200);
  })

  .delete('/:id/claim', async (c) => {
    const caller = c.get('caller');
    const row = await authorized(c, 'decide');
    if (!row.claimed_by) return respondWithProfile(c, row.id, 200);
    const db = c.env.DB;
    const at = now();
    await db.batch([
      db.prepare('UPDATE profiles SET claimed_by = NULL, claimed_at = NULL WHERE id = ?').bind(row.id),
      auditStatement(
        db,
        caller,
        {
          action: 'profile.released',
          subjectType: 'profile',
          subjectId: row.id,
          profileId: row.id,
          version: row.version,
          detail: row.claimed_by !== caller.tokenId ? { from: row.claimed_by } : null,
        },
        at,
      ),
    ]);
    return respondWithProfile(c, row.id, 200);
  })

  // Who else has the profile open (#19): the review page beats while it shows the profile, and lets go when it closes.
  .put('/:id/presence', async (c) => {
    const caller = c.get('caller');
    const row = await authorized(c, 'read');
    await markPresent(c.env.DB, caller, row.id);
    return c.json({ viewers: await loadViewers(c.env.DB, caller, row, language(c)) } satisfies Presence);
  })

  .delete('/:id/presence', async (c) => {
    const row = await authorized(c, 'read');
    await markGone(c.env.DB, c.get('caller'), row.id);
    return c.body(null, 204);
  })

  .get('/:id/versions/:version{[0-9]+}', async (c) => {
    const row = await authorized(c, 'read');
    const version = await loadVersion(c.env.DB, row.id, Number(c.req.param('version')), language(c));
    if (!version) throw new ProblemError(404, `Profile ${row.id} has versions 1 to ${row.version}.`);
    return c.json(version, 200, { etag: etagFor(version.version) });
  })

  .get('/:id/audit', async (c) => {
    const row = await authorized(c, 'read');
    return c.json({ entries: await loadAudit(c.env.DB, { profileId: row.id }, language(c)) });
  });
