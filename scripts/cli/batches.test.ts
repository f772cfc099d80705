/**
 * `vaardig batch` and `vaardig batches` against the real local Worker (workerd, local D1, Miniflare's
 * queue; scripts/start-worker.ts) in a database of their own: real processes, real HTTP.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchSummary } from '../../shared/batches';
import { startLocalWorker } from '../lib/local-worker';

const ADMIN_TOKEN = `cli-test-${randomUUID()}`;
const dir = mkdtempSync(join(tmpdir(), 'vaardig-cli-batches-'));
const POSTING = (title: string) => `${title}\n\nWat vragen wij?\n- Een afgeronde mbo niveau 3 opleiding\n- Minimaal 2 jaar ervaring\n- Je bent flexibel`;

let worker: Awaited<ReturnType<typeof startLocalWorker>>;
let employer: string;
let reviewer: string;
const uploaded: string[] = [];

function vaardig(args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/vaardig.ts', ...args], {
    encoding: 'utf8',
    timeout: 110_000,
    env: { ...process.env, VAARDIG_API: '', VAARDIG_TOKEN: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function api<T = any>(method: string, path: string, token: string, body?: unknown): Promise<T> {
  const response = await fetch(`${worker.origin}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<T>;
}

beforeAll(async () => {
  worker = await startLocalWorker({ ADMIN_TOKEN, RATE_LIMIT_PER_MINUTE: '0' }, { persistTo: join(dir, 'state') });
  const org = async (name: string, kind: string) =>
    (await api<{ id: string }>('POST', '/v1/admin/organizations', ADMIN_TOKEN, { name: `${name} ${randomUUID().slice(0, 8)}`, kind })).id;
  const tokenOf = async (organizationId: string, role: string) =>
    (await api<{ token: string }>('POST', '/v1/admin/tokens', ADMIN_TOKEN, { organizationId, role })).token;
  const [e1, t1] = [await org('Bouwbedrijf', 'employer'), await org('Expertiseteam', 'expertise_team')];
  await api('POST', `/v1/admin/organizations/${t1}/clients`, ADMIN_TOKEN, { employerId: e1 });
  employer = await tokenOf(e1, 'member');
  reviewer = await tokenOf(t1, 'reviewer');
}, 300_000);

afterAll(() => {
  worker?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('vaardig batch', () => {
  it('uploads a CSV, waits for the queue, prints the results and says a failed row in the language asked', () => {
    const csv = join(dir, 'vacatures.csv');
    writeFileSync(csv, `title,text,ref\nTimmerman,"${POSTING('Timmerman')}",V1\nLeeg,,V2\n`);
    const { code, stdout, stderr } = vaardig(['batch', csv, '--api', worker.origin, '--token', employer, '--lang', 'nl']);
    // A failed item makes the exit code 1; the other item is still translated.
    expect(code, stderr).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.ref, l.status, l.errorCode ?? null])).toEqual([
      ['V1', 'done', null],
      ['V2', 'failed', 'empty_text'],
    ]);
    expect(stderr).toMatch(/item 1 \(V2\): De tekst is leeg\./);
    uploaded.push(/batch (\S+):/.exec(stderr)![1]!);
    expect(vaardig(['batch', csv, '--api', worker.origin, '--token', employer, '--lang', 'de']).stderr).toMatch(/--lang is nl or en/);
  }, 120_000);
});

describe('vaardig batches', () => {
  beforeAll(async () => {
    uploaded.push((await api('POST', '/v1/batches', employer, { items: [{ text: POSTING('Metselaar') }], submit: true })).id);
    uploaded.push((await api('POST', '/v1/batches', employer, { items: [{ text: POSTING('Stukadoor') }, { text: POSTING('Tegelzetter') }] })).id);
  });

  it('prints the first page, one batch a line, and names the next page', () => {
    const first = vaardig(['batches', '--api', worker.origin, '--token', employer, '--limit', '2']);
    expect(first.code, first.stderr).toBe(0);
    const rows = first.stdout.trim().split('\n');
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect(row).toMatch(
        /^\d{4}-\d\d-\d\d \d\d:\d\d {2}[0-9a-f-]{36} {2}(queued|running|done|failed) +\d+ done, \d+ failed of \d+ +(for review|drafts) +Bouwbedrijf /,
      );
    const cursor = /more: vaardig batches --cursor (\S+) --limit 2/.exec(first.stderr)?.[1];
    expect(cursor, first.stderr).toBeTruthy();
    const second = vaardig(['batches', '--api', worker.origin, '--token', employer, '--limit', '2', '--cursor', cursor!]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).not.toMatch(/more:/);
    const ids = [...rows, second.stdout.trim()].map((row) => row.split('  ')[1]);
    expect(new Set(ids)).toEqual(new Set(uploaded));
  }, 240_000);

  it('--all --json: every batch as JSON Lines, newest first; a team reviewer sees only what was submitted for review', () => {
    const all = vaardig(['batches', '--api', worker.origin, '--token', employer, '--all', '--json', '--limit', '1']);
    expect(all.code, all.stderr).toBe(0);
    const batches = all.stdout
      .trim()
      .split('\n')
      .map((line) => BatchSummary.parse(JSON.parse(line)));
    expect(new Set(batches.map((b) => b.id))).toEqual(new Set(uploaded));
    expect(batches.map((b) => b.createdAt)).toEqual(
      batches
        .map((b) => b.createdAt)
        .sort()
        .reverse(),
    );
    expect(batches.find((b) => b.id === uploaded[0])).toMatchObject({ total: 2, done: 1, failed: 1, status: 'done' });

    const team = vaardig(['batches', '--api', worker.origin, '--token', reviewer, '--json']);
    expect(team.code, team.stderr).toBe(0);
    expect(
      team.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual([uploaded[1]]);
  }, 240_000);

  it('fails with the API’s words for a token it does not know, and asks for a token when none is given', () => {
    const unknown = vaardig(['batches', '--api', worker.origin, '--token', 'vdg_not-a-token']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^vaardig batches: 401 This API token is not known/);
    const none = vaardig(['batches', '--api', worker.origin]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/--token is required/);
  }, 240_000);
});
