import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Source } from './sources';

export interface Resolved {
  source: Source;
  file: string | null;
  origin: 'local' | 'cache' | 'download' | 'missing';
}

export class ChecksumError extends Error {}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Find every source in the data directory, else in the download cache, else download it from its
 * pinned URL (verifying sha256). `mirror` replaces "https://raw.githubusercontent.com" (tests, proxies).
 */
export async function resolveSources(
  sources: Source[],
  options: { dataDir: string | null; cacheDir: string; mirror?: string | null; log?: (line: string) => void },
): Promise<Resolved[]> {
  const log = options.log ?? (() => {});
  const resolved: Resolved[] = [];
  for (const source of sources) {
    const local = options.dataDir ? join(options.dataDir, source.path) : null;
    if (local && existsSync(local)) {
      resolved.push({ source, file: local, origin: 'local' });
      continue;
    }
    const cached = join(options.cacheDir, source.path);
    if (existsSync(cached)) {
      resolved.push({ source, file: cached, origin: 'cache' });
      continue;
    }
    if (!source.url) {
      resolved.push({ source, file: null, origin: 'missing' });
      continue;
    }
    const url = options.mirror ? source.url.replace('https://raw.githubusercontent.com', options.mirror.replace(/\/$/, '')) : source.url;
    log(`downloading ${source.id} from ${url}`);
    await download(url, cached, source.sha256);
    resolved.push({ source, file: cached, origin: 'download' });
  }
  return resolved;
}

export async function download(url: string, file: string, expected: string | null): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`download failed: ${url} answered ${response.status} ${response.statusText}`);
  const data = new Uint8Array(await response.arrayBuffer());
  const actual = sha256(data);
  if (expected && actual !== expected) {
    throw new ChecksumError(
      `checksum mismatch for ${url}: expected sha256 ${expected}, got ${actual}. The file was not saved; check the URL or your network proxy.`,
    );
  }
  await saveFile(file, data);
}

/** Write through a .part file, so an interrupted run never leaves a half file in the cache. */
export async function saveFile(file: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.part`, data);
  await rename(`${file}.part`, file);
}

export async function readText(file: string): Promise<string> {
  return (await readFile(file)).toString('utf8');
}
