import type { CardVerdict } from '@/store/db';
import { i18n, tKey } from '@/lib/i18n';
import { actionsFor, type Card } from '@/sidepanel/review';
import { CardActions } from './card-actions';
import { LegalBasisNote } from './legal-basis-note';
import { ProvenanceList } from './provenance-list';
import { SkillList } from './skill-list';

function proposalText(card: Card, decision: CardVerdict | undefined): string {
  if (decision?.status === 'edited' && decision.text) return decision.text;
  if (card.kind === 'translate' || card.kind === 'rephrase') return [...card.dayOne, ...card.learnable].map((skill) => skill.label).join(', ');
  return card.requirement.text;
}

/**
 * One change: the original requirement, what Vaardig proposes, why, and the user's decision.
 * Long: markup, the original, the proposal, the reason and the decision of one card.
 */
export function ChangeCard({
  card,
  decision,
  plain,
  language,
  onDecide,
}: {
  card: Card;
  language: string;
  decision: CardVerdict | undefined;
  plain: boolean;
  onDecide: (decision: CardVerdict) => void;
}) {
  const { requirement, lines } = card;
  const headingId = `card-${card.id}`;
  // Plain-language mode: fewer choices, so no free editing.
  const actions = actionsFor(card).filter((action) => !(plain && action === 'edited'));
  return (
    <article class={`card card-${card.kind}`} data-kind={requirement.kind} data-card={card.kind} data-testid="change-card" aria-labelledby={headingId}>
      <p class="card-kinds">
        <span class="badge">{tKey(`kind.${requirement.kind}`)}</span>
        {card.kind === 'keep-legal' && <span class="badge legal">{i18n.t('review.keepLegal')}</span>}
      </p>
      <h4 id={headingId} class="original">
        <span class="visually-hidden">{i18n.t('review.original')}: </span>
        <span id={`${headingId}-text`} lang={language}>
          {requirement.text}
        </span>
      </h4>
      <div class="proposal">
        <p class="label">{i18n.t('review.proposal')}</p>
        {card.kind === 'rephrase' && <p>{i18n.t('review.rephrase')}</p>}
        {card.dayOne.length + card.learnable.length > 0 ? (
          <>
            <SkillList title={i18n.t('review.dayOne')} skills={card.dayOne} />
            <SkillList title={i18n.t('review.learnable')} skills={card.learnable} />
          </>
        ) : plain && card.kind === 'keep-legal' && lines.length > 0 ? (
          // The engine cites the article in the line it writes; plain language keeps it one click away (#17).
          <details class="technical" data-testid="technical-details">
            <summary>{i18n.t('plain.legalLine')}</summary>
            <ul class="proposed-lines" lang={language}>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        ) : (
          lines.length > 0 && (
            <ul class="proposed-lines" lang={language}>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )
        )}
        {card.kind === 'keep-legal' && <LegalBasisNote requirement={requirement} plain={plain} />}
      </div>
      {card.why.length > 0 && <ProvenanceList changes={card.why} plain={plain} />}
      <CardActions
        id={card.id}
        labelledBy={`${headingId}-text`}
        language={language}
        legal={card.kind === 'keep-legal'}
        actions={actions}
        decision={decision}
        proposal={() => proposalText(card, decision)}
        onDecide={onDecide}
      />
    </article>
  );
}
