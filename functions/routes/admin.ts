import { Hono } from 'hono';
import { z } from 'zod';
import { CreateOrganization, CreateToken, LinkClient, type ClientLink, type Organization, type TokenCreated } from '../../shared/profiles';
import type { AppEnv } from '../app';
import { newToken, requireAdmin, sha256Hex } from '../lib/auth';
import { ProblemError } from '../lib/problem';
import { auditStatement, loadAudit, now } from '../lib/profile-store';
import { validate } from '../lib/validate';

async function organization(db: D1Database, id: string) {
  return db.prepare('SELECT id, name, kind FROM organizations WHERE id = ?').bind(id).first<Organization>();
}

export const AuditQuery = z.object({ profileId: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(1000).optional() });

/** Bootstrap: organisations, which team serves which employer, tokens. Only with ADMIN_TOKEN. */
export const admin = new Hono<AppEnv>()
  .use('*', requireAdmin)

  .post('/organizations', validate('json', CreateOrganization), async (c) => {
    const { name, kind } = c.req.valid('json');
    const id = crypto.randomUUID();
    const at = now();
    await c.env.DB.batch([
      c.env.DB.prepare('INSERT INTO organizations (id, name, kind, created_at) VALUES (?, ?, ?, ?)').bind(id, name, kind, at),
      auditStatement(c.env.DB, 'bootstrap', { action: 'organization.created', subjectType: 'organization', subjectId: id, detail: { name, kind } }, at),
    ]);
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
    if (!employer) throw new ProblemError(422, `There is no organisation ${employerId}.`, { errors: [{ path: 'employerId', message: 'unknown organisation' }] });
    if (employer.kind !== 'employer') throw new ProblemError(422, `${employer.name} is not an employer.`, { errors: [{ path: 'employerId', message: 'not an employer' }] });
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
      c.env.DB.prepare('INSERT INTO api_tokens (id, token_hash, organization_id, role, label, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .bind(id, await sha256Hex(token), organizationId, role, label ?? null, at),
      auditStatement(c.env.DB, 'bootstrap', { action: 'token.created', subjectType: 'token', subjectId: id, detail: { organizationId, role } }, at),
    ]);
    const body: TokenCreated = { id, token, organizationId, role };
    // The token is in this answer only; it must not be cached anywhere on the way.
    return c.json(body, 201, { 'cache-control': 'no-store' });
  })

  .get('/audit', validate('query', AuditQuery), async (c) => {
    return c.json({ entries: await loadAudit(c.env.DB, c.req.valid('query')) });
  });
