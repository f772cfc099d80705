/**
 * `npm run soak`: steady translation traffic against the local Worker (workerd, local D1, rate
 * limit off) for SOAK_MINUTES (default 10), sampling the workerd process's resident memory every
 * 10 s; reports first/last/max RSS and the slope, overall and after warm-up (#9).
 * Flat memory: the slope after warm-up stays near 0 MiB/min.
 * SOAK_RATE sets the request rate (default 20/s; with 4 connections there is never more than 4 in flight, so memory is measured
 * under load, not a growing queue).
 */
import autocannon from 'autocannon';
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readPostings } from './lib/corpus';
import { startLocalWorker } from './lib/local-worker';

export interface SoakResult {
  minutes: number;
  requests: number;
  errors: number;
  samples: Array<{ seconds: number; rssMiB: number }>;
  firstMiB: number;
  lastMiB: number;
  maxMiB: number;
  /** Least-squares slope of RSS over time, MiB per minute. */
  slope: number;
  /** The same after warm-up (start-up, JIT and caches): the first minute, or the first quarter of a shorter soak. */
  slopeAfterWarmup: number;
}

/** Every descendant process of `root` (Linux /proc). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // comm may hold spaces and parentheses: the fields after the last ")" are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* exited meanwhile */
    }
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    for (const [child, ppid] of parent) if (ppid === pid) (out.push(child), queue.push(child));
  }
  return out;
}

/** Resident memory of the workerd processes under the local Worker, in MiB. */
export function workerdRssMiB(root: number): number {
  let kib = 0;
  for (const pid of descendants(root)) {
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('workerd')) continue;
      kib += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      /* exited meanwhile */
    }
  }
  if (kib === 0) throw new Error('no workerd process found under the local Worker');
  return kib / 1024;
}

function slopeOf(points: Array<{ seconds: number; rssMiB: number }>): number {
  if (points.length < 2) return 0;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.seconds, 0) / n;
  const my = points.reduce((s, p) => s + p.rssMiB, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.seconds - mx) * (p.rssMiB - my), 0);
  const sxx = points.reduce((s, p) => s + (p.seconds - mx) ** 2, 0);
  return (sxy / sxx) * 60;
}

/** Translation requests over the corpus postings, cycled. */
export function translationRequests(): autocannon.Request[] {
  return readPostings().map((p) => ({
    method: 'POST',
    path: '/v1/translations',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: p.text, title: p.title, engine: 'offline' }),
  }));
}

export async function soak(minutes: number, rate = 20, log: (line: string) => void = () => {}): Promise<SoakResult> {
  const worker = await startLocalWorker({ RATE_LIMIT_PER_MINUTE: '0' });
  try {
    const samples: SoakResult['samples'] = [];
    const started = Date.now();
    const sample = () => {
      const point = { seconds: (Date.now() - started) / 1000, rssMiB: workerdRssMiB(worker.child.pid!) };
      samples.push(point);
      log(`soak: ${Math.round(point.seconds)} s, workerd RSS ${point.rssMiB.toFixed(1)} MiB`);
    };
    sample();
    const timer = setInterval(sample, 10_000);
    const result = await autocannon({
      url: worker.origin,
      connections: 4,
      overallRate: rate,
      duration: Math.round(minutes * 60),
      requests: translationRequests(),
    });
    clearInterval(timer);
    sample();
    const rss = samples.map((s) => s.rssMiB);
    return {
      minutes,
      requests: result.requests.total,
      errors: result.errors + result.timeouts + result.non2xx,
      samples,
      firstMiB: rss[0]!,
      lastMiB: rss.at(-1)!,
      maxMiB: Math.max(...rss),
      slope: slopeOf(samples),
      slopeAfterWarmup: slopeOf(samples.filter((s) => s.seconds >= Math.min(60, (minutes * 60) / 4))),
    };
  } finally {
    worker.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const minutes = Number(process.env.SOAK_MINUTES ?? 10);
  const rate = Number(process.env.SOAK_RATE ?? 20);
  console.log(`soak: ${minutes} min at ${rate} translations/s against the local Worker`);
  const r = await soak(minutes, rate, console.log);
  console.log(
    `soak: ${r.requests} requests, ${r.errors} errors; workerd RSS first ${r.firstMiB.toFixed(1)} MiB, last ${r.lastMiB.toFixed(1)} MiB, ` +
      `max ${r.maxMiB.toFixed(1)} MiB; slope ${r.slope.toFixed(2)} MiB/min overall, ${r.slopeAfterWarmup.toFixed(2)} MiB/min after warm-up`,
  );
  process.exit(r.errors === 0 ? 0 : 1);
}
