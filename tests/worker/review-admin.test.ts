/**
 * Admin for a team that works daily (#19): tokens carry a person's name, can be listed (never the
 * secret) and revoked; one name per kind of organisation.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { TokenList } from '../../shared/profiles';
import { sha256Hex } from '../../functions/lib/auth';
import { admin, call, organization } from './profiles-helpers';

const problem = (response: { status: number; headers: Headers; body: any }, status: number) => {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.body).toMatchObject({ status, detail: expect.any(String) });
};

describe('tokens: label, list, revoke', () => {
  it('lists an organisation’s tokens with their labels, never the token or its hash', async () => {
    const org = await organization('Bouwbedrijf', 'employer');
    const other = await organization('Ander bedrijf', 'employer');
    const anna = await admin('POST', '/tokens', { organizationId: org, role: 'member', label: 'Anna de Vries' });
    const plain = await admin('POST', '/tokens', { organizationId: org, role: 'admin' });
    await admin('POST', '/tokens', { organizationId: other, role: 'member', label: 'Piet' });
    expect([anna.status, plain.status]).toEqual([201, 201]);

    const listed = await admin('GET', `/tokens?organizationId=${org}`);
    expect(listed.status).toBe(200);
    const { tokens } = TokenList.parse(listed.body);
    expect(tokens).toEqual([
      { id: anna.body.id, organizationId: org, role: 'member', label: 'Anna de Vries', createdAt: expect.any(String), revokedAt: null },
      { id: plain.body.id, organizationId: org, role: 'admin', label: null, createdAt: expect.any(String), revokedAt: null },
    ]);
    expect(Object.keys(listed.body.tokens[0]).sort()).toEqual(['createdAt', 'id', 'label', 'organizationId', 'revokedAt', 'role']);
    const raw = JSON.stringify(listed.body);
    for (const secret of [anna.body.token, plain.body.token]) {
      expect(raw).not.toContain(secret);
      expect(raw).not.toContain(await sha256Hex(secret));
    }
  });

  it('lists every token without organizationId, and answers an unknown organisation with 404', async () => {
    const org = await organization('Alles', 'employer');
    const made = await admin('POST', '/tokens', { organizationId: org, role: 'reviewer', label: 'Joost' });
    const all = await admin('GET', '/tokens');
    expect(all.status).toBe(200);
    expect(all.body.tokens.map((t: { id: string }) => t.id)).toContain(made.body.id);
    problem(await admin('GET', `/tokens?organizationId=${crypto.randomUUID()}`), 404);
  });

  it('revokes a token: 204, from then on 401, the list says when; revoking again changes nothing', async () => {
    const org = await organization('Intrekken', 'employer');
    const made = await admin('POST', '/tokens', { organizationId: org, role: 'member', label: 'Sanne' });
    expect((await call('GET', '/v1/me', { token: made.body.token })).status).toBe(200);

    const revoked = await call('DELETE', `/v1/admin/tokens/${made.body.id}`, { token: env.ADMIN_TOKEN });
    expect(revoked.status).toBe(204);
    expect(revoked.body).toBeNull();
    for (const path of ['/v1/me', '/v1/profiles']) problem(await call('GET', path, { token: made.body.token }), 401);

    const [listed] = (await admin('GET', `/tokens?organizationId=${org}`)).body.tokens;
    expect(listed.revokedAt).toEqual(expect.any(String));
    expect((await call('DELETE', `/v1/admin/tokens/${made.body.id}`, { token: env.ADMIN_TOKEN })).status).toBe(204);
    expect((await admin('GET', `/tokens?organizationId=${org}`)).body.tokens[0].revokedAt).toBe(listed.revokedAt);

    const audit = await admin('GET', '/audit');
    expect(
      audit.body.entries.filter((e: { action: string; subject: { id: string } }) => e.action === 'token.revoked' && e.subject.id === made.body.id),
    ).toHaveLength(1);
  });

  it('answers revoking an unknown token with 404, and without the admin token as if there were nothing', async () => {
    problem(await call('DELETE', `/v1/admin/tokens/${crypto.randomUUID()}`, { token: env.ADMIN_TOKEN }), 404);
    const org = await organization('Geen admin', 'employer');
    const made = await admin('POST', '/tokens', { organizationId: org, role: 'admin' });
    for (const bearer of [null, made.body.token]) {
      problem(await call('DELETE', `/v1/admin/tokens/${made.body.id}`, { token: bearer }), 404);
      problem(await call('GET', `/v1/admin/tokens?organizationId=${org}`, { token: bearer }), 404);
    }
    expect((await call('GET', '/v1/me', { token: made.body.token })).status).toBe(200);
  });

  it('refuses a label over 200 characters with 400 naming the field', async () => {
    const org = await organization('Lang', 'employer');
    const response = await admin('POST', '/tokens', { organizationId: org, role: 'member', label: 'x'.repeat(201) });
    expect([400, 413]).toContain(response.status);
    expect(response.body.detail).toMatch(/label/);
  });
});

describe('one name per kind of organisation', () => {
  it('answers a second organisation with the same name and kind with 409, whatever its case or spaces', async () => {
    const name = `Zorggroep ${crypto.randomUUID().slice(0, 8)}`;
    const first = await admin('POST', '/organizations', { name, kind: 'employer' });
    expect(first.status).toBe(201);
    for (const again of [name, name.toUpperCase(), `  ${name}  `]) {
      const second = await admin('POST', '/organizations', { name: again, kind: 'employer' });
      problem(second, 409);
      expect(second.body.detail).toContain(first.body.id);
      expect(second.body.errors).toEqual([{ path: 'name', message: 'already taken' }]);
    }
    const rows = await env.DB.prepare('SELECT COUNT(*) AS n FROM organizations WHERE lower(name) = lower(?)').bind(name).first<{ n: number }>();
    expect(rows?.n).toBe(1);
  });

  it('allows the same name for the other kind (an employer and its own expertise team)', async () => {
    const name = `Regio ${crypto.randomUUID().slice(0, 8)}`;
    expect((await admin('POST', '/organizations', { name, kind: 'employer' })).status).toBe(201);
    expect((await admin('POST', '/organizations', { name, kind: 'expertise_team' })).status).toBe(201);
  });

  it('makes one of two identical creates at once, and audits only that one', async () => {
    const name = `Tegelijk ${crypto.randomUUID().slice(0, 8)}`;
    const answers = await Promise.all([1, 2, 3].map(() => admin('POST', '/organizations', { name, kind: 'expertise_team' })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    const audit = await env.DB.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'organization.created' AND detail LIKE ?`)
      .bind(`%${name}%`)
      .first<{ n: number }>();
    expect(audit?.n).toBe(1);
  });
});
