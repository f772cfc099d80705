import type { Skill } from '../../../shared/translation';
import { i18n } from '@/lib/i18n';
import { ExternalLink } from '../../lib/external-link';
import { Message } from '@/lib/message';

/** Skills with their ESCO links; an untranslated label shows its Dutch group. */
export function SkillList({ title, skills }: { title: string; skills: Skill[] }) {
  if (skills.length === 0) return null;
  return (
    <div class="skills">
      <p class="label">{title}</p>
      <ul>
        {skills.map((skill) => (
          <li key={skill.uri ?? skill.label} data-testid="skill">
            {/* The label in its own language; the notes beside it are the interface's (#17). */}
            <span lang={skill.labelLanguage}>
              <ExternalLink href={skill.uri}>{skill.label}</ExternalLink>
            </span>
            {skill.untranslated && skill.groupLabel && (
              <span class="muted">
                {' '}
                (<Message id="review.untranslated" parts={[<span lang="nl">{skill.groupLabel}</span>]} />)
              </span>
            )}
            {!skill.verified && <span class="muted"> ({i18n.t('review.unverified')})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
