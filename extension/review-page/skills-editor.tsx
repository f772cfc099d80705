import type { Client } from '../../shared/client';
import type { Language } from '../../shared/locale';
import type { Skill } from '../../shared/translation';
import { SkillSearch } from './skill-search';
import { i18n } from '@/lib/i18n';
import { Message } from '@/lib/message';
import { ExternalLink } from '../lib/external-link';

/**
 * The profile's skills: remove, mark as needed from day one, add from the taxonomy.
 * Long: markup, each skill's controls and the search to add one.
 */
export function SkillsEditor({
  client,
  skills,
  baseline,
  language,
  editable,
  onChange,
}: {
  client: Client;
  skills: Skill[];
  /** The saved skills: edits against them are marked (added underlined, removed struck through). */
  baseline: Skill[];
  language: Language;
  editable: boolean;
  onChange: (skills: Skill[]) => void;
}) {
  const update = (index: number, patch: Partial<Skill>) => onChange(skills.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const key = (skill: Skill) => skill.uri ?? skill.label;
  const saved = new Set(baseline.map(key));
  const current = new Set(skills.map(key));
  const removed = baseline.filter((skill) => !current.has(key(skill)));
  return (
    <section aria-labelledby="skills-heading" data-testid="skills">
      <h3 id="skills-heading">{i18n.t('reviewPage.skills')}</h3>
      <ul class="skills-edit">
        {skills.map((skill, i) => (
          <li key={`${skill.uri ?? skill.label}-${i}`} data-testid="skill" data-uri={skill.uri ?? ''}>
            {saved.has(key(skill)) ? (
              <SkillLabel skill={skill} />
            ) : (
              <ins title={i18n.t('reviewPage.unsaved')}>
                <SkillLabel skill={skill} />
              </ins>
            )}
            {editable ? (
              <>
                <label class="inline">
                  <input type="checkbox" checked={skill.mustHave} onChange={(e) => update(i, { mustHave: e.currentTarget.checked })} />{' '}
                  {i18n.t('reviewPage.mustHave')}
                </label>
                {/* The name holds the label in its own language: built from marked parts (#17). */}
                <span id={`skill-remove-${i}`} hidden>
                  <Message id="reviewPage.removeSkill" parts={[<span lang={skill.labelLanguage}>{skill.label}</span>]} />
                </span>
                <button type="button" class="link" aria-labelledby={`skill-remove-${i}`} onClick={() => onChange(skills.filter((_, j) => j !== i))}>
                  {i18n.t('reviewPage.remove')}
                </button>
              </>
            ) : (
              skill.mustHave && <span class="badge">{i18n.t('reviewPage.mustHave')}</span>
            )}
          </li>
        ))}
      </ul>
      {removed.length > 0 && (
        <ul class="skills-edit removed" aria-label={i18n.t('reviewPage.removedSkills')}>
          {removed.map((skill, i) => (
            <li key={key(skill)}>
              <del>
                <SkillLabel skill={skill} />
              </del>
              <span id={`skill-undo-${i}`} hidden>
                <Message id="reviewPage.undoRemove" parts={[<span lang={skill.labelLanguage}>{skill.label}</span>]} />
              </span>
              <button type="button" class="link" aria-labelledby={`skill-undo-${i}`} onClick={() => onChange([...skills, skill])}>
                {i18n.t('reviewPage.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <SkillSearch
          client={client}
          language={language}
          onPick={(hit) =>
            skills.some((s) => s.uri === hit.uri)
              ? undefined
              : onChange([
                  ...skills,
                  {
                    label: hit.label,
                    uri: hit.uri,
                    requirementIds: [],
                    mustHave: false,
                    reason: language === 'nl' ? 'Toegevoegd bij de beoordeling.' : 'Added during review.',
                    verified: true,
                    labelLanguage: hit.labelLanguage,
                    untranslated: hit.labelLanguage !== language,
                    groupLabel: hit.groupLabel,
                  },
                ])
          }
        />
      )}
    </section>
  );
}

/** The label in its own language; an English label in a Dutch profile is marked, with the group Dutch text uses (#19). */
function SkillLabel({ skill }: { skill: Skill }) {
  const label = <span lang={skill.labelLanguage}>{skill.label}</span>;
  return (
    <>
      <ExternalLink href={skill.uri} otherwise={label}>
        {label}
      </ExternalLink>
      {skill.untranslated && (
        <>
          <span class="badge" title={skill.groupLabel ? i18n.t('reviewPage.untranslatedSkill') : undefined}>
            {' '}
            {i18n.t(`reviewPage.label.${skill.labelLanguage}`)}
          </span>
          {/* The group's Dutch label, shown as itself rather than inside an interface sentence (#17). */}
          {skill.groupLabel && (
            <span class="muted">
              {' '}
              · <span lang="nl">{skill.groupLabel}</span>
            </span>
          )}
        </>
      )}
    </>
  );
}
