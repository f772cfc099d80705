import type { Change } from '../../shared/schemas';
import { i18n, tKey } from '@/lib/i18n';
import { ExternalLink } from './external-link';

/** A change's action as a message name (browsers take no hyphens there). */
const actionKey = (action: Change['action']) => action.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());

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
      <span class="muted"> · {i18n.t('review.rule', [change.rule])}</span>
      {change.concept && (
        <span class="muted">
          {' · '}
          <ExternalLink href={change.concept} otherwise={i18n.t('review.concept', [change.concept])}>{i18n.t('review.concept', [change.concept.split('/').pop() ?? change.concept])}</ExternalLink>
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
    const said = [...new Set(reasons.map((change) => tKey(`plain.why.${actionKey(change.action)}`)))];
    return (
      <details class="why">
        <summary>{i18n.t('review.why')}</summary>
        <ul>{said.map((text) => <li key={text}>{text}</li>)}</ul>
        <details class="technical" data-testid="technical-details">
          <summary>{i18n.t('plain.details')}</summary>
          <ul>{reasons.map((change, index) => <li key={index}>{change.reason}<Technical change={change} /></li>)}</ul>
        </details>
      </details>
    );
  }
  return (
    <details class="why">
      <summary>{i18n.t('review.why')}</summary>
      <ul>{reasons.map((change, index) => <li key={index}>{change.reason}<Technical change={change} /></li>)}</ul>
    </details>
  );
}
