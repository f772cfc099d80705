import { LearningForm, type LearningRoute } from '../../../shared/schemas';
import { t } from './strings';

/** Learning routes: change the title or form, remove, or add one by hand. */
export function LearningRoutesEditor({ routes, editable, onChange }: { routes: LearningRoute[]; editable: boolean; onChange: (r: LearningRoute[]) => void }) {
  const update = (index: number, patch: Partial<LearningRoute>) => onChange(routes.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <section aria-labelledby="routes-heading" data-testid="learning-routes">
      <h3 id="routes-heading">{t('learningRoutes')}</h3>
      <ol class="routes-edit">
        {routes.map((route, i) => (
          <li key={i}>
            <label for={`route-title-${i}`}>{t('routeTitle')}</label>
            <input id={`route-title-${i}`} type="text" readOnly={!editable} value={route.title} onInput={(e) => update(i, { title: e.currentTarget.value })} />
            <label for={`route-form-${i}`}>{t('routeForm')}</label>
            <select id={`route-form-${i}`} disabled={!editable} value={route.form} onChange={(e) => update(i, { form: e.currentTarget.value as LearningRoute['form'] })}>
              {LearningForm.options.map((form) => <option value={form}>{t(form)}</option>)}
            </select>
            {editable && (
              <button type="button" class="link" aria-label={`${t('remove')}: ${route.title}`} onClick={() => onChange(routes.filter((_, j) => j !== i))}>{t('remove')}</button>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <button
          type="button"
          onClick={() => onChange([...routes, { form: 'informal', title: '', provider: null, source: 'reviewer', sourceId: null, covers: [], type: null, level: null, url: null, explanation: '' }])}
        >
          {t('addRoute')}
        </button>
      )}
    </section>
  );
}
