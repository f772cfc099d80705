import type { Skill } from '../../shared/schemas';
import { i18n } from '@/lib/i18n';
import { ExternalLink } from './external-link';

/** Skills with their ESCO links; an untranslated label shows its Dutch group. */
export function SkillList({ title, skills }: { title: string; skills: Skill[] }) {
  if (skills.length === 0) return null;
  return (
    <div class="skills">
      <p class="label">{title}</p>
      <ul>
        {skills.map((skill) => (
          <li key={skill.uri ?? skill.label} data-testid="skill" lang={skill.labelLanguage}>
            <ExternalLink href={skill.uri}>{skill.label}</ExternalLink>
            {skill.untranslated && skill.groupLabel && <span class="muted"> ({i18n.t('review.untranslated', [skill.groupLabel])})</span>}
            {!skill.verified && <span class="muted"> ({i18n.t('review.unverified')})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
