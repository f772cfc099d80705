import type { Requirement } from '../../shared/schemas';
import { i18n } from '@/lib/i18n';
import { ExternalLink } from './external-link';

/**
 * The law that keeps a requirement, pinned to its card, and whether it can wait until after hiring.
 * In plain language (#17) the law is named without its article or BWBR id; the citation is one click away.
 */
export function LegalBasisNote({ requirement, plain }: { requirement: Requirement; plain: boolean }) {
  const basis = requirement.legalBasis;
  const when = basis && (basis.obtainableAfterHiring ? i18n.t('review.obtainableAfter', [basis.obtainableDetail || basis.name]) : i18n.t('review.notObtainableAfter'));
  const citation = basis && <ExternalLink href={basis.url}>{basis.citation}</ExternalLink>;
  return (
    <div class="legal-basis" data-testid="legal-basis">
      <p>{i18n.t('review.legalPinned')}</p>
      {basis && !plain && <p>{citation}{' — '}{when}</p>}
      {basis && plain && (
        <>
          <p>{basis.law ? i18n.t('plain.lawNamed', [basis.law]) : i18n.t('plain.law')} {when}</p>
          <details class="technical" data-testid="technical-details">
            <summary>{i18n.t('plain.article')}</summary>
            <p>{citation}</p>
          </details>
        </>
      )}
    </div>
  );
}
