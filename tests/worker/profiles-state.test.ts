/**
 * Where a profile stands, for the side panel that waits on the team's decision (#19): asked every
 * few seconds, so a conditional GET answers 304 without a body while nothing changed, and a new
 * ETag once a comment, a decision or a save came in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../shared/client';
import { ProfileState } from '../../shared/profiles';
import { BASE, call, profileIn, worker, world, type World } from './profiles-helpers';

let w: World;
beforeAll(async () => {
  w = await world();
});

const state = (id: string, token: string, etag?: string) => call('GET', `/v1/profiles/${id}/state`, { token, headers: etag ? { 'if-none-match': etag } : {} });

describe('GET /v1/profiles/{id}/state', () => {
  it('answers 304 while nothing changed, and a new state after a comment and a decision', async () => {
    const { id } = await profileIn(w, 'submitted');
    const first = await state(id, w.tokens.e1member);
    expect(first.status).toBe(200);
    expect(ProfileState.parse(first.body)).toEqual({ status: 'submitted', version: 1, comments: 0, decisions: 0 });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);

    const same = await state(id, w.tokens.e1member, etag);
    expect(same.status).toBe(304);
    expect(same.body).toBeNull();
    expect(same.headers.get('etag')).toBe(etag);
    // Cloudflare weakens an ETag it compresses: W/ still matches.
    expect((await state(id, w.tokens.e1member, `W/${etag}`)).status).toBe(304);

    await call('POST', `/v1/profiles/${id}/comments`, { token: w.tokens.t1reviewer, body: { body: 'Noem de werktijden.' } });
    const commented = await state(id, w.tokens.e1member, etag);
    expect(commented.status).toBe(200);
    expect(commented.body).toMatchObject({ status: 'submitted', comments: 1 });

    await call('POST', `/v1/profiles/${id}/decision`, { token: w.tokens.t1reviewer, body: { decision: 'changes_requested' } });
    const decided = await state(id, w.tokens.e1member, commented.headers.get('etag')!);
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'changes_requested', decisions: 1 });
  });

  it('through the typed client: null for 304, the state with its ETag otherwise', async () => {
    const { id } = await profileIn(w, 'submitted');
    const client = createApiClient(BASE, {
      token: w.tokens.e1member,
      fetch: ((input: RequestInfo, init?: RequestInit) => worker.fetch(input, init)) as typeof fetch,
    });
    const read = await client.profileState(id);
    expect(read).toMatchObject({ status: 'submitted', version: 1 });
    expect(await client.profileState(id, read!.etag)).toBeNull();
  });

  it.each([
    ['another team', 't2reviewer'],
    ['another employer', 'e2member'],
  ] as const)('%s gets 404 as problem+json', async (_, who) => {
    const { id } = await profileIn(w, 'submitted');
    const answer = await state(id, w.tokens[who]);
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
  });
});
