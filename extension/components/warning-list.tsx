import type { Warning } from '../../shared/schemas';
import { i18n } from '@/lib/i18n';

/** The engine's warnings (age proxies, exclusionary wording), in the vacancy's own language. */
export function WarningList({ warnings }: { warnings: Warning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section class="warnings" aria-labelledby="warnings-heading">
      <h3 id="warnings-heading">{i18n.t('warnings.heading')}</h3>
      <ul>
        {warnings.map((warning, index) => <li key={`${warning.code}-${index}`}>{warning.message}</li>)}
      </ul>
    </section>
  );
}
