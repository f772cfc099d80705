import { useState } from 'preact/hooks';
import type { DecisionKind } from '../../shared/profiles';
import { i18n } from '@/lib/i18n';

/** Approve or request changes, with an optional comment that goes into the thread. */
export function DecisionBar({ disabled, onDecide }: { disabled: boolean; onDecide: (decision: DecisionKind, comment: string) => Promise<void> }) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  async function decide(decision: DecisionKind) {
    setBusy(true);
    try {
      await onDecide(decision, comment.trim());
      setComment('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="decision-heading" class="decision">
      <h3 id="decision-heading">{i18n.t('reviewPage.decision')}</h3>
      <label for="decision-comment">{i18n.t('reviewPage.decisionComment')}</label>
      <textarea id="decision-comment" rows={2} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      <div class="row">
        <button type="button" class="primary" disabled={disabled || busy} onClick={() => decide('approved')}>
          {i18n.t('reviewPage.approve')}
        </button>
        <button type="button" disabled={disabled || busy} onClick={() => decide('changes_requested')}>
          {i18n.t('reviewPage.requestChanges')}
        </button>
      </div>
    </section>
  );
}
