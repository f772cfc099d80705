/** A diploma as the skills it stands for: shared by the rule that translates it and the law's, which keeps it and still spells it out. */
import type { Requirement, Skill } from '../../../../shared/translation';
import { translateDiploma, type DiplomaTranslation } from '../education';
import { toSkill } from '../skills';
import type { RuleContext } from './types';

export function diplomaSkills(r: Readonly<Requirement>, ctx: RuleContext): { translation: DiplomaTranslation; skills: Skill[] } {
  const translation = translateDiploma(r, ctx.sure, ctx.text, ctx.taxonomy, ctx.ui, ctx.foundIn, ctx.tasks, ctx.sureOf);
  const skills = translation.skills.map((s) =>
    toSkill(s.skill, ctx.taxonomy, ctx.language, { requirementIds: [r.id], mustHave: s.mustHave && r.mandatory, reason: s.reason }),
  );
  return { translation, skills };
}
