import { useState } from 'preact/hooks';
import type { DecidedVacancy } from '@/sidepanel/compose';
import type { Draft } from '@/store/db';
import { i18n, type MessageKey } from '@/lib/i18n';
import type { PanelState } from '@/sidepanel/panel-state';
import { hostOf } from '@/sidepanel/tab-binding';
import { canWriteBack, pageOf, undoWriteBack, writeBack, WriteBackRefused } from '@/sidepanel/write-back';
import { Message } from '@/lib/message';

/** What happened, as a message that names the page; the page's title is in a language the panel does not know (#17). */
type Outcome = { ok: boolean; message: MessageKey } | null;

/**
 * Write the result back into the editor it came from, with one action to undo; only into that tab, and says which (#17).
 * Long: writing back and undoing, with their outcomes.
 */
export function WriteBackActions({ panel, draft, decided }: { panel: PanelState; draft: Draft; decided: DecidedVacancy }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  if (!canWriteBack(draft.tabId, draft.vacancy)) return null;
  const tabId = draft.tabId;
  const page = pageOf(draft);
  const named = page?.title || draft.vacancy.title;
  const title = named ? <span lang="">{named}</span> : i18n.t('page.untitled');
  const host = page ? hostOf(page.url) : '';

  function refusal(error: unknown): MessageKey {
    if (error instanceof WriteBackRefused) {
      if (error.why === 'gone') return 'finish.tabGone';
      if (error.why === 'moved') return 'finish.tabMoved';
      return 'finish.tabUnknown';
    }
    // What the page or the browser said stays in the console (#17).
    console.warn('Vaardig: write-back failed', error);
    return 'finish.writeBackFailed';
  }

  async function act(action: () => Promise<void>, done: MessageKey, written: boolean) {
    setBusy(true);
    setOutcome(null);
    try {
      await action();
      await panel.markWrittenBack(written);
      setOutcome({ ok: true, message: done });
    } catch (error) {
      setOutcome({ ok: false, message: refusal(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="write-back">
      <p class="muted" data-testid="write-target">
        {i18n.t('finish.writesInto')}: <strong>{title}</strong>
        {host && ` · ${host}`}
      </p>
      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={() => act(() => writeBack(tabId, page, draft.vacancy, decided), 'finish.writtenBack', true)}
        >
          {i18n.t('finish.writeBack')}
        </button>
        {draft.writtenBack && (
          <button type="button" class="secondary" disabled={busy} onClick={() => act(() => undoWriteBack(tabId, page), 'finish.undone', false)}>
            {i18n.t('finish.undo')}
          </button>
        )}
      </div>
      <p role="status" class="muted">
        {outcome?.ok ? <Message id={outcome.message} parts={[title]} /> : ''}
      </p>
      {outcome?.ok === false && (
        <p class="error" role="alert" data-testid="write-back-refused">
          <Message id={outcome.message} parts={[title]} />
        </p>
      )}
    </div>
  );
}
