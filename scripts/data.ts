/**
 * `npm run data [-- --if-missing] [-- --force]`: build the compact taxonomy index into .data/
 * from VAARDIG_DATA_DIR, else ../shared/data, else pinned public downloads (sha256-checked).
 * The official Dutch ESCO pack comes from the data directory or the ESCO portal
 * (VAARDIG_ESCO_PORTAL replaces its download path; `off` skips it).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildData, INDEX_FILE } from './data/run';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const outDir = resolve(root, '.data');

if (args.has('--if-missing') && existsSync(resolve(outDir, INDEX_FILE)) && !args.has('--force')) {
  console.log(`data: ${INDEX_FILE} exists in .data/ (run \`npm run data\` to rebuild)`);
  process.exit(0);
}

const dataDir = process.env.VAARDIG_DATA_DIR
  ? resolve(process.env.VAARDIG_DATA_DIR)
  : existsSync(resolve(root, '../shared/data'))
    ? resolve(root, '../shared/data')
    : null;

try {
  await buildData({
    dataDir,
    outDir,
    mirror: process.env.VAARDIG_DATA_MIRROR ?? null,
    portal: process.env.VAARDIG_ESCO_PORTAL ?? null,
    log: (line) => console.log(`data: ${line}`),
  });
} catch (error) {
  console.error(`data: ${(error as Error).message}`);
  process.exit(1);
}
