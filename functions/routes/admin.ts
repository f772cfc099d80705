import { Hono } from 'hono';
import {
  AuditQuery,
  CreateOrganization,
  CreateToken,
  LinkClient,
  TokenQuery,
  type ClientLink,
  type Organization,
  type TokenCreated,
  type TokenSummary,
} from '../../shared/profiles';
import type { AppEnv } from '../env';
import { newToken, requireAdmin, sha256Hex } from '../lib/auth';
import { ProblemError } from '../lib/problem';
import { preferredLanguage } from '../lib/accept-language';
import { auditStatement, loadAudit, now } from '../profiles/store';
import { validate } from '../lib/validate';

async function organization(db: D1Database, id: string) {
  return db.prepare('SELECT id, name, kind FROM organizations WHERE id = ?').bind(id).first<Organization>();
}

const KIND_NAMES = { employer: 'an employer', expertise_team: 'an expertise team' } as const;

interface TokenRow {
  id: string;
  organization_id: string;
  role: TokenSummary['role'];
  label: string | null;
  created_at: string;
  revoked_at: string | null;
}
const tokenSummary = (r: TokenRow): TokenSummary => ({
  id: r.id,
  organizationId: r.organization_id,
  role: r.role,
  label: r.label,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** Bootstrap: organisations, which team serves which employer, tokens. Only with ADMIN_TOKEN. */
export const admin = new Hono<AppEnv>()
  .use('*', requireAdmin)

  .post('/organizations', validate('json', CreateOrganization), async (c) => {
    const { name, kind } = c.req.valid('json');
    const id = crypto.randomUUID();
    const at = now();
    // Two organisations of one kind with one name cannot be told apart in a list or a queue (#19).
    // The check and the insert are one statement, so two admins creating the same one at once
    // still make one.
    const [insert] = await c.env.DB.batch([
      c.env.DB.prepare(
        `INSERT INTO organizations (id, name, kind, created_at)
         SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM organizations WHERE kind = ?3 AND lower(name) = lower(?2))`,
      ).bind(id, name, kind, at),
      auditStatement(c.env.DB, 'bootstrap', { action: 'organization.created', subjectType: 'organization', subjectId: id, detail: { name, kind } }, at, {
        sql: 'EXISTS (SELECT 1 FROM organizations WHERE id = ?)',
        params: [id],
      }),
    ]);
    if (insert?.meta.changes !== 1) {
      const existing = await c.env.DB.prepare('SELECT id, name FROM organizations WHERE kind = ? AND lower(name) = lower(?)')
        .bind(kind, name)
        .first<{ id: string; name: string }>();
      throw new ProblemError(
        409,
        `There is already ${KIND_NAMES[kind]} called “${existing?.name ?? name}”${existing ? ` (id ${existing.id})` : ''}. Use that one, or give this one a name that tells them apart.`,
        {
          errors: [{ path: 'name', message: 'already taken' }],
        },
      );
    }
    const body: Organization = { id, name, kind };
    return c.json(body, 201, { location: `/v1/admin/organizations/${id}` });
  })

  .get('/organizations', async (c) => {
    const { results } = await c.env.DB.prepare('SELECT id, name, kind FROM organizations ORDER BY created_at, rowid').all<Organization>();
    return c.json({ organizations: results });
  })

  .post('/organizations/:teamId/clients', validate('json', LinkClient), async (c) => {
    const teamId = c.req.param('teamId');
    const { employerId } = c.req.valid('json');
    const team = await organization(c.env.DB, teamId);
    if (!team) throw new ProblemError(404, `There is no organisation ${teamId}.`);
    if (team.kind !== 'expertise_team') throw new ProblemError(422, `${team.name} is an employer; only an expertise team serves employers.`);
    const employer = await organization(c.env.DB, employerId);
    if (!employer)
      throw new ProblemError(422, `There is no organisation ${employerId}.`, { errors: [{ path: 'employerId', message: 'unknown organisation' }] });
    if (employer.kind !== 'employer')
      throw new ProblemError(422, `${employer.name} is not an employer.`, { errors: [{ path: 'employerId', message: 'not an employer' }] });
    const at = now();
    // Linking twice is harmless: the second link changes nothing and is not audited again.
    await c.env.DB.batch([
      c.env.DB.prepare('INSERT OR IGNORE INTO team_clients (team_id, employer_id, created_at) VALUES (?, ?, ?)').bind(teamId, employerId, at),
      auditStatement(c.env.DB, 'bootstrap', { action: 'team.client_linked', subjectType: 'organization', subjectId: teamId, detail: { employerId } }, at, {
        sql: 'EXISTS (SELECT 1 FROM team_clients WHERE team_id = ? AND employer_id = ? AND created_at = ?)',
        params: [teamId, employerId, at],
      }),
    ]);
    const body: ClientLink = { teamId, employerId };
    return c.json(body, 201);
  })

  .post('/tokens', validate('json', CreateToken), async (c) => {
    const { organizationId, role, label } = c.req.valid('json');
    if (!(await organization(c.env.DB, organizationId))) {
      throw new ProblemError(422, `There is no organisation ${organizationId}.`, { errors: [{ path: 'organizationId', message: 'unknown organisation' }] });
    }
    const id = crypto.randomUUID();
    const token = newToken();
    const at = now();
    await c.env.DB.batch([
      c.env.DB.prepare('INSERT INTO api_tokens (id, token_hash, organization_id, role, label, created_at) VALUES (?, ?, ?, ?, ?, ?)').bind(
        id,
        await sha256Hex(token),
        organizationId,
        role,
        label || null,
        at,
      ),
      auditStatement(
        c.env.DB,
        'bootstrap',
        { action: 'token.created', subjectType: 'token', subjectId: id, detail: { organizationId, role, label: label || null } },
        at,
      ),
    ]);
    const body: TokenCreated = { id, token, organizationId, role };
    // The token is in this answer only; it must not be cached anywhere on the way.
    return c.json(body, 201, { 'cache-control': 'no-store' });
  })

  .get('/tokens', validate('query', TokenQuery), async (c) => {
    const { organizationId } = c.req.valid('query');
    if (organizationId && !(await organization(c.env.DB, organizationId))) throw new ProblemError(404, `There is no organisation ${organizationId}.`);
    // Never the token nor its hash: those stay in the answer that created it.
    const columns = 'SELECT id, organization_id, role, label, created_at, revoked_at FROM api_tokens';
    const statement = organizationId
      ? c.env.DB.prepare(`${columns} WHERE organization_id = ? ORDER BY created_at, rowid`).bind(organizationId)
      : c.env.DB.prepare(`${columns} ORDER BY created_at, rowid`);
    const { results } = await statement.all<TokenRow>();
    return c.json({ tokens: results.map(tokenSummary) });
  })

  .delete('/tokens/:id', async (c) => {
    const id = c.req.param('id');
    const at = now();
    const [update] = await c.env.DB.batch([
      c.env.DB.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').bind(at, id),
      auditStatement(c.env.DB, 'bootstrap', { action: 'token.revoked', subjectType: 'token', subjectId: id }, at, {
        sql: 'EXISTS (SELECT 1 FROM api_tokens WHERE id = ? AND revoked_at = ?)',
        params: [id, at],
      }),
    ]);
    if (update?.meta.changes !== 1) {
      // Revoking twice is harmless: the token stays revoked from the first time.
      const known = await c.env.DB.prepare('SELECT 1 AS yes FROM api_tokens WHERE id = ?').bind(id).first();
      if (!known) throw new ProblemError(404, `There is no token ${id}.`);
    }
    return c.body(null, 204);
  })

  .get('/audit', validate('query', AuditQuery), async (c) => {
    return c.json({ entries: await loadAudit(c.env.DB, c.req.valid('query'), preferredLanguage(c.req.header('accept-language'))) });
  });
