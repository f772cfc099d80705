/**
 * `vaardig batches --api URL --token T`: the batches the token may see (#20), newest first — its
 * organisation's, or for a team's reviewer those of the employers it serves that were submitted for
 * review — one line each with status and counts. `--json` prints JSON Lines; the first page is
 * printed and the next one named, `--all` follows every page.
 */
import { parseArgs } from 'node:util';
import { BatchList, type BatchSummary } from '../../shared/batches';
import { Problem } from '../../shared/problem';

export const BATCHES_USAGE = `usage: vaardig batches --api URL --token T [--limit 1-50] [--cursor C] [--all] [--json]
  --api or VAARDIG_API, --token or VAARDIG_TOKEN`;

async function problem(response: Response): Promise<Error> {
  const parsed = Problem.safeParse(await response.json().catch(() => null));
  return new Error(parsed.success ? `${response.status} ${parsed.data.detail}` : `the API answered ${response.status}`);
}

/** One batch as a line a person scans: when, which, how far, whose. */
export function batchLine(b: BatchSummary): string {
  const when = b.createdAt.slice(0, 16).replace('T', ' ');
  const counts = `${b.done} done, ${b.failed} failed of ${b.total}`;
  return [when, b.id, b.status.padEnd(7), counts.padEnd(26), b.submit ? 'for review' : 'drafts    ', b.organization.name].join('  ');
}

export async function batches(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      api: { type: 'string' },
      token: { type: 'string' },
      limit: { type: 'string' },
      cursor: { type: 'string' },
      all: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const api = (values.api ?? process.env.VAARDIG_API ?? 'http://127.0.0.1:8787').replace(/\/+$/, '');
  const token = values.token ?? process.env.VAARDIG_TOKEN;
  if (!token) throw new Error(`--token is required\n${BATCHES_USAGE}`);

  let cursor = values.cursor ?? null;
  let printed = 0;
  for (;;) {
    const query = new URLSearchParams({ ...(values.limit ? { limit: values.limit } : {}), ...(cursor ? { cursor } : {}) }).toString();
    const response = await fetch(`${api}/v1/batches${query ? `?${query}` : ''}`, { headers: { authorization: `Bearer ${token}` } }).catch(() => {
      throw new Error(`the API at ${api} cannot be reached (is it running? npm start)`);
    });
    if (!response.ok) throw await problem(response);
    const page = BatchList.parse(await response.json());
    for (const batch of page.batches) process.stdout.write(`${values.json ? JSON.stringify(batch) : batchLine(batch)}\n`);
    printed += page.batches.length;
    cursor = page.next;
    if (!cursor) break;
    if (!values.all) {
      process.stderr.write(`more: vaardig batches --cursor ${cursor}${values.limit ? ` --limit ${values.limit}` : ''} (or --all)\n`);
      break;
    }
  }
  if (printed === 0) process.stderr.write('no batches\n');
  return 0;
}
