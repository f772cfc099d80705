/**
 * The list of batches (issue 20): GET /v1/batches, the batches the caller may see, newest first, with
 * their progress, a page at a time. The real Worker, queue and local D1; a world of its own, so every
 * list is exact.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchList, type BatchSummary } from '../../shared/batches';
import { NL_POSTING, settled } from './batch-helpers';
import { call, world, type World } from './profiles-helpers';

let w: World;
/** e1's batches in upload order: drafts, submitted, drafts (the second with a failed item); e2's one. */
const e1: string[] = [];
let e2: string;

const list = async (token: string, query = '') => {
  const { status, body } = await call('GET', `/v1/batches${query}`, { token });
  expect(status).toBe(200);
  return BatchList.parse(body);
};

/** Every page, following `next`. */
async function all(token: string, limit: number): Promise<{ pages: BatchSummary[][] }> {
  const pages: BatchSummary[][] = [];
  let cursor: string | null = null;
  do {
    const page: BatchList = await list(token, `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    pages.push(page.batches);
    cursor = page.next;
  } while (cursor && pages.length < 10);
  return { pages };
}

beforeAll(async () => {
  w = await world();
  const upload = async (token: string, items: unknown[], submit = false) => {
    const { status, body } = await call('POST', '/v1/batches', { token, body: { items, submit } });
    expect(status).toBe(202);
    return body.id as string;
  };
  e1.push(await upload(w.tokens.e1member, [{ text: NL_POSTING('Planner'), ref: 'A1' }]));
  e1.push(await upload(w.tokens.e1admin, [{ text: NL_POSTING('Monteur') }, { text: NL_POSTING('Lasser') }], true));
  e1.push(await upload(w.tokens.e1member, [{ text: NL_POSTING('Chauffeur') }, { title: 'Leeg', text: '' }]));
  e2 = await upload(w.tokens.e2member, [{ text: NL_POSTING('Verzorgende') }], true);
  for (const id of e1) await settled(w.tokens.e1member, id);
  await settled(w.tokens.e2member, e2);
});

describe('GET /v1/batches', () => {
  it('gives an employer its own batches, newest first, with status and counts, a page at a time', async () => {
    const { pages } = await all(w.tokens.e1member, 2);
    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    const batches = pages.flat();
    expect(new Set(batches.map((b) => b.id))).toEqual(new Set(e1));
    const times = batches.map((b) => b.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    // The counts are the batch's own (as GET /v1/batches/{id} gives them).
    for (const summary of batches) {
      const { body } = await call('GET', `/v1/batches/${summary.id}`, { token: w.tokens.e1member });
      expect(summary).toEqual({
        ...Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'items')),
        organization: { id: w.orgs.e1, name: expect.stringMatching(/^Transport BV/) },
      });
    }
    const byId = new Map(batches.map((b) => [b.id, b]));
    expect(byId.get(e1[1]!)).toMatchObject({ status: 'done', total: 2, done: 2, failed: 0, submit: true });
    expect(byId.get(e1[2]!)).toMatchObject({ status: 'done', total: 2, done: 1, failed: 1, submit: false });
    // Every role of the employer sees the same list; one page of 50 holds it all.
    for (const token of [w.tokens.e1admin, w.tokens.e1reviewer])
      expect((await list(token, '?limit=50')).batches.map((b) => b.id)).toEqual(batches.map((b) => b.id));
    expect((await list(w.tokens.e1member)).next).toBeNull();
  });

  // The access matrix: as with profiles, a serving team sees what was submitted for review, never drafts.
  it.each([
    ['e2member', () => [e2]],
    ['t1reviewer', () => [e1[1]]],
    ['t1admin', () => [e1[1]]],
    ['t1member', () => []],
    ['t2reviewer', () => [e2]],
  ] as const)('%s sees only the batches it may open', async (who, expected) => {
    const { batches } = await list(w.tokens[who], '?limit=50');
    expect(batches.map((b) => b.id)).toEqual(expected());
    for (const batch of batches) expect((await call('GET', `/v1/batches/${batch.id}`, { token: w.tokens[who] })).status).toBe(200);
    if (who === 't1reviewer') expect(batches[0]!.organization).toEqual({ id: w.orgs.e1, name: expect.stringMatching(/^Transport BV/) });
  });

  it('refuses a cursor it did not give and a page size out of range; no token is 401', async () => {
    for (const query of ['?cursor=bm90LWEtY3Vyc29y', '?cursor=%%%', '?limit=0', '?limit=51', '?limit=many']) {
      const { status, body, headers } = await call('GET', `/v1/batches${query}`, { token: w.tokens.e1member });
      expect(status, query).toBe(400);
      expect(headers.get('content-type')).toBe('application/problem+json');
      expect(body.errors[0].path, query).toMatch(/^(cursor|limit)$/);
    }
    expect((await call('GET', '/v1/batches')).status).toBe(401);
  });
});
