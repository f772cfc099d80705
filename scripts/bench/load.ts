/**
 * Load and soak (#9): the local Worker (workerd, local D1, the rate limit counting as in
 * production with a limit no one reaches) under autocannon with a mix of the corpus postings: translations per second, p50/p99 latency and errors at full load
 * (as fast as 8 connections can go: latency there is mostly waiting in line), then latency at a
 * steady 300 translations/s (the goal's rate), beside GET /v1/health through the same stack as
 * the baseline; then a short soak at a steady rate with the slope of the Worker's memory (`npm
 * run soak` runs the long one). Client and server share the 2 cores, so the figures are a floor
 * for the server.
 *   LOAD_SECONDS (default 20), LOAD_CONNECTIONS (default 8), LOAD_RATE (default 300), BENCH_SOAK_SECONDS (default 60)
 */
import autocannon from 'autocannon';
import { startLocalWorker } from '../lib/local-worker';
import { COUNTED_NEVER_REFUSED, soak, translationRequests } from '../soak';
import type { Section } from './types';

async function load(seconds: number, connections: number, rate: number) {
  const worker = await startLocalWorker({ RATE_LIMIT_PER_MINUTE: COUNTED_NEVER_REFUSED });
  try {
    const requests = translationRequests();
    // Warm-up: the first requests load the taxonomy index and compile the hot paths.
    await autocannon({ url: worker.origin, connections: 2, amount: requests.length, requests });
    const translations = await autocannon({ url: worker.origin, connections, duration: seconds, requests });
    const steady = await autocannon({ url: worker.origin, connections, duration: seconds, requests, overallRate: rate });
    // Baseline: the cheapest route through the same stack (workerd, one D1 read).
    const health = await autocannon({ url: `${worker.origin}/v1/health`, connections, duration: Math.min(10, seconds) });
    return { translations, steady, health };
  } finally {
    worker.stop();
  }
}

/** Long: one load test: start, drive, sample and report. */
export async function bench(): Promise<Section> {
  const seconds = Number(process.env.LOAD_SECONDS ?? 20);
  const connections = Number(process.env.LOAD_CONNECTIONS ?? 8);
  const rate = Number(process.env.LOAD_RATE ?? 300);
  const { translations: r, steady, health } = await load(seconds, connections, rate);
  const errors = r.errors + r.timeouts + r.non2xx + steady.errors + steady.timeouts + steady.non2xx;
  const s = await soak(Number(process.env.BENCH_SOAK_SECONDS ?? 60) / 60);
  const mix = `${translationRequests().length} corpus postings cycled, ${connections} connections, ${seconds} s; Worker and autocannon on the same 2 cores; rate limit counting, none refused`;
  return {
    name: 'load',
    figures: [
      {
        metric: 'translations per second (full load)',
        value: r.requests.average,
        unit: '/s',
        baseline: health.requests.average,
        goal: '≥ 300/s on 2 cores',
        note: mix,
      },
      { metric: 'translation latency p50 (full load)', value: r.latency.p50, unit: 'ms', baseline: health.latency.p50 },
      { metric: 'translation latency p99 (full load)', value: r.latency.p99, unit: 'ms', baseline: health.latency.p99, goal: '≤ 50 ms' },
      {
        metric: `translation latency p50 at a steady ${rate}/s`,
        value: steady.latency.p50,
        unit: 'ms',
        note: `${steady.requests.average.toFixed(1)}/s reached`,
      },
      { metric: `translation latency p99 at a steady ${rate}/s`, value: steady.latency.p99, unit: 'ms', goal: '≤ 50 ms', note: `max ${steady.latency.max} ms` },
      {
        metric: 'errors (non-2xx, socket errors, timeouts)',
        value: errors,
        unit: '',
        goal: '0',
        note: `of ${r.requests.total + steady.requests.total} requests (full load and steady)`,
      },
      {
        metric: `soak ${Math.round(s.minutes * 60)} s at ≤ 20/s: Worker isolate live heap after GC, last`,
        value: s.live.at(-1)!.MiB,
        unit: 'MiB',
        baseline: s.live[0]!.MiB,
        note: `baseline: at the end of warm-up (${Math.round(s.live[0]!.seconds)} s); heap snapshots through workerd's inspector`,
      },
      {
        metric: 'soak: Worker isolate live heap slope',
        value: s.liveSlope,
        unit: 'MiB/min',
        goal: 'flat (≈ 0 after warm-up)',
        note: `${s.live.length} snapshots`,
      },
      {
        metric: `soak: Worker isolate heap reserved by V8, max`,
        value: s.heap.maxMiB,
        unit: 'MiB',
        note: `first ${s.heap.firstMiB.toFixed(1)} MiB, last ${s.heap.lastMiB.toFixed(1)} MiB, at most ${s.heap.usedMaxMiB.toFixed(1)} MiB in use; a Worker isolate may use 128 MB`,
      },
      {
        metric: 'soak: Worker isolate heap reserved by V8, slope after warm-up',
        value: s.heap.slopeAfterWarmup,
        unit: 'MiB/min',
        note: `${s.requests} requests, ${s.errors} errors; npm run soak runs 10 min`,
      },
      {
        metric: 'soak: workerd process RSS slope after warm-up',
        value: s.slopeAfterWarmup,
        unit: 'MiB/min',
        note: `first ${s.firstMiB.toFixed(1)} MiB, last ${s.lastMiB.toFixed(1)} MiB, max ${s.maxMiB.toFixed(1)} MiB; the process also holds D1's SQLite and Miniflare's own isolates`,
      },
    ],
  };
}
