import { useEffect, useMemo, useRef } from 'preact/hooks';
import { decidedVacancy } from '@/lib/compose';
import type { Draft } from '@/lib/db';
import { i18n } from '@/lib/i18n';
import type { PanelState } from '@/lib/panel-state';
import { canWriteBack } from '@/lib/write-back';
import { EscoAttribution } from './esco-attribution';
import { ExportActions } from './export-actions';
import { RewrittenPreview } from './rewritten-preview';
import { SubmitReview } from './submit-review';
import { WriteBackActions } from './write-back-actions';

/** The finish step: the rewritten vacancy as decided, and every way to take it out. */
export function FinishView({ panel, draft }: { panel: PanelState; draft: Draft }) {
  // One decided vacancy for the preview, write-back and every export.
  const decided = useMemo(() => decidedVacancy(draft.translation, draft.vacancy, draft.decisions), [draft]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section data-testid="finish" aria-labelledby="finish-heading">
      <h2 id="finish-heading" tabIndex={-1} ref={headingRef}>{i18n.t('finish.heading')}</h2>
      <WriteBackActions panel={panel} draft={draft} decided={decided} />
      <p class="muted">{i18n.t('finish.previewLegend')}</p>
      <RewrittenPreview blocks={decided.blocks} language={draft.translation.language} />
      {/* One main action per step (#17): writing back when the vacancy came from an editor, else copying. */}
      <ExportActions draft={draft} decided={decided} plain={panel.plain} main={!canWriteBack(draft.tabId, draft.vacancy)} />
      <SubmitReview panel={panel} draft={draft} />
      <div class="row actions">
        <button type="button" class="secondary" onClick={() => panel.setStage('review')}>{i18n.t('review.back')}</button>
        <button type="button" class="secondary" onClick={panel.startOver}>{i18n.t('review.start')}</button>
      </div>
      <EscoAttribution class="muted attribution" text={draft.translation.attribution} />
    </section>
  );
}
