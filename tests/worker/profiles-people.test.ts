/**
 * People, not roles (#19): comments, decisions, versions and history name who (the token's label,
 * else the role in the request's language); an employer deletes a draft it never submitted.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, Profile, ProfileVersion } from '../../shared/profiles';
import { call, link, newProfile, organization, profileIn, token, world, type World } from './profiles-helpers';

let w: World;
beforeAll(async () => {
  w = await world();
});

const problem = (response: { status: number; headers: Headers; body: any }, status: number) => {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.body.detail).toEqual(expect.any(String));
};

describe('author.name', () => {
  let anna: string;
  let joost: string;
  beforeAll(async () => {
    const employer = await organization('Bouw BV', 'employer');
    const team = await organization('Expertiseteam Bouw', 'expertise_team');
    await link(team, employer);
    anna = await token(employer, 'member', 'Anna de Vries');
    joost = await token(team, 'reviewer', 'Joost Bakker');
  });

  it('names the person on comments, decisions, versions and history', async () => {
    const created = await call('POST', '/v1/profiles', { token: anna, body: newProfile() });
    const id = created.body.id;
    expect((await call('POST', `/v1/profiles/${id}/submit`, { token: anna })).status).toBe(200);
    const comment = await call('POST', `/v1/profiles/${id}/comments`, { token: joost, body: { body: 'Rijbewijs blijft.' } });
    expect(comment.status).toBe(201);
    expect(comment.body.author).toMatchObject({ name: 'Joost Bakker', label: 'Joost Bakker', role: 'reviewer' });
    expect(
      (await call('POST', `/v1/profiles/${id}/decision`, { token: joost, body: { decision: 'changes_requested', comment: 'Graag de leerroute.' } })).status,
    ).toBe(200);

    const profile = Profile.parse((await call('GET', `/v1/profiles/${id}`, { token: anna })).body);
    expect(profile.comments.map((c) => c.author.name)).toEqual(['Joost Bakker', 'Joost Bakker']);
    expect(profile.decisions[0]!.author.name).toBe('Joost Bakker');
    const version = ProfileVersion.parse((await call('GET', `/v1/profiles/${id}/versions/1`, { token: anna })).body);
    expect(version.author).toMatchObject({ name: 'Anna de Vries', label: 'Anna de Vries', role: 'member' });
    const { entries } = AuditLog.parse((await call('GET', `/v1/profiles/${id}/audit`, { token: anna })).body);
    expect(entries.map((e) => [e.action, e.actor.name])).toEqual([
      ['profile.created', 'Anna de Vries'],
      ['profile.submitted', 'Anna de Vries'],
      ['comment.created', 'Joost Bakker'],
      ['decision.changes_requested', 'Joost Bakker'],
    ]);
    expect((await call('GET', '/v1/me', { token: joost })).body.label).toBe('Joost Bakker');
  });

  it.each([
    ['nl-NL,nl;q=0.9,en;q=0.8', 'beoordelaar', 'medewerker'],
    ['en-GB,en;q=0.9', 'reviewer', 'member'],
    ['de-DE,nl;q=0.5,en;q=0.7', 'reviewer', 'member'],
    ['fr-FR', 'reviewer', 'member'],
    ['', 'reviewer', 'member'],
  ])('without a label names the role in the language asked for (Accept-Language %j)', async (accept, reviewer, member) => {
    const { id } = await profileIn(w, 'submitted');
    const headers: Record<string, string> = accept ? { 'accept-language': accept } : {};
    const comment = await call('POST', `/v1/profiles/${id}/comments`, { token: w.tokens.t1reviewer, body: { body: 'Ok.' }, headers });
    expect(comment.body.author).toMatchObject({ name: reviewer, label: null, role: 'reviewer' });
    const profile = await call('GET', `/v1/profiles/${id}`, { token: w.tokens.t1reviewer, headers });
    expect(profile.body.comments[0].author.name).toBe(reviewer);
    const audit = await call('GET', `/v1/profiles/${id}/audit`, { token: w.tokens.e1member, headers });
    expect(audit.body.entries[0].actor.name).toBe(member);
  });
});

describe('DELETE /v1/profiles/{id}', () => {
  it('deletes a draft of the caller’s own organisation: 204, then 404, its versions and comments gone, the audit keeps it', async () => {
    const { id } = await profileIn(w, 'draft');
    expect((await call('POST', `/v1/profiles/${id}/comments`, { token: w.tokens.e1member, body: { body: 'Nog nakijken.' } })).status).toBe(201);
    const deleted = await call('DELETE', `/v1/profiles/${id}`, { token: w.tokens.e1admin });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeNull();
    problem(await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member }), 404);
    problem(await call('DELETE', `/v1/profiles/${id}`, { token: w.tokens.e1member }), 404);
    for (const table of ['profile_versions', 'comments']) {
      const left = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE profile_id = ?`).bind(id).first<{ n: number }>();
      expect(left?.n, table).toBe(0);
    }
    const audit = await env.DB.prepare(`SELECT action FROM audit_log WHERE profile_id = ? ORDER BY id`).bind(id).all<{ action: string }>();
    expect(audit.results.map((r) => r.action)).toEqual(['profile.created', 'comment.created', 'profile.deleted']);
    expect((await call('GET', '/v1/profiles', { token: w.tokens.e1member })).body.profiles.map((p: { id: string }) => p.id)).not.toContain(id);
  });

  it.each(['submitted', 'changes_requested', 'approved'] as const)('answers 409 once submitted (%s), and the profile stays', async (status) => {
    const { id } = await profileIn(w, status);
    const response = await call('DELETE', `/v1/profiles/${id}`, { token: w.tokens.e1member });
    problem(response, 409);
    expect(response.body.detail).toMatch(/submitted/);
    expect((await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member })).body.status).toBe(status);
  });

  it('answers 409 for a draft that was submitted before (approved, then changed)', async () => {
    const { id } = await profileIn(w, 'approved');
    const current = await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member });
    const changed = await call('PUT', `/v1/profiles/${id}`, {
      token: w.tokens.e1member,
      body: newProfile('Nieuwe ronde'),
      headers: { 'if-match': current.headers.get('etag')! },
    });
    expect(changed.body.status).toBe('draft');
    problem(await call('DELETE', `/v1/profiles/${id}`, { token: w.tokens.e1member }), 409);
  });

  it('answers 404 for another organisation’s profile, 403 for a serving reviewer, 401 without a token', async () => {
    const draft = await profileIn(w, 'draft');
    problem(await call('DELETE', `/v1/profiles/${draft.id}`, { token: w.tokens.e2member }), 404);
    problem(await call('DELETE', `/v1/profiles/${draft.id}`, { token: w.tokens.t1reviewer }), 404);
    problem(await call('DELETE', `/v1/profiles/${draft.id}`, { token: null }), 401);
    const submitted = await profileIn(w, 'submitted');
    problem(await call('DELETE', `/v1/profiles/${submitted.id}`, { token: w.tokens.e2member }), 404);
    problem(await call('DELETE', `/v1/profiles/${submitted.id}`, { token: w.tokens.t1reviewer }), 403);
    expect((await call('GET', `/v1/profiles/${draft.id}`, { token: w.tokens.e1member })).status).toBe(200);
  });

  it('of a delete and a submit at once, exactly one wins and the other is told', async () => {
    const { id } = await profileIn(w, 'draft');
    const [removed, submitted] = await Promise.all([
      call('DELETE', `/v1/profiles/${id}`, { token: w.tokens.e1member }),
      call('POST', `/v1/profiles/${id}/submit`, { token: w.tokens.e1member }),
    ]);
    const after = await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member });
    if (removed.status === 204) {
      expect([404, 409]).toContain(submitted.status);
      expect(after.status).toBe(404);
    } else {
      expect(removed.status).toBe(409);
      expect(submitted.status).toBe(200);
      expect(after.body.status).toBe('submitted');
    }
  });
});
