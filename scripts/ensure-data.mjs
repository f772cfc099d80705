/**
 * Runs before every command that imports the taxonomy index (`npm run build`, `vaardig`, `eval`,
 * `check`, the tests …): on a fresh clone .data/ is not there yet, so it builds it first with
 * `npm run data` (#18). Plain Node rather than tsx, so that the usual case, the index present,
 * costs one file check. The build's log goes to stderr: `npm run -s vaardig` prints JSON on stdout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const INDEX = new URL('../.data/taxonomy.js', import.meta.url);

if (!existsSync(INDEX)) {
  console.error('data: .data/taxonomy.js is missing, so the reference data is built first (npm run data).');
  const { status } = spawnSync('npm', ['run', '-s', 'data'], { stdio: ['ignore', 2, 2] });
  process.exit(status ?? 1);
}
