import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import { Translation, Vacancy } from '../../shared/schemas';

/** What the user decided about one proposed change. */
export const Decision = z.object({
  status: z.enum(['pending', 'accepted', 'rejected', 'edited']),
  /** The user's own wording, when status is "edited". */
  text: z.string().optional(),
});
export type Decision = z.infer<typeof Decision>;

export const Stage = z.enum(['review', 'finish']);
export type Stage = z.infer<typeof Stage>;

/** One vacancy being rewritten: everything needed to resume where the user was. */
export const Draft = z.object({
  id: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** The tab it was read from, so write-back goes to the editor it came from. */
  tabId: z.number().nullable(),
  /** That tab's page when it was read (#17): write-back goes there only while the tab still shows it. */
  page: z.object({ title: z.string(), url: z.string() }).nullable().default(null),
  vacancy: Vacancy,
  translation: Translation,
  decisions: z.record(z.string(), Decision),
  stage: Stage,
  writtenBack: z.boolean().default(false),
  /** Set once submitted for review: the API's profile id and status. */
  review: z.object({ profileId: z.string().nullable(), status: z.string(), outboxKey: z.string() }).nullable().default(null),
});
export type Draft = z.infer<typeof Draft>;

export const OutboxItem = z.object({
  /** Also the Idempotency-Key: a retry can never create a second profile. */
  key: z.string(),
  kind: z.literal('submit-review'),
  draftId: z.string(),
  payload: z.unknown(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  nextAttemptAt: z.number(),
  lastError: z.string().nullable(),
  result: z.unknown().optional(),
});
export type OutboxItem = z.infer<typeof OutboxItem>;

/** Small key/value things that must survive a restart: the current draft, text being pasted. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** Vaardig's local store, in the extension's own origin (never the page's). */
export class VaardigDb extends Dexie {
  drafts!: Table<Draft, string>;
  outbox!: Table<OutboxItem, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = 'vaardig') {
    super(name);
    this.version(1).stores({ drafts: 'id, updatedAt', outbox: 'key, status, nextAttemptAt, draftId', meta: 'key' });
  }
}

let shared: VaardigDb | undefined;
/** The one database of this extension page. */
export function db(): VaardigDb {
  return (shared ??= new VaardigDb());
}
