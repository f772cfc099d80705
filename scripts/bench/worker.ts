/**
 * The Worker in workerd (the bundle as npm start serves it, local D1): bundle size, first-request latency (module
 * start-up including the taxonomy index) and per-request latency on the corpus postings.
 * workerd freezes timers inside a request, so CPU time cannot be read there; sequential
 * wall-clock latency on loopback is reported as its upper bound, and the first request's CPU is
 * read from outside, as the workerd process's (Linux /proc): on a busy machine the wall clock of one
 * request says little.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPostings } from '../lib/corpus';
import { startLocalWorker } from '../lib/local-worker';
import { cpuMs, descendantsNamed } from '../lib/process-cpu';
import { quantile } from '../lib/stats';
import type { Section } from './types';

function bundleGzipBytes(): number {
  const outdir = 'dist/bench-worker';
  rmSync(outdir, { recursive: true, force: true });
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], { stdio: 'ignore' });
  return readdirSync(outdir)
    .filter((file) => /\.(m?js|wasm|json|bin|txt)$/.test(file))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(outdir, file))).length, 0);
}

export async function bench(): Promise<Section> {
  const gzip = bundleGzipBytes();
  const postings = readPostings();
  const worker = await startLocalWorker({ RATE_LIMIT_PER_MINUTE: '0' });
  try {
    const translate = async (text: string, title: string) => {
      const started = performance.now();
      const response = await fetch(`${worker.origin}/v1/translations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, title, engine: 'offline' }),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`translation answered ${response.status}`);
      return performance.now() - started;
    };
    const workerd = descendantsNamed(worker.child.pid!, 'workerd');
    const cpuBefore = cpuMs(workerd);
    const first = await translate(postings[0]!.text, postings[0]!.title);
    const cpuAfter = cpuMs(workerd);
    const times: number[] = [];
    for (let round = 0; round < 3; round++) for (const posting of postings) times.push(await translate(posting.text, posting.title));
    return {
      name: 'worker',
      figures: [
        { metric: 'Worker script, gzipped', value: Math.round(gzip / 1024), unit: 'KiB', goal: '≤ 1024 KiB' },
        {
          metric: 'local Worker start to first health answer',
          value: Math.round(worker.startedMs),
          unit: 'ms',
          note: 'includes data check, D1 migrations and building the bundle',
        },
        { metric: 'first translation after start (cold isolate)', value: first, unit: 'ms' },
        ...(cpuBefore !== null && cpuAfter !== null
          ? [
              {
                metric: 'first translation after start (cold isolate), workerd CPU',
                value: cpuAfter - cpuBefore,
                unit: 'ms',
                goal: '≤ 150 ms',
                note: 'CPU time of the workerd process during the request (/proc), D1 and the router included',
              },
            ]
          : []),
        {
          metric: 'translation request p50',
          value: quantile(times, 0.5),
          unit: 'ms',
          note: `${times.length} requests, sequential, loopback; upper bound of CPU`,
        },
        { metric: 'translation request p95', value: quantile(times, 0.95), unit: 'ms', goal: '≤ 10 ms CPU' },
      ],
    };
  } finally {
    worker.stop();
  }
}
