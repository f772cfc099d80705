import { useRef, useState } from 'preact/hooks';
import type { Draft } from '@/store/db';
import { i18n, tKey, uiLanguage } from '@/lib/i18n';
import { certainty } from '@/sidepanel/occupation';
import type { PanelState } from '@/sidepanel/panel-state';
import { EscoAttribution } from './esco-attribution';
import { OccupationSearch } from './occupation-search';

const percent = (score: number) => new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(score);

/**
 * The occupation Vaardig translated for and how sure it is, in words; the top candidates and a
 * search to choose another, which translates the vacancy again (#15).
 * Long: the occupation shown, its candidates and the search to choose another.
 */
export function OccupationChoice({ panel, draft }: { panel: PanelState; draft: Draft }) {
  const { translation } = draft;
  const { occupation, language } = translation;
  const [announce, setAnnounce] = useState('');
  const details = useRef<HTMLDetailsElement>(null);
  const mode = panel.plain ? 'occupation.plain' : 'occupation.certainty';
  const sure = occupation ? (occupation.chosen ? 'chosen' : certainty(occupation.score)) : 'none';
  const others = (translation.occupationCandidates ?? []).filter((c) => c.uri !== occupation?.uri);
  const busy = panel.busy !== null;

  async function choose(uri: string, label: string) {
    if (!(await panel.changeOccupation(uri))) return;
    setAnnounce(i18n.t('occupation.chosenStatus', [label]));
    if (details.current) details.current.open = false;
  }

  return (
    <div class="occupation" data-testid="occupation">
      <p class="occupation-line" data-testid="occupation-line" data-certainty={sure}>
        {occupation ? (
          <>
            {panel.plain ? i18n.t('occupation.plain.line') : i18n.t('occupation.line')}: <strong lang={language}>{occupation.label}</strong>
            {panel.plain ? ' ' : ' — '}
            <span class="certainty">{tKey(`${mode}.${sure}`)}</span>
            {/* HR sees the calibrated certainty itself too (#17); plain language keeps to words. */}
            {!panel.plain && !occupation.chosen && (
              <span class="score" data-testid="occupation-score">
                {' '}
                ({percent(occupation.score)})
              </span>
            )}
          </>
        ) : (
          <span class="certainty">{panel.plain ? i18n.t('occupation.plain.none') : i18n.t('occupation.none')}</span>
        )}
      </p>
      <details ref={details} class="occupation-choice" data-testid="occupation-choice">
        <summary>{occupation ? i18n.t('occupation.choose') : i18n.t('occupation.chooseNone')}</summary>
        <p class="muted">{panel.plain ? i18n.t('occupation.plainWhy') : i18n.t('occupation.why')}</p>
        {others.length > 0 && (
          <>
            <p class="label" id="occupation-candidates">
              {i18n.t('occupation.candidates')}
            </p>
            <ul class="occupation-candidates" aria-labelledby="occupation-candidates">
              {others.map((candidate) => (
                <li key={candidate.uri}>
                  <button type="button" class="link" lang={language} disabled={busy} onClick={() => void choose(candidate.uri, candidate.label)}>
                    {candidate.label}
                  </button>
                  <span class="muted"> ({tKey(`occupation.candidate.${certainty(candidate.score)}`)})</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <OccupationSearch language={language} disabled={busy} onPick={(hit) => void choose(hit.uri, hit.label)} />
        <EscoAttribution class="muted" text={translation.attribution} />
      </details>
      <p class="visually-hidden" role="status">
        {announce}
      </p>
    </div>
  );
}
