/**
 * Impact (#20): what the rewriting changed, for an employer (its own profiles) or a team (the
 * employers it serves, all or one), as small bar charts and a CSV export of the same figures.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Impact } from '../../shared/insights';
import type { Me } from '../../shared/profiles';
import { BarChart } from './bar-chart';
import { i18n, keyPart, tKey } from '@/lib/i18n';
import { messageOf } from './use-review-client';
import { downloadCsv, getImpact } from './workspace-api';

function charts(impact: Impact) {
  const d = impact.diplomaRequirements;
  return [
    {
      id: 'diplomas',
      caption: i18n.t('reviewPage.impactDiplomas'),
      bars: [
        { label: i18n.t('reviewPage.impactBefore'), value: d.before },
        { label: i18n.t('reviewPage.impactTranslated'), value: d.translated },
        { label: i18n.t('reviewPage.impactKeptByLaw'), value: d.keptByLaw },
        { label: i18n.t('reviewPage.impactKeptByChoice'), value: d.keptByChoice },
        { label: i18n.t('reviewPage.impactAfter'), value: d.after },
      ],
    },
    {
      id: 'status',
      caption: i18n.t('reviewPage.impactByStatus'),
      bars: (['draft', 'submitted', 'changes_requested', 'approved'] as const).map((s) => ({
        label: i18n.t(`reviewPage.status.${s}`),
        value: impact.byStatus[s],
      })),
    },
    {
      id: 'rewrites',
      caption: i18n.t('reviewPage.impactRewrites'),
      bars: [
        { label: i18n.t('reviewPage.impactMoved'), value: impact.movedToPersonProfile },
        { label: i18n.t('reviewPage.impactYears'), value: impact.yearsToCompetence },
        { label: i18n.t('reviewPage.impactWarningsRaised'), value: impact.warnings.raised },
        { label: i18n.t('reviewPage.impactWarningsResolved'), value: impact.warnings.resolved },
      ],
    },
    {
      id: 'routes',
      caption: i18n.t('reviewPage.impactRoutes'),
      bars: (['formal', 'non-formal', 'informal'] as const).map((f) => ({ label: tKey(`reviewPage.form.${keyPart(f)}`), value: impact.learningRoutes[f] })),
    },
  ];
}

/** Long: the filter, the loading and the figures in one view. */
export function ImpactView({ me }: { me: Me }) {
  const team = me.organization.kind === 'expertise_team';
  const [organizationId, setOrganizationId] = useState('');
  const [impact, setImpact] = useState<Impact | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    setImpact(null);
    setError('');
    getImpact(organizationId || undefined, controller.signal).then(setImpact, (e) => controller.signal.aborted || setError(messageOf(e)));
    return () => controller.abort();
  }, [organizationId]);

  async function exportCsv() {
    const query = new URLSearchParams({ format: 'csv', ...(organizationId ? { organizationId } : {}) });
    await downloadCsv(`/v1/insights/impact?${query}`, `impact-${organizationId || me.organization.id}.csv`).catch((e) => setError(messageOf(e)));
  }

  return (
    <section aria-labelledby="impact-heading" data-testid="impact">
      <h2 id="impact-heading" tabIndex={-1}>
        {i18n.t('reviewPage.impact')}
      </h2>
      <p class="muted">{team ? i18n.t('reviewPage.impactHintTeam') : i18n.t('reviewPage.impactHintEmployer')}</p>
      {team && me.clients.length > 0 && (
        <div class="row">
          <label for="impact-employer">{i18n.t('reviewPage.filterEmployer')}</label>
          <select id="impact-employer" value={organizationId} onChange={(e) => setOrganizationId(e.currentTarget.value)}>
            <option value="">{i18n.t('reviewPage.anyEmployer')}</option>
            {me.clients.map((org) => (
              <option value={org.id} lang="">
                {org.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!impact && !error && <p class="muted">{i18n.t('reviewPage.loading')}</p>}
      {impact && (
        <>
          <p role="status" data-testid="impact-profiles">
            {i18n.t('reviewPage.impactProfiles', [impact.profiles, impact.scope.employers])}
          </p>
          <div class="charts">
            {charts(impact).map((chart) => (
              <BarChart key={chart.id} {...chart} />
            ))}
          </div>
          <p>
            <button type="button" onClick={() => void exportCsv()}>
              {i18n.t('reviewPage.exportCsv')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
