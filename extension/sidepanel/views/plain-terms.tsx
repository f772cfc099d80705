import { i18n } from '@/lib/i18n';

const TERMS = ['diploma', 'skill', 'learnable', 'legal', 'esco', 'b1'] as const;

/** Plain-language mode: the few words Vaardig cannot avoid, explained once, up front. */
export function PlainTerms() {
  return (
    <details class="plain-terms" data-testid="plain-terms" open>
      <summary>{i18n.t('plain.termsHeading')}</summary>
      <ul>
        {TERMS.map((term) => (
          <li key={term}>{i18n.t(`plain.${term}`)}</li>
        ))}
      </ul>
    </details>
  );
}
