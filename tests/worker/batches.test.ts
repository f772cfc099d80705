/**
 * Batches through the real Cloudflare Queue (issue 20): the Worker in workerd sends one message per
 * item, the same Worker's queue handler consumes them and stores job profiles in the local D1.
 */
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchResult } from '../../shared/batches';
import { parseCsv } from '../../shared/csv';
import { GERMAN_POSTING, NL_POSTING, multipart, results, settled, upload } from './batch-helpers';
import { call, world, type World } from './profiles-helpers';

let w: World;
beforeAll(async () => {
  w = await world();
});

describe('POST /v1/batches through the queue', () => {
  it('translates a JSON batch and stores each item as a draft profile of the uploader', async () => {
    const items = [
      { title: 'Magazijnmedewerker', text: NL_POSTING('Magazijnmedewerker'), ref: 'VAC-1' },
      { text: NL_POSTING('Orderpicker'), ref: 'VAC-2' },
    ];
    const created = await call('POST', '/v1/batches', { token: w.tokens.e1member, body: { items } });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ status: expect.stringMatching(/^(queued|running|done)$/), total: 2 });
    expect(created.headers.get('location')).toBe(`/v1/batches/${created.body.id}`);

    const batch = await settled(w.tokens.e1member, created.body.id);
    expect(batch).toMatchObject({ status: 'done', total: 2, done: 2, failed: 0, engine: 'offline', submit: false });
    expect(batch.items.map((i) => [i.index, i.ref, i.title, i.status])).toEqual([
      [0, 'VAC-1', 'Magazijnmedewerker', 'done'],
      [1, 'VAC-2', 'Orderpicker', 'done'],
    ]);
    const profile = await call('GET', `/v1/profiles/${batch.items[0]!.profileId}`, { token: w.tokens.e1member });
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({ title: 'Magazijnmedewerker', status: 'draft', organization: { id: w.orgs.e1 } });
    expect(profile.body.translation.engine).toBe('offline');
    expect(profile.body.translation.requirements.some((r: { kind: string }) => r.kind === 'education_level' || r.kind === 'diploma')).toBe(true);
    expect(profile.body.vacancy.text).toContain('mbo niveau 3');
  });
});

describe('a batch for a region', () => {
  it("keeps the region it was given, 'abroad' included (#16)", async () => {
    for (const region of ['BE', 'abroad']) {
      const items = [{ title: 'Magazijnmedewerker', text: NL_POSTING('Magazijnmedewerker'), ref: `REGION-${region}` }];
      const created = await call('POST', '/v1/batches', { token: w.tokens.e1member, body: { items, region } });
      expect(created.status, region).toBe(202);
      const batch = await settled(w.tokens.e1member, created.body.id);
      expect(batch.items[0]?.status).toBe('done');
      const profile = await call('GET', `/v1/profiles/${batch.items[0]!.profileId}`, { token: w.tokens.e1member });
      expect(profile.body.translation.region).toBe(region);
    }
  });
});

describe('upload formats', () => {
  it('reads a CSV file (multipart): quoted commas, line breaks and quotes, a semicolon header, submit for review', async () => {
    const csv = [
      'Titel;Tekst;Ref',
      `"Chauffeur; bakwagen";"${NL_POSTING('Chauffeur').replace(/"/g, '""')}\n- Je zegt ""ja"" tegen vroege diensten";CSV-1`,
      `Heftruckchauffeur;"${NL_POSTING('Heftruckchauffeur')}";CSV-2`,
    ].join('\r\n');
    const created = await upload(w.tokens.e1member, multipart('vacatures.csv', 'text/csv', `\uFEFF${csv}\r\n`, { submit: 'true' }), null);
    expect(created.status).toBe(202);
    expect(created.body.total).toBe(2);
    const batch = await settled(w.tokens.e1member, created.body.id);
    expect(batch.items.map((i) => [i.title, i.ref, i.status])).toEqual([
      ['Chauffeur; bakwagen', 'CSV-1', 'done'],
      ['Heftruckchauffeur', 'CSV-2', 'done'],
    ]);
    expect(batch.submit).toBe(true);
    // Submitted: the serving team's reviewer sees it, the uploader's profile holds the whole quoted text.
    const id = batch.items[0]!.profileId!;
    const seen = await call('GET', `/v1/profiles/${id}`, { token: w.tokens.t1reviewer });
    expect(seen.status).toBe(200);
    expect(seen.body.status).toBe('submitted');
    expect(seen.body.vacancy.text).toContain('Je zegt "ja" tegen vroege diensten');
    const audit = await call('GET', `/v1/profiles/${id}/audit`, { token: w.tokens.e1member });
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual(['profile.created', 'profile.submitted']);
  });

  it('reads JSON Lines (the file as the body); a line that is not JSON fails alone', async () => {
    const lines = [
      JSON.stringify({ title: 'Monteur', text: NL_POSTING('Monteur'), ref: 'L1' }),
      '{"title": "Kapot", "text": ',
      '',
      JSON.stringify({ title: 'Planner', text: NL_POSTING('Planner'), ref: 'L3' }),
    ].join('\n');
    const created = await upload(w.tokens.e1member, lines, 'application/x-ndjson');
    expect(created.status).toBe(202);
    const batch = await settled(w.tokens.e1member, created.body.id);
    expect(batch).toMatchObject({ status: 'done', total: 3, done: 2, failed: 1 });
    expect(batch.items[1]).toMatchObject({ status: 'failed', errorCode: 'not_json', error: expect.stringMatching(/^This line is not valid JSON/) });
    expect(batch.items[1]!.profileId).toBeUndefined();
  });

  it('reads a ZIP of .txt, .md, .html and .docx files; another kind of file fails alone', async () => {
    const paragraph = (text: string, listed = false) =>
      `<w:p>${listed ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const documentXml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${[
      paragraph('Medewerker klantenservice'),
      paragraph('Wat vragen wij?'),
      paragraph('Een afgeronde mbo niveau 4 opleiding', true),
      paragraph('Minimaal 3 jaar ervaring in een callcenter &amp; webcare', true),
      paragraph('Je bent klantvriendelijk en geduldig', true),
    ].join('')}</w:body></w:document>`;
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(documentXml) });
    const html = `<html><head><title>Vacature</title><style>p{color:red}</style></head><body><h1>Kok</h1><p>Wat vragen wij?</p><ul><li>Een diploma mbo niveau 3 koken</li><li>Minimaal 2 jaar ervaring in een keuken</li><li>Je bent stressbestendig &amp; flexibel</li></ul><script>alert(1)</script></body></html>`;
    const zip = zipSync({
      'vacatures/a-magazijn.txt': strToU8(NL_POSTING('Magazijnmedewerker')),
      'vacatures/b-planner.md': strToU8(`# Planner\n\n${NL_POSTING('Planner')}`),
      'vacatures/c-kok.html': strToU8(html),
      'vacatures/d-klantenservice.docx': docx,
      'vacatures/e-logo.png': new Uint8Array([137, 80, 78, 71]),
      '__MACOSX/vacatures/._a-magazijn.txt': strToU8('resource fork'),
    });
    const created = await upload(w.tokens.e1member, zip, 'application/zip');
    expect(created.status).toBe(202);
    expect(created.body.total).toBe(5);
    const batch = await settled(w.tokens.e1member, created.body.id);
    expect(batch.items.map((i) => [i.ref, i.title, i.status])).toEqual([
      ['vacatures/a-magazijn.txt', 'Magazijnmedewerker', 'done'],
      ['vacatures/b-planner.md', 'Planner', 'done'],
      ['vacatures/c-kok.html', 'Kok', 'done'],
      ['vacatures/d-klantenservice.docx', 'Medewerker klantenservice', 'done'],
      ['vacatures/e-logo.png', 'vacatures/e-logo.png', 'failed'],
    ]);
    expect(batch.items[4]).toMatchObject({ errorCode: 'unsupported_file', error: expect.stringMatching(/not \.txt, \.md, \.html or \.docx/) });
    const word = await call('GET', `/v1/profiles/${batch.items[3]!.profileId}`, { token: w.tokens.e1member });
    expect(word.body.vacancy.text).toContain('- Een afgeronde mbo niveau 4 opleiding');
    expect(word.body.vacancy.text).toContain('callcenter & webcare');
    expect(word.body.translation.requirements.some((r: { kind: string }) => r.kind === 'education_level' || r.kind === 'diploma')).toBe(true);
    const page = await call('GET', `/v1/profiles/${batch.items[2]!.profileId}`, { token: w.tokens.e1member });
    expect(page.body.vacancy.text).toContain('- Een diploma mbo niveau 3 koken');
    expect(page.body.vacancy.text).not.toMatch(/alert|color:red/);
  });

  it('refuses what it cannot read, naming why, as problem+json', async () => {
    const cases = [
      [await upload(w.tokens.e1member, 'title,body\nA,B', 'text/csv'), 400, /no "text" column/],
      [await upload(w.tokens.e1member, 'hello', 'text/plain'), 415, /Content-Type "text\/plain"/],
      [await upload(w.tokens.e1member, JSON.stringify({ items: [] }), 'application/json'), 400, /items is empty/],
      [await upload(w.tokens.e1member, JSON.stringify({ items: [{ title: 'x', text: '' }] }), 'application/json'), 400, /None of the 1 items.*text is empty/],
      [await upload(w.tokens.e1member, JSON.stringify({ items: [{ text: 'x' }], engine: 'gpt' }), 'application/json'), 400, /engine/],
      [
        await upload(w.tokens.e1member, JSON.stringify({ items: Array.from({ length: 1001 }, () => ({ text: 'x' })) }), 'application/json'),
        413,
        /at most 1000/,
      ],
      [await upload(w.tokens.e1member, `title,text\n${'a,b\n'.repeat(1001)}`, 'text/csv'), 413, /at most 1000/],
      [await upload(w.tokens.e1member, new Uint8Array(20 * 1024 * 1024 + 1).fill(65), 'text/csv'), 413, /larger than 20 MB/],
      [await upload(w.tokens.t1reviewer, JSON.stringify({ items: [{ text: 'x' }] }), 'application/json'), 403, /employer/],
    ] as const;
    for (const [response, status, detail] of cases) {
      expect(response.status, String(detail)).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.body.detail).toMatch(detail);
    }
  });
});

describe('one bad item never loses the others', () => {
  it('fails an item in another language at once (no retries) and translates the rest; the results list every item', async () => {
    const items = [
      { title: 'Magazijnmedewerker', text: NL_POSTING('Magazijnmedewerker'), ref: 'P1' },
      { title: 'Lagermitarbeiter', text: GERMAN_POSTING, ref: 'P2' },
      { title: 'Expeditiemedewerker', text: NL_POSTING('Expeditiemedewerker'), ref: 'P3' },
    ];
    const created = await call('POST', '/v1/batches', { token: w.tokens.e1member, body: { items } });
    const batch = await settled(w.tokens.e1member, created.body.id);
    expect(batch).toMatchObject({ status: 'done', done: 2, failed: 1 });
    expect(batch.items[1]).toMatchObject({ ref: 'P2', status: 'failed', errorCode: 'other_language', error: expect.stringMatching(/not in Dutch or English/) });

    const jsonl = await results(w.tokens.e1member, batch.id);
    expect(jsonl.status).toBe(200);
    expect(jsonl.type).toMatch(/^application\/x-ndjson/);
    const lines = jsonl.text
      .trim()
      .split('\n')
      .map((line) => BatchResult.parse(JSON.parse(line)));
    expect(lines.map((l) => [l.index, l.ref, l.status])).toEqual([
      [0, 'P1', 'done'],
      [1, 'P2', 'failed'],
      [2, 'P3', 'done'],
    ]);
    expect(lines[0]!.markdown).toBeTruthy();
    expect(lines[0]!.skills.length).toBeGreaterThan(0);
    expect(lines[1]).toMatchObject({ markdown: null, skills: [], errorCode: 'other_language', error: expect.stringMatching(/not in Dutch or English/) });

    const csv = await results(w.tokens.e1member, batch.id, 'csv');
    expect(csv.type).toMatch(/^text\/csv/);
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual(['index', 'ref', 'title', 'status', 'profileId', 'error', 'errorCode', 'occupation', 'occupationUri', 'skills', 'markdown']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[4]])).toEqual(lines.map((l) => [String(l.index), l.ref, l.status, l.profileId ?? '']));
    expect(rows[2]![6]).toBe('other_language');
    expect(rows[1]![10]).toBe(lines[0]!.markdown);
  });
});

describe('idempotent upload', () => {
  it('answers a retry with the same key with the first batch, and makes its profiles once', async () => {
    const key = `upload-${crypto.randomUUID()}`;
    const marker = `Idempotent ${crypto.randomUUID().slice(0, 8)}`;
    const csv = `title,text,ref\n"${marker}","${NL_POSTING(marker)}",K1\n`;
    const first = await upload(w.tokens.e1member, multipart('a.csv', 'text/csv', csv), null, { 'idempotency-key': key });
    // The same file in another multipart body (another boundary) is the same upload.
    const second = await upload(w.tokens.e1member, multipart('a.csv', 'text/csv', csv), null, { 'idempotency-key': key });
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    await settled(w.tokens.e1member, first.body.id);
    const list = await call('GET', '/v1/profiles', { token: w.tokens.e1member });
    expect(list.body.profiles.filter((p: { title: string }) => p.title === marker)).toHaveLength(1);

    const other = await upload(w.tokens.e1member, multipart('a.csv', 'text/csv', csv.replace('K1', 'K2')), null, { 'idempotency-key': key });
    expect(other.status).toBe(422);
    expect(other.body.detail).toMatch(/already used for a different upload/);
    // Another organisation's key space is its own.
    const elsewhere = await upload(w.tokens.e2member, multipart('a.csv', 'text/csv', csv), null, { 'idempotency-key': key });
    expect(elsewhere.status).toBe(202);
    expect(elsewhere.body.id).not.toBe(first.body.id);
  });
});

describe('tenancy', () => {
  let id: string;
  let drafts: string;
  beforeAll(async () => {
    const created = await call('POST', '/v1/batches', {
      token: w.tokens.e1member,
      body: { items: [{ text: NL_POSTING('Teamleider'), ref: 'T1' }], submit: true },
    });
    id = created.body.id;
    const kept = await call('POST', '/v1/batches', { token: w.tokens.e1member, body: { items: [{ text: NL_POSTING('Concept'), ref: 'T1' }] } });
    drafts = kept.body.id;
    await settled(w.tokens.e1member, id);
    await settled(w.tokens.e1member, drafts);
  });

  // As with profiles: the serving team's reviewers and admins see a batch submitted for review, never a batch of drafts.
  it.each([
    ['e1admin', 200, 200],
    ['e1reviewer', 200, 200],
    ['e2member', 404, 404],
    ['t1reviewer', 200, 404],
    ['t1admin', 200, 404],
    ['t1member', 404, 404],
    ['t2reviewer', 404, 404],
  ] as const)('%s reading the submitted batch and its results gets %i, the batch of drafts %i', async (who, submitted, ofDrafts) => {
    const token = w.tokens[who];
    for (const [batchId, expected] of [
      [id, submitted],
      [drafts, ofDrafts],
    ] as const) {
      const batch = await call('GET', `/v1/batches/${batchId}`, { token });
      expect(batch.status).toBe(expected);
      expect((await results(token, batchId)).status).toBe(expected);
      if (expected === 404) {
        expect(batch.headers.get('content-type')).toBe('application/problem+json');
        expect(JSON.stringify(batch.body)).not.toContain('T1');
      }
    }
  });

  it('an unknown batch is 404 and no token is 401', async () => {
    expect((await call('GET', `/v1/batches/${crypto.randomUUID()}`, { token: w.tokens.e1member })).status).toBe(404);
    expect((await call('GET', `/v1/batches/${id}`)).status).toBe(401);
    expect((await results(w.tokens.e1member, id)).status).toBe(200);
  });
});
