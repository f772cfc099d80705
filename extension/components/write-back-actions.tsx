import { useState } from 'preact/hooks';
import type { DecidedVacancy } from '@/lib/compose';
import type { Draft } from '@/lib/db';
import { i18n } from '@/lib/i18n';
import type { PanelState } from '@/lib/panel-state';
import { canWriteBack, undoWriteBack, writeBack } from '@/lib/write-back';

/** Write the result back into the editor it came from, with one action to undo. */
export function WriteBackActions({ panel, draft, decided }: { panel: PanelState; draft: Draft; decided: DecidedVacancy }) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  if (!canWriteBack(draft.tabId, draft.vacancy)) return null;
  const tabId = draft.tabId;

  async function act(action: () => Promise<void>, done: string, written: boolean) {
    setBusy(true);
    try {
      await action();
      await panel.markWrittenBack(written);
      setMessage(done);
    } catch (error) {
      setMessage(i18n.t('finish.writeBackFailed', [(error as Error).message]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="write-back">
      <div class="row">
        <button type="button" class="primary" disabled={busy}
          onClick={() => act(() => writeBack(tabId, draft.vacancy, decided), i18n.t('finish.writtenBack'), true)}>
          {i18n.t('finish.writeBack')}
        </button>
        {draft.writtenBack && (
          <button type="button" class="secondary" disabled={busy} onClick={() => act(() => undoWriteBack(tabId), i18n.t('finish.undone'), false)}>
            {i18n.t('finish.undo')}
          </button>
        )}
      </div>
      <p role="status" class="muted">{message}</p>
    </div>
  );
}
