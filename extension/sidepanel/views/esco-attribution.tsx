import { ESCO_ATTRIBUTION } from '../../../shared/esco';
import { i18n } from '@/lib/i18n';

/**
 * ESCO's notice. Its standard statement is said in the interface language, as ESCO publishes it in
 * every EU language (#17: the Dutch panel showed it in English); any other notice stays as the API
 * wrote it, in a language the panel does not know.
 */
export function EscoAttribution({ text, class: className }: { text: string; class?: string }) {
  if (!text.trim()) return null;
  if (text.trim() === ESCO_ATTRIBUTION) return <p class={className}>{i18n.t('app.escoAttribution')}</p>;
  return (
    <p class={className} lang="">
      {text}
    </p>
  );
}
