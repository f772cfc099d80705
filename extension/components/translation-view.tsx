import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Draft } from '@/lib/db';
import { i18n } from '@/lib/i18n';
import type { PanelState } from '@/lib/panel-state';
import { proposedLines } from '@/lib/compose';
import { buildCards, reviewable, undecided } from '@/lib/review';
import { ChangeCard } from './change-card';
import { FundingHints } from './funding-hints';
import { LearningRoutes } from './learning-routes';
import { OccupationChoice } from './occupation-choice';
import { PersonProfileView } from './person-profile';
import { PlainTerms } from './plain-terms';
import { WarningList } from './warning-list';

/** The review step: every change as a card, then the person profile and the learning routes. */
export function TranslationView({ panel, draft }: { panel: PanelState; draft: Draft }) {
  const { translation, vacancy, decisions } = draft;
  const cards = useMemo(() => buildCards(translation), [translation]);
  const toReview = cards.filter(reviewable);
  const kept = cards.filter((card) => !reviewable(card));
  const remaining = undecided(cards, decisions);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The result takes focus when it appears, so a screen reader starts reading there.
  useEffect(() => headingRef.current?.focus(), [draft.id]);
  const routes = <LearningRoutes routes={translation.learningRoutes} />;

  return (
    <section data-testid="translation" aria-labelledby="result-heading">
      <h2 id="result-heading" tabIndex={-1} ref={headingRef} lang={translation.language}>{translation.title ?? vacancy.title ?? i18n.t('start.noTitle')}</h2>
      <OccupationChoice panel={panel} draft={draft} />
      {panel.plain && (
        <>
          <PlainTerms />
          {routes}
          <FundingHints routes={translation.learningRoutes} />
        </>
      )}
      <WarningList warnings={translation.warnings} />
      <h3>{i18n.t('review.heading')}</h3>
      <p class="muted" role="status">{i18n.t('review.remaining', remaining)}</p>
      <ol class="cards">
        {toReview.map((card) => (
          <li key={card.id}>
            <ChangeCard language={translation.language} card={card} lines={proposedLines(translation, card.id)} decision={decisions[card.id]} plain={panel.plain} onDecide={(decision) => panel.decide(card.id, decision)} />
          </li>
        ))}
      </ol>
      {kept.length > 0 && (
        <>
          <h3>{i18n.t('review.kept')}</h3>
          <ul class="kept">
            {kept.map((card) => (
              <li key={card.id} class="requirement" data-kind={card.requirement.kind} lang={translation.language}>{card.requirement.text}</li>
            ))}
          </ul>
        </>
      )}
      <PersonProfileView profile={translation.personProfile} />
      {!panel.plain && routes}
      <div class="row actions">
        <button type="button" class="primary" onClick={() => panel.setStage('finish')}>{i18n.t('review.continue')}</button>
        <button type="button" class="secondary" onClick={panel.startOver}>{i18n.t('review.start')}</button>
      </div>
      <p class="muted attribution">{translation.attribution}</p>
    </section>
  );
}
