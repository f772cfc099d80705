import type { CardVerdict } from '@/store/db';
import { i18n } from '@/lib/i18n';
import type { Decidable } from '@/sidepanel/review';
import { CardActions } from './card-actions';
import { ProvenanceList } from './provenance-list';

/**
 * The traits and wording the rewrite moves into the person profile, as one decision (#17): one
 * IT posting had 12 trait cards of 14, each repeating its neighbour. Accept or keep the originals;
 * an own wording belongs on the person profile as a whole, so there is no edit here.
 */
export function PersonProfileCard({
  item,
  status,
  language,
  plain,
  onDecide,
}: {
  item: Decidable;
  status: CardVerdict['status'];
  language: string;
  plain: boolean;
  onDecide: (decision: CardVerdict) => void;
}) {
  const headingId = 'card-person-profile';
  const lines = [...new Set(item.cards.flatMap((card) => card.lines))];
  const originals = item.cards.map((card) => card.requirement.text);
  return (
    <article class="card card-move-to-profile" data-card="move-to-profile" data-kind="trait" data-testid="change-card" aria-labelledby={headingId}>
      <p class="card-kinds">
        <span class="badge">{i18n.t('review.filter.profile')}</span>
        <span class="badge">{originals.length === 1 ? i18n.t('review.profileCount1') : i18n.t('review.profileCount', [String(originals.length)])}</span>
      </p>
      <h4 id={headingId}>{i18n.t('review.profileHeading')}</h4>
      <p class="label">{i18n.t('review.original')}</p>
      <ul class="originals" lang={language}>
        {originals.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>
      <div class="proposal">
        <p class="label">{i18n.t('review.proposal')}</p>
        <p>{i18n.t('review.moveToProfile')}</p>
        {lines.length > 0 && (
          <ul class="proposed-lines" lang={language}>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <ProvenanceList changes={item.cards.flatMap((card) => card.why)} plain={plain} />
      <CardActions
        id={item.id}
        label={i18n.t('review.profileHeading')}
        legal={false}
        actions={['accepted', 'rejected']}
        decision={{ status }}
        proposal={() => ''}
        onDecide={onDecide}
      />
    </article>
  );
}
