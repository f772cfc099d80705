import { LearningForm, type LearningRoute, type Skill } from '../../shared/translation';
import { ExternalLink } from '../lib/external-link';
import { i18n, keyPart, tKey } from '@/lib/i18n';

/**
 * Learning routes with what a reviewer judges them by (#19): provider, level, form, the skills
 * they cover, the explanation and a link; title, provider, level and form can be changed, a route
 * removed or added by hand. `problems` are the routes (by index) a save was refused for.
 * Long: markup, every field of a route editable in one list.
 */
export function LearningRoutesEditor({
  routes,
  skills,
  editable,
  problems = new Map(),
  onChange,
}: {
  routes: LearningRoute[];
  /** The profile's skills, to name what a route covers. */
  skills: Skill[];
  editable: boolean;
  problems?: Map<number, string>;
  onChange: (r: LearningRoute[]) => void;
}) {
  const update = (index: number, patch: Partial<LearningRoute>) => onChange(routes.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const skillOf = new Map(skills.filter((s) => s.uri).map((s) => [s.uri!, s]));
  return (
    <section aria-labelledby="routes-heading" data-testid="learning-routes">
      <h3 id="routes-heading">{i18n.t('reviewPage.learningRoutes')}</h3>
      <ol class="routes-edit">
        {routes.map((route, i) => {
          const problem = problems.get(i);
          const covers = route.covers.map((uri) => skillOf.get(uri)).filter((skill): skill is Skill => !!skill);
          return (
            <li key={i} data-testid="route">
              <label for={`route-title-${i}`}>{i18n.t('reviewPage.routeTitle')}</label>
              <input
                id={`route-title-${i}`}
                type="text"
                readOnly={!editable}
                value={route.title}
                aria-invalid={problem ? 'true' : undefined}
                aria-describedby={problem ? `route-problem-${i}` : undefined}
                onInput={(e) => update(i, { title: e.currentTarget.value })}
              />
              {problem && (
                <p class="error" id={`route-problem-${i}`} data-testid="route-problem">
                  {problem}
                </p>
              )}
              <div class="route-fields">
                <div>
                  <label for={`route-provider-${i}`}>{i18n.t('reviewPage.routeProvider')}</label>
                  <input
                    id={`route-provider-${i}`}
                    type="text"
                    readOnly={!editable}
                    value={route.provider ?? ''}
                    onInput={(e) => update(i, { provider: e.currentTarget.value || null })}
                  />
                </div>
                <div>
                  <label for={`route-level-${i}`}>{i18n.t('reviewPage.routeLevel')}</label>
                  <input
                    id={`route-level-${i}`}
                    type="text"
                    readOnly={!editable}
                    value={route.level ?? ''}
                    onInput={(e) => update(i, { level: e.currentTarget.value || null })}
                  />
                </div>
                <div>
                  <label for={`route-form-${i}`}>{i18n.t('reviewPage.routeForm')}</label>
                  <select
                    id={`route-form-${i}`}
                    disabled={!editable}
                    value={route.form}
                    onChange={(e) => update(i, { form: e.currentTarget.value as LearningRoute['form'] })}
                  >
                    {LearningForm.options.map((form) => (
                      <option value={form}>{tKey(`reviewPage.form.${keyPart(form)}`)}</option>
                    ))}
                  </select>
                </div>
              </div>
              <p class="muted" data-testid="route-covers">
                {route.type && (
                  <>
                    {i18n.t('reviewPage.routeType')}: {route.type} ·{' '}
                  </>
                )}
                {/* Each skill's label in its own language (#17). */}
                {i18n.t('reviewPage.routeCovers')}:{' '}
                {covers.length
                  ? covers.map((skill, j) => (
                      <>
                        {j > 0 && ', '}
                        <span lang={skill.labelLanguage}>{skill.label}</span>
                      </>
                    ))
                  : i18n.t('reviewPage.routeCoversNone')}
              </p>
              {route.explanation && <p class="muted">{route.explanation}</p>}
              {/* The funding catalogue names Dutch schemes in Dutch (#17). */}
              {route.funding?.length ? (
                <p class="muted">
                  {i18n.t('reviewPage.routeFunding')}: <span lang="nl">{route.funding.map((f) => f.name).join(', ')}</span>
                </p>
              ) : null}
              {route.url && (
                <p>
                  <ExternalLink href={route.url}>{i18n.t('reviewPage.routeLink')}</ExternalLink>
                </p>
              )}
              {editable && (
                <>
                  {/* The name holds the route's title in its own language (a catalogue's, unknown), so it is built from marked parts (#17). */}
                  <span id={`remove-route-${i}`} hidden>
                    {i18n.t('reviewPage.removeRoute')} {route.title ? <span lang="">{route.title}</span> : i18n.t('reviewPage.newRoute')}
                  </span>
                  <button type="button" class="link" aria-labelledby={`remove-route-${i}`} onClick={() => onChange(routes.filter((_, j) => j !== i))}>
                    {i18n.t('reviewPage.remove')}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {editable && (
        <button
          type="button"
          onClick={() =>
            onChange([
              ...routes,
              {
                form: 'informal',
                title: '',
                provider: null,
                source: 'reviewer',
                sourceId: null,
                covers: [],
                type: null,
                level: null,
                url: null,
                explanation: '',
              },
            ])
          }
        >
          {i18n.t('reviewPage.addRoute')}
        </button>
      )}
    </section>
  );
}
