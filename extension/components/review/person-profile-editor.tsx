import type { PersonProfile } from '../../../shared/schemas';
import { t } from './strings';

const LISTS = ['motivation', 'values', 'workingStyle', 'teamContribution', 'learningNeeds'] as const;

/** The person profile: a summary and five lists, one item per line. */
export function PersonProfileEditor({ profile, editable, onChange }: { profile: PersonProfile; editable: boolean; onChange: (p: PersonProfile) => void }) {
  return (
    <section aria-labelledby="person-heading" data-testid="person-profile">
      <h3 id="person-heading">{t('personProfile')}</h3>
      <label for="pp-summary">{t('summary')}</label>
      <textarea id="pp-summary" rows={3} readOnly={!editable} value={profile.summary} onInput={(e) => onChange({ ...profile, summary: e.currentTarget.value })} />
      <p class="muted">{t('onePerLine')}</p>
      {LISTS.map((field) => (
        <div key={field}>
          <label for={`pp-${field}`}>{t(field)}</label>
          <textarea
            id={`pp-${field}`}
            rows={Math.max(2, profile[field].length + 1)}
            readOnly={!editable}
            value={profile[field].join('\n')}
            onInput={(e) => onChange({ ...profile, [field]: e.currentTarget.value.split('\n').map((line) => line.trim()).filter(Boolean) })}
          />
        </div>
      ))}
    </section>
  );
}
