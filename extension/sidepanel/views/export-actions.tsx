import { useState } from 'preact/hooks';
import { copyPlain, copyRich, download } from '@/export/clipboard';
import type { DecidedVacancy } from '@/sidepanel/compose';
import type { CardVerdict, Draft } from '@/store/db';
import { exportFile, type ExportFormat } from '@/export/export';
import { i18n } from '@/lib/i18n';
import type { Translation } from '../../../shared/translation';

const FORMATS: Array<{ format: ExportFormat; label: string }> = [
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'jsonld', label: 'schema.org JSON-LD' },
];

/** Copy (rich or plain) and export as Markdown, HTML, JSON-LD or DOCX; copying is the step's main action when there is no editor to write into. */
/**
 * `translation` and `decisions` go with `decided`: the approved version's once approved (#19), else the draft's.
 * Long: markup, one action per format with the copy's outcome.
 */
export function ExportActions({
  draft,
  translation,
  decisions,
  decided,
  plain,
  main,
}: {
  draft: Draft;
  translation: Translation;
  decisions: Record<string, CardVerdict>;
  decided: DecidedVacancy;
  plain: boolean;
  main: boolean;
}) {
  const [message, setMessage] = useState('');

  async function copy(rich: boolean) {
    try {
      await (rich ? copyRich(decided.html, decided.text) : copyPlain(decided.text));
      setMessage(i18n.t('finish.copied'));
    } catch {
      setMessage(i18n.t('finish.copyFailed'));
    }
  }

  async function save(format: ExportFormat, label: string) {
    const file = await exportFile(format, { translation, vacancy: draft.vacancy, decisions, decided });
    download(file.name, file.data);
    setMessage(i18n.t('finish.downloaded', [label]));
  }

  const button = ({ format, label }: (typeof FORMATS)[number]) => (
    <button key={format} type="button" class="secondary" data-format={format} onClick={() => save(format, label)}>
      {i18n.t('finish.exportAs', [label])}
    </button>
  );

  return (
    <section class="export" data-testid="export" aria-labelledby="export-heading">
      <h3 id="export-heading">{i18n.t('finish.export')}</h3>
      <div class="row">
        <button type="button" class={main ? 'primary' : 'secondary'} onClick={() => copy(true)}>
          {i18n.t('finish.copyRich')}
        </button>
        <button type="button" class="secondary" onClick={() => copy(false)}>
          {i18n.t('finish.copyPlain')}
        </button>
        {button(FORMATS[0]!)}
      </div>
      {/* Plain-language mode: fewer choices, the technical formats folded away. */}
      {plain ? (
        <details>
          <summary>{i18n.t('finish.more')}</summary>
          <div class="row">{FORMATS.slice(1).map(button)}</div>
        </details>
      ) : (
        <div class="row">{FORMATS.slice(1).map(button)}</div>
      )}
      <p role="status" class="muted">
        {message}
      </p>
    </section>
  );
}
