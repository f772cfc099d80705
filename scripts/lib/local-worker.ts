import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * Start the local Worker (workerd, local D1 in `persistTo`) on a free port; resolves when /v1/health answers.
 */
export async function startLocalWorker(
  env: NodeJS.ProcessEnv = {},
  { persistTo = '.wrangler/bench' }: { persistTo?: string } = {},
): Promise<{ origin: string; child: ChildProcess; startedMs: number; stop(): void }> {
  const port = await freePort();
  const started = performance.now();
  const command = ['npx', 'tsx', 'scripts/start-worker.ts', '--port', String(port), '--persist-to', persistTo];
  const child = spawn(command[0]!, command.slice(1), {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error('the local Worker exited before answering');
    try {
      if ((await fetch(`${origin}/v1/health`)).ok) return { origin, child, startedMs: performance.now() - started, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  stop();
  throw new Error('the local Worker did not answer within 120 s');
}
