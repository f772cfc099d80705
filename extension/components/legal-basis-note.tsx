import type { Requirement } from '../../shared/schemas';
import { i18n } from '@/lib/i18n';
import { ExternalLink } from './external-link';

/** The law that keeps a requirement, pinned to its card, and whether it can wait until after hiring. */
export function LegalBasisNote({ requirement }: { requirement: Requirement }) {
  const basis = requirement.legalBasis;
  return (
    <div class="legal-basis" data-testid="legal-basis">
      <p>{i18n.t('review.legalPinned')}</p>
      {basis && (
        <p>
          <ExternalLink href={basis.url}>{basis.citation}</ExternalLink>
          {' — '}
          {basis.obtainableAfterHiring ? i18n.t('review.obtainableAfter', [basis.obtainableDetail || basis.name]) : i18n.t('review.notObtainableAfter')}
        </p>
      )}
    </div>
  );
}
