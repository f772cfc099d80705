import { useEffect, useMemo, useRef } from 'preact/hooks';
import { handedOut } from '@/sidepanel/approved';
import type { Draft } from '@/store/db';
import { i18n } from '@/lib/i18n';
import type { PanelState } from '@/sidepanel/panel-state';
import { canWriteBack } from '@/sidepanel/write-back';
import { EscoAttribution } from './esco-attribution';
import { ExportActions } from './export-actions';
import { RewrittenPreview } from './rewritten-preview';
import { SubmitReview } from './submit-review';
import { WriteBackActions } from './write-back-actions';

/** The finish step: the rewritten vacancy as decided, and every way to take it out. */
export function FinishView({ panel, draft }: { panel: PanelState; draft: Draft }) {
  // One decided vacancy for the preview, write-back and every export: once approved, the approved version (#19).
  const out = useMemo(() => handedOut(draft), [draft]);
  const decided = out.decided;
  // Once the team asked for changes the section stays first while the step is open: moving it back
  // after "submit again" would drop its status message.
  const reviewFirstRef = useRef(false);
  if (draft.review?.status === 'changes_requested') reviewFirstRef.current = true;
  const reviewFirst = reviewFirstRef.current;
  const submitReview = <SubmitReview panel={panel} draft={draft} changedSinceApproval={out.changedSinceApproval} />;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section data-testid="finish" aria-labelledby="finish-heading">
      <h2 id="finish-heading" tabIndex={-1} ref={headingRef}>
        {i18n.t('finish.heading')}
      </h2>
      {/* The team asked for changes: what they said comes first, not below the exports (#19). */}
      {reviewFirst && submitReview}
      {out.teamVersion !== null && (
        <p class="notice" data-testid="team-version">
          {i18n.t('finish.withTeamChanges', [String(out.teamVersion)])}
        </p>
      )}
      {out.approvedVersion !== null && (
        <p class="notice" data-testid="approved-version">
          {i18n.t('finish.approvedVersion', [String(out.approvedVersion)])}
        </p>
      )}
      {out.changedSinceApproval && (
        <p class="notice" data-testid="changed-since-approval">
          {i18n.t('finish.changedSinceApproval')}
        </p>
      )}
      <WriteBackActions panel={panel} draft={draft} decided={decided} />
      <p class="muted">{i18n.t('finish.previewLegend')}</p>
      <RewrittenPreview blocks={decided.blocks} language={draft.translation.language} />
      {/* One main action per step (#17): writing back when the vacancy came from an editor, else copying. */}
      <ExportActions
        draft={draft}
        translation={out.translation}
        decisions={out.decisions}
        decided={decided}
        plain={panel.plain}
        main={!canWriteBack(draft.tabId, draft.vacancy)}
      />
      {!reviewFirst && submitReview}
      <div class="row actions">
        <button type="button" class="secondary" onClick={() => panel.setStage('review')}>
          {i18n.t('review.back')}
        </button>
        <button type="button" class="secondary" onClick={panel.startOver}>
          {i18n.t('review.start')}
        </button>
      </div>
      <EscoAttribution class="muted attribution" text={draft.translation.attribution} />
    </section>
  );
}
