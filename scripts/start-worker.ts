/**
 * Serves the API locally in workerd: builds missing data, applies D1 migrations to the local
 * database, loads the learning-offer catalogue, then serves the Worker. Used by `npm start`, the
 * end-to-end tests, the load and soak benchmarks.
 *   tsx scripts/start-worker.ts [--port 8787] [--persist-to .wrangler/state] [--dev]
 *
 * By default it runs the bundle `wrangler deploy` would upload (built into dist/worker) in
 * workerd through Miniflare, with the bindings of wrangler.toml and the same local D1 files as
 * `wrangler dev`. That is wrangler dev's runtime without its reload proxy (a second workerd that
 * every request passes through) and without its debugger (which keeps every console message), so
 * what is measured against it is the Worker (#9). `--dev` (`npm run dev`) runs `wrangler dev`
 * instead, which rebuilds and reloads on every change.
 */
import { Log, LogLevel, Miniflare, convertV4MiniflareOptions, type V4QueueConsumerOptions, type V4QueueProducerOptions } from 'miniflare';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { onStop, run, start, stopAllOnSignal } from './lib/processes';

/** Environment passed through to the Worker when set. */
const PASSED = ['ADMIN_TOKEN', 'ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL', 'ANTHROPIC_MODEL', 'RATE_LIMIT_PER_MINUTE'] as const;

function passedVars(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(PASSED.filter((name) => env[name]).map((name) => [name, env[name]!]));
}

export function workerVars(env: NodeJS.ProcessEnv = process.env): string[] {
  return Object.entries(passedVars(env)).flatMap(([name, value]) => ['--var', `${name}:${value}`]);
}

export interface LocalWorker {
  /** Resolves with the exit code when the Worker stops (wrangler dev exits, or stop() was called). */
  exited: Promise<number>;
  stop(): Promise<void>;
}

async function prepare(persistTo: string) {
  await run('npm', ['run', '-s', 'data', '--', '--if-missing']);
  await run('npx', ['wrangler', 'd1', 'migrations', 'apply', 'vaardig', '--local', '--persist-to', persistTo], {
    env: { ...process.env, CI: '1' },
  });
  // The learning-offer catalogue (issue #5): built when missing, loaded when missing or stale.
  await run('npm', ['run', '-s', 'data:offers', '--', '--if-missing', '--load', '--persist-to', persistTo]);
}

/** The deployable bundle in workerd, with wrangler.toml's bindings and the local D1 in `persistTo`. */
export async function serveBundle(port: number, persistTo: string): Promise<LocalWorker> {
  await run('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', 'dist/worker'], { env: { ...process.env, WRANGLER_LOG: 'warn' } });
  // Only what this Worker uses from wrangler.toml (a new kind of binding is added here).
  const { workerOptions } = unstable_getMiniflareWorkerOptions('wrangler.toml') as unknown as {
    workerOptions: {
      compatibilityDate: string;
      compatibilityFlags?: string[];
      d1Databases: Record<string, { id: string }>;
      bindings: Record<string, string>;
      // Batches (#20): the queue the Worker sends to and the ones it consumes, run by Miniflare locally.
      queueProducers?: Record<string, V4QueueProducerOptions>;
      queueConsumers?: Record<string, V4QueueConsumerOptions>;
    };
  };
  const miniflare = new Miniflare(
    convertV4MiniflareOptions({
      name: 'vaardig',
      scriptPath: 'dist/worker/index.js',
      modules: true,
      modulesRoot: 'dist/worker',
      compatibilityDate: workerOptions.compatibilityDate,
      compatibilityFlags: workerOptions.compatibilityFlags,
      d1Databases: workerOptions.d1Databases,
      queueProducers: workerOptions.queueProducers,
      queueConsumers: workerOptions.queueConsumers,
      bindings: { ...workerOptions.bindings, ...passedVars() },
      // Miniflare's own entry worker (dev-time routing, error pages) on a port nothing uses; the
      // API's port is a socket straight to the Worker, as Cloudflare's edge hands it requests.
      host: '127.0.0.1',
      port: 0,
      unsafeDirectSockets: [{ host: '127.0.0.1', port }],
      // No Request.cf from Cloudflare's servers (unreachable here; the Worker does not read it).
      cf: false,
      resourcePersistencePath: join(persistTo, 'v3'),
      log: new Log(LogLevel.INFO),
      // One log line per request costs Miniflare's entry worker a round trip to Node (a third of
      // its time under load); errors are still logged by the Worker itself.
      logRequests: false,
      // The soak (#9) reads each isolate's heap through the inspector.
      ...(process.env.VAARDIG_INSPECTOR_PORT ? { inspectorPort: Number(process.env.VAARDIG_INSPECTOR_PORT) } : {}),
    }),
  );
  onStop(() => miniflare.dispose());
  await miniflare.ready;
  console.log(`Vaardig API (workerd, local D1 in ${persistTo}) at http://127.0.0.1:${port}`);
  let stopped: (code: number) => void = () => {};
  const exited = new Promise<number>((done) => (stopped = done));
  return {
    exited,
    async stop() {
      await miniflare.dispose();
      stopped(0);
    },
  };
}

/** `wrangler dev`: rebuilds and reloads on every change. */
function serveDev(port: number, persistTo: string): LocalWorker {
  const child = start('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistTo, ...workerVars()]);
  return {
    exited: new Promise((done) => child.on('exit', (code) => done(code ?? 0))),
    async stop() {
      child.kill('SIGTERM');
    },
  };
}

export async function startWorker(port: number, persistTo: string, options: { dev?: boolean } = {}): Promise<LocalWorker> {
  await prepare(persistTo);
  return options.dev ? serveDev(port, persistTo) : serveBundle(port, persistTo);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string' }, 'persist-to': { type: 'string' }, dev: { type: 'boolean' } } });
  stopAllOnSignal();
  const worker = await startWorker(Number(values.port ?? process.env.PORT ?? 8787), values['persist-to'] ?? '.wrangler/state', { dev: values.dev });
  process.exit(await worker.exited);
}
