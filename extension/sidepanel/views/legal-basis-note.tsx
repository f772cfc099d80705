import type { Requirement } from '../../../shared/translation';
import { i18n } from '@/lib/i18n';
import { ExternalLink } from '../../lib/external-link';
import { Message } from '@/lib/message';

/**
 * The law that keeps a requirement, pinned to its card, and whether it can wait until after hiring.
 * In plain language (#17) the law is named without its article or BWBR id; the citation is one click away.
 */
export function LegalBasisNote({ requirement, plain }: { requirement: Requirement; plain: boolean }) {
  const basis = requirement.legalBasis;
  // The legal table is written in Dutch (Dutch and Flemish law): its names, citations and details say so (#17).
  const when =
    basis &&
    (basis.obtainableAfterHiring ? (
      <Message id="review.obtainableAfter" parts={[<span lang="nl">{basis.obtainableDetail || basis.name}</span>]} />
    ) : (
      i18n.t('review.notObtainableAfter')
    ));
  const citation = basis && (
    <span lang="nl">
      <ExternalLink href={basis.url}>{basis.citation}</ExternalLink>
    </span>
  );
  return (
    <div class="legal-basis" data-testid="legal-basis">
      <p>{i18n.t('review.legalPinned')}</p>
      {basis && !plain && (
        <p>
          {citation}
          {' — '}
          {when}
        </p>
      )}
      {basis && plain && (
        <>
          <p>
            {basis.law ? <Message id="plain.lawNamed" parts={[<span lang="nl">{basis.law}</span>]} /> : i18n.t('plain.law')} {when}
          </p>
          <details class="technical" data-testid="technical-details">
            <summary>{i18n.t('plain.article')}</summary>
            <p>{citation}</p>
          </details>
        </>
      )}
    </div>
  );
}
