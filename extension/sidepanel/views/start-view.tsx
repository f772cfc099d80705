import { useEffect, useRef, useState } from 'preact/hooks';
import { db } from '@/store/db';
import { drafts } from '@/store/drafts';
import { i18n } from '@/lib/i18n';
import type { PanelState } from '@/sidepanel/panel-state';
import { HistoryList } from './history-list';

/** The empty state: read the page, or paste a vacancy. Pasted text is kept as it is typed. */
export function StartView({ panel }: { panel: PanelState }) {
  const [text, setText] = useState('');
  const [restored, setRestored] = useState(false);
  const [saved, setSaved] = useState(true);
  const pasteRef = useRef<HTMLDetailsElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(
    () =>
      void drafts(db())
        .pasteText()
        .then((saved) => {
          setText(saved);
          setRestored(true);
        }),
    [],
  );
  // An error offered "paste the text": open the paste field and put the cursor in it.
  useEffect(() => {
    if (!panel.pasteRequest || !pasteRef.current) return;
    pasteRef.current.open = true;
    textRef.current?.focus();
  }, [panel.pasteRequest]);

  function type(value: string) {
    setText(value);
    setSaved(false);
    void drafts(db())
      .savePasteText(value)
      .then(() => setSaved(true));
  }

  return (
    <section class="start" aria-labelledby="start-heading">
      <h2 id="start-heading" class="tagline">
        {panel.plain ? i18n.t('app.taglinePlain') : i18n.t('app.tagline')}
      </h2>
      <div class="row">
        {/* Focused on open: the shortcut (Alt+Shift+V) then Enter reads the page. */}
        {/* biome-ignore lint/a11y/noAutofocus: the panel opens on its one first action (see above) */}
        <button type="button" class="primary" autoFocus onClick={panel.readPage} disabled={panel.busy !== null}>
          {i18n.t('start.read')}
        </button>
      </div>
      <p class="muted">{i18n.t('start.readHint')}</p>
      <details ref={pasteRef} open={(restored && text.length > 0) || panel.pasteRequest > 0}>
        <summary>{i18n.t('start.pasteSummary')}</summary>
        <label for="pasted">{i18n.t('start.pasteLabel')}</label>
        <textarea id="pasted" ref={textRef} rows={8} value={text} data-saved={saved} onInput={(event) => type(event.currentTarget.value)} />
        <button type="button" class="secondary" onClick={() => panel.readText(text)} disabled={panel.busy !== null || !text.trim()}>
          {i18n.t('start.pasteButton')}
        </button>
      </details>
      <HistoryList onOpen={panel.open} />
    </section>
  );
}
