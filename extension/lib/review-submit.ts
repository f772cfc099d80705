import type { Translation, Vacancy } from '../../shared/schemas';
import { api } from './api';
import { db, type OutboxItem } from './db';
import { outbox } from './outbox';
import { apiToken } from './settings';

export interface SubmitPayload {
  title: string;
  translation: Translation;
  vacancy: Vacancy;
}

/** The review client from issue 7, once shared/client.ts has it. */
interface ReviewClient {
  createProfile: (body: SubmitPayload, options: { idempotencyKey: string }) => Promise<{ id: string }>;
  submitProfile: (id: string) => Promise<{ status: string }>;
}

function reviewClient(client: unknown): ReviewClient | null {
  const candidate = client as Partial<ReviewClient>;
  return typeof candidate.createProfile === 'function' && typeof candidate.submitProfile === 'function' ? (candidate as ReviewClient) : null;
}

/** "Connected to a team": a token is set and this build's API client knows the review routes. */
export async function reviewAvailable(): Promise<boolean> {
  return Boolean(await apiToken.getValue()) && reviewClient(await api()) !== null;
}

/** Create the profile (idempotent on the outbox key) and submit it. */
async function send(item: OutboxItem): Promise<{ profileId: string; status: string }> {
  const client = reviewClient(await api());
  if (!client) throw new Error('review is not available');
  const profile = await client.createProfile(item.payload as SubmitPayload, { idempotencyKey: item.key });
  const { status } = await client.submitProfile(profile.id);
  return { profileId: profile.id, status };
}

export const reviewOutbox = () => outbox(db());

/** Queue first, then try: a submission made offline waits in the outbox and is retried. */
export async function submitForReview(draftId: string, payload: SubmitPayload): Promise<OutboxItem> {
  const item = await reviewOutbox().enqueue(draftId, payload);
  const [result] = await reviewOutbox().flush(send, { force: true });
  return result ?? item;
}

export const flushReviews = () => reviewOutbox().flush(send);
