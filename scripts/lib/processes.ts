import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const children = new Set<ChildProcess>();
const cleanups: Array<() => Promise<void>> = [];

/** Something else to stop on Ctrl-C, e.g. a Miniflare instance. */
export function onStop(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

/** Run a command to completion; reject with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    children.add(child);
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (code === 0) done();
      else fail(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`));
    });
  });
}

/** Start a long-running command; it is stopped with the rest on Ctrl-C. */
export function start(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Ctrl-C (or SIGTERM) stops every child, then this process. */
export function stopAllOnSignal(): void {
  const stop = () => {
    for (const child of children) child.kill('SIGTERM');
    setTimeout(() => process.exit(130), 2000).unref();
    void Promise.allSettled(cleanups.map((cleanup) => cleanup())).then(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
