import Dexie, { type Table } from 'dexie';
import * as z from 'zod';
import { Comment } from '../../shared/profiles';
import { Translation } from '../../shared/translation';
import { Vacancy } from '../../shared/vacancy';

/**
 * What the user decided about one card (a proposed change) in the side panel: the card verdict. Not the
 * team's `Decision` on a submitted profile (shared/profiles.ts). Stored per card in `Draft.decisions`.
 */
export const CardVerdict = z.object({
  status: z.enum(['pending', 'accepted', 'rejected', 'edited']),
  /** The user's own wording, when status is "edited". */
  text: z.string().optional(),
});
export type CardVerdict = z.infer<typeof CardVerdict>;

export const Stage = z.enum(['review', 'finish']);
export type Stage = z.infer<typeof Stage>;

/**
 * The employer's side of a review (#19), kept with the draft so a closed panel still shows it:
 * the status, the team's comments, the version last sent, and once approved the approved version,
 * which the finish step hands out instead of the panel's own.
 */
export const DraftReview = z.object({
  profileId: z.string().nullable(),
  status: z.string(),
  outboxKey: z.string(),
  /** The profile version this panel last sent: the base when the employer's edits are merged into the team's. */
  version: z.number().int().nullable().default(null),
  /** The vacancy as Markdown when it was last sent: changed since, the approved version no longer stands for it. */
  sentMarkdown: z.string().nullable().default(null),
  comments: z.array(Comment).default([]),
  /** The ETag of the profile's state when it was last read: asked with If-None-Match, 304 while nothing changed. */
  stateTag: z.string().nullable().default(null),
  approved: z.object({ version: z.number().int(), title: z.string(), translation: Translation }).nullable().default(null),
  /**
   * After "changes requested": the version the team decided on (their edits in it) and the version
   * this panel sent before it. The panel's own edits since are merged into it, as they will be sent.
   */
  requested: z
    .object({ version: z.number().int(), title: z.string(), translation: Translation, baseTitle: z.string(), base: Translation })
    .nullable()
    .default(null),
});
export type DraftReview = z.infer<typeof DraftReview>;

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
  decisions: z.record(z.string(), CardVerdict),
  stage: Stage,
  writtenBack: z.boolean().default(false),
  /** Set once submitted for review: the API's profile id and status, and what the team said (#19). */
  review: DraftReview.nullable().default(null),
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
