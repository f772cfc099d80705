import type { Requirement } from '../../shared/schemas';
import { i18n } from '@/lib/i18n';

/** The law that keeps a requirement, pinned to its card, and whether it can wait until after hiring. */
export function LegalBasisNote({ requirement }: { requirement: Requirement }) {
  const basis = requirement.legalBasis;
  return (
    <div class="legal-basis" data-testid="legal-basis">
      <p>{i18n.t('review.legalPinned')}</p>
      {basis && (
        <p>
          {basis.url ? <a href={basis.url} target="_blank" rel="noreferrer">{basis.citation}</a> : basis.citation}
          {' — '}
          {basis.obtainableAfterHiring ? i18n.t('review.obtainableAfter', [basis.obtainableDetail || basis.name]) : i18n.t('review.notObtainableAfter')}
        </p>
      )}
    </div>
  );
}
