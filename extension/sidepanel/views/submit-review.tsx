import { useEffect, useRef, useState } from 'preact/hooks';
import { appliedTranslation } from '@/sidepanel/compose';
import type { Draft, DraftReview } from '@/store/db';
import { i18n } from '@/lib/i18n';
import { jobTitle } from '@/sidepanel/job-title';
import type { PanelState } from '@/sidepanel/panel-state';
import {
  flushReviews,
  resubmit,
  reviewAvailable,
  reviewOutbox,
  submitForReview,
  syncReview,
  type SentResult,
  type SubmitPayload,
} from '@/sidepanel/review-submit';
import { ReviewFeedback, reviewPageUrl } from './review-feedback';

const RETRY_MS = 30_000;
/** While the panel is in sight and the team has yet to decide, it asks this often: a 304 while nothing changed (#19). */
const WATCH_MS = 5_000;

/** What the panel sends: the vacancy as the employer decided it. */
const payloadOf = (draft: Draft): SubmitPayload => ({
  title: jobTitle(draft.vacancy, draft.translation) ?? i18n.t('start.noTitle'),
  vacancy: draft.vacancy,
  translation: appliedTranslation(draft.translation, draft.vacancy, draft.decisions),
});

/** The outbox's answer and the team's since, on the review kept with the draft. */
async function follow(review: DraftReview): Promise<{ review: DraftReview; outbox: 'sent' | 'failed' | 'queued' | null; error: string }> {
  const item = await reviewOutbox().get(review.outboxKey);
  if (item?.status === 'failed') return { review: { ...review, status: 'failed' }, outbox: 'failed', error: item.lastError ?? '' };
  if (item?.status !== 'sent') return { review, outbox: item ? 'queued' : null, error: '' };
  const result = item.result as SentResult;
  const sent: DraftReview = {
    ...review,
    profileId: review.profileId ?? result.profileId,
    version: review.version ?? result.version ?? 1,
    status: review.status === 'queued' || review.status === 'failed' ? result.status : review.status,
  };
  return { review: await syncReview(sent).catch(() => sent), outbox: 'sent', error: '' };
}

/**
 * Submit for review, shown only when connected to a team (a token and the review API); then where
 * the review stands, the team's comments, and after "changes requested" the way to change the
 * vacancy and submit it again (#19).
 * Long: submitting, the review's status and submitting again share one state.
 */
export function SubmitReview({ panel, draft, changedSinceApproval }: { panel: PanelState; draft: Draft; changedSinceApproval: boolean }) {
  const [available, setAvailable] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  // The timer and the listeners read the draft as it is now, not as it was when they were set.
  const latest = useRef(draft);
  latest.current = draft;

  async function refresh() {
    const current = latest.current.review;
    if (!current) return;
    const { review, outbox, error } = await follow(current);
    // Submitted again meanwhile: what was read belongs to the round before, and would undo it.
    const before = JSON.stringify(current);
    if (JSON.stringify(latest.current.review) !== before) return;
    if (JSON.stringify(review) !== before) await panel.setReview(review);
    // The API's detail (English, with paths) stays in the console; the panel says what to do.
    if (outbox === 'failed') {
      console.warn('Vaardig: submitting failed', error);
      setMessage(i18n.t('submitReview.failed'));
    } else if (outbox === 'queued') setMessage(i18n.t('submitReview.queued'));
    else if (current.status === 'queued') setMessage(i18n.t('submitReview.sent'));
  }

  useEffect(() => {
    void reviewAvailable().then(setAvailable);
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waiting = () => latest.current.review?.status === 'submitted' && document.visibilityState === 'visible';
    const retry = (force = false) => {
      clearTimeout(timer);
      void flushReviews(force)
        .then(refresh)
        .finally(() => {
          if (!live) return;
          clearTimeout(timer);
          timer = setTimeout(retry, waiting() ? WATCH_MS : RETRY_MS);
        });
    };
    const online = () => retry(true);
    // Back in the panel: the team may have decided meanwhile.
    const visible = () => document.visibilityState === 'visible' && retry();
    retry();
    addEventListener('online', online);
    addEventListener('focus', visible);
    document.addEventListener('visibilitychange', visible);
    return () => {
      live = false;
      clearTimeout(timer);
      removeEventListener('online', online);
      removeEventListener('focus', visible);
      document.removeEventListener('visibilitychange', visible);
    };
    // A new status starts again: submitted, the panel waits on the team and asks more often.
  }, [draft.review?.outboxKey, draft.review?.status]);

  if (!available) return null;
  const review = draft.review;

  async function submit() {
    const payload = payloadOf(draft);
    const item = await submitForReview(draft.id, payload);
    const result = item.result as SentResult | undefined;
    await panel.setReview({
      outboxKey: item.key,
      profileId: result?.profileId ?? null,
      status: item.status === 'sent' ? (result?.status ?? 'submitted') : item.status === 'failed' ? 'failed' : 'queued',
      version: result?.version ?? null,
      sentMarkdown: payload.translation.rewritten.markdown,
      comments: [],
      stateTag: null,
      approved: null,
      requested: null,
    });
    if (item.status === 'sent') setMessage(i18n.t('submitReview.sent'));
    else if (item.status === 'failed') {
      console.warn('Vaardig: submitting failed', item.lastError);
      setMessage(i18n.t('submitReview.failed'));
    } else setMessage(i18n.t('submitReview.queued'));
  }

  async function submitAgain() {
    setBusy(true);
    setMessage('');
    try {
      await panel.setReview(await resubmit(review!, payloadOf(draft)));
      setMessage(i18n.t('submitReview.resent'));
    } catch (error) {
      // The API's detail (English, with paths) stays in the console; the panel says what to do.
      console.warn('Vaardig: submitting again failed', error);
      setMessage(i18n.t('submitReview.resendFailed'));
    } finally {
      setBusy(false);
    }
  }

  // Waiting in the outbox says so in the status line; a second click would make a second profile.
  const first = review === null || review.status === 'failed';
  const again =
    !!review?.profileId && (review.status === 'changes_requested' || review.status === 'draft' || (review.status === 'approved' && changedSinceApproval));

  return (
    <section class="submit-review" aria-labelledby="submit-heading">
      <h3 id="submit-heading">{i18n.t('submitReview.heading')}</h3>
      {review && <ReviewFeedback review={review} />}
      <div class="row">
        {first && (
          <button type="button" class="secondary" onClick={submit}>
            {i18n.t('submitReview.submit')}
          </button>
        )}
        {review?.status === 'changes_requested' && (
          <button type="button" class="secondary" onClick={() => panel.setStage('review')}>
            {i18n.t('submitReview.edit')}
          </button>
        )}
        {again && (
          <button type="button" class="primary" onClick={submitAgain} disabled={busy}>
            {i18n.t('submitReview.resubmit')}
          </button>
        )}
        {review?.profileId && (
          <a href={reviewPageUrl(review.profileId)} target="_blank" rel="noopener" data-testid="open-review-page">
            {i18n.t('submitReview.openReviewPage')}
          </a>
        )}
      </div>
      <p role="status" class="muted">
        {message}
      </p>
    </section>
  );
}
