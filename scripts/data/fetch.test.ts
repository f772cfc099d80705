import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChecksumError, resolveSources, sha256 } from './fetch';
import type { Source } from './sources';

// A local HTTP server stands in for raw.githubusercontent.com: files are served from a temp dir.
let server: Server;
let base: string;
let served: string;
let work: string;

beforeAll(async () => {
  served = await mkdtemp(join(tmpdir(), 'vaardig-served-'));
  work = await mkdtemp(join(tmpdir(), 'vaardig-work-'));
  await mkdir(join(served, 'owner/repo/abc'), { recursive: true });
  await writeFile(join(served, 'owner/repo/abc/a.csv'), 'id,label\n1,één\n');
  server = createServer(async (req, res) => {
    try {
      const body = await readFile(join(served, decodeURIComponent(req.url ?? '')));
      res.writeHead(200).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(served, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

const source = (over: Partial<Source>): Source => ({
  id: 'a',
  path: 'x/a.csv',
  url: 'https://raw.githubusercontent.com/owner/repo/abc/a.csv',
  sha256: null,
  required: true,
  howToGet: 'the portal',
  ...over,
});

describe('resolveSources', () => {
  it('downloads a missing file from its pinned URL and verifies its checksum', async () => {
    const expected = sha256(Buffer.from('id,label\n1,één\n'));
    const cacheDir = join(work, 'ok');
    const [resolved] = await resolveSources([source({ sha256: expected })], { dataDir: null, cacheDir, mirror: base });
    expect(resolved?.origin).toBe('download');
    expect(await readFile(join(cacheDir, 'x/a.csv'), 'utf8')).toContain('één');
    // A second run uses the cache instead of the network.
    const [again] = await resolveSources([source({ sha256: expected })], { dataDir: null, cacheDir, mirror: 'http://127.0.0.1:1' });
    expect(again?.origin).toBe('cache');
  });

  it('refuses a file whose checksum does not match, and does not keep it', async () => {
    const cacheDir = join(work, 'bad');
    const run = resolveSources([source({ sha256: '0'.repeat(64) })], { dataDir: null, cacheDir, mirror: base });
    await expect(run).rejects.toBeInstanceOf(ChecksumError);
    await expect(run).rejects.toThrow(/checksum mismatch .* expected sha256 0{64}/);
    await expect(readFile(join(cacheDir, 'x/a.csv'))).rejects.toThrow();
  });

  it.each([['a missing upstream file', { url: 'https://raw.githubusercontent.com/owner/repo/abc/missing.csv' }, /answered 404/]])(
    'fails clearly on %s',
    async (_name, over, message) => {
      await expect(resolveSources([source(over)], { dataDir: null, cacheDir: join(work, 'missing'), mirror: base })).rejects.toThrow(message);
    },
  );

  it('prefers the local data directory and reports files without a public copy as missing', async () => {
    const dataDir = join(work, 'data');
    await mkdir(join(dataDir, 'x'), { recursive: true });
    await writeFile(join(dataDir, 'x/a.csv'), 'local');
    const resolved = await resolveSources([source({}), source({ id: 'b', path: 'x/b.csv', url: null, required: false })], {
      dataDir,
      cacheDir: join(work, 'local-cache'),
      mirror: base,
    });
    expect(resolved.map((r) => r.origin)).toEqual(['local', 'missing']);
  });
});
