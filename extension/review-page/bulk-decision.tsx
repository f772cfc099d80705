import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../shared/client';
import type { BulkDecisionResult, DecisionKind } from '../../shared/profiles';
import { i18n } from '@/lib/i18n';
import { messageOf } from './use-review-client';

export type Outcome = BulkDecisionResult['results'][number] & { title: string };

/** The API decides at most 50 at once; a bigger selection goes in turns. */
const AT_ONCE = 50;

/**
 * One decision and one comment for the selected profiles (#19: thirty a day). Each is decided on
 * its own; the outcome of every one comes back, so a profile a colleague decided meanwhile does not
 * hide what happened to the others.
 * Long: the decision form for a selection and the outcome per profile in one bar.
 */
export function BulkBar({
  client,
  selected,
  onDecided,
  onClear,
}: {
  client: Client;
  selected: Array<{ id: string; title: string }>;
  onDecided: (outcomes: Outcome[]) => void;
  onClear: () => void;
}) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const n = selected.length;

  async function decide(decision: DecisionKind) {
    setBusy(true);
    setError('');
    const titles = new Map(selected.map((p) => [p.id, p.title]));
    const ids = [...titles.keys()];
    const outcomes: Outcome[] = [];
    try {
      for (let i = 0; i < ids.length; i += AT_ONCE) {
        const results = await client.decideProfiles({ ids: ids.slice(i, i + AT_ONCE), decision, comment: comment.trim() || null });
        outcomes.push(...results.map((r) => ({ ...r, title: titles.get(r.id) ?? r.id })));
      }
      setComment('');
    } catch (e) {
      // The request itself failed (network, 401, 429): what was decided before that is still reported.
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
    if (outcomes.length) onDecided(outcomes);
  }

  return (
    // Escape lets go of the selection, as the "clear" button does.
    <section
      class="bulk"
      aria-labelledby="bulk-heading"
      data-testid="bulk-bar"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onClear();
      }}
    >
      <h3 id="bulk-heading">{i18n.t('reviewPage.bulkHeading', [n])}</h3>
      <label for="bulk-comment">{i18n.t('reviewPage.bulkComment')}</label>
      <textarea id="bulk-comment" rows={2} maxLength={10_000} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={() => decide('approved')}>
          {i18n.t('reviewPage.bulkApprove', [n])}
        </button>
        <button type="button" disabled={busy} onClick={() => decide('changes_requested')}>
          {i18n.t('reviewPage.bulkReturn', [n])}
        </button>
        <button type="button" class="link" disabled={busy} onClick={onClear}>
          {i18n.t('reviewPage.bulkClear')}
        </button>
      </div>
      <p role="status" class="muted">
        {busy ? i18n.t('reviewPage.bulkBusy') : ''}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function problemText(problem: NonNullable<Outcome['problem']>) {
  const known = ([403, 404, 409] as const).find((code) => code === problem.status) ?? 'other';
  return i18n.t('reviewPage.bulkNotDecided', [i18n.t(`reviewPage.bulkProblem.${known}`)]);
}

/** What happened to each profile of the last bulk decision; the focus comes here when it is done. */
export function BulkResults({ outcomes }: { outcomes: Outcome[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [outcomes]);
  const decided = outcomes.filter((o) => o.status).length;
  return (
    <section class="bulk-results" aria-labelledby="bulk-results-heading" data-testid="bulk-results">
      <h3 id="bulk-results-heading" tabIndex={-1} ref={heading}>
        {i18n.t('reviewPage.bulkResults', [decided, outcomes.length - decided])}
      </h3>
      <ul>
        {outcomes.map((o) => (
          <li key={o.id} data-profile-id={o.id} data-outcome={o.status ?? `problem-${o.problem?.status}`} class={o.status ? undefined : 'problem'}>
            <a href={`#/profiles/${encodeURIComponent(o.id)}`}>{o.title}</a>
            {': '}
            {o.status === 'approved'
              ? i18n.t('reviewPage.bulkDecided')
              : o.status === 'changes_requested'
                ? i18n.t('reviewPage.bulkReturned')
                : problemText(o.problem!)}
          </li>
        ))}
      </ul>
    </section>
  );
}
