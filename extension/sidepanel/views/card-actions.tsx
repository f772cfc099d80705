import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardVerdict } from '@/store/db';
import { i18n, tKey } from '@/lib/i18n';

/**
 * Accept, keep the original, or edit. A legal requirement's edit may not be empty (it never leaves the
 * text). Until the user decides, the original stays (#17): the status says so.
 * Long: markup, accept, edit and reject with the edit box and the status.
 */
export function CardActions({
  id,
  label,
  labelledBy,
  language,
  legal,
  actions,
  decision,
  proposal,
  onDecide,
}: {
  id: string;
  /** The requirement (or group) the buttons decide on, for screen readers: a text, or the id of the element that holds it. */
  label?: string;
  labelledBy?: string;
  /** The vacancy's language, which the user's own wording is in. */
  language?: string;
  legal: boolean;
  actions: Array<CardVerdict['status']>;
  decision: CardVerdict | undefined;
  /** The text an edit starts from. */
  proposal: () => string;
  onDecide: (decision: CardVerdict) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const editRef = useRef<HTMLTextAreaElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const status = decision?.status ?? 'pending';

  useEffect(() => {
    if (editing) editRef.current?.focus();
    else if (wasEditing.current) editButtonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  function save(event: Event) {
    event.preventDefault();
    onDecide(text.trim() ? { status: 'edited', text: text.trim() } : { status: legal ? 'accepted' : 'rejected' });
    setEditing(false);
  }

  if (editing) {
    return (
      <form class="edit" onSubmit={save}>
        <label for={`edit-${id}`}>{i18n.t('review.editLabel')}</label>
        <textarea
          id={`edit-${id}`}
          ref={editRef}
          rows={3}
          value={text}
          required={legal}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Escape' && setEditing(false)}
        />
        <div class="row">
          <button type="submit" class="primary">
            {i18n.t('review.save')}
          </button>
          <button type="button" class="secondary" onClick={() => setEditing(false)}>
            {i18n.t('review.cancel')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div class="card-actions">
      <p class="status" data-status={status}>
        {tKey(`review.status.${status}`)}
        {status === 'edited' && decision?.text ? (
          <>
            : “<span lang={language}>{decision.text}</span>”
          </>
        ) : (
          ''
        )}
      </p>
      <div class="row" role="group" aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy}>
        {actions.includes('accepted') && (
          <button type="button" class="secondary" aria-pressed={status === 'accepted'} onClick={() => onDecide({ status: 'accepted' })}>
            {i18n.t('review.accept')}
          </button>
        )}
        {actions.includes('rejected') && (
          <button type="button" class="secondary" aria-pressed={status === 'rejected'} onClick={() => onDecide({ status: 'rejected' })}>
            {i18n.t('review.reject')}
          </button>
        )}
        {actions.includes('edited') && (
          <button
            type="button"
            class="secondary"
            ref={editButtonRef}
            aria-pressed={status === 'edited'}
            onClick={() => {
              setText(proposal());
              setEditing(true);
            }}
          >
            {i18n.t('review.edit')}
          </button>
        )}
      </div>
    </div>
  );
}
