import { diffWords } from 'diff';
import { useMemo } from 'preact/hooks';
import { t } from './strings';

/**
 * The original vacancy and the proposal side by side, changes marked with a word diff (the `diff`
 * package): removed words struck through on the left, added words underlined on the right.
 */
export function VacancyDiff({ original, proposal, language }: { original: string | null; proposal: string; language: string }) {
  const parts = useMemo(() => (original === null ? null : diffWords(original, proposal)), [original, proposal]);
  return (
    <section class="side-by-side" aria-label={`${t('original')} / ${t('proposal')}`}>
      <div class="pane" data-testid="original">
        <h3>{t('original')}</h3>
        {parts === null ? (
          <p class="muted">{t('noVacancy')}</p>
        ) : (
          <pre lang={language}>{parts.filter((p) => !p.added).map((p) => (p.removed ? <del>{p.value}</del> : p.value))}</pre>
        )}
      </div>
      <div class="pane" data-testid="proposal">
        <h3>{t('proposal')}</h3>
        <pre lang={language}>{parts === null ? proposal : parts.filter((p) => !p.removed).map((p) => (p.added ? <ins>{p.value}</ins> : p.value))}</pre>
      </div>
      <p class="muted legend">{t('diffLegend')}</p>
    </section>
  );
}
