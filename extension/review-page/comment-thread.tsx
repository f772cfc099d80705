import { useState } from 'preact/hooks';
import type { Comment, Decision } from '../../shared/profiles';
import { Own, PersonWithRole } from './names';
import { i18n } from '@/lib/i18n';

/** One comment: who wrote it, when, on which version, and the decision it came with. */
function CommentItem({ comment, decision }: { comment: Comment; decision: Decision | undefined }) {
  return (
    <li data-testid="comment">
      <p class="muted">
        <span data-testid="comment-author">
          <PersonWithRole who={comment.author} />
        </span>
        , <Own>{comment.author.organizationName}</Own> · {new Date(comment.createdAt).toLocaleString()} · {i18n.t('reviewPage.version', [comment.version])}
        {decision && (
          <>
            {' '}
            · <strong>{i18n.t(`reviewPage.status.${decision.decision}`)}</strong>
          </>
        )}
      </p>
      {/* The commenter's own words, in whatever language they wrote (#17). */}
      <p lang="" class="comment-body">
        {comment.body}
      </p>
    </li>
  );
}

/** Comments in order, each with who wrote it; decisions are shown where they happened. */
export function CommentThread({ comments, decisions, onSend }: { comments: Comment[]; decisions: Decision[]; onSend?: (body: string) => Promise<void> }) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const decisionFor = new Map(decisions.filter((d) => d.commentId).map((d) => [d.commentId!, d]));

  async function send(event: Event) {
    event.preventDefault();
    if (!onSend || !body.trim()) return;
    setBusy(true);
    try {
      await onSend(body.trim());
      setBody('');
    } catch {
      // Not sent: the page says why, and what was typed stays to send again.
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="comments-heading" data-testid="comments">
      <h3 id="comments-heading">{i18n.t('reviewPage.comments')}</h3>
      {comments.length === 0 && <p class="muted">{i18n.t('reviewPage.noComments')}</p>}
      <ol class="comments">
        {comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} decision={decisionFor.get(comment.id)} />
        ))}
      </ol>
      {onSend && (
        <form onSubmit={send}>
          <label for="comment-body">{i18n.t('reviewPage.commentLabel')}</label>
          <textarea id="comment-body" rows={3} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
          <button type="submit" disabled={busy || !body.trim()}>
            {i18n.t('reviewPage.commentSend')}
          </button>
        </form>
      )}
    </section>
  );
}
