import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../functions/taxonomy/normalize';
import type { TaxonomyIndex } from '../../functions/taxonomy/types';
import { DUTCH, dutchPack, ENGLISH, englishPack, toCsv, writeDataDir } from './esco-fixture';
import { loadOfficialDutch } from './dutch-pack';
import { buildData } from './run';
import { DUTCH_PACK, type Source } from './sources';

// A local HTTP server stands in for the ESCO portal: each test serves its own file under its own
// path, in place of https://ec.europa.eu/esco/download.
const PACK_PATH = new URL(DUTCH_PACK.url).pathname.replace('/esco/download', '');
const served = new Map<string, Buffer>();
const requests: string[] = [];
let server: Server;
let base: string;
let work: string;
let dataDir: string;
let sources: Source[];
let closedPort: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'vaardig-dutch-'));
  dataDir = join(work, 'data');
  sources = await writeDataDir(dataDir);
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = served.get(req.url ?? '');
    if (body) res.writeHead(200, { 'content-type': 'application/zip' }).end(body);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
  closedPort = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((done) => closed.close(done));
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(work, { recursive: true, force: true });
});

/** Build the fixture's index with the portal at `/<name>` serving `pack` (nothing when null). */
async function build(name: string, pack: Buffer | null, over: { dataDir?: string; portal?: string; sha256?: string | null } = {}) {
  if (pack) served.set(`/${name}${PACK_PATH}`, pack);
  const outDir = join(work, 'out', name);
  const lines: string[] = [];
  const result = await buildData({
    dataDir: over.dataDir ?? dataDir,
    outDir,
    sources,
    portal: over.portal ?? `${base}/${name}`,
    dutchPackSha256: over.sha256,
    log: (line) => lines.push(line),
  });
  const js = await readFile(result.file, 'utf8');
  const index = JSON.parse(js.slice(js.indexOf('export default ') + 15).replace(/;\s*$/, '')) as TaxonomyIndex;
  const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8'));
  const dutchOf = (label: string) => index.skills.nl[index.skills.en.indexOf(label)];
  return { result, index, lines, outDir, manifest, dutchOf };
}

describe('buildData with the official Dutch ESCO pack (issue #15)', () => {
  it('downloads the pack from the portal, verifies it and has every Dutch label', async () => {
    const { index, lines, outDir, manifest, dutchOf, result } = await build('ok', dutchPack());
    expect(result.versions.escoSkillsNl).toBe('official');
    expect(ENGLISH.skills.filter((s) => index.skills.en.includes(s.preferredLabel!)).map((s) => dutchOf(s.preferredLabel!))).toEqual([
      'spreadsheetsoftware gebruiken',
      'verpleegkunde',
      'Java (computerprogrammering)',
      'communiceren met klanten',
    ]);
    // Alternative labels: the skill's ("rekenbladsoftware") and the occupations' from the pack.
    expect(index.skillLabels[normalize('rekenbladsoftware')]).toBe(index.skills.en.indexOf('use spreadsheets software'));
    expect(index.occupations.alt[index.occupations.en.indexOf('software developer')]).toContain('programmeur');
    expect(lines.find((l) => l.startsWith('official Dutch ESCO pack'))).toMatch(
      /verified by structure, no pinned checksum: 6 skills and 2 occupations.*sha256 [0-9a-f]{64}/,
    );
    expect(manifest.sources).toContainEqual({ id: 'esco-nl-pack', origin: 'download' });
    expect(existsSync(join(outDir, 'download', DUTCH_PACK.cachePath))).toBe(true);
  });

  it('ships the same skills as with partial labels (the Worker must stay small)', async () => {
    const official = await build('same-skills', dutchPack());
    const partial = await build('same-skills-partial', null);
    expect(official.index.skills.en).toEqual(partial.index.skills.en);
    expect(official.index.skills.en).not.toContain('operate forklift');
  });

  it('uses a pack the deployer put in the data directory, without the network', async () => {
    const dir = join(work, 'data-with-pack');
    await writeDataDir(dir);
    await mkdir(dirname(join(dir, DUTCH_PACK.paths[0]!)), { recursive: true });
    await writeFile(join(dir, DUTCH_PACK.paths[0]!), dutchPack());
    const before = requests.length;
    const { dutchOf, manifest } = await build('local', null, { dataDir: dir, portal: closedPort });
    expect(dutchOf('nursing science')).toBe('verpleegkunde');
    expect(manifest.sources).toContainEqual({ id: 'esco-nl-pack', origin: 'local' });
    expect(requests.length).toBe(before);
  });

  it('reuses a downloaded pack on the next run', async () => {
    const first = await build('cached', dutchPack());
    served.delete(`/cached${PACK_PATH}`);
    const again = await build('cached', null);
    expect(again.dutchOf('nursing science')).toBe('verpleegkunde');
    expect(again.manifest.sources).toContainEqual({ id: 'esco-nl-pack', origin: 'cache' });
    expect(first.outDir).toBe(again.outDir);
  });

  it('accepts a loose official skills_nl.csv in the data directory, and refuses the partial one', async () => {
    const dir = join(work, 'data-with-skills-nl');
    await writeDataDir(dir);
    await writeFile(join(dir, 'esco/raw/v1.1.1-nl/skills_nl.csv'), toCsv(DUTCH.skills));
    expect((await build('loose', null, { dataDir: dir })).dutchOf('nursing science')).toBe('verpleegkunde');
    await copyFile(join(dir, 'esco/raw/v1.1.1-nl-skills-partial/esco_skills_nl_partial.csv'), join(dir, 'esco/raw/v1.1.1-nl/skills_nl.csv'));
    const refused = await build('loose-partial', null, { dataDir: dir });
    expect(refused.lines).toContainEqual(
      expect.stringMatching(
        /^refused .*skills_nl\.csv: skills_nl\.csv lacks the columns skillType, reuseLevel, preferredLabel, altLabels: not an ESCO CSV export\. Dutch skill labels stay partial\.$/,
      ),
    );
    expect(refused.dutchOf('nursing science')).toBe('');
  });

  const englishOnly = { ...DUTCH, skills: ENGLISH.skills };
  it.each([
    [
      'a web page',
      Buffer.from('<html><body>Fill in your e-mail address</body></html>'),
      undefined,
      /not a zip archive \(did the portal answer with a web page\?\)/,
    ],
    ['the English pack', englishPack(), undefined, /it has no skills_nl\.csv/],
    ['a pack with English labels', dutchPack(englishOnly), undefined, /are the English ones: not the Dutch pack/],
    ['a pack that does not match the pinned checksum', dutchPack(), '0'.repeat(64), /checksum mismatch: expected sha256 0{64}/],
  ])("refuses %s, keeps today's partial labels and does not keep the file", async (name, pack, sha256, message) => {
    const slug = name.replace(/\W+/g, '-');
    const { lines, index, outDir, result, dutchOf } = await build(slug, pack, { sha256 });
    const refusal = lines.find((l) => l.startsWith('refused the Dutch ESCO pack'));
    expect(refusal).toMatch(message);
    expect(refusal).toMatch(/Dutch skill labels stay partial; the file was not used\.$/);
    expect(result.versions.escoSkillsNl).toBe('partial');
    expect(dutchOf('communicate with customers')).toBe('communiceren met klanten');
    expect(dutchOf('nursing science')).toBe('');
    expect(index.occupations.nl).toEqual(['verpleegkundige algemene zorg', 'softwareontwikkelaar']);
    expect(existsSync(join(outDir, 'download', DUTCH_PACK.cachePath))).toBe(false);
  });

  it.each([
    [
      'unreachable',
      () => closedPort,
      /^the ESCO portal is unreachable \(connect ECONNREFUSED 127\.0\.0\.1:\d+\): Dutch skill labels stay partial\. For every Dutch label, download "ESCO dataset - v1\.1\.1 - classification - nl - csv\.zip" from https:\/\/esco\.ec\.europa\.eu\/en\/use-esco\/download .* put it at \/\S+\/data\/esco\/raw\/v1\.1\.1-nl\/ESCO dataset - v1\.1\.1 - classification - nl - csv\.zip$/,
    ],
    [
      'without the file',
      () => undefined,
      /^the ESCO portal answered 404 Not Found for the Dutch pack: Dutch skill labels stay partial\. For every Dutch label, download/,
    ],
  ])('says in one line what to download when the portal is %s', async (name, portal, message) => {
    const { lines, result } = await build(`portal-${name.replace(/\W+/g, '-')}`, null, { portal: portal() });
    expect(lines.filter((l) => /Dutch/.test(l) && !l.startsWith('wrote'))).toEqual([expect.stringMatching(message)]);
    expect(result.versions.escoSkillsNl).toBe('partial');
  });

  it('gives up on a portal that never answers (a network that drops packets)', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const lines: string[] = [];
    const english = { skills: ENGLISH.skills, occupationsEn: ENGLISH.occupations, skillGroupsEn: ENGLISH.skillGroups };
    const official = await loadOfficialDutch(english, {
      dataDir,
      cacheDir: join(work, 'silent'),
      portal: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      answerTimeoutMs: 100,
      log: (line) => lines.push(line),
    });
    silent.closeAllConnections();
    await new Promise((done) => silent.close(done));
    expect(official).toBeNull();
    expect(lines).toEqual([expect.stringMatching(/^the ESCO portal is unreachable \(no answer in 0\.1 s\): Dutch skill labels stay partial/)]);
  });
});
