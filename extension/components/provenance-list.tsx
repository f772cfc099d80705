import type { Change } from '../../shared/schemas';
import { i18n } from '@/lib/i18n';

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
                {change.concept.startsWith('http') ? <a href={change.concept} target="_blank" rel="noreferrer">{i18n.t('review.concept', [change.concept.split('/').pop() ?? change.concept])}</a> : i18n.t('review.concept', [change.concept])}
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
