import { i18n } from '@/lib/i18n';

/**
 * Funding and support hints for small firms. Issue 5 keeps dated, sourced hints as data; until the
 * translation carries them this shows general advice that names no amount and no deadline.
 */
export function FundingHints() {
  return (
    <section class="funding" data-testid="funding-hints" aria-labelledby="funding-heading">
      <h3 id="funding-heading">{i18n.t('funding.heading')}</h3>
      <p>{i18n.t('funding.general')}</p>
    </section>
  );
}
