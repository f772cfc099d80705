/**
 * `vaardig batch FILE --api URL --token T`: uploads a CSV (title, text, ref), JSON Lines, JSON or ZIP
 * file as a batch (#20), follows its progress on stderr and prints the results (JSON Lines, or CSV
 * with --format csv) on stdout or into --out. Running the same command again with the same file
 * answers the same batch (its Idempotency-Key is the file's SHA-256 with the options), so a broken
 * connection can simply be retried; --key sets another key.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { Batch, BatchAccepted } from '../../shared/batches';
import { Problem } from '../../shared/problem';

export const BATCH_USAGE = `usage: vaardig batch FILE --api URL --token T [--engine offline|claude|auto] [--region NL|BE|abroad] [--submit]
                     [--no-wait] [--format jsonl|csv] [--out FILE] [--key IDEMPOTENCY_KEY] [--lang nl|en]
  FILE: .csv (title, text, ref), .jsonl, .json or .zip (.txt, .md, .html, .docx); --api or VAARDIG_API, --token or VAARDIG_TOKEN`;

const TYPES: Record<string, string> = {
  csv: 'text/csv',
  jsonl: 'application/x-ndjson',
  ndjson: 'application/x-ndjson',
  json: 'application/json',
  zip: 'application/zip',
};

async function problem(response: Response): Promise<Error> {
  const parsed = Problem.safeParse(await response.json().catch(() => null));
  return new Error(parsed.success ? `${response.status} ${parsed.data.detail}` : `the API answered ${response.status}`);
}

/** Long: one command: its flags, the upload, following progress and writing the results. */
export async function batch(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      api: { type: 'string' },
      token: { type: 'string' },
      engine: { type: 'string' },
      region: { type: 'string' },
      submit: { type: 'boolean' },
      'no-wait': { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      key: { type: 'string' },
      // The language failed items are explained in (Accept-Language); the API's default is English.
      lang: { type: 'string' },
    },
  });
  const file = positionals[0];
  const api = (values.api ?? process.env.VAARDIG_API ?? 'http://127.0.0.1:8787').replace(/\/+$/, '');
  const token = values.token ?? process.env.VAARDIG_TOKEN;
  if (!file || !token) throw new Error(`${!file ? 'FILE' : '--token'} is required\n${BATCH_USAGE}`);
  const type = TYPES[/\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase() ?? ''];
  if (!type) throw new Error(`${basename(file)} is not a .csv, .jsonl, .json or .zip file`);
  const format = values.format ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'csv') throw new Error('--format is jsonl or csv');
  if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') throw new Error('--lang is nl or en');

  const bytes = await readFile(file);
  const options = { engine: values.engine, region: values.region, submit: values.submit ? 'true' : undefined };
  const query = new URLSearchParams(Object.entries(options).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  const key = values.key ?? createHash('sha256').update(bytes).update(JSON.stringify(options)).digest('hex');
  const auth = { authorization: `Bearer ${token}`, ...(values.lang ? { 'accept-language': values.lang } : {}) };
  const send = (path: string, init: RequestInit = {}) =>
    fetch(`${api}${path}`, { ...init, headers: { ...auth, ...init.headers } }).catch(() => {
      throw new Error(`the API at ${api} cannot be reached (is it running? npm start)`);
    });

  const uploaded = await send(`/v1/batches${query ? `?${query}` : ''}`, {
    method: 'POST',
    headers: { 'content-type': type, 'idempotency-key': key },
    body: bytes,
  });
  if (uploaded.status !== 202) throw await problem(uploaded);
  const accepted = BatchAccepted.parse(await uploaded.json());
  process.stderr.write(`batch ${accepted.id}: ${accepted.total} items${uploaded.headers.get('idempotent-replayed') ? ' (uploaded before)' : ''}\n`);
  if (values['no-wait']) {
    process.stdout.write(`${JSON.stringify(accepted)}\n`);
    return 0;
  }

  let current: Batch;
  for (;;) {
    const response = await send(`/v1/batches/${accepted.id}`);
    if (!response.ok) throw await problem(response);
    current = Batch.parse(await response.json());
    process.stderr.write(`\r${current.status}: ${current.done} done, ${current.failed} failed of ${current.total}   `);
    if (current.status === 'done' || current.status === 'failed') break;
    await new Promise((wait) => setTimeout(wait, 1000));
  }
  process.stderr.write('\n');
  const results = await send(`/v1/batches/${accepted.id}/results${format === 'csv' ? '?format=csv' : ''}`);
  if (!results.ok) throw await problem(results);
  const text = await results.text();
  if (values.out) await writeFile(values.out, text);
  else process.stdout.write(text);
  for (const item of current.items.filter((i) => i.error)) process.stderr.write(`item ${item.index}${item.ref ? ` (${item.ref})` : ''}: ${item.error}\n`);
  return current.failed > 0 ? 1 : 0;
}
