import type { Change } from '../../../shared/translation';
import { i18n, keyPart, tKey } from '@/lib/i18n';
import { ExternalLink } from '../../lib/external-link';
import { Message } from '@/lib/message';

/** A Dutch statute's citation in a reason ("art. 33 en 36 Wet op het voortgezet onderwijs (BWBR0002399; …)"). */
const CITATION = /(art\. [^()]*?\([^()]*BWBR\d+[^()]*\))/;

/** A reason in the interface language, with the Dutch citation in it marked as Dutch (#17). */
function Reason({ text }: { text: string }) {
  return (
    <>
      {text.split(CITATION).map((piece, index) =>
        index % 2 ? (
          <span key={index} lang="nl">
            {piece}
          </span>
        ) : (
          piece
        ),
      )}
    </>
  );
}

/** One line per reason: a group card's traits share theirs. */
function distinct(changes: Change[]): Change[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = `${change.action} ${change.rule} ${change.reason} ${change.concept ?? ''}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

function Technical({ change }: { change: Change }) {
  return (
    <>
      <span class="muted">
        {' '}
        · <Message id="review.rule" parts={[<code>{change.rule}</code>]} />
      </span>
      {change.concept && (
        <span class="muted">
          {' · '}
          <ExternalLink href={change.concept} otherwise={<Message id="review.concept" parts={[<code>{change.concept}</code>]} />}>
            <Message id="review.concept" parts={[<code>{change.concept.split('/').pop() ?? change.concept}</code>]} />
          </ExternalLink>
        </span>
      )}
    </>
  );
}

/**
 * Why: the engine's reasons, with the rule and the taxonomy concept each one came from. In plain
 * language (#17) each reason is said in the interface's own plain words; the engine's reason, its
 * rule id, concept and statute stay one click away.
 */
export function ProvenanceList({ changes, plain }: { changes: Change[]; plain: boolean }) {
  const reasons = distinct(changes);
  if (plain) {
    const said = [...new Set(reasons.map((change) => tKey(`plain.why.${keyPart(change.action)}`)))];
    return (
      <details class="why">
        <summary>{i18n.t('review.why')}</summary>
        <ul>
          {said.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        <details class="technical" data-testid="technical-details">
          <summary>{i18n.t('plain.details')}</summary>
          <ul>
            {reasons.map((change, index) => (
              <li key={index}>
                <Reason text={change.reason} />
                <Technical change={change} />
              </li>
            ))}
          </ul>
        </details>
      </details>
    );
  }
  return (
    <details class="why">
      <summary>{i18n.t('review.why')}</summary>
      <ul>
        {reasons.map((change, index) => (
          <li key={index}>
            <Reason text={change.reason} />
            <Technical change={change} />
          </li>
        ))}
      </ul>
    </details>
  );
}
