/**
 * `npm run fuzz`: every property test (`*.property.test.ts`) with 10,000 runs each (#9).
 * FUZZ_RUNS sets another number; the unit tests run the same properties 200 times in CI.
 * Extra arguments go to vitest, e.g. `npm run fuzz -- extension/page/capture`.
 */
import { spawnSync } from 'node:child_process';

const runs = process.env.FUZZ_RUNS ?? '10000';
const filters = process.argv.slice(2);
console.log(`fuzz: ${runs} runs per property`);
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', '--project', 'unit', ...(filters.length ? filters : ['.property.test.ts'])], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});
console.log(`fuzz: ${result.status === 0 ? 'no failures' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(result.status ?? 1);
