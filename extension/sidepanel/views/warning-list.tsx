import type { Warning } from '../../../shared/translation';
import { i18n } from '@/lib/i18n';

/** The reading level's band (A1–C2) out of the engine's warning, which also names its formula. */
const band = (message: string) => /\b([ABC][12])\b/.exec(message)?.[1] ?? null;

/**
 * The engine's warnings (age proxies, exclusionary wording). In plain language (#17) the reading-level
 * warning says what to do without its readability formula; the engine's words are one click away.
 */
export function WarningList({ warnings, plain }: { warnings: Warning[]; plain: boolean }) {
  if (warnings.length === 0) return null;
  return (
    <section class="warnings" aria-labelledby="warnings-heading">
      <h3 id="warnings-heading">{i18n.t('warnings.heading')}</h3>
      <ul>
        {warnings.map((warning, index) => {
          const level = plain && warning.code === 'reading-level' ? band(warning.message) : null;
          if (!plain || warning.code !== 'reading-level') return <li key={`${warning.code}-${index}`}>{warning.message}</li>;
          return (
            <li key={`${warning.code}-${index}`}>
              {level ? i18n.t('plain.readingLevel', [level]) : i18n.t('plain.readingLevelUnknown')}
              <details class="technical">
                <summary>{i18n.t('plain.details')}</summary>
                <p>{warning.message}</p>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
