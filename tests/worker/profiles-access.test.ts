/**
 * The access matrix of issue 7: role × organisation × profile status × action, every cell an
 * explicit expectation. e1 is the employer that owns the profile, e2 another employer, t1 the
 * expertise team that serves e1, t2 a team that serves e2 only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { call, newProfile, profileIn, translation, world, type Status, type World } from './profiles-helpers';

type Caller = keyof World['tokens'];
type Action = 'read' | 'list' | 'comment' | 'update' | 'submit' | 'decide';

// Expected HTTP status per action (list: 200 = the profile is in the caller's list, 404 = it is not).
type Row = Record<Action, number>;
const NONE: Row = { read: 404, list: 404, comment: 404, update: 404, submit: 404, decide: 404 };

const OWNER: Record<Status, Row> = {
  draft: { read: 200, list: 200, comment: 201, update: 200, submit: 200, decide: 403 },
  submitted: { read: 200, list: 200, comment: 201, update: 409, submit: 200, decide: 403 },
  changes_requested: { read: 200, list: 200, comment: 201, update: 200, submit: 200, decide: 403 },
  approved: { read: 200, list: 200, comment: 201, update: 200, submit: 409, decide: 403 },
};
const SERVING_REVIEWER: Record<Status, Row> = {
  draft: NONE,
  submitted: { read: 200, list: 200, comment: 201, update: 200, submit: 403, decide: 200 },
  changes_requested: { read: 200, list: 200, comment: 201, update: 409, submit: 403, decide: 409 },
  approved: { read: 200, list: 200, comment: 201, update: 409, submit: 403, decide: 409 },
};
const NOBODY: Record<Status, Row> = { draft: NONE, submitted: NONE, changes_requested: NONE, approved: NONE };

const MATRIX: Record<Caller, { who: string; expect: Record<Status, Row> }> = {
  e1member: { who: 'member of the owning employer', expect: OWNER },
  e1admin: { who: 'admin of the owning employer', expect: OWNER },
  e1reviewer: { who: 'reviewer-role token of the owning employer', expect: OWNER },
  e2member: { who: 'member of another employer', expect: NOBODY },
  t1reviewer: { who: 'reviewer of the serving team', expect: SERVING_REVIEWER },
  t1admin: { who: 'admin of the serving team', expect: SERVING_REVIEWER },
  t1member: { who: 'plain member of the serving team', expect: NOBODY },
  t2reviewer: { who: 'reviewer of a team that does not serve the employer', expect: NOBODY },
};

const STATUSES: Status[] = ['draft', 'submitted', 'changes_requested', 'approved'];
const ACTIONS: Action[] = ['read', 'list', 'comment', 'update', 'submit', 'decide'];

const cells = Object.entries(MATRIX).flatMap(([caller, { who, expect: table }]) =>
  STATUSES.flatMap((status) => ACTIONS.map((action) => ({ caller: caller as Caller, who, status, action, expected: table[status][action] }))),
);

async function attempt(w: World, caller: Caller, action: Action, id: string, etag: string): Promise<number> {
  const token = w.tokens[caller];
  switch (action) {
    case 'read':
      return (await call('GET', `/v1/profiles/${id}`, { token })).status;
    case 'list': {
      const { body } = await call('GET', '/v1/profiles', { token });
      return body.profiles.some((p: { id: string }) => p.id === id) ? 200 : 404;
    }
    case 'comment':
      return (await call('POST', `/v1/profiles/${id}/comments`, { token, body: { body: 'Kan "rijbewijs B" blijven?' } })).status;
    case 'update':
      return (await call('PUT', `/v1/profiles/${id}`, { token, body: { title: 'Nieuw', translation: translation('plannen') }, headers: { 'if-match': etag } }))
        .status;
    case 'submit':
      return (await call('POST', `/v1/profiles/${id}/submit`, { token })).status;
    case 'decide':
      return (await call('POST', `/v1/profiles/${id}/decision`, { token, body: { decision: 'approved' } })).status;
  }
}

describe('access matrix: role × organisation × status × action', () => {
  let w: World;
  // One shared profile per status for every cell that must not change it; a fresh one for each
  // cell that is expected to change it (a successful save, submit or decision).
  const shared = {} as Record<Status, { id: string; etag: string }>;
  beforeAll(async () => {
    w = await world();
    for (const status of STATUSES) shared[status] = await profileIn(w, status);
  });

  it.each(cells)('$who ($caller), $status profile, $action → $expected', async ({ caller, status, action, expected }) => {
    const changes = expected === 200 && ['update', 'submit', 'decide'].includes(action);
    const { id, etag } = changes ? await profileIn(w, status) : shared[status];
    expect(await attempt(w, caller, action, id, etag)).toBe(expected);
  });

  it('no denied action changed a profile: status and version are as they were', async () => {
    for (const status of STATUSES) {
      const { body } = await call('GET', `/v1/profiles/${shared[status].id}`, { token: w.tokens.e1member });
      expect([body.status, body.version, body.decisions.length]).toEqual([status, 1, status === 'submitted' || status === 'draft' ? 0 : 1]);
    }
  });

  it.each([
    ['e1member', 201],
    ['e1admin', 201],
    ['e1reviewer', 201],
    ['e2member', 201],
    ['t1reviewer', 403],
    ['t1admin', 403],
    ['t1member', 403],
  ] as const)('create: %s → %i (profiles belong to employers)', async (caller, expected) => {
    expect((await call('POST', '/v1/profiles', { token: w.tokens[caller], body: newProfile() })).status).toBe(expected);
  });

  it('a 404 for a hidden profile is the same as for one that never existed', async () => {
    const { id } = await profileIn(w, 'submitted');
    const hidden = await call('GET', `/v1/profiles/${id}`, { token: w.tokens.t2reviewer });
    const missing = await call('GET', `/v1/profiles/${crypto.randomUUID()}`, { token: w.tokens.t2reviewer });
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(hidden.headers.get('content-type')).toBe('application/problem+json');
    expect(Object.keys(hidden.body).sort()).toEqual(Object.keys(missing.body).sort());
    expect(hidden.body.detail.replace(id, 'ID')).toBe(missing.body.detail.replace(/[0-9a-f-]{36}/, 'ID'));
  });

  it.each([
    ['no Authorization header', null],
    ['an unknown token', 'vdg_not-a-real-token'],
    ['the ADMIN_TOKEN (not an organisation token)', 'test-admin-token'],
  ])('answers %s with 401 problem+json and WWW-Authenticate', async (_name, token) => {
    for (const [method, path] of [
      ['GET', '/v1/profiles'],
      ['POST', '/v1/profiles'],
      ['GET', '/v1/me'],
    ] as const) {
      const response = await call(method, path, { token, body: method === 'POST' ? newProfile() : undefined });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });
});
