import type { Profile } from '../../shared/profiles';
import type { Translation, Vacancy } from '../../shared/schemas';
import { api } from './api';
import { db, type OutboxItem } from './db';
import { outbox } from './outbox';
import { retryOutbox, scheduleRetry } from './outbox-retry';
import { apiToken } from './settings';

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
async function send(item: OutboxItem): Promise<{ profileId: string; status: string }> {
  const client = await api();
  const profile = await client.createProfile(item.payload as SubmitPayload, { idempotencyKey: item.key });
  const submitted = profile.status === 'draft' ? await client.submitProfile(profile.id, { etag: profile.etag }) : profile;
  return { profileId: submitted.id, status: submitted.status };
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

/** The profile as the expertise team left it: status and comments. */
export async function reviewState(profileId: string): Promise<Pick<Profile, 'status' | 'comments'>> {
  const profile = await (await api()).getProfile(profileId);
  return { status: profile.status, comments: profile.comments };
}
