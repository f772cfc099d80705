/**
 * `npm run soak`: steady translation traffic against the local Worker (workerd, local D1, rate
 * limit off) for SOAK_MINUTES (default 10), sampling every 10 s the Worker isolate's V8 heap
 * (through the inspector) and the workerd process's resident memory; reports first/last/max and
 * the slope, overall and after warm-up (#9); and every few minutes the isolate's live heap after a
 * garbage collection (a heap snapshot), the figure that shows whether the Worker keeps memory.
 * Should workerd restart, the slope is taken within each restart-free stretch and the restarts
 * are counted.
 * Flat memory: the slope after warm-up stays near 0 MiB/min.
 * SOAK_RATE sets the request rate (default 20/s; with 4 connections there is never more than 4 in flight, so memory is measured
 * under load, not a growing queue).
 *
 * Long: one measurement and its report; the traffic, the samples and the slope are read together.
 */
import autocannon from 'autocannon';
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readPostings } from './lib/corpus';
import { freePort, startLocalWorker } from './lib/local-worker';

export interface SoakResult {
  minutes: number;
  requests: number;
  errors: number;
  /** RSS of the Worker's workerd and its isolate's heap every 10 s; `pid` changes if workerd restarts. */
  samples: Array<{ seconds: number; rssMiB: number; pid: number; heapMiB: number; heapUsedMiB: number }>;
  /** Times workerd restarted during the soak. */
  restarts: number;
  firstMiB: number;
  lastMiB: number;
  maxMiB: number;
  /** Least-squares slope of the Worker's RSS over time, MiB per minute, within stretches without a restart. */
  slope: number;
  /** The same after warm-up (start-up, JIT and caches): the first minute, or the first quarter of a shorter soak. */
  slopeAfterWarmup: number;
  /**
   * The Worker isolate's V8 heap (what the 128 MB isolate limit applies to), read through the
   * inspector every 10 s: size reserved by V8 and in use, first/last/max, and the slope of the
   * reserved size after warm-up. Process RSS also holds D1's SQLite, Miniflare's own isolates
   * and the allocator's free lists.
   */
  heap: { firstMiB: number; lastMiB: number; maxMiB: number; usedMaxMiB: number; slopeAfterWarmup: number };
  /** Live heap (after garbage collection) at the end of warm-up, every few minutes, and at the end. */
  live: Array<{ seconds: number; MiB: number }>;
  /** Its slope, MiB per minute: flat memory is ≈ 0. */
  liveSlope: number;
}

/** How long one inspector session may take (a heap snapshot of a busy isolate takes seconds). */
const INSPECTOR_TIMEOUT_MS = 120_000;
let inspecting: Promise<unknown> = Promise.resolve();

/**
 * One session with the Worker isolate through workerd's inspector: `talk` sends on the socket
 * and resolves with the answer. Sessions go one at a time, each closed before the next opens (a
 * second session opened while one is live can wait for ever), and each fails after a timeout
 * rather than stalling the soak.
 */
function session<T>(inspectorPort: number, talk: (socket: WebSocket) => Promise<T>): Promise<T> {
  const run = async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${inspectorPort}/core:user:vaardig`);
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>(
        (_, fail) => (timer = setTimeout(() => fail(new Error('the inspector did not answer in time')), INSPECTOR_TIMEOUT_MS)),
      );
      const opened = new Promise((open, fail) => ((socket.onopen = open), (socket.onerror = fail)));
      return await Promise.race([opened.then(() => talk(socket)), timeout]);
    } finally {
      clearTimeout(timer);
      if (socket.readyState !== WebSocket.CLOSED) {
        const closed = new Promise((done) => (socket.onclose = done));
        socket.close();
        await Promise.race([closed, new Promise((done) => setTimeout(done, 5_000))]);
      }
    }
  };
  const result = inspecting.then(run, run);
  inspecting = result.catch(() => undefined);
  return result;
}

/** One Chrome DevTools Protocol call. */
function call<T>(socket: WebSocket, method: string): Promise<T> {
  return new Promise<T>((answer, fail) => {
    socket.onmessage = (event) => answer((JSON.parse(String(event.data)) as { result: T }).result);
    socket.onerror = fail;
    socket.send(JSON.stringify({ id: 1, method, params: {} }));
  });
}

/**
 * The Worker isolate's live heap in MiB: a heap snapshot (V8 collects garbage first) summed over
 * its objects. What is reserved and "in use" between collections follows V8's heuristics; this
 * is what the Worker actually keeps.
 */
function liveHeap(inspectorPort: number): Promise<number> {
  return session(inspectorPort, async (socket) => {
    const chunks: string[] = [];
    await new Promise<void>((done, fail) => {
      socket.onmessage = (event) => {
        const message = JSON.parse(String(event.data)) as { id?: number; method?: string; params?: { chunk: string } };
        if (message.method === 'HeapProfiler.addHeapSnapshotChunk') chunks.push(message.params!.chunk);
        if (message.id === 1) done();
      };
      socket.onerror = fail;
      socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.takeHeapSnapshot', params: { reportProgress: false } }));
    });
    const snapshot = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[] } }; nodes: number[] };
    const fields = snapshot.snapshot.meta.node_fields;
    const selfSize = fields.indexOf('self_size');
    let bytes = 0;
    for (let i = selfSize; i < snapshot.nodes.length; i += fields.length) bytes += snapshot.nodes[i]!;
    return bytes / 2 ** 20;
  });
}

/** The Worker isolate's heap: reserved and used, in MiB. */
async function workerHeap(inspectorPort: number): Promise<{ totalMiB: number; usedMiB: number }> {
  const heap = await session(inspectorPort, (socket) => call<{ usedSize: number; totalSize: number }>(socket, 'Runtime.getHeapUsage'));
  return { totalMiB: heap.totalSize / 2 ** 20, usedMiB: heap.usedSize / 2 ** 20 };
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
    for (const [child, ppid] of parent) if (ppid === pid) out.push(child), queue.push(child);
  }
  return out;
}

/** The workerd process serving the local Worker (`npm start` runs one) and its resident memory. */
function workerdProcess(root: number): { pid: number; rssMiB: number } {
  for (const pid of descendants(root)) {
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('workerd')) continue;
      const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      return { pid, rssMiB: kib / 1024 };
    } catch {
      /* exited meanwhile */
    }
  }
  throw new Error('no workerd process found under the local Worker');
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

/** Slope within each stretch of one Worker process, weighted by the stretch's length. */
function segmentedSlope(samples: SoakResult['samples']): number {
  const segments = new Map<number, SoakResult['samples']>();
  for (const s of samples) segments.set(s.pid, [...(segments.get(s.pid) ?? []), s]);
  let weighted = 0;
  let total = 0;
  for (const segment of segments.values()) {
    if (segment.length < 3) continue;
    const span = segment.at(-1)!.seconds - segment[0]!.seconds;
    weighted += slopeOf(segment) * span;
    total += span;
  }
  return total ? weighted / total : 0;
}

/** Translation requests over the corpus postings, cycled. */
/** The rate limit counts every request, as in production (its D1 writes are part of the cost), and refuses none. */
export const COUNTED_NEVER_REFUSED = String(1e9);

export function translationRequests(): autocannon.Request[] {
  return readPostings().map((p) => ({
    method: 'POST',
    path: '/v1/translations',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: p.text, title: p.title, engine: 'offline' }),
  }));
}

/** Long: one measurement: start, drive, sample and stop together (see the file's top). */
export async function soak(minutes: number, rate = 20, log: (line: string) => void = () => {}): Promise<SoakResult> {
  const inspectorPort = await freePort();
  const worker = await startLocalWorker({ RATE_LIMIT_PER_MINUTE: COUNTED_NEVER_REFUSED, VAARDIG_INSPECTOR_PORT: String(inspectorPort) });
  try {
    const samples: SoakResult['samples'] = [];
    const started = Date.now();
    const sample = async () => {
      const main = workerdProcess(worker.child.pid!);
      const heap = await workerHeap(inspectorPort);
      const point = { seconds: (Date.now() - started) / 1000, rssMiB: main.rssMiB, pid: main.pid, heapMiB: heap.totalMiB, heapUsedMiB: heap.usedMiB };
      samples.push(point);
      log(
        `soak: ${Math.round(point.seconds)} s, Worker isolate heap ${heap.totalMiB.toFixed(1)} MiB (${heap.usedMiB.toFixed(1)} in use), workerd (pid ${main.pid}) RSS ${point.rssMiB.toFixed(1)} MiB`,
      );
    };
    await sample();
    const timer = setInterval(() => void sample().catch((error) => log(`soak: no sample: ${error}`)), 10_000);
    const warmupSeconds = Math.min(60, (minutes * 60) / 4);
    const live: SoakResult['live'] = [];
    const measureLive = async () => {
      const point = { seconds: (Date.now() - started) / 1000, MiB: await liveHeap(inspectorPort) };
      live.push(point);
      log(`soak: ${Math.round(point.seconds)} s, Worker isolate live heap after GC ${point.MiB.toFixed(1)} MiB`);
    };
    const liveTimers = [warmupSeconds, ...Array.from({ length: Math.floor((minutes * 60 - warmupSeconds) / 150) }, (_, i) => warmupSeconds + 150 * (i + 1))]
      .filter((at) => at < minutes * 60 - 5)
      .map((at) => setTimeout(() => void measureLive().catch((error) => log(`soak: no snapshot: ${error}`)), at * 1000));
    const result = await autocannon({
      url: worker.origin,
      connections: 4,
      overallRate: rate,
      duration: Math.round(minutes * 60),
      requests: translationRequests(),
    });
    clearInterval(timer);
    liveTimers.forEach(clearTimeout);
    await sample();
    await measureLive();
    const rss = samples.map((s) => s.rssMiB);
    const heap = samples.map((s) => s.heapMiB);
    const warm = samples.filter((s) => s.seconds >= warmupSeconds);
    return {
      minutes,
      requests: result.requests.total,
      errors: result.errors + result.timeouts + result.non2xx,
      samples,
      firstMiB: rss[0]!,
      lastMiB: rss.at(-1)!,
      maxMiB: Math.max(...rss),
      restarts: new Set(samples.map((s) => s.pid)).size - 1,
      slope: segmentedSlope(samples),
      slopeAfterWarmup: segmentedSlope(warm),
      heap: {
        firstMiB: heap[0]!,
        lastMiB: heap.at(-1)!,
        maxMiB: Math.max(...heap),
        usedMaxMiB: Math.max(...samples.map((s) => s.heapUsedMiB)),
        slopeAfterWarmup: slopeOf(warm.map((s) => ({ seconds: s.seconds, rssMiB: s.heapMiB }))),
      },
      live,
      liveSlope: slopeOf(live.map((l) => ({ seconds: l.seconds, rssMiB: l.MiB }))),
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
    `soak: Worker isolate live heap after GC ${r.live.map((l) => `${l.MiB.toFixed(1)} MiB at ${Math.round(l.seconds)} s`).join(', ')}; slope ${r.liveSlope.toFixed(2)} MiB/min`,
  );
  console.log(
    `soak: Worker isolate heap first ${r.heap.firstMiB.toFixed(1)} MiB, last ${r.heap.lastMiB.toFixed(1)} MiB, max ${r.heap.maxMiB.toFixed(1)} MiB ` +
      `(at most ${r.heap.usedMaxMiB.toFixed(1)} MiB in use); slope after warm-up ${r.heap.slopeAfterWarmup.toFixed(2)} MiB/min`,
  );
  console.log(
    `soak: ${r.requests} requests, ${r.errors} errors; workerd RSS first ${r.firstMiB.toFixed(1)} MiB, last ${r.lastMiB.toFixed(1)} MiB, ` +
      `max ${r.maxMiB.toFixed(1)} MiB; slope ${r.slope.toFixed(2)} MiB/min overall, ${r.slopeAfterWarmup.toFixed(2)} MiB/min after warm-up; ` +
      `${r.restarts} workerd restarts`,
  );
  process.exit(r.errors === 0 ? 0 : 1);
}
