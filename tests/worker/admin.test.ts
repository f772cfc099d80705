/**
 * Bootstrap with ADMIN_TOKEN: organisations, team → employer links, tokens stored hashed.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../functions/app';
import { sha256Hex } from '../../functions/lib/auth';
import { admin, call, organization, token } from './profiles-helpers';

describe('admin routes without the ADMIN_TOKEN', () => {
  const routes = [
    ['POST', '/v1/admin/organizations', { name: 'X', kind: 'employer' }],
    ['POST', '/v1/admin/organizations/some-team/clients', { employerId: 'x' }],
    ['POST', '/v1/admin/tokens', { organizationId: 'x', role: 'admin' }],
    ['GET', '/v1/admin/organizations', undefined],
  ] as const;

  it.each(routes)('%s %s answers 404 when the caller has no token, a wrong one, or an organisation token', async (method, path, body) => {
    const employer = await organization('Bakkerij', 'employer');
    const orgAdmin = await token(employer, 'admin');
    for (const bearer of [null, 'wrong', orgAdmin, `${env.ADMIN_TOKEN}x`]) {
      const response = await call(method, path, { token: bearer, body });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.body.detail).toBe(`There is nothing at ${method} ${path}.`);
    }
  });

  it.each(routes)('%s %s answers 404 when ADMIN_TOKEN is not configured, even to a caller who guesses an empty one', async (method, path, body) => {
    for (const configured of ['', undefined]) {
      const response = await app.request(
        path,
        { method, headers: { authorization: 'Bearer ', 'content-type': 'application/json' }, body: body && JSON.stringify(body) },
        { ...env, ADMIN_TOKEN: configured as unknown as string },
      );
      expect(response.status).toBe(404);
    }
  });
});

describe('POST /v1/admin/organizations', () => {
  it('creates an organisation: 201 { id, name, kind }', async () => {
    const response = await admin('POST', '/organizations', { name: 'Expertiseteam Zorg', kind: 'expertise_team' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(String), name: 'Expertiseteam Zorg', kind: 'expertise_team' });
  });

  it.each([
    [{ name: '', kind: 'employer' }, /name/],
    [{ name: 'X', kind: 'school' }, /kind/],
  ])('answers %j with 400', async (body, field) => {
    const response = await admin('POST', '/organizations', body);
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(field);
  });
});

describe('POST /v1/admin/organizations/:teamId/clients', () => {
  it('links a team to an employer (201), twice is harmless', async () => {
    const team = await organization('Team', 'expertise_team');
    const employer = await organization('Werkgever', 'employer');
    const first = await admin('POST', `/organizations/${team}/clients`, { employerId: employer });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ teamId: team, employerId: employer });
    expect((await admin('POST', `/organizations/${team}/clients`, { employerId: employer })).status).toBe(201);
    const links = await env.DB.prepare('SELECT COUNT(*) AS n FROM team_clients WHERE team_id = ?').bind(team).first<{ n: number }>();
    expect(links?.n).toBe(1);
  });

  it.each([
    ['an unknown team', 'missing-team', 'employer', 404],
    ['an employer as team', 'employer', 'employer', 422],
    ['a team as client', 'team', 'team', 422],
    ['an unknown employer', 'team', 'missing', 422],
  ])('refuses %s', async (_name, teamRef, employerRef, status) => {
    const ids: Record<string, string> = {
      team: await organization('Team', 'expertise_team'),
      employer: await organization('Werkgever', 'employer'),
      'missing-team': crypto.randomUUID(),
      missing: crypto.randomUUID(),
    };
    const response = await admin('POST', `/organizations/${ids[teamRef]}/clients`, { employerId: ids[employerRef] });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('POST /v1/admin/tokens', () => {
  it.each(['member', 'reviewer', 'admin'] as const)('creates a %s token, shown once and stored only as its SHA-256', async (role) => {
    const org = await organization('Werkgever', 'employer');
    const response = await admin('POST', '/tokens', { organizationId: org, role });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token: secret, id } = response.body;
    expect(secret).toMatch(/^vdg_[A-Za-z0-9_-]{43}$/);
    const row = await env.DB.prepare('SELECT * FROM api_tokens WHERE id = ?').bind(id).first<Record<string, unknown>>();
    expect(row?.token_hash).toBe(await sha256Hex(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    const me = await call('GET', '/v1/me', { token: secret });
    expect(me.body).toMatchObject({ role, organization: { id: org } });
  });

  it('refuses an unknown organisation (422) and an unknown role (400)', async () => {
    expect((await admin('POST', '/tokens', { organizationId: crypto.randomUUID(), role: 'member' })).status).toBe(422);
    expect((await admin('POST', '/tokens', { organizationId: 'x', role: 'owner' })).status).toBe(400);
  });
});

describe('audit of the bootstrap', () => {
  it('records organisations, links and tokens as done by the bootstrap admin, without the token', async () => {
    const team = await organization('Team audit', 'expertise_team');
    const employer = await organization('Werkgever audit', 'employer');
    await admin('POST', `/organizations/${team}/clients`, { employerId: employer });
    const { body } = await admin('POST', '/tokens', { organizationId: employer, role: 'member' });
    const audit = await admin('GET', '/audit?limit=10');
    const recent = audit.body.entries.slice(0, 4).reverse();
    expect(recent.map((e: any) => [e.action, e.actor.role])).toEqual([
      ['organization.created', 'bootstrap'],
      ['organization.created', 'bootstrap'],
      ['team.client_linked', 'bootstrap'],
      ['token.created', 'bootstrap'],
    ]);
    expect(JSON.stringify(audit.body)).not.toContain(body.token);
  });
});
