import { useEffect, useState } from 'preact/hooks';
import { appliedTranslation } from '@/lib/compose';
import type { Draft } from '@/lib/db';
import { i18n } from '@/lib/i18n';
import { jobTitle } from '@/lib/job-title';
import type { PanelState } from '@/lib/panel-state';
import type { Comment } from '../../shared/profiles';
import { flushReviews, reviewAvailable, reviewOutbox, reviewState, submitForReview } from '@/lib/review-submit';

const RETRY_MS = 30_000;

/** Submit for review, shown only when connected to a team (a token and the review API). */
export function SubmitReview({ panel, draft }: { panel: PanelState; draft: Draft }) {
  const [available, setAvailable] = useState(false);
  const [message, setMessage] = useState('');
  const [comments, setComments] = useState<Comment[]>([]);

  async function refresh() {
    if (!draft.review) return;
    const item = await reviewOutbox().get(draft.review.outboxKey);
    if (item?.status === 'sent') {
      const result = item.result as { profileId: string; status: string };
      // What the expertise team did since: the status and their comments.
      const state = await reviewState(result.profileId).catch(() => ({ status: result.status, comments: [] as Comment[] }));
      if (draft.review.status !== state.status) await panel.setReview({ ...draft.review, profileId: result.profileId, status: state.status });
      setComments(state.comments);
      setMessage(i18n.t('submitReview.sent', [state.status]));
    } else if (item?.status === 'failed') setMessage(i18n.t('submitReview.failed', [item.lastError ?? '']));
    else if (item) setMessage(i18n.t('submitReview.queued'));
  }

  useEffect(() => {
    void reviewAvailable().then(setAvailable);
    const retry = (force = false) => void flushReviews(force).then(refresh);
    const online = () => retry(true);
    retry();
    const timer = setInterval(retry, RETRY_MS);
    addEventListener('online', online);
    return () => {
      clearInterval(timer);
      removeEventListener('online', online);
    };
  }, [draft.review?.outboxKey]);

  if (!available) return null;

  async function submit() {
    const title = jobTitle(draft.vacancy, draft.translation) ?? i18n.t('start.noTitle');
    const item = await submitForReview(draft.id, { title, vacancy: draft.vacancy, translation: appliedTranslation(draft.translation, draft.vacancy, draft.decisions) });
    const result = item.result as { profileId: string; status: string } | undefined;
    await panel.setReview({ outboxKey: item.key, profileId: result?.profileId ?? null, status: result?.status ?? 'queued' });
    if (item.status === 'sent') setMessage(i18n.t('submitReview.sent', [result?.status ?? '']));
    else if (item.status === 'failed') setMessage(i18n.t('submitReview.failed', [item.lastError ?? '']));
    else setMessage(i18n.t('submitReview.queued'));
  }

  return (
    <section class="submit-review" aria-labelledby="submit-heading">
      <h3 id="submit-heading">{i18n.t('submitReview.heading')}</h3>
      <button type="button" class="secondary" onClick={submit} disabled={draft.review !== null && draft.review.status !== 'queued' && draft.review.status !== 'failed'}>
        {i18n.t('submitReview.submit')}
      </button>
      <p role="status" class="muted">{message}</p>
      {comments.length > 0 && (
        <ul class="comments" data-testid="review-comments">
          {comments.map((comment) => (
            <li key={comment.id}><strong>{comment.author.organizationName}:</strong> {comment.body}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
