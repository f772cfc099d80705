/**
 * CPU time of a process tree, read from Linux's /proc: what workerd spends on a request, which the
 * Worker cannot time itself (timers stand still inside a request). Null where /proc is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The processes below pid whose command starts with name (e.g. workerd under wrangler). */
export function descendantsNamed(pid: number, name: string): number[] {
  if (!existsSync('/proc/self/stat')) return [];
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": the command may hold spaces and brackets, so read after its last ")".
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone meanwhile */
    }
  }
  const below = (p: number): number[] => [...parentOf].filter(([, parent]) => parent === p).flatMap(([child]) => [child, ...below(child)]);
  return below(pid).filter((child) => {
    try {
      return readFileSync(`/proc/${child}/comm`, 'utf8').startsWith(name);
    } catch {
      return false;
    }
  });
}

/** CPU time in ms of these processes, all their threads, so far (nanosecond counters of the scheduler). */
export function cpuMs(pids: number[]): number | null {
  if (!pids.length) return null;
  let ns = 0;
  for (const pid of pids) {
    for (const task of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
  }
  return ns / 1e6;
}
