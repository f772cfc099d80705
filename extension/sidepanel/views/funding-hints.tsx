import type { FundingHint, LearningRoute } from '../../../shared/translation';
import { i18n } from '@/lib/i18n';
import { ExternalLink } from '../../lib/external-link';

/** Funding and support hints for small firms, each with its source and the date it was checked. */
export function FundingHints({ routes }: { routes: LearningRoute[] }) {
  const hints = new Map<string, FundingHint>();
  for (const hint of routes.flatMap((route) => route.funding ?? [])) hints.set(hint.id, hint);
  return (
    <section class="funding" data-testid="funding-hints" aria-labelledby="funding-heading">
      <h3 id="funding-heading">{i18n.t('funding.heading')}</h3>
      {hints.size === 0 ? (
        <p>{i18n.t('funding.general')}</p>
      ) : (
        <ul>
          {[...hints.values()].map((hint) => (
            <li key={hint.id}>
              {/* The funding catalogue describes Dutch schemes in Dutch; what the panel says around it is the interface's (#17). */}
              <span lang="nl">
                <ExternalLink href={hint.url} otherwise={<strong>{hint.name}</strong>}>
                  {hint.name}
                </ExternalLink>
              </span>
              <p lang="nl">{hint.summary}</p>
              <p class="muted">
                <span lang="nl">{hint.source}</span> · {i18n.t('funding.checked', [hint.checked])}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
