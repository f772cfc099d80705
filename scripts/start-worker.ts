/**
 * Serves the API locally in workerd: builds missing data, applies D1 migrations to the local
 * database, then runs `wrangler dev`. Used by `npm start` and by the end-to-end tests.
 *   tsx scripts/start-worker.ts [--port 8787] [--persist-to .wrangler/state]
 */
import { parseArgs } from 'node:util';
import { run, start, stopAllOnSignal } from './lib/processes';

/** Environment passed through to the Worker when set. */
const PASSED = ['ADMIN_TOKEN', 'ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL', 'ANTHROPIC_MODEL', 'RATE_LIMIT_PER_MINUTE'] as const;

export function workerVars(env: NodeJS.ProcessEnv = process.env): string[] {
  return PASSED.filter((name) => env[name]).flatMap((name) => ['--var', `${name}:${env[name]}`]);
}

export async function startWorker(port: number, persistTo: string) {
  await run('npm', ['run', '-s', 'data', '--', '--if-missing']);
  await run('npx', ['wrangler', 'd1', 'migrations', 'apply', 'vaardig', '--local', '--persist-to', persistTo], {
    env: { ...process.env, CI: '1' },
  });
  // The learning-offer catalogue (issue #5): built when missing, loaded when missing or stale.
  await run('npm', ['run', '-s', 'data:offers', '--', '--if-missing', '--load', '--persist-to', persistTo]);
  return start('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistTo, ...workerVars()]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string' }, 'persist-to': { type: 'string' } } });
  stopAllOnSignal();
  const worker = await startWorker(Number(values.port ?? process.env.PORT ?? 8787), values['persist-to'] ?? '.wrangler/state');
  worker.on('exit', (code) => process.exit(code ?? 0));
}
