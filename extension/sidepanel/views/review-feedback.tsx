import type { DraftReview } from '@/store/db';
import { i18n, tKey } from '@/lib/i18n';
import type { Comment } from '../../../shared/profiles';

const STATUSES = ['draft', 'submitted', 'changes_requested', 'approved'];

/** Who wrote it: the person's name (the token's label), else their role in the interface language (#19). */
const authorOf = (comment: Comment) => comment.author.label ?? tKey(`submitReview.role.${comment.author.role}`);

/** Where the expertise team's review stands, in words, and what they said, with their names (#19). */
export function ReviewFeedback({ review }: { review: DraftReview }) {
  if (!STATUSES.includes(review.status)) return null;
  return (
    <div class="review-feedback" data-testid="review-feedback" data-status={review.status}>
      <p class={review.status === 'changes_requested' ? 'notice' : 'muted'} data-testid="review-status">
        {tKey(`submitReview.status.${review.status}`, [String(review.approved?.version ?? review.version ?? '')])}
      </p>
      {review.comments.length > 0 && (
        <>
          <h4 id="review-comments-heading">{i18n.t('submitReview.comments')}</h4>
          <ul class="comments" data-testid="review-comments" aria-labelledby="review-comments-heading">
            {review.comments.map((comment) => (
              <li key={comment.id} data-testid="review-comment">
                {/* Names and the team's own words keep their language; the labels around them are the interface's. */}
                <strong lang={comment.author.label ? '' : undefined}>{authorOf(comment)}</strong>
                {' · '}
                <span lang="">{comment.author.organizationName}</span>
                {' · '}
                <span class="muted">{i18n.t('submitReview.onVersion', [String(comment.version)])}</span>
                <p lang="" class="comment-body">
                  {comment.body}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The review page, in a new tab: at one profile when given (#19: reachable from the panel and the settings). */
export function reviewPageUrl(profileId?: string | null): string {
  return `${browser.runtime.getURL('/review.html')}${profileId ? `#/profiles/${encodeURIComponent(profileId)}` : ''}`;
}
