/**
 * The extension's typed client against the real Worker: the same schemas on both sides, ETags
 * carried through, a 412 surfacing as ApiError with the server's problem details.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from '../../shared/client';
import { BASE, newProfile, translation, worker, world, type World } from './profiles-helpers';

let w: World;
beforeAll(async () => {
  w = await world();
});

const client = (token: string) =>
  createApiClient(BASE, { token, fetch: ((input: RequestInfo, init?: RequestInit) => worker.fetch(input, init)) as typeof fetch });

describe('createApiClient: review endpoints', () => {
  it('creates idempotently, saves with If-Match, submits, and a reviewer decides', async () => {
    const member = client(w.tokens.e1member);
    const key = crypto.randomUUID();
    const created = await member.createProfile(newProfile('Planner'), { idempotencyKey: key });
    expect(created).toMatchObject({ status: 'draft', version: 1, etag: '"v1"' });
    expect((await member.createProfile(newProfile('Planner'), { idempotencyKey: key })).id).toBe(created.id);

    const saved = await member.updateProfile(created.id, { title: 'Planner', translation: translation('plannen') }, created.etag);
    expect(saved).toMatchObject({ version: 2, etag: '"v2"' });
    const stale = await member.updateProfile(created.id, { title: 'Planner', translation: translation('x') }, created.etag).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ApiError);
    expect((stale as ApiError).problem.status).toBe(412);

    expect((await member.submitProfile(created.id, { etag: saved.etag })).status).toBe('submitted');
    const reviewer = client(w.tokens.t1reviewer);
    expect((await reviewer.listProfiles({ status: ['submitted'], employer: w.orgs.e1 })).map((p) => p.id)).toContain(created.id);
    await reviewer.commentOnProfile(created.id, 'Prima.');
    const decided = await reviewer.decideProfile(created.id, { decision: 'approved' }, { etag: saved.etag });
    expect(decided.status).toBe('approved');

    const seen = await member.getProfile(created.id);
    expect(seen.comments.map((c) => c.body)).toEqual(['Prima.']);
    expect((await member.profileVersion(created.id, 1)).translation.skills[0]!.label).toBe('samenwerken');
    expect((await member.profileAudit(created.id)).map((e) => e.action)).toContain('decision.approved');
    expect((await member.me()).organization.id).toBe(w.orgs.e1);
  });

  it('searches skills', async () => {
    const skills = await client(w.tokens.e1member).searchSkills({ q: 'communicate', lang: 'en', limit: 5 });
    expect(skills.length).toBeGreaterThan(0);
  });

  it('a hidden profile is an ApiError 404', async () => {
    const created = await client(w.tokens.e1member).createProfile(newProfile());
    const error = await client(w.tokens.e2member)
      .getProfile(created.id)
      .catch((e: unknown) => e);
    expect((error as ApiError).problem.status).toBe(404);
  });
});
