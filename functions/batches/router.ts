/**
 * The batches resource (#20). Long: one resource, one router (STYLE.md): the upload with its
 * checks, idempotency and queue, then list, progress and results.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod';
import { batchErrorMessage, inputErrorCode } from '../../shared/batch-errors';
import {
  BatchItemInput,
  BatchLanguageQuery,
  BatchListQuery,
  CreateBatch,
  MAX_BATCH_BYTES,
  MAX_BATCH_ITEMS,
  titleOf,
  type BatchResult,
} from '../../shared/batches';
import type { Language } from '../../shared/locale';
import { canCreate } from '../../shared/profile-access';
import { Translation } from '../../shared/translation';
import { requireCaller, sha256Hex, type AuthEnv } from '../lib/auth';
import { preferredLanguage } from '../lib/accept-language';
import { fileItems, fileKind, type RawItem } from './files';
import { enqueue } from './queue';
import {
  accepted,
  deleteBatch,
  insertBatch,
  listBatches,
  loadBatch,
  loadBatchByKey,
  loadBatchRow,
  loadVisibleBatch,
  resultPage,
  toItem,
  type BatchCursor,
  type NewItem,
  type VisibleBatchRow,
} from './store';
import { csvLine } from '../../shared/csv';
import { fromZodError, ProblemError } from '../lib/problem';
import { validate } from '../lib/validate';

type Ctx = Context<AuthEnv>;

const IdempotencyKey = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/);
const Options = CreateBatch.omit({ items: true });
const flag = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : value === true || value === 'true' || value === '1');

const MEGABYTES = MAX_BATCH_BYTES / 1024 / 1024;
const HOW =
  'Send JSON {"items": [{"title", "text", "ref"}]}, a CSV (title, text, ref) or JSON Lines file, or a ZIP of .txt, .md, .html and .docx files (multipart field "file", or the file as the body with its Content-Type).';

/** The options and the items of an upload, whatever form it came in. */
async function readUpload(c: Ctx): Promise<{ options: unknown; raw: RawItem[] }> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  const fromQuery = { engine: c.req.query('engine'), region: c.req.query('region'), submit: flag(c.req.query('submit')) };
  if (type.startsWith('application/json')) {
    const body = await c.req.json().catch(() => {
      throw new ProblemError(400, `The request body is not valid JSON. ${HOW}`);
    });
    if (Array.isArray(body)) return { options: fromQuery, raw: body.map((value) => ({ value })) };
    const parsed = CreateBatch.safeParse(body);
    if (!parsed.success) {
      if (parsed.error.issues.some((i) => i.code === 'too_big' && i.path[0] === 'items')) throw tooMany(Array.isArray(body?.items) ? body.items.length : 0);
      throw fromZodError(parsed.error);
    }
    return { options: parsed.data, raw: parsed.data.items.map((value) => ({ value })) };
  }
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.formData().catch(() => {
      throw new ProblemError(400, `The multipart body could not be read. ${HOW}`);
    });
    const file = form.get('file');
    if (!file || typeof file === 'string') throw new ProblemError(400, `The multipart body has no file in the field "file". ${HOW}`);
    const kind = fileKind(file.name, file.type);
    if (!kind) throw new ProblemError(415, `"${file.name}" is not a CSV, JSON Lines, JSON or ZIP file. ${HOW}`);
    const field = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) || undefined : undefined);
    const options = {
      engine: field('engine') ?? fromQuery.engine,
      region: field('region') ?? fromQuery.region,
      submit: flag(field('submit')) ?? fromQuery.submit,
    };
    return { options, raw: fileItems(kind, new Uint8Array(await file.arrayBuffer())) };
  }
  const kind = fileKind(null, type);
  if (!kind) throw new ProblemError(415, `Content-Type "${type || '(none)'}" is not one Vaardig reads here. ${HOW}`);
  return { options: fromQuery, raw: fileItems(kind, new Uint8Array(await c.req.arrayBuffer())) };
}

const tooMany = (count: number) =>
  new ProblemError(413, `The upload holds ${count} items; a batch holds at most ${MAX_BATCH_ITEMS}. Split it into several batches.`);

const text = (value: unknown, key: string) => {
  const field = (value as Record<string, unknown> | null)?.[key];
  return typeof field === 'string' && field.trim() ? field.trim().slice(0, 500) : null;
};

/** Each item ready to translate, or failed with the reason (its place in the batch kept). */
function checkItems(raw: RawItem[]): NewItem[] {
  return raw.map((entry, index) => {
    if ('error' in entry)
      return { ref: entry.ref, title: entry.title ?? entry.ref ?? `Item ${index + 1}`, text: '', error: { code: entry.error, detail: entry.detail } };
    const parsed = BatchItemInput.safeParse(entry.value);
    if (parsed.success) return { ref: parsed.data.ref ?? null, title: titleOf(parsed.data), text: parsed.data.text, error: null };
    const ref = text(entry.value, 'ref');
    const detail = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
    return {
      ref,
      title: text(entry.value, 'title') ?? ref ?? `Item ${index + 1}`,
      text: '',
      error: { code: inputErrorCode(entry.value, parsed.error.issues), detail },
    };
  });
}

/** The upload read and checked: its options and its items (each valid or with its error); a problem when none can be translated. */
async function checkedUpload(c: Ctx): Promise<{ options: z.infer<typeof Options>; items: NewItem[] }> {
  const upload = await readUpload(c);
  const options = Options.safeParse(upload.options);
  if (!options.success) throw fromZodError(options.error);
  if (upload.raw.length === 0) throw new ProblemError(400, `The upload holds no items. ${HOW}`);
  if (upload.raw.length > MAX_BATCH_ITEMS) throw tooMany(upload.raw.length);
  const items = checkItems(upload.raw);
  if (items.every((item) => item.error)) {
    const say = language(c, undefined);
    const errors = items.slice(0, 20).map((item, i) => ({ path: `items.${i}`, message: batchErrorMessage(item.error!.code, say) }));
    throw new ProblemError(
      400,
      `None of the ${items.length} items can be translated: ${errors
        .slice(0, 3)
        .map((e) => `${e.path}: ${e.message}`)
        .join('; ')}.`,
      { errors },
    );
  }
  return { options: options.data, items };
}

/** The language failed items are explained in: `?uiLanguage=`, else Accept-Language, else English (#20). */
const language = (c: Ctx, asked: Language | undefined): Language => asked ?? preferredLanguage(c.req.header('accept-language'));

const notFound = (c: Ctx) => new ProblemError(404, `There is no batch at ${new URL(c.req.url).pathname}.`);

/** The batch, when the caller may see it (anything else is 404: no hint that it exists). */
async function visibleBatch(c: Ctx): Promise<VisibleBatchRow> {
  const row = await loadVisibleBatch(c.env.DB, c.get('caller'), c.req.param('id')!);
  if (!row) throw notFound(c);
  return row;
}

// The list's cursor: the last batch's creation time and id, opaque to the client.
const encodeCursor = (cursor: BatchCursor) =>
  btoa(JSON.stringify([cursor.createdAt, cursor.id]))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
function decodeCursor(cursor: string): BatchCursor {
  try {
    const [createdAt, id] = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // Answered below.
  }
  throw new ProblemError(400, 'cursor is not one this API gave; use the "next" of the page before, or leave it out for the first page.', {
    errors: [{ path: 'cursor', message: 'not a cursor from GET /v1/batches' }],
  });
}

function toResult(row: Awaited<ReturnType<typeof resultPage>>['results'][number], language: Language): BatchResult {
  const translation = row.translation ? Translation.parse(JSON.parse(row.translation)) : null;
  return {
    ...toItem(row, language),
    occupation: translation?.occupation ? { uri: translation.occupation.uri, label: translation.occupation.label } : null,
    skills: (translation?.skills ?? []).map((s) => ({ uri: s.uri, label: s.label, mustHave: s.mustHave })),
    markdown: translation?.rewritten.markdown ?? null,
  };
}

const CSV_COLUMNS = ['index', 'ref', 'title', 'status', 'profileId', 'error', 'errorCode', 'occupation', 'occupationUri', 'skills', 'markdown'];
const csvRow = (r: BatchResult) =>
  csvLine([
    r.index,
    r.ref,
    r.title,
    r.status,
    r.profileId,
    r.error,
    r.errorCode,
    r.occupation?.label,
    r.occupation?.uri,
    r.skills.map((s) => s.label).join('; '),
    r.markdown,
  ]);

export const batches = new Hono<AuthEnv>()
  .use('*', requireCaller)
  .use(
    '*',
    bodyLimit({
      maxSize: MAX_BATCH_BYTES,
      onError: () => {
        throw new ProblemError(413, `The upload is larger than ${MEGABYTES} MB. Split it into several batches.`);
      },
    }),
  )

  .post('/', async (c) => {
    const caller = c.get('caller');
    const verdict = canCreate(caller);
    if (!verdict.ok) throw new ProblemError(verdict.status, `${verdict.reason} A batch makes profiles, so an employer uploads it.`);
    const keyHeader = c.req.header('idempotency-key');
    const key = keyHeader === undefined ? null : IdempotencyKey.safeParse(keyHeader);
    if (key && !key.success) throw new ProblemError(400, 'Idempotency-Key must be 1 to 200 visible ASCII characters, e.g. a UUID.');

    const { options, items } = await checkedUpload(c);

    const db = c.env.DB;
    const batch = { engine: options.engine, region: options.region ?? null, submit: options.submit, items };
    // The fingerprint is of what was read, so the same file sent again in another multipart body matches.
    const idempotency = key ? { key: key.data!, hash: await sha256Hex(JSON.stringify(batch)) } : null;
    const replay = async () => {
      const existing = await loadBatchByKey(db, caller.organization.id, idempotency!.key);
      if (!existing) return null;
      if (existing.request_hash !== idempotency!.hash) {
        throw new ProblemError(422, 'This Idempotency-Key was already used for a different upload. Use a new key for a new batch.');
      }
      return c.json(await accepted(db, existing), 202, { 'idempotent-replayed': 'true', location: `/v1/batches/${existing.id}` });
    };
    if (idempotency) {
      const replayed = await replay();
      if (replayed) return replayed;
    }

    let id: string;
    try {
      id = await insertBatch(db, caller, batch, idempotency);
    } catch (error) {
      // Two retries raced with the same key: the loser answers with the winner's batch.
      if (idempotency && /UNIQUE constraint failed|SQLITE_CONSTRAINT/i.test(String((error as Error)?.message))) {
        const replayed = await replay();
        if (replayed) return replayed;
      }
      throw error;
    }
    try {
      await enqueue(
        c.env.BATCH_QUEUE,
        id,
        items.flatMap((item, index) => (item.error ? [] : [index])),
      );
    } catch (error) {
      console.error('batch queue send failed:', error);
      await deleteBatch(db, id);
      throw new ProblemError(503, 'The queue is not available; nothing was stored, try again in a moment.', { headers: { 'retry-after': '5' } });
    }
    const row = (await loadBatchRow(db, id))!;
    return c.json(await accepted(db, row), 202, { location: `/v1/batches/${id}` });
  })

  .get('/', validate('query', BatchListQuery), async (c) => {
    const query = c.req.valid('query');
    const page = await listBatches(c.env.DB, c.get('caller'), query.limit, query.cursor ? decodeCursor(query.cursor) : null);
    return c.json({ batches: page.batches, next: page.next ? encodeCursor(page.next) : null });
  })

  .get('/:id', validate('query', BatchLanguageQuery), async (c) => {
    const row = await visibleBatch(c);
    return c.json(await loadBatch(c.env.DB, row, language(c, c.req.valid('query').uiLanguage)));
  })

  .get('/:id/results', validate('query', BatchLanguageQuery.extend({ format: z.string().optional() })), async (c) => {
    const row = await visibleBatch(c);
    const say = language(c, c.req.valid('query').uiLanguage);
    const format = c.req.query('format') ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'csv')
      throw new ProblemError(400, 'format is jsonl (the default) or csv.', { errors: [{ path: 'format', message: 'jsonl or csv' }] });
    const db = c.env.DB;
    const encoder = new TextEncoder();
    let after = -1;
    let header = format === 'csv';
    // A page of items at a time, so that 1,000 translations are never all in memory.
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (header) {
          header = false;
          return controller.enqueue(encoder.encode(`\uFEFF${csvLine(CSV_COLUMNS)}`));
        }
        const { results } = await resultPage(db, row.id, after, 50);
        if (!results.length) return controller.close();
        after = results.at(-1)!.idx;
        const lines = results.map((r) => toResult(r, say)).map((r) => (format === 'csv' ? csvRow(r) : `${JSON.stringify(r)}\n`));
        controller.enqueue(encoder.encode(lines.join('')));
      },
    });
    return c.body(body, 200, {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="batch-${row.id}.${format}"`,
    });
  });
