/**
 * Where a cold Worker isolate's first translations spend their CPU (#15): starts the local Worker
 * (the deployable bundle in workerd, as `npm start` serves it) with its inspector open, records a
 * CPU profile of each translation request in turn, and prints the functions that took the most,
 * mapped back to the source through the bundle's source map. The profiles (for Chrome DevTools)
 * are written to .wrangler/profiles/.
 *   npx tsx scripts/profile-worker.ts [posting index …]   (default: 0 0, the first posting twice)
 * Start-up (the script's evaluation) runs before the inspector can attach and is not in them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap, type SourceOrigin } from 'node:module';
import { readPostings } from './lib/corpus';
import { freePort, startLocalWorker } from './lib/local-worker';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const OUT = '.wrangler/profiles';
const SHOWN = 25;

/** One Chrome DevTools Protocol session: `call` sends a method and resolves with its result. */
async function inspect(port: number) {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/core:user:vaardig`);
  await new Promise((open, fail) => ((socket.onopen = open), (socket.onerror = fail)));
  const waiting = new Map<number, (result: unknown) => void>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  };
  let next = 0;
  const call = <T>(method: string, params: object = {}) =>
    new Promise<T>((answer) => {
      const id = ++next;
      waiting.set(id, answer as (result: unknown) => void);
      socket.send(JSON.stringify({ id, method, params }));
    });
  return { call, close: () => socket.close() };
}

/** Self and inclusive time per source function (name, file, line), idle time left out. */
function summary(profile: Profile, map: SourceMap): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<number, number>();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const names = new Map<number, string>();
  const nameOf = (n: ProfileNode): string => {
    let name = names.get(n.id);
    if (name === undefined) {
      const { functionName, url, lineNumber, columnNumber } = n.callFrame;
      const found = url.endsWith('index.js') && lineNumber >= 0 ? map.findOrigin(lineNumber + 1, columnNumber + 1) : {};
      const origin = 'fileName' in found ? (found as SourceOrigin) : null;
      name = origin
        ? `${origin.name || functionName || '(anonymous)'} ${origin.fileName.split('/').slice(-2).join('/')}:${origin.lineNumber}`
        : `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}`;
      names.set(n.id, name);
    }
    return name;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, t] of time) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') continue;
    total += t;
    self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + t);
    // Once per stack: a recursive function counts its time once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at)!);
      if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + t);
      seen.add(name);
    }
  }
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, SHOWN)
      .map(([name, t]) => `  ${(t / 1000).toFixed(1).padStart(7)} ms  ${name}`)
      .join('\n');
  return `${(total / 1000).toFixed(1)} ms of CPU sampled\nself:\n${top(self)}\ninclusive:\n${top(inclusive)}`;
}

const postings = readPostings();
const picked = (process.argv.length > 2 ? process.argv.slice(2) : ['0', '0']).map(Number);
const inspectorPort = await freePort();
const worker = await startLocalWorker({ RATE_LIMIT_PER_MINUTE: '0', VAARDIG_INSPECTOR_PORT: String(inspectorPort) });
try {
  const map = new SourceMap(JSON.parse(readFileSync('dist/worker/index.js.map', 'utf8')));
  const inspector = await inspect(inspectorPort);
  await inspector.call('Profiler.enable');
  await inspector.call('Profiler.setSamplingInterval', { interval: 100 });
  mkdirSync(OUT, { recursive: true });
  for (const [turn, index] of picked.entries()) {
    const posting = postings[index]!;
    await inspector.call('Profiler.start');
    const response = await fetch(`${worker.origin}/v1/translations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: posting.text, title: posting.title, engine: 'offline' }),
    });
    await response.arrayBuffer();
    const { profile } = await inspector.call<{ profile: Profile }>('Profiler.stop');
    const file = `${OUT}/${turn + 1}-${posting.id}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    console.log(`\n#${turn + 1} ${posting.id} (HTTP ${response.status}), ${file}\n${summary(profile, map)}`);
  }
  inspector.close();
} finally {
  worker.stop();
}
