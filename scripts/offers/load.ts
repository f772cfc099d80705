/** Load .data/offers.sql into the local D1 when the catalogue there is missing or stale. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OFFERS_META, OFFERS_SQL } from './build';

function wrangler(args: string[]): string {
  return execFileSync('npx', ['wrangler', 'd1', 'execute', 'vaardig', '--local', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The hash of the catalogue loaded in the local D1, or null when none is. */
export function loadedHash(persistTo: string): string | null {
  try {
    const out = wrangler(['--persist-to', persistTo, '--json', '--command', "SELECT hash FROM offer_catalogue WHERE name = 'catalogue'"]);
    const parsed = JSON.parse(out) as Array<{ results: Array<{ hash: string }> }>;
    return parsed[0]?.results[0]?.hash ?? null;
  } catch {
    return null;
  }
}

export function loadCatalogue(dataDir: string, persistTo: string, log: (line: string) => void, force = false): 'loaded' | 'current' {
  const { hash, counts } = JSON.parse(readFileSync(join(dataDir, OFFERS_META), 'utf8')) as { hash: string; counts: Record<string, number> };
  if (!force && loadedHash(persistTo) === hash) {
    log(`the local D1 (${persistTo}) holds catalogue ${hash}: nothing to load`);
    return 'current';
  }
  const started = performance.now();
  wrangler(['--persist-to', persistTo, '--file', join(dataDir, OFFERS_SQL)]);
  log(
    `loaded catalogue ${hash} (${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}) into ${persistTo} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return 'loaded';
}
