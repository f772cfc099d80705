import { useEffect, useRef, useState } from 'preact/hooks';
import type { Decision } from '@/lib/db';
import { i18n, tKey } from '@/lib/i18n';
import { actionsFor, type Card } from '@/lib/review';

function proposalText(card: Card, decision: Decision | undefined): string {
  if (decision?.status === 'edited' && decision.text) return decision.text;
  if (card.kind === 'translate' || card.kind === 'rephrase') return [...card.dayOne, ...card.learnable].map((skill) => skill.label).join(', ');
  return card.requirement.text;
}

/** Accept, keep the original, or edit. Legal cards offer no way to remove the requirement. */
export function CardActions({ card, decision, plain, onDecide }: { card: Card; decision: Decision | undefined; plain: boolean; onDecide: (decision: Decision) => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const editRef = useRef<HTMLTextAreaElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const status = decision?.status ?? 'pending';
  // Plain-language mode: fewer choices, so no free editing.
  const actions = actionsFor(card).filter((action) => !(plain && action === 'edited'));

  useEffect(() => {
    if (editing) editRef.current?.focus();
    else if (wasEditing.current) editButtonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  function save(event: Event) {
    event.preventDefault();
    onDecide(text.trim() ? { status: 'edited', text: text.trim() } : { status: card.kind === 'legal' ? 'accepted' : 'rejected' });
    setEditing(false);
  }

  if (editing) {
    const id = `edit-${card.id}`;
    return (
      <form class="edit" onSubmit={save}>
        <label for={id}>{i18n.t('review.editLabel')}</label>
        <textarea id={id} ref={editRef} rows={3} value={text} required={card.kind === 'legal'} onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Escape' && setEditing(false)} />
        <div class="row">
          <button type="submit" class="primary">{i18n.t('review.save')}</button>
          <button type="button" class="secondary" onClick={() => setEditing(false)}>{i18n.t('review.cancel')}</button>
        </div>
      </form>
    );
  }

  return (
    <div class="card-actions">
      <p class="status" data-status={status}>{tKey(`review.status.${status}`)}{status === 'edited' && decision?.text ? `: “${decision.text}”` : ''}</p>
      <div class="row" role="group" aria-label={card.requirement.text}>
        {actions.includes('accepted') && (
          <button type="button" class="secondary" aria-pressed={status === 'accepted'} onClick={() => onDecide({ status: 'accepted' })}>{i18n.t('review.accept')}</button>
        )}
        {actions.includes('rejected') && (
          <button type="button" class="secondary" aria-pressed={status === 'rejected'} onClick={() => onDecide({ status: 'rejected' })}>{i18n.t('review.reject')}</button>
        )}
        {actions.includes('edited') && (
          <button type="button" class="secondary" ref={editButtonRef} aria-pressed={status === 'edited'} onClick={() => { setText(proposalText(card, decision)); setEditing(true); }}>
            {i18n.t('review.edit')}
          </button>
        )}
      </div>
    </div>
  );
}
