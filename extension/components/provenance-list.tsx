import type { Change } from '../../shared/schemas';
import { i18n } from '@/lib/i18n';
import { ExternalLink } from './external-link';

/** Why: the engine's reasons, with the rule and the taxonomy concept each one came from. */
export function ProvenanceList({ changes }: { changes: Change[] }) {
  return (
    <details class="why">
      <summary>{i18n.t('review.why')}</summary>
      <ul>
        {changes.map((change, index) => (
          <li key={index}>
            {change.reason}
            <span class="muted"> · {i18n.t('review.rule', [change.rule])}</span>
            {change.concept && (
              <span class="muted">
                {' · '}
                <ExternalLink href={change.concept} otherwise={i18n.t('review.concept', [change.concept])}>{i18n.t('review.concept', [change.concept.split('/').pop() ?? change.concept])}</ExternalLink>
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
