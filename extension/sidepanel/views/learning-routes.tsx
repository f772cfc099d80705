import type { Region } from '../../../shared/locale';
import type { LearningRoute } from '../../../shared/translation';
import { i18n, keyPart, tKey } from '@/lib/i18n';
import { ExternalLink } from '../../lib/external-link';
import { Message } from '@/lib/message';

/** Routes to the skills a candidate may lack: formal, non-formal and on the job; for a job abroad, why there are no programmes. */
export function LearningRoutes({ routes, region = null }: { routes: LearningRoute[]; region?: Region | null }) {
  return (
    <section class="routes" data-testid="learning-routes" aria-labelledby="routes-heading">
      <h3 id="routes-heading">{i18n.t('routes.heading')}</h3>
      {region === 'abroad' && (
        <p class="muted" data-testid="routes-abroad">
          {i18n.t('routes.abroad')}
        </p>
      )}
      {routes.length === 0 ? (
        <p class="muted">{i18n.t('routes.none')}</p>
      ) : (
        <>
          <p class="muted">{i18n.t('routes.intro')}</p>
          <ul>
            {routes.map((route) => (
              <li key={`${route.source}:${route.sourceId ?? route.title}`} data-form={route.form}>
                <span class={`badge form-${route.form}`}>{tKey(`routes.form.${keyPart(route.form)}`)}</span>
                {/* A catalogue's title is the provider's own, in its language; a template's is Vaardig's (#17). */}
                <span lang={route.source === 'template' ? undefined : ''}>
                  <ExternalLink href={route.url}>{route.title}</ExternalLink>
                </span>
                {route.provider && (
                  <span class="muted">
                    {' '}
                    <Message id="routes.provider" parts={[<span lang="">{route.provider}</span>]} />
                  </span>
                )}
                {route.explanation && <p class="muted">{route.explanation}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
