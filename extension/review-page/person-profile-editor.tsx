import { useState } from 'preact/hooks';
import type { PersonProfile } from '../../shared/translation';
import { i18n } from '@/lib/i18n';

const LISTS = ['motivation', 'values', 'workingStyle', 'teamContribution', 'learningNeeds'] as const;
type List = (typeof LISTS)[number];

const itemsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * One list, one item per line. The textarea keeps what is typed as typed (#19: spaces were lost and
 * Enter did nothing, because every key press went through the trimmed list); the profile gets
 * the lines as items.
 */
function ListField({ field, items, editable, onChange }: { field: List; items: string[]; editable: boolean; onChange: (items: string[]) => void }) {
  const [text, setText] = useState(items.join('\n'));
  // A new list from outside (a reload, a saved version) replaces what is shown.
  const shown = itemsOf(text).join('\n') === items.join('\n') ? text : items.join('\n');
  return (
    <div>
      <label for={`pp-${field}`}>{i18n.t(`reviewPage.${field}`)}</label>
      <textarea
        id={`pp-${field}`}
        rows={Math.max(2, shown.split('\n').length + 1)}
        readOnly={!editable}
        value={shown}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onChange(itemsOf(e.currentTarget.value));
        }}
      />
    </div>
  );
}

/** The person profile: a summary and five lists, one item per line. */
export function PersonProfileEditor({ profile, editable, onChange }: { profile: PersonProfile; editable: boolean; onChange: (p: PersonProfile) => void }) {
  return (
    <section aria-labelledby="person-heading" data-testid="person-profile">
      <h3 id="person-heading">{i18n.t('reviewPage.personProfile')}</h3>
      <label for="pp-summary">{i18n.t('reviewPage.summary')}</label>
      <textarea
        id="pp-summary"
        rows={3}
        readOnly={!editable}
        value={profile.summary}
        onInput={(e) => onChange({ ...profile, summary: e.currentTarget.value })}
      />
      <p class="muted">{i18n.t('reviewPage.onePerLine')}</p>
      {LISTS.map((field) => (
        <ListField key={field} field={field} items={profile[field]} editable={editable} onChange={(items) => onChange({ ...profile, [field]: items })} />
      ))}
    </section>
  );
}
