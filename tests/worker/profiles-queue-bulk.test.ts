/**
 * The queue for thirty a day (#19): search by title or organisation, sort by title or organisation,
 * counts per status under the same search, and one decision with one comment for several profiles.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { BulkDecisionResult, Comment, ProfileList } from '../../shared/profiles';
import { call, profileIn, world, type World } from './profiles-helpers';

let w: World;
beforeAll(async () => {
  w = await world();
});

const titled = (id: string, title: string) => env.DB.prepare('UPDATE profiles SET title = ? WHERE id = ?').bind(title, id).run();

const list = async (query: string, token = w.tokens.t1reviewer) => {
  const response = await call('GET', `/v1/profiles${query}`, { token });
  expect(response.status).toBe(200);
  return ProfileList.parse(response.body);
};

describe('GET /v1/profiles: search, sort and counts', () => {
  it('finds profiles by words of the title or the organisation, A to Z by title, with counts per status', async () => {
    const suffix = crypto.randomUUID().slice(0, 6);
    const nurse = await profileIn(w, 'submitted');
    const carer = await profileIn(w, 'submitted');
    const approved = await profileIn(w, 'approved');
    const other = await profileIn(w, 'submitted');
    await titled(nurse.id, `Wijkverpleegkundige ${suffix}`);
    await titled(carer.id, `Verpleegkundige ouderenzorg ${suffix}`);
    await titled(approved.id, `Verpleegkundige nacht ${suffix}`);
    await titled(other.id, `Timmerman ${suffix}`);

    const found = await list(`?q=${encodeURIComponent(`VERPLEEGKUNDIGE ${suffix}`)}&status=submitted&sort=title`);
    expect(found.profiles.map((p) => p.id)).toEqual([nurse.id]);
    const words = await list(`?q=verpleegkundige&status=submitted&sort=title`);
    const mine = words.profiles.map((p) => p.id).filter((id) => [nurse.id, carer.id].includes(id));
    expect(mine).toEqual([carer.id, nurse.id]);
    // Counts are for the same search, whatever status is shown.
    const counted = await list(`?q=${suffix}&status=submitted`);
    expect(counted.counts).toMatchObject({ submitted: 3, approved: 1, draft: 0, changes_requested: 0 });
    expect(counted.profiles).toHaveLength(3);
  });

  it('finds by the organisation’s name and takes LIKE marks literally', async () => {
    const profile = await profileIn(w, 'submitted');
    const byOrganization = await list(`?q=${encodeURIComponent('transport bv')}&status=submitted&sort=organization`);
    expect(byOrganization.profiles.map((p) => p.id)).toContain(profile.id);
    expect((await list('?q=%25&status=submitted')).profiles).toHaveLength(0);
  });
});

describe('POST /v1/profiles/decisions', () => {
  it('returns several profiles with one comment, and says which could not be decided', async () => {
    const a = await profileIn(w, 'submitted');
    const b = await profileIn(w, 'submitted');
    const decided = await profileIn(w, 'approved');
    const response = await call('POST', '/v1/profiles/decisions', {
      token: w.tokens.t1reviewer,
      body: { ids: [a.id, b.id, decided.id, 'no-such-profile'], decision: 'changes_requested', comment: 'Noem de vaardigheden in plaats van het diploma.' },
    });
    expect(response.status).toBe(200);
    const { results } = BulkDecisionResult.parse(response.body);
    expect(results.map((r) => [r.id, r.status, r.problem?.status ?? null])).toEqual([
      [a.id, 'changes_requested', null],
      [b.id, 'changes_requested', null],
      [decided.id, null, 409],
      ['no-such-profile', null, 404],
    ]);
    for (const id of [a.id, b.id]) {
      const comments = Comment.array().parse((await call('GET', `/v1/profiles/${id}/comments`, { token: w.tokens.e1member })).body.comments);
      expect(comments.map((c) => c.body)).toEqual(['Noem de vaardigheden in plaats van het diploma.']);
    }
  });

  it('approves for a reviewer only: an employer’s member gets 403 per profile, another team 404', async () => {
    const a = await profileIn(w, 'submitted');
    const member = BulkDecisionResult.parse(
      (await call('POST', '/v1/profiles/decisions', { token: w.tokens.e1member, body: { ids: [a.id], decision: 'approved' } })).body,
    );
    expect(member.results[0]!.problem?.status).toBe(403);
    const stranger = BulkDecisionResult.parse(
      (await call('POST', '/v1/profiles/decisions', { token: w.tokens.t2reviewer, body: { ids: [a.id], decision: 'approved' } })).body,
    );
    expect(stranger.results[0]!.problem?.status).toBe(404);
    const approved = BulkDecisionResult.parse(
      (await call('POST', '/v1/profiles/decisions', { token: w.tokens.t1reviewer, body: { ids: [a.id], decision: 'approved' } })).body,
    );
    expect(approved.results[0]).toMatchObject({ status: 'approved', problem: null });
  });

  it.each([[{ ids: [], decision: 'approved' }], [{ ids: ['x'], decision: 'maybe' }], [{ decision: 'approved' }]])('answers %j with 400', async (body) => {
    const response = await call('POST', '/v1/profiles/decisions', { token: w.tokens.t1reviewer, body });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});
