import type { LearningRoute } from '../../shared/schemas';
import { i18n, tKey } from '@/lib/i18n';
import { ExternalLink } from './external-link';

/** Routes to the skills a candidate may lack: formal, non-formal and on the job. */
export function LearningRoutes({ routes }: { routes: LearningRoute[] }) {
  return (
    <section class="routes" data-testid="learning-routes" aria-labelledby="routes-heading">
      <h3 id="routes-heading">{i18n.t('routes.heading')}</h3>
      {routes.length === 0 ? (
        <p class="muted">{i18n.t('routes.none')}</p>
      ) : (
        <>
          <p class="muted">{i18n.t('routes.intro')}</p>
          <ul>
            {routes.map((route) => (
              <li key={`${route.source}:${route.sourceId ?? route.title}`} data-form={route.form}>
                <span class={`badge form-${route.form}`}>{tKey(`routes.form.${route.form === 'non-formal' ? 'nonFormal' : route.form}`)}</span>
                <ExternalLink href={route.url}>{route.title}</ExternalLink>
                {route.provider && <span class="muted"> {i18n.t('routes.provider', [route.provider])}</span>}
                {route.explanation && <p class="muted">{route.explanation}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
