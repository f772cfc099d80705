/**
 * The contract for batches (issue 20): many vacancies or job profiles uploaded at once, translated
 * one by one through a queue, each stored as a job profile of the uploader's organisation.
 */
import * as z from 'zod';
import { BatchErrorCode } from './batch-errors';
import { Language, Region } from './locale';
import { EngineChoice } from './translate-request';

export const MAX_BATCH_ITEMS = 1000;
export const MAX_BATCH_BYTES = 20 * 1024 * 1024;
export const MAX_ITEM_TEXT = 256 * 1024;

/** One vacancy of a batch. Without a title the first line of the text is its title. */
export const BatchItemInput = z.object({
  title: z.string().trim().max(500, 'title is longer than 500 characters').nullish(),
  text: z.string().trim().min(1, 'text is empty').max(MAX_ITEM_TEXT, 'text is longer than 256 KB'),
  /** The uploader's own reference (a vacancy number, a file name); given back in the results. */
  ref: z.string().trim().max(200, 'ref is longer than 200 characters').nullish(),
});
export type BatchItemInput = z.input<typeof BatchItemInput>;

export const CreateBatch = z.object({
  items: z.array(z.unknown()).min(1, 'items is empty').max(MAX_BATCH_ITEMS, `a batch holds at most ${MAX_BATCH_ITEMS} items`),
  /** Offline (the rules) unless the batch asks for Claude. */
  engine: EngineChoice.default('offline'),
  region: Region.nullish(),
  /** Submit every translated profile to the expertise team for review. */
  submit: z.boolean().default(false),
});
export type CreateBatch = z.input<typeof CreateBatch>;

export const BatchStatus = z.enum(['queued', 'running', 'done', 'failed']);
export type BatchStatus = z.infer<typeof BatchStatus>;

export const ItemStatus = z.enum(['queued', 'running', 'done', 'failed']);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const BatchAccepted = z.object({ id: z.string(), status: BatchStatus, total: z.number().int() });
export type BatchAccepted = z.infer<typeof BatchAccepted>;

export const BatchItem = z.object({
  index: z.number().int(),
  ref: z.string().nullable(),
  title: z.string(),
  status: ItemStatus,
  profileId: z.string().optional(),
  /** Why the item failed, in the interface language (`uiLanguage`, else Accept-Language): what was wrong and what to do. */
  error: z.string().optional(),
  /** The same as a code, whatever the language. */
  errorCode: BatchErrorCode.optional(),
});
export type BatchItem = z.infer<typeof BatchItem>;

export const Batch = z.object({
  id: z.string(),
  status: BatchStatus,
  total: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
  engine: EngineChoice,
  submit: z.boolean(),
  createdAt: z.string(),
  items: z.array(BatchItem),
});
export type Batch = z.infer<typeof Batch>;

/** `GET /v1/batches/{id}` and `/results`: the language failed items are explained in (else Accept-Language). */
export const BatchLanguageQuery = z.object({ uiLanguage: Language.optional() });

/** `GET /v1/batches`: a page of the batches the caller may see, newest first; `cursor` is the last page's `next`. */
export const BatchListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().trim().min(1).max(300).optional(),
});
export type BatchListQuery = z.input<typeof BatchListQuery>;

/** A batch in the list: its progress without its items. */
export const BatchSummary = Batch.omit({ items: true }).extend({
  /** The employer whose batch it is (a team's reviewer sees several). */
  organization: z.object({ id: z.string(), name: z.string() }),
});
export type BatchSummary = z.infer<typeof BatchSummary>;

export const BatchList = z.object({
  batches: z.array(BatchSummary),
  /** The cursor of the next page; null on the last. */
  next: z.string().nullable(),
});
export type BatchList = z.infer<typeof BatchList>;

/** One line of `GET /v1/batches/{id}/results` (JSON Lines; the same columns as CSV). */
export const BatchResult = BatchItem.extend({
  occupation: z.object({ uri: z.string(), label: z.string() }).nullable(),
  /** ESCO skills of the translation; `mustHave` false is learnable on the job. */
  skills: z.array(z.object({ uri: z.string().nullable(), label: z.string(), mustHave: z.boolean() })),
  /** The rewritten vacancy (Markdown); null for a failed item. */
  markdown: z.string().nullable(),
});
export type BatchResult = z.infer<typeof BatchResult>;

/** What travels through the queue: which item of which batch; the text waits in D1. */
export const BatchMessage = z.object({
  batchId: z.string().min(1).max(100),
  index: z
    .number()
    .int()
    .min(0)
    .max(MAX_BATCH_ITEMS - 1),
});
export type BatchMessage = z.infer<typeof BatchMessage>;

/** The batch's status from its items: finished when none waits, failed when none succeeded. */
export function batchStatus(total: number, counts: Partial<Record<ItemStatus, number>>): BatchStatus {
  const done = counts.done ?? 0;
  const failed = counts.failed ?? 0;
  if (done + failed >= total) return done > 0 || total === 0 ? 'done' : 'failed';
  return done + failed + (counts.running ?? 0) > 0 ? 'running' : 'queued';
}

/** A title for an item without one: its first line, cut at a word. */
export function titleOf(item: { title?: string | null; text: string }): string {
  if (item.title?.trim()) return item.title.trim();
  const line =
    item.text
      .split('\n')
      .map((l) => l.replace(/^[#\-*\s]+/, '').trim())
      .find(Boolean) ?? 'Vacature';
  return line.length <= 120 ? line : `${line.slice(0, 120).replace(/\s+\S*$/, '')}…`;
}
