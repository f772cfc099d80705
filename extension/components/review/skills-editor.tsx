import type { Client } from '../../../shared/client';
import type { Language, Skill } from '../../../shared/schemas';
import { SkillSearch } from './skill-search';
import { t } from './strings';

/** The profile's skills: remove, mark as needed from day one, add from the taxonomy. */
export function SkillsEditor({ client, skills, language, editable, onChange }: {
  client: Client;
  skills: Skill[];
  language: Language;
  editable: boolean;
  onChange: (skills: Skill[]) => void;
}) {
  const update = (index: number, patch: Partial<Skill>) => onChange(skills.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <section aria-labelledby="skills-heading" data-testid="skills">
      <h3 id="skills-heading">{t('skills')}</h3>
      <ul class="skills-edit">
        {skills.map((skill, i) => (
          <li key={`${skill.uri ?? skill.label}-${i}`} data-testid="skill" data-uri={skill.uri ?? ''}>
            {skill.uri ? <a href={skill.uri} target="_blank" rel="noreferrer">{skill.label}</a> : <span>{skill.label}</span>}
            {editable ? (
              <>
                <label class="inline">
                  <input type="checkbox" checked={skill.mustHave} onChange={(e) => update(i, { mustHave: e.currentTarget.checked })} /> {t('mustHave')}
                </label>
                <button type="button" class="link" aria-label={t('removeSkill', skill.label)} onClick={() => onChange(skills.filter((_, j) => j !== i))}>
                  {t('remove')}
                </button>
              </>
            ) : (
              skill.mustHave && <span class="badge">{t('mustHave')}</span>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <SkillSearch
          client={client}
          language={language}
          onPick={(hit) =>
            skills.some((s) => s.uri === hit.uri)
              ? undefined
              : onChange([...skills, { label: hit.label, uri: hit.uri, requirementIds: [], mustHave: false, reason: 'Added by the reviewer.', verified: true, labelLanguage: hit.labelLanguage, untranslated: hit.labelLanguage !== language, groupLabel: null }])
          }
        />
      )}
    </section>
  );
}
