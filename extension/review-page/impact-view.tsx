/**
 * Impact (#20): what the rewriting changed, for an employer (its own profiles) or a team (the
 * employers it serves, all or one), as small bar charts and a CSV export of the same figures.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Impact } from '../../shared/insights';
import type { Me } from '../../shared/profiles';
import { BarChart } from './bar-chart';
import { t } from './strings';
import { messageOf } from './use-review-client';
import { downloadCsv, getImpact } from './workspace-api';

function charts(impact: Impact) {
  const d = impact.diplomaRequirements;
  return [
    {
      id: 'diplomas',
      caption: t('impactDiplomas'),
      bars: [
        { label: t('impactBefore'), value: d.before },
        { label: t('impactTranslated'), value: d.translated },
        { label: t('impactKeptByLaw'), value: d.keptByLaw },
        { label: t('impactKeptByChoice'), value: d.keptByChoice },
        { label: t('impactAfter'), value: d.after },
      ],
    },
    {
      id: 'status',
      caption: t('impactByStatus'),
      bars: (['draft', 'submitted', 'changes_requested', 'approved'] as const).map((s) => ({ label: t(s), value: impact.byStatus[s] })),
    },
    {
      id: 'rewrites',
      caption: t('impactRewrites'),
      bars: [
        { label: t('impactMoved'), value: impact.movedToPersonProfile },
        { label: t('impactYears'), value: impact.yearsToCompetence },
        { label: t('impactWarningsRaised'), value: impact.warnings.raised },
        { label: t('impactWarningsResolved'), value: impact.warnings.resolved },
      ],
    },
    {
      id: 'routes',
      caption: t('impactRoutes'),
      bars: (['formal', 'non-formal', 'informal'] as const).map((f) => ({ label: t(f), value: impact.learningRoutes[f] })),
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
        {t('impact')}
      </h2>
      <p class="muted">{team ? t('impactHintTeam') : t('impactHintEmployer')}</p>
      {team && me.clients.length > 0 && (
        <div class="row">
          <label for="impact-employer">{t('filterEmployer')}</label>
          <select id="impact-employer" value={organizationId} onChange={(e) => setOrganizationId(e.currentTarget.value)}>
            <option value="">{t('anyEmployer')}</option>
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
      {!impact && !error && <p class="muted">{t('loading')}</p>}
      {impact && (
        <>
          <p role="status" data-testid="impact-profiles">
            {t('impactProfiles', impact.profiles, impact.scope.employers)}
          </p>
          <div class="charts">
            {charts(impact).map((chart) => (
              <BarChart key={chart.id} {...chart} />
            ))}
          </div>
          <p>
            <button type="button" onClick={() => void exportCsv()}>
              {t('exportCsv')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
