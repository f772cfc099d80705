/**
 * Profiles: versions with ETag/If-Match (412/428), idempotent create, the review flow and its
 * audit log, list filters, input errors.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { Profile, ProfileList, ProfileVersion } from '../../shared/profiles';
import { Problem } from '../../shared/problem';
import { call, newProfile, profileIn, translation, VACANCY, world, type World } from './profiles-helpers';

let w: World;
beforeAll(async () => {
  w = await world();
});

const put = (id: string, ifMatch: string | null, label = 'plannen', token = w.tokens.e1member) =>
  call('PUT', `/v1/profiles/${id}`, {
    token,
    body: { title: `Versie ${label}`, translation: translation(label) },
    headers: ifMatch === null ? {} : { 'if-match': ifMatch },
  });

describe('POST /v1/profiles', () => {
  it('creates a draft at version 1 with an ETag and a Location', async () => {
    const response = await call('POST', '/v1/profiles', { token: w.tokens.e1member, body: newProfile() });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'draft', version: 1 });
    expect(response.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(response.headers.get('location')).toBe(`/v1/profiles/${response.body.id}`);
    const profile = Profile.parse(response.body);
    expect(profile.organization.id).toBe(w.orgs.e1);
    expect(profile.vacancy?.text).toContain('Rijbewijs B');
  });

  it.each([
    ['no title', { translation: translation() }, /title/],
    ['an empty title', { title: ' ', translation: translation() }, /title/],
    ['no translation', { title: 'x' }, /translation/],
    ['a broken translation', { title: 'x', translation: { language: 'fr' } }, /translation/],
  ])('answers %s with 400 problem+json naming the field', async (_name, body, field) => {
    const response = await call('POST', '/v1/profiles', { token: w.tokens.e1member, body });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(Problem.parse(response.body).detail).toMatch(field);
  });

  it('refuses a body over 1 MB with 413 problem+json', async () => {
    const huge = { ...newProfile(), vacancy: { ...VACANCY, text: 'x'.repeat(1_100_000) } };
    const response = await call('POST', '/v1/profiles', { token: w.tokens.e1member, body: huge });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const response = await call('POST', '/v1/profiles', { token: w.tokens.e1member, body: '{"title": ' });
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/not valid JSON/);
  });
});

describe('Idempotency-Key', () => {
  const create = (key: string, token = w.tokens.e1member, title = 'Chauffeur') =>
    call('POST', '/v1/profiles', { token, body: newProfile(title), headers: { 'idempotency-key': key } });

  it('a retry with the same key returns the same profile and creates nothing new', async () => {
    const key = crypto.randomUUID();
    const first = await create(key);
    const retry = await create(key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const rows = await env.DB.prepare('SELECT COUNT(*) AS n FROM profiles WHERE idempotency_key = ?').bind(key).first<{ n: number }>();
    expect(rows?.n).toBe(1);
  });

  it('concurrent retries with the same key still make one profile', async () => {
    const key = crypto.randomUUID();
    const answers = await Promise.all([create(key), create(key), create(key)]);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
  });

  it('the same key with a different body is refused with 422', async () => {
    const key = crypto.randomUUID();
    await create(key, w.tokens.e1member, 'Chauffeur');
    const other = await create(key, w.tokens.e1member, 'Planner');
    expect(other.status).toBe(422);
    expect(other.body.detail).toMatch(/Idempotency-Key/);
  });

  it('keys are per organisation: another employer with the same key gets its own profile', async () => {
    const key = crypto.randomUUID();
    const mine = await create(key, w.tokens.e1member);
    const theirs = await create(key, w.tokens.e2member);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('refuses a key that is not visible ASCII', async () => {
    expect((await create('a key with spaces')).status).toBe(400);
  });
});

describe('PUT /v1/profiles/:id with If-Match', () => {
  it('saves a new version with the current ETag and keeps the old one', async () => {
    const { id, etag } = await profileIn(w, 'draft');
    const saved = await put(id, etag);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, title: 'Versie plannen', status: 'draft' });
    expect(saved.headers.get('etag')).toBe('"v2"');
    expect(saved.body.translation.skills[0].label).toBe('plannen');
    // Leaving out the vacancy keeps the original posting.
    expect(saved.body.vacancy.text).toBe(VACANCY.text);
    const first = await call('GET', `/v1/profiles/${id}/versions/1`, { token: w.tokens.e1member });
    expect(ProfileVersion.parse(first.body).translation.skills[0]!.label).toBe('samenwerken');
    expect(first.headers.get('etag')).toBe('"v1"');
    expect((await call('GET', `/v1/profiles/${id}/versions/3`, { token: w.tokens.e1member })).status).toBe(404);
  });

  it.each([
    ['no If-Match', null, 428],
    ['If-Match: *', '*', 428],
    ['a stale ETag', '"v0"', 412],
    ['an ETag of another form', '"1"', 412],
  ])('answers %s with %i problem+json and the current ETag, and saves nothing', async (_name, ifMatch, status) => {
    const { id } = await profileIn(w, 'draft');
    const response = await put(id, ifMatch);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(response.body.detail).toMatch(/If-Match|changed since you read it/);
    const after = await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member });
    expect(after.body.version).toBe(1);
  });

  it('a save from an older version is refused with 412 after someone else saved', async () => {
    const { id, etag } = await profileIn(w, 'draft');
    expect((await put(id, etag, 'eerste')).status).toBe(200);
    const stale = await put(id, etag, 'tweede');
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe('"v2"');
    const after = await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member });
    expect(after.body.translation.skills[0].label).toBe('eerste');
  });

  it('of two concurrent saves from the same version exactly one wins; the other gets 412', async () => {
    const { id, etag } = await profileIn(w, 'draft');
    const answers = await Promise.all([put(id, etag, 'a'), put(id, etag, 'b'), put(id, etag, 'c')]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412, 412]);
    const versions = await env.DB.prepare('SELECT COUNT(*) AS n FROM profile_versions WHERE profile_id = ?').bind(id).first<{ n: number }>();
    expect(versions?.n).toBe(2);
  });

  it('accepts a weak ETag and a list of ETags (proxies weaken ETags when they compress)', async () => {
    const { id } = await profileIn(w, 'draft');
    expect((await put(id, 'W/"v1"')).status).toBe(200);
    expect((await put(id, '"v1", "v2"')).status).toBe(200);
  });

  it('changing an approved profile starts a new round as draft', async () => {
    const { id, etag } = await profileIn(w, 'approved');
    const saved = await put(id, etag);
    expect(saved.body).toMatchObject({ status: 'draft', version: 2 });
  });
});

describe('the review flow', () => {
  it('member submits, reviewer edits, comments and approves; the member sees it all; the audit log says who did what', async () => {
    const { id, etag } = await profileIn(w, 'draft');
    const submitted = await call('POST', `/v1/profiles/${id}/submit`, { token: w.tokens.e1member });
    expect(submitted.body.status).toBe('submitted');
    // A retried submit is harmless.
    expect((await call('POST', `/v1/profiles/${id}/submit`, { token: w.tokens.e1member })).body.status).toBe('submitted');

    const edited = await put(id, etag, 'logistiek plannen', w.tokens.t1reviewer);
    expect(edited.body).toMatchObject({ version: 2, status: 'submitted' });
    const comment = await call('POST', `/v1/profiles/${id}/comments`, { token: w.tokens.t1reviewer, body: { body: 'Skills aangescherpt.' } });
    expect(comment.status).toBe(201);
    expect(comment.body).toMatchObject({ body: 'Skills aangescherpt.', version: 2, author: { organizationId: w.orgs.t1, role: 'reviewer' } });

    // Deciding on a version the reviewer did not read is refused.
    const stale = await call('POST', `/v1/profiles/${id}/decision`, {
      token: w.tokens.t1reviewer,
      body: { decision: 'approved' },
      headers: { 'if-match': '"v1"' },
    });
    expect(stale.status).toBe(412);
    const decided = await call('POST', `/v1/profiles/${id}/decision`, {
      token: w.tokens.t1reviewer,
      body: { decision: 'approved', comment: 'Goedgekeurd.' },
      headers: { 'if-match': '"v2"' },
    });
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('approved');

    const seen = Profile.parse((await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member })).body);
    expect(seen.status).toBe('approved');
    expect(seen.translation.skills[0]!.label).toBe('logistiek plannen');
    expect(seen.comments.map((c) => c.body)).toEqual(['Skills aangescherpt.', 'Goedgekeurd.']);
    expect(seen.decisions).toHaveLength(1);
    expect(seen.decisions[0]).toMatchObject({ decision: 'approved', version: 2, commentId: seen.comments[1]!.id, author: { organizationId: w.orgs.t1 } });

    const audit = await call('GET', `/v1/profiles/${id}/audit`, { token: w.tokens.e1member });
    const trail = audit.body.entries.map((e: any) => [e.action, e.actor.organizationId, e.actor.role, e.version]);
    expect(trail).toEqual([
      ['profile.created', w.orgs.e1, 'member', 1],
      ['profile.submitted', w.orgs.e1, 'member', 1],
      ['profile.updated', w.orgs.t1, 'reviewer', 2],
      ['comment.created', w.orgs.t1, 'reviewer', 2],
      ['decision.approved', w.orgs.t1, 'reviewer', 2],
    ]);
    for (const entry of audit.body.entries) expect(Date.parse(entry.at)).not.toBeNaN();
  });

  it('request changes sends it back; the member revises and resubmits', async () => {
    const { id } = await profileIn(w, 'changes_requested');
    const back = Profile.parse((await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member })).body);
    expect(back.status).toBe('changes_requested');
    expect((await put(id, '"v1"')).body.version).toBe(2);
    expect((await call('POST', `/v1/profiles/${id}/submit`, { token: w.tokens.e1member })).body.status).toBe('submitted');
    const audit = await call('GET', `/v1/profiles/${id}/audit`, { token: w.tokens.t1reviewer });
    expect(audit.body.entries.map((e: any) => e.action)).toEqual([
      'profile.created',
      'profile.submitted',
      'decision.changes_requested',
      'profile.updated',
      'profile.submitted',
    ]);
  });

  it('lists the comments of a profile in order, and refuses an empty one', async () => {
    const { id } = await profileIn(w, 'submitted');
    for (const body of ['Eerste', 'Tweede']) await call('POST', `/v1/profiles/${id}/comments`, { token: w.tokens.t1admin, body: { body } });
    const empty = await call('POST', `/v1/profiles/${id}/comments`, { token: w.tokens.e1member, body: { body: '   ' } });
    expect(empty.status).toBe(400);
    const { body } = await call('GET', `/v1/profiles/${id}/comments`, { token: w.tokens.e1member });
    expect(body.comments.map((c: any) => [c.body, c.author.role])).toEqual([
      ['Eerste', 'admin'],
      ['Tweede', 'admin'],
    ]);
  });

  it('denied actions leave no audit entry', async () => {
    const { id } = await profileIn(w, 'submitted');
    await call('POST', `/v1/profiles/${id}/decision`, { token: w.tokens.e1member, body: { decision: 'approved' } });
    await call('POST', `/v1/profiles/${id}/comments`, { token: w.tokens.t2reviewer, body: { body: 'x' } });
    const audit = await call('GET', `/v1/profiles/${id}/audit`, { token: w.tokens.e1member });
    expect(audit.body.entries.map((e: any) => e.action)).toEqual(['profile.created', 'profile.submitted']);
  });
});

describe('GET /v1/profiles', () => {
  it('filters by status, employer and age', async () => {
    const list = async (query: string, token = w.tokens.t1reviewer) => ProfileList.parse((await call('GET', `/v1/profiles${query}`, { token })).body).profiles;
    const { id } = await profileIn(w, 'submitted');
    expect((await list('?status=submitted')).map((p) => p.id)).toContain(id);
    expect((await list('?status=approved')).map((p) => p.id)).not.toContain(id);
    expect((await list('?status=submitted,approved')).map((p) => p.id)).toContain(id);
    expect((await list(`?employer=${w.orgs.e1}`)).every((p) => p.organization.id === w.orgs.e1)).toBe(true);
    expect(await list(`?employer=${w.orgs.e2}`)).toEqual([]);
    expect((await list('?newerThanDays=1')).map((p) => p.id)).toContain(id);
    expect((await list('?olderThanDays=1')).map((p) => p.id)).not.toContain(id);
    // A reviewer's list never holds drafts.
    expect((await list('')).some((p) => p.status === 'draft')).toBe(false);
  });

  it('answers an unknown status with 400', async () => {
    const response = await call('GET', '/v1/profiles?status=published', { token: w.tokens.e1member });
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/status/);
  });
});

describe('GET /v1/me', () => {
  it('names the organisation, the role and the employers a team serves', async () => {
    const me = await call('GET', '/v1/me', { token: w.tokens.t1reviewer });
    expect(me.body).toMatchObject({ role: 'reviewer', organization: { id: w.orgs.t1, kind: 'expertise_team' } });
    expect(me.body.clients.map((o: any) => o.id)).toEqual([w.orgs.e1]);
  });
});
