import type { Translation } from '../../shared/translation';
import type { Vacancy } from '../../shared/vacancy';
// The review page's three-way merge is pure; the panel merges its edits into the team's with it.
import { mergeEdits } from '../review-page/merge';
import { api } from '../lib/api';
import { db, type DraftReview, type OutboxItem } from '../store/db';
import { outbox } from '../store/outbox';
import { retryOutbox, scheduleRetry } from '../store/outbox-retry';
import { apiToken } from '../store/settings';

export interface SubmitPayload {
  title: string;
  translation: Translation;
  vacancy: Vacancy;
}

/** "Connected to a team": a token is set in the settings (the review API needs one). */
export async function reviewAvailable(): Promise<boolean> {
  return Boolean(await apiToken.getValue());
}

/** Create the profile (idempotent on the outbox key, so a retry never makes a second) and submit it. */
async function send(item: OutboxItem): Promise<SentResult> {
  const client = await api();
  const profile = await client.createProfile(item.payload as SubmitPayload, { idempotencyKey: item.key });
  const submitted = profile.status === 'draft' ? await client.submitProfile(profile.id, { etag: profile.etag }) : profile;
  return { profileId: submitted.id, status: submitted.status, version: submitted.version };
}

/** What a sent outbox item holds; `version` is missing in items sent before #19 (the first version then). */
export interface SentResult {
  profileId: string;
  status: string;
  version?: number;
}

export const reviewOutbox = () => outbox(db());

/**
 * Queue first, then try: a submission made offline waits in the outbox and is retried, by the
 * panel while it is open and by the background script's alarm when it is not.
 */
export async function submitForReview(draftId: string, payload: SubmitPayload): Promise<OutboxItem> {
  const item = await reviewOutbox().enqueue(draftId, payload);
  const [result] = await flushReviews(true);
  return result ?? item;
}

/** Send what is due; `force` (back online) sends everything waiting at once. Sets the alarm for what still waits. */
export async function flushReviews(force = false): Promise<OutboxItem[]> {
  const changed = await reviewOutbox().flush(send, { force });
  await scheduleRetry(reviewOutbox(), browser.alarms);
  return changed;
}

/** What the background script runs when the outbox alarm fires. */
export const retryReviews = () => retryOutbox(reviewOutbox(), send, browser.alarms);

/**
 * The profile as the expertise team left it (#19): its status and comments, and once approved the
 * approved version (fetched again only when the version changed). Read again only when its state changed.
 */
export async function syncReview(review: DraftReview): Promise<DraftReview> {
  if (!review.profileId) return review;
  const client = await api();
  // Asked often while the team decides: a 304 while nothing changed, the whole profile only when something did.
  const state = await client.profileState(review.profileId, review.stateTag);
  if (!state) return review;
  const profile = await client.getProfile(review.profileId);
  const approved =
    profile.status !== 'approved'
      ? null
      : review.approved?.version === profile.version
        ? review.approved
        : { version: profile.version, title: profile.title, translation: profile.translation };
  const requested =
    profile.status !== 'changes_requested'
      ? null
      : review.requested?.version === profile.version
        ? review.requested
        : await client.profileVersion(profile.id, review.version ?? 1).then((base) => ({
            version: profile.version,
            title: profile.title,
            translation: profile.translation,
            baseTitle: base.title,
            base: base.translation,
          }));
  return { ...review, status: profile.status, comments: profile.comments, approved, requested, stateTag: state.etag };
}

/**
 * Submits the employer's edits again after the team asked for changes (or after approval, which
 * starts a new round). The team may have edited the profile meanwhile, and the employer may have
 * edited it on the review page: the panel's own edits since the version it last sent are merged
 * into the current version three ways (the review page's merge), so nobody's edit is lost; where
 * both changed the same part, the employer's stands, and the team sees it in the version diff.
 */
export async function resubmit(review: DraftReview, mine: SubmitPayload): Promise<DraftReview> {
  if (!review.profileId) throw new Error('not submitted yet');
  const client = await api();
  const theirs = await client.getProfile(review.profileId);
  const base = await client.profileVersion(review.profileId, review.version ?? 1);
  const merged = mergeEdits(
    { title: base.title, translation: base.translation },
    { title: mine.title, translation: mine.translation },
    { title: theirs.title, translation: theirs.translation },
    (theirs.vacancy ?? mine.vacancy).text,
  );
  // Nothing edited in the panel: the current version goes as it is (no empty new version).
  const unchanged = merged.title === theirs.title && JSON.stringify(merged.translation) === JSON.stringify(theirs.translation);
  const saved = unchanged ? theirs : await client.updateProfile(theirs.id, { title: merged.title, translation: merged.translation }, theirs.etag);
  const submitted = await client.submitProfile(saved.id, { etag: saved.etag });
  return {
    ...review,
    status: submitted.status,
    version: submitted.version,
    sentMarkdown: mine.translation.rewritten.markdown,
    comments: submitted.comments,
    approved: null,
    requested: null,
  };
}
