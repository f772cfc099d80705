/**
 * A queue a team can work through (#19): `sort=oldest` puts the profile waiting longest first — a
 * submitted one since it was submitted, any other since it last changed.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProfileList, waitingSince } from '../../shared/profiles';
import { call, profileIn, world, type World } from './profiles-helpers';

let w: World;
beforeAll(async () => {
  w = await world();
});

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

/** Puts a profile's clock back: submitted and last changed `hours` ago. */
async function waited(id: string, submittedHours: number | null, updatedHours: number) {
  await env.DB.prepare('UPDATE profiles SET submitted_at = ?, updated_at = ? WHERE id = ?')
    .bind(submittedHours === null ? null : hoursAgo(submittedHours), hoursAgo(updatedHours), id)
    .run();
}

const list = async (query: string, token = w.tokens.t1reviewer) => {
  const response = await call('GET', `/v1/profiles${query}`, { token });
  expect(response.status).toBe(200);
  return ProfileList.parse(response.body).profiles;
};

describe('GET /v1/profiles?sort=oldest', () => {
  it('puts the submitted profile waiting longest first, by when it was submitted, not when it last changed', async () => {
    const a = await profileIn(w, 'submitted');
    const b = await profileIn(w, 'submitted');
    const c = await profileIn(w, 'submitted');
    // b changed most recently but was submitted longest ago (a reviewer saved an edit to it).
    await waited(a.id, 30, 30);
    await waited(b.id, 72, 1);
    await waited(c.id, 5, 5);
    const mine = (profiles: { id: string }[]) => profiles.map((p) => p.id).filter((id) => [a.id, b.id, c.id].includes(id));
    expect(mine(await list('?status=submitted&sort=oldest'))).toEqual([b.id, a.id, c.id]);
    // The default stays last change first.
    expect(mine(await list('?status=submitted'))).toEqual([b.id, c.id, a.id]);
    expect(mine(await list('?status=submitted&sort=newest'))).toEqual([b.id, c.id, a.id]);
  });

  it('orders the employer’s own profiles by when they last changed, and waitingSince says the same', async () => {
    const draft = await profileIn(w, 'draft');
    const returned = await profileIn(w, 'changes_requested');
    const submitted = await profileIn(w, 'submitted');
    await waited(draft.id, null, 10);
    await waited(returned.id, 200, 50);
    await waited(submitted.id, 20, 2);
    const profiles = (await list('?sort=oldest', w.tokens.e1member)).filter((p) => [draft.id, returned.id, submitted.id].includes(p.id));
    expect(profiles.map((p) => p.id)).toEqual([returned.id, submitted.id, draft.id]);
    const since = profiles.map(waitingSince);
    expect([...since].sort()).toEqual(since);
  });

  it('answers an unknown order with 400 naming the field', async () => {
    const response = await call('GET', '/v1/profiles?sort=random', { token: w.tokens.e1member });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body.detail).toMatch(/sort/);
  });
});
