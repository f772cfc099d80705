/**
 * Hostile and malformed requests against every route the app mounts (#9): wrong content types,
 * huge and deeply nested JSON, null bytes, invalid UTF-8, wrong methods, prototype-pollution keys,
 * very long lines, thousands of bullets, markup in text, bad vacancy objects, bad queries.
 * Goal: 0 × 5xx, and every error is application/problem+json with a detail a person can act on.
 * The routes are read from the app itself, so a route added later is covered without editing this.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../functions/app';
import { Problem } from '../../shared/problem';
import { organization, token } from './profiles-helpers';

// The rate limit has its own test; here it would turn the later cases into 429s.
const ENV = { ...env, RATE_LIMIT_PER_MINUTE: '0' };

type Body = string | Uint8Array<ArrayBuffer> | null;
interface Hostile {
  name: string;
  body: Body;
  type?: string | null;
  headers?: Record<string, string>;
}

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => [...new TextEncoder().encode(text)];
const json = (value: unknown) => JSON.stringify(value);
const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const POSTING = 'Wat vragen wij\n- mbo niveau 3\n- rijbewijs B';

/** Bodies sent to every route that takes one. */
const BODIES: Hostile[] = [
  { name: 'no body', body: null, type: null },
  { name: 'an empty JSON body', body: '' },
  { name: 'text/plain JSON', body: json({ text: POSTING }), type: 'text/plain' },
  { name: 'a form body', body: 'text=abc&title=x', type: 'application/x-www-form-urlencoded' },
  { name: 'multipart garbage', body: '--x\r\ncontent-disposition: form-data; name="text"\r\n\r\nabc\r\n--x--', type: 'multipart/form-data; boundary=x' },
  { name: 'XML', body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', type: 'application/xml' },
  { name: 'truncated JSON', body: '{"text": "abc' },
  { name: 'JSON null', body: 'null' },
  { name: 'a JSON array', body: '[1,2,3]' },
  { name: 'a JSON number', body: '1e999' },
  { name: 'a JSON string', body: '"text"' },
  { name: 'JSON nested 10,000 deep', body: nested(10_000) },
  { name: 'an array nested 100,000 deep', body: '['.repeat(100_000) + ']'.repeat(100_000) },
  { name: 'a 3 MB body', body: json({ text: 'a'.repeat(3 * 1024 * 1024) }) },
  { name: 'a 3 MB body that claims to be small', body: json({ text: 'a'.repeat(3 * 1024 * 1024) }), headers: { 'content-length': '10' } },
  { name: 'null bytes', body: json({ text: `Wat vragen wij\u0000\n- mbo\u0000 niveau 3`, title: '\u0000', name: '\u0000', comment: '\u0000' }) },
  { name: 'invalid UTF-8', body: bytes(...utf8('{"text":"Wat vragen wij\\n- '), 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, ...utf8(' rijbewijs B"}')) },
  { name: 'a UTF-8 byte order mark', body: bytes(0xef, 0xbb, 0xbf, ...utf8(json({ text: POSTING }))) },
  {
    name: 'UTF-16 with a JSON content type',
    body: bytes(0xff, 0xfe, ...[...json({ text: POSTING })].flatMap((c) => [c.charCodeAt(0), 0])),
    type: 'application/json; charset=utf-16',
  },
  { name: 'lone surrogates', body: '{"text":"Wat vragen wij\\n- \\ud800 mbo \\udfff niveau 3","title":"\\ud800"}' },
  { name: '__proto__ keys', body: '{"__proto__":{"isAdmin":true,"role":"admin"},"text":"Wat vragen wij\\n- mbo","vacancy":{"__proto__":{"isVacancy":true}}}' },
  {
    name: 'constructor.prototype keys',
    body: json({ constructor: { prototype: { isAdmin: true } }, text: POSTING, role: 'admin', organizationId: { $ne: null } }),
  },
  { name: 'duplicate keys', body: '{"text":"Wat vragen wij\\n- mbo","text":42}' },
  { name: 'a 256 KB single line', body: json({ text: `Wat vragen wij: ${'ervaring met veel dingen '.repeat(10_000)}`.slice(0, 250_000) }) },
  { name: 'a 256 KB word without spaces', body: json({ text: 'a'.repeat(250_000) }) },
  { name: 'a text just over 256 KB', body: json({ text: 'a'.repeat(256 * 1024 + 1) }) },
  {
    name: '5,000 bullets',
    body: json({ text: `Wat vragen wij\n${Array.from({ length: 5000 }, (_, i) => `- rijbewijs B en ${i} jaar ervaring`).join('\n')}` }),
  },
  {
    name: 'HTML and script in text',
    body: json({
      text: `<h2>Wat vragen wij</h2><ul><li>mbo 3</li><li><script>alert(1)</script><img src=x onerror=alert(1)></li></ul>`,
      title: '<script>alert(1)</script>',
    }),
  },
  { name: 'a vacancy of the wrong shape', body: json({ vacancy: { isVacancy: 'yes', text: 42, source: 'fax' } }) },
  { name: 'a null vacancy', body: json({ vacancy: null }) },
  { name: 'an empty vacancy object', body: json({ vacancy: {} }) },
  {
    name: 'a vacancy with a 1.5 MB text',
    body: json({
      vacancy: {
        isVacancy: true,
        title: null,
        employer: null,
        location: null,
        language: 'nl',
        text: `Wat vragen wij\n- ${'mbo niveau 3 '.repeat(120_000)}`,
        source: 'text',
      },
    }),
  },
  {
    name: 'a vacancy with 20,000 lines',
    body: json({
      vacancy: {
        isVacancy: true,
        title: 'x',
        employer: null,
        location: null,
        language: null,
        text: Array(20_000).fill('- Je bent flexibel').join('\n'),
        source: 'paste',
      },
    }),
  },
  {
    name: 'a vacancy that is not one',
    body: json({ vacancy: { isVacancy: false, reason: 'a listing', title: null, employer: null, location: null, language: null, text: 'x', source: 'text' } }),
  },
  { name: 'wrong engine and language', body: json({ text: POSTING, engine: 'gpt', language: 'fr' }) },
  {
    name: 'objects where strings belong',
    body: json({
      text: { toString: 'x' },
      title: ['a'],
      url: 1,
      name: {},
      kind: [],
      role: 7,
      organizationId: true,
      employerId: null,
      comment: {},
      decision: 1,
    }),
  },
  { name: 'a JavaScript URL', body: json({ text: POSTING, url: 'javascript:alert(1)' }) },
  { name: 'Claude requested without a key', body: json({ text: POSTING, engine: 'claude' }) },
];

/** Queries sent to every GET route. */
const QUERIES = [
  '',
  '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  `?q=${'a'.repeat(10_000)}`,
  '?q=%00%00',
  '?q=%E0%A4%A',
  '?limit=-1',
  '?limit=1e999',
  '?limit=abc',
  '?lang=xx',
  '?__proto__[admin]=1&constructor[prototype][x]=1',
  '?status=%27%20OR%201%3D1--',
  '?q=&q=&q=',
  '?profileId=%27%3B%20DROP%20TABLE%20profiles%3B--',
  '?stream=1',
];

const WRONG_METHODS = ['PUT', 'PATCH', 'DELETE', 'POST', 'GET', 'HEAD', 'TRACE'];

let tokens: Record<'admin' | 'member' | 'none', string | null>;
beforeAll(async () => {
  const employer = await organization('Hostile test BV', 'employer');
  tokens = { admin: env.ADMIN_TOKEN, member: await token(employer, 'admin'), none: null };
});

/** The routes the app mounts, with their path parameters filled in. */
function routes(): Array<{ method: string; path: string }> {
  const seen = new Set<string>();
  return app.routes
    .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
    .map((r) => ({ method: r.method, path: r.path.replace(/:(\w+)(\{[^}]*\})?/g, (_m, name: string) => (name === 'version' ? '1' : `hostile-${name}`)) }))
    .filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
}
const tokenFor = (path: string) => (path.startsWith('/v1/admin') ? tokens.admin : tokens.member);

async function send(method: string, path: string, hostile: Hostile, bearer: string | null) {
  const headers: Record<string, string> = { ...hostile.headers };
  if (hostile.type !== null) headers['content-type'] = hostile.type ?? 'application/json';
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const ctx = createExecutionContext();
  const withBody = method !== 'GET' && method !== 'HEAD' && hostile.body !== null;
  const response = await app.request(path, { method, headers, body: withBody ? hostile.body : undefined }, ENV, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** The contract for any answer to a hostile request. */
async function expectNoServerError(response: Response, what: string, method = what.split(' ')[0]) {
  expect(response.status, `${what} → ${response.status}`).toBeLessThan(500);
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  if (response.status < 400 || (response.status === 405 && response.headers.get('allow'))) return;
  expect(response.headers.get('content-type'), what).toBe('application/problem+json');
  const text = await response.text();
  if (!text && method === 'HEAD') return;
  const problem = Problem.parse(JSON.parse(text));
  expect(problem.status, what).toBe(response.status);
  // A detail a person can act on: a sentence, not a code.
  expect(problem.detail.length, `${what}: "${problem.detail}"`).toBeGreaterThan(15);
}

describe('hostile requests', () => {
  it('finds the routes of every resource', () => {
    const prefixes = new Set(routes().map((r) => r.path.split('/').slice(0, 3).join('/')));
    for (const prefix of ['/v1/translations', '/v1/health', '/v1/profiles', '/v1/admin', '/v1/skills', '/v1/occupations', '/v1/me', '/v1/learning-routes'])
      expect(prefixes).toContain(prefix);
  });

  it('answers every hostile body on every route that takes one without a 5xx, errors as problem+json', { timeout: 10 * 60_000 }, async () => {
    const statuses = new Map<number, number>();
    for (const route of routes().filter((r) => r.method !== 'GET')) {
      for (const hostile of BODIES) {
        // Without a token only the cheap bodies: authentication comes before the body is read.
        for (const bearer of [tokenFor(route.path), ...(hostile.body && hostile.body.length > 10_000 ? [] : [null])]) {
          const what = `${route.method} ${route.path} with ${hostile.name}${bearer ? '' : ' and no token'}`;
          const started = Date.now();
          const response = await send(route.method, route.path, hostile, bearer);
          if (Date.now() - started > 1000) console.log(`slow: ${what} took ${Date.now() - started} ms (${response.status})`);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          await expectNoServerError(response, what);
          if (response.status === 200) expect(response.headers.get('content-type'), what).toMatch(/^(application\/json|text\/event-stream)/);
        }
      }
    }
    console.log('hostile bodies, answers by status:', Object.fromEntries(statuses));
  });

  it('answers hostile queries on every GET route without a 5xx', { timeout: 5 * 60_000 }, async () => {
    for (const route of routes().filter((r) => r.method === 'GET')) {
      for (const query of QUERIES) {
        for (const bearer of [tokenFor(route.path), null]) {
          const response = await send('GET', route.path + query, { name: query, body: null, type: null }, bearer);
          await expectNoServerError(response, `GET ${route.path}${query}`);
        }
      }
    }
  });

  it('answers wrong methods with a 404 or 405 problem+json, never a 5xx', async () => {
    for (const path of new Set(routes().map((r) => r.path))) {
      const allowed = routes()
        .filter((r) => r.path === path)
        .map((r) => r.method);
      if (allowed.includes('GET')) allowed.push('HEAD');
      for (const method of WRONG_METHODS.filter((m) => !allowed.includes(m))) {
        const response = await send(method, path, { name: method, body: '{}' }, tokenFor(path));
        await expectNoServerError(response, `${method} ${path}`);
        expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      }
    }
  });

  it('answers hostile paths and headers without a 5xx', async () => {
    const paths = [
      '/v1/profiles/%00',
      '/v1/profiles/..%2F..%2Fadmin',
      `/v1/profiles/${'x'.repeat(5000)}`,
      '/v1/profiles/%E0%A4%A',
      '/v1//translations',
      '/%2e%2e/%2e%2e/etc/passwd',
    ];
    for (const path of paths) await expectNoServerError(await send('GET', path, { name: path, body: null, type: null }, tokens.member), `GET ${path}`);
    const headers: Array<Record<string, string>> = [
      { authorization: 'Bearer' },
      { authorization: `Bearer ${'x'.repeat(10_000)}` },
      { authorization: 'Basic YTpi' },
      { authorization: 'Bearer a b c' },
      { 'if-match': '"' + 'x'.repeat(5000) },
      { 'if-match': '*' },
      { 'idempotency-key': 'x'.repeat(300) },
      { origin: 'https://evil.example' },
      { 'cf-connecting-ip': 'not-an-address' },
      { 'content-length': '-1' },
    ];
    for (const extra of headers) {
      for (const route of [
        { method: 'POST', path: '/v1/translations' },
        { method: 'POST', path: '/v1/profiles' },
        { method: 'PUT', path: '/v1/profiles/hostile-id' },
      ]) {
        const response = await send(route.method, route.path, { name: 'header', body: json({ text: POSTING }), headers: extra }, null);
        await expectNoServerError(response, `${route.method} ${route.path} with ${JSON.stringify(extra).slice(0, 80)}`);
      }
    }
  });

  it('gives CORS only to extension origins, never to an arbitrary site', async () => {
    const preflight = (origin: string) =>
      app.request('/v1/translations', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } }, ENV);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('chrome-extension://abcdefghijklmnop')).headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnop');
  });

  it('does not let __proto__ in a body change objects on the server', async () => {
    await send('POST', '/v1/translations', BODIES.find((b) => b.name === '__proto__ keys')!, null);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });
});
