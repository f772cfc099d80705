import type { Decision } from '@/lib/db';
import { i18n, tKey } from '@/lib/i18n';
import type { Card } from '@/lib/review';
import { CardActions } from './card-actions';
import { LegalBasisNote } from './legal-basis-note';
import { ProvenanceList } from './provenance-list';
import { SkillList } from './skill-list';

/** One change: the original requirement, what Vaardig proposes, why, and the user's decision. */
export function ChangeCard({ card, lines, decision, plain, language, onDecide }: { card: Card; lines: string[]; language: string; decision: Decision | undefined; plain: boolean; onDecide: (decision: Decision) => void }) {
  const { requirement } = card;
  const headingId = `card-${card.id}`;
  return (
    <article class={`card card-${card.kind}`} data-kind={requirement.kind} data-card={card.kind} data-testid="change-card" aria-labelledby={headingId}>
      <p class="card-kinds">
        <span class="badge">{tKey(`kind.${requirement.kind}`)}</span>
        {card.kind === 'legal' && <span class="badge legal">{i18n.t('review.legalKept')}</span>}
      </p>
      <h4 id={headingId} class="original">
        <span class="visually-hidden">{i18n.t('review.original')}: </span>
        <span lang={language}>{requirement.text}</span>
      </h4>
      <div class="proposal">
        <p class="label">{i18n.t('review.proposal')}</p>
        {card.kind === 'rephrase' && <p>{i18n.t('review.rephrase')}</p>}
        {card.kind === 'profile' && <p>{i18n.t('review.toProfile')}</p>}
        {card.dayOne.length + card.learnable.length > 0 ? (
          <>
            <SkillList title={i18n.t('review.dayOne')} skills={card.dayOne} />
            <SkillList title={i18n.t('review.learnable')} skills={card.learnable} />
          </>
        ) : (
          lines.length > 0 && <ul class="proposed-lines" lang={language}>{lines.map((line) => <li key={line}>{line}</li>)}</ul>
        )}
        {card.kind === 'legal' && <LegalBasisNote requirement={requirement} />}
      </div>
      {card.why.length > 0 && <ProvenanceList changes={card.why} />}
      <CardActions card={card} decision={decision} plain={plain} onDecide={onDecide} />
    </article>
  );
}
