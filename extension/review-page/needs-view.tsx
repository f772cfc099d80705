/**
 * Shared learning needs (#20): the skills several of a team's employers ask to be learned on the
 * job, most shared first, with a joint form to organise. The API never shows a need fewer than 3
 * employers share; this view only draws what it answers.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LearningNeeds } from '../../shared/insights';
import type { Me } from '../../shared/profiles';
import { i18n, uiLanguage } from '@/lib/i18n';
import { BarChart } from './bar-chart';
import { messageOf } from './use-review-client';
import { downloadCsv, getLearningNeeds } from './workspace-api';

/** Long: the loading, the download and the table in one view. */
export function NeedsView({ me }: { me: Me }) {
  const teamId = me.organization.id;
  const [needs, setNeeds] = useState<LearningNeeds | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    getLearningNeeds(teamId, uiLanguage(), controller.signal).then(setNeeds, (e) => controller.signal.aborted || setError(messageOf(e)));
    return () => controller.abort();
  }, [teamId]);

  async function exportCsv() {
    const query = new URLSearchParams({ teamId, lang: uiLanguage(), format: 'csv' });
    await downloadCsv(`/v1/insights/learning-needs?${query}`, `learning-needs-${teamId}.csv`).catch((e) => setError(messageOf(e)));
  }

  return (
    <section aria-labelledby="needs-heading" data-testid="needs">
      <h2 id="needs-heading" tabIndex={-1}>
        {i18n.t('reviewPage.needs')}
      </h2>
      <p class="muted">{i18n.t('reviewPage.needsHint', [needs?.minEmployers ?? 3])}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!needs && !error && <p class="muted">{i18n.t('reviewPage.loading')}</p>}
      {needs?.needs.length === 0 && (
        <p class="muted" role="status">
          {i18n.t('reviewPage.needsEmpty', [needs.minEmployers])}
        </p>
      )}
      {needs && needs.needs.length > 0 && (
        <>
          <BarChart id="needs" caption={i18n.t('reviewPage.needsChart')} bars={needs.needs.map((n) => ({ label: n.skill.label, value: n.employers }))} />
          <ul class="needs">
            {needs.needs.map((need) => (
              <li key={need.skill.uri} data-testid="need">
                <strong>{need.skill.label}</strong> <span class="muted">{i18n.t('reviewPage.needsCounts', [need.employers, need.profiles])}</span>
                <p>{need.suggestion.text}</p>
                {need.routes.length > 0 && (
                  <p class="muted">
                    {i18n.t('reviewPage.needsRoutes')}: {need.routes.map((r) => `${r.title}${r.provider ? ` (${r.provider})` : ''}`).join('; ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {needs && (
        <p>
          <button type="button" onClick={() => void exportCsv()}>
            {i18n.t('reviewPage.exportCsv')}
          </button>
        </p>
      )}
    </section>
  );
}
