/**
 * D1 faults (#9): when the database fails, every route answers a clear 503 problem+json (never a
 * 500), and nothing a client sent is half-stored: a write that failed leaves the profile as it was.
 *
 * The failing D1 below is fault injection, not a mock of a part that can run: the real local D1
 * runs every other test; this wrapper forwards to it and only makes chosen calls fail the way D1
 * does when it is unreachable or overloaded ("D1_ERROR: ...").
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../functions/app';
import { Problem } from '../../shared/problem';
import { Translation } from '../../shared/translation';
import { organization, token, translation, VACANCY } from './profiles-helpers';

const outage = () => new Error('D1_ERROR: Network connection lost.');

/** The SQL of each wrapped statement, so that a batch knows whether it must fail. */
const sqlOf = new WeakMap<object, string>();

/** D1 whose statements fail when `fails(sql)` says so; `where` picks prepare (sync throw) or run time. */
function failingD1(db: D1Database, fails: (sql: string) => boolean, where: 'prepare' | 'execute' = 'execute'): D1Database {
  const statement = (sql: string, inner: D1PreparedStatement): D1PreparedStatement => {
    const wrapped = new Proxy(inner, {
      get(target, prop) {
        if (prop === 'bind') return (...values: unknown[]) => statement(sql, target.bind(...values));
        if (['first', 'all', 'run', 'raw'].includes(prop as string) && fails(sql)) return () => Promise.reject(outage());
        const value = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    sqlOf.set(wrapped, sql);
    return wrapped;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (sql: string) => {
          if (where === 'prepare' && fails(sql)) throw outage();
          return statement(sql, target.prepare(sql));
        };
      }
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) => (statements.some((s) => fails(sqlOf.get(s) ?? '')) ? Promise.reject(outage()) : target.batch(statements));
      }
      if (prop === 'exec') return (sql: string) => (fails(sql) ? Promise.reject(outage()) : target.exec(sql));
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const everything = () => true;
const writes = (sql: string) => /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i.test(sql);

async function request(method: string, path: string, bearer: string | null, body: unknown, DB: D1Database, headers: Record<string, string> = {}) {
  const ctx = createExecutionContext();
  const response = await app.request(
    path,
    {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
    { ...env, RATE_LIMIT_PER_MINUTE: '60', DB },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return response;
}

async function expectUnavailable(response: Response, what: string) {
  expect(response.status, what).toBe(503);
  expect(response.headers.get('content-type'), what).toBe('application/problem+json');
  const problem = Problem.parse(await response.json());
  expect(problem.detail, what).toMatch(/database is not available.*nothing was stored.*try again/i);
}

let member: string;
beforeAll(async () => {
  member = await token(await organization('Faults BV', 'employer'), 'admin');
});

const draft = () => ({ title: 'Medewerker logistiek', translation: translation(), vacancy: VACANCY });

describe('D1 faults', () => {
  it.each(['prepare', 'execute'] as const)('answers 503 problem+json on every D1-backed route when D1 fails at %s', async (where) => {
    const DB = failingD1(env.DB, everything, where);
    const cases: Array<[string, string, string | null, unknown]> = [
      ['GET', '/v1/me', member, undefined],
      ['GET', '/v1/profiles', member, undefined],
      ['POST', '/v1/profiles', member, draft()],
      ['GET', '/v1/profiles/some-id', member, undefined],
      ['POST', '/v1/admin/organizations', env.ADMIN_TOKEN, { name: 'X', kind: 'employer' }],
      ['GET', '/v1/admin/audit', env.ADMIN_TOKEN, undefined],
    ];
    for (const [method, path, bearer, body] of cases) await expectUnavailable(await request(method, path, bearer, body, DB), `${method} ${path}`);
  });

  it('still translates when D1 fails: the rate limit lets it through uncounted and the routes say they are unavailable', async () => {
    for (const where of ['prepare', 'execute'] as const) {
      const response = await request(
        'POST',
        '/v1/translations',
        null,
        { text: 'Wat vragen wij\n- mbo niveau 4 verpleegkunde\n- BIG-registratie als verpleegkundige' },
        failingD1(env.DB, everything, where),
      );
      expect(response.status, `D1 failing at ${where}`).toBe(200);
      const translation = Translation.parse(await response.json());
      expect(translation.requirements.find((r) => /BIG/.test(r.text))).toMatchObject({ legal: true });
      expect(translation.warnings.map((w) => w.code)).toContain('routes-unavailable');
    }
  });

  it('loses nothing: a create or update that failed in D1 leaves no trace, and a retry succeeds', async () => {
    const created = await request('POST', '/v1/profiles', member, draft(), env.DB);
    expect(created.status).toBe(201);
    const profile = (await created.json()) as { id: string; version: number };
    const etag = created.headers.get('etag')!;

    // The writes fail after authentication has read the token: a half-way failure.
    const broken = failingD1(env.DB, writes);
    await expectUnavailable(
      await request('PUT', `/v1/profiles/${profile.id}`, member, { ...draft(), title: 'Changed' }, broken, { 'if-match': etag }),
      'update',
    );
    await expectUnavailable(await request('POST', `/v1/profiles/${profile.id}/comments`, member, { body: 'A comment' }, broken), 'comment');
    await expectUnavailable(
      await request('POST', '/v1/profiles', member, { ...draft(), title: 'Never stored' }, broken, { 'idempotency-key': 'faults-1' }),
      'create',
    );

    const after = await request('GET', `/v1/profiles/${profile.id}`, member, undefined, env.DB);
    const unchanged = (await after.json()) as { title: string; version: number };
    expect(unchanged.version).toBe(profile.version);
    expect(unchanged.title).toBe('Medewerker logistiek');
    const comments = (await (await request('GET', `/v1/profiles/${profile.id}/comments`, member, undefined, env.DB)).json()) as { comments: unknown[] };
    expect(comments.comments).toHaveLength(0);
    const list = (await (await request('GET', '/v1/profiles', member, undefined, env.DB)).json()) as { profiles: Array<{ title: string }> };
    expect(list.profiles.map((p) => p.title)).not.toContain('Never stored');

    // The client's retry with the same key, once D1 is back, stores the profile once.
    const retried = await request('POST', '/v1/profiles', member, { ...draft(), title: 'Never stored' }, env.DB, { 'idempotency-key': 'faults-1' });
    expect(retried.status).toBe(201);
    const updated = await request('PUT', `/v1/profiles/${profile.id}`, member, { ...draft(), title: 'Changed' }, env.DB, { 'if-match': etag });
    expect(updated.status).toBe(200);
  });
});
