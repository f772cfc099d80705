import { i18n } from '@/lib/i18n';
import { usePanel } from '@/sidepanel/panel-state';
import { FinishView } from './finish-view';
import { PageBinding } from './page-binding';
import { PanelError } from './panel-error';
import { PlainToggle } from './plain-toggle';
import { ProgressNote } from './progress-note';
import { RegionSelect } from './region-select';
import { ReviewFeedback } from './review-feedback';
import { ReviewPageLink } from './review-page-link';
import { StartView } from './start-view';
import { StepList } from './step-list';
import { TitleQuestion } from './title-question';
import { TranslationView } from './translation-view';

export function SidePanel() {
  const panel = usePanel();
  const { draft, busy, plain } = panel;
  const step = draft ? draft.stage : 'read';

  return (
    <main class={plain ? 'plain' : undefined}>
      <header class="top">
        <h1>{i18n.t('app.name')}</h1>
        <StepList current={step} />
        {/* The settings are one click away from the panel (#17): API address, token, engine, plain language. */}
        <div class="row header-actions">
          <PlainToggle panel={panel} />
          <button type="button" class="link" onClick={() => void panel.openSettings()}>
            {i18n.t('app.settings')}
          </button>
          <ReviewPageLink label={i18n.t('app.reviewPage')} />
        </div>
      </header>
      <PageBinding panel={panel} />
      {!draft && !panel.question && <StartView panel={panel} />}
      {!draft && panel.question && <TitleQuestion panel={panel} />}
      <div aria-live="polite" aria-busy={busy ? 'true' : undefined}>
        <ProgressNote busy={busy} onCancel={panel.cancel} />
      </div>
      <PanelError panel={panel} />
      {/* Changing the vacancy after the team asked for changes: their comments stay in sight (#19). */}
      {draft?.stage === 'review' && draft.review?.status === 'changes_requested' && <ReviewFeedback review={draft.review} />}
      {draft?.stage === 'review' && <RegionSelect panel={panel} draft={draft} />}
      {draft?.stage === 'review' && <TranslationView panel={panel} draft={draft} />}
      {draft?.stage === 'finish' && <FinishView panel={panel} draft={draft} />}
    </main>
  );
}
