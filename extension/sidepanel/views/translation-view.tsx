import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Draft } from '@/store/db';
import { i18n } from '@/lib/i18n';
import { jobTitle } from '@/sidepanel/job-title';
import { EscoAttribution } from './esco-attribution';
import type { PanelState } from '@/sidepanel/panel-state';
import { acceptRest, buildCards, decidables, reviewable, statusOf, undecided } from '@/sidepanel/review';
import { ChangeCard } from './change-card';
import { FundingHints } from './funding-hints';
import { LearningRoutes } from './learning-routes';
import { OccupationChoice } from './occupation-choice';
import { PersonProfileCard } from './person-profile-card';
import { PersonProfileView } from './person-profile';
import { PlainTerms } from './plain-terms';
import { ReviewFilter, type Filter } from './review-filter';
import { WarningList } from './warning-list';

/**
 * The review step: the decisions that matter first (diploma, law, experience), the traits and
 * wording as one person-profile card, a filter by kind (#17); then the person profile and the
 * learning routes. What the user does not decide keeps its original text. The warnings, and in
 * plain language the routes, funding and the words explained, come after the decisions.
 * Long: markup, the translation's parts in reading order.
 */
export function TranslationView({ panel, draft }: { panel: PanelState; draft: Draft }) {
  const { translation, vacancy, decisions } = draft;
  const cards = useMemo(() => buildCards(translation), [translation]);
  const items = useMemo(() => decidables(cards), [cards]);
  const [filter, setFilter] = useState<Filter>('all');
  const shown = items.filter((item) => filter === 'all' || item.category === filter);
  const kept = cards.filter((card) => !reviewable(card));
  const remaining = undecided(cards, decisions);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The result takes focus when it appears, so a screen reader starts reading there.
  useEffect(() => headingRef.current?.focus(), [draft.id]);
  const routes = <LearningRoutes routes={translation.learningRoutes} region={translation.region ?? null} />;

  return (
    <section data-testid="translation" aria-labelledby="result-heading">
      <h2 id="result-heading" tabIndex={-1} ref={headingRef} lang={translation.language}>
        {jobTitle(vacancy, translation) ?? i18n.t('start.noTitle')}
      </h2>
      <OccupationChoice panel={panel} draft={draft} />
      <h3>{i18n.t('review.heading')}</h3>
      <p class="muted" role="status" data-testid="review-remaining">
        {items.length ? i18n.t('review.remaining', remaining) : i18n.t('review.none')}
      </p>
      <ReviewFilter items={items} filter={filter} onFilter={setFilter} />
      <ol class="cards">
        {shown.map((item) => (
          <li key={item.id} data-category={item.category}>
            {item.category === 'profile' ? (
              <PersonProfileCard
                item={item}
                status={statusOf(item, decisions)}
                language={translation.language}
                plain={panel.plain}
                onDecide={(decision) => panel.decideMany(Object.fromEntries(item.cards.map((card) => [card.id, decision])))}
              />
            ) : (
              <ChangeCard
                language={translation.language}
                card={item.cards[0]!}
                decision={decisions[item.id]}
                plain={panel.plain}
                onDecide={(decision) => panel.decide(item.id, decision)}
              />
            )}
          </li>
        ))}
      </ol>
      {remaining > 0 && (
        <div class="row">
          <button type="button" class="secondary" data-testid="accept-rest" onClick={() => panel.decideMany(acceptRest(cards, decisions))}>
            {remaining === 1 ? i18n.t('review.acceptRest1') : i18n.t('review.acceptRest', [String(remaining)])}
          </button>
        </div>
      )}
      {/* After the decisions (#17): the first one is on the first screen, in both modes. */}
      <WarningList warnings={translation.warnings} plain={panel.plain} />
      {panel.plain && (
        <>
          {routes}
          <FundingHints routes={translation.learningRoutes} />
          <PlainTerms />
        </>
      )}
      {kept.length > 0 && (
        <details class="kept-unchanged">
          <summary>{i18n.t('review.kept', [String(kept.length)])}</summary>
          <ul class="kept">
            {kept.map((card) => (
              <li key={card.id} class="requirement" data-kind={card.requirement.kind} lang={translation.language}>
                {card.requirement.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      <PersonProfileView profile={translation.personProfile} language={translation.language} />
      {!panel.plain && routes}
      <div class="row actions">
        <button type="button" class="primary" onClick={() => panel.setStage('finish')}>
          {i18n.t('review.continue')}
        </button>
        <button type="button" class="secondary" onClick={panel.startOver}>
          {i18n.t('review.start')}
        </button>
      </div>
      <EscoAttribution class="muted attribution" text={translation.attribution} />
    </section>
  );
}
