/**
 * Guard (#6): no diploma requirement stays untranslated. Where the offline engine translated a
 * diploma or education level and Claude's answer has no requirement for it, or fewer than three
 * grounded skills for it, the offline engine's grounded skills fill the gap. For a diploma the law
 * ties to the job they are linked as what its training covers, never as a translation.
 */
import type { Skill, Translation, Warning } from '../../../shared/translation';
import { sameRequirement } from './spans';

const MIN_SKILLS = 3;
const isDiploma = (kind: string) => kind === 'diploma' || kind === 'education_level';
const TEXT = {
  nl: { added: 'Het model vertaalde deze opleidingseis niet; Vaardig vulde de vaardigheden aan uit de regels en ESCO.' },
  en: { added: 'The model did not translate this education requirement; Vaardig filled in the skills from its rules and ESCO.' },
};

export function guardDiplomas(translation: Translation, offline: Translation): Translation {
  const t = TEXT[translation.language];
  const requirements = [...translation.requirements];
  const skills: Skill[] = translation.skills.map((skill) => ({ ...skill, requirementIds: [...skill.requirementIds] }));
  const changes = [...translation.changes];
  const warnings: Warning[] = [...translation.warnings];
  const usedIds = new Set(requirements.map((requirement) => requirement.id));

  const link = (skill: Skill, requirementId: string) => {
    const same = skills.find((existing) => existing.uri && existing.uri === skill.uri);
    if (same) {
      if (!same.requirementIds.includes(requirementId)) same.requirementIds.push(requirementId);
      return;
    }
    skills.push({ ...skill, requirementIds: [requirementId] });
  };

  for (const rule of offline.requirements.filter((requirement) => isDiploma(requirement.kind))) {
    const ruleSkills = offline.skills.filter((skill) => skill.uri && skill.requirementIds.includes(rule.id));
    if (ruleSkills.length === 0) continue;
    let targets = requirements.filter((requirement) => sameRequirement(requirement, rule));
    if (targets.length === 0) {
      const id = usedIds.has(rule.id) ? `offline-${rule.id}` : rule.id;
      usedIds.add(id);
      requirements.push({ ...rule, id });
      targets = [requirements[requirements.length - 1]!];
    }
    // A diploma the law ties to the job is not replaced: its skills say what the training covers.
    const law = rule.legal && rule.legalBasis?.diplomaRequired === true;
    for (const target of targets) {
      const grounded = skills.filter((skill) => skill.verified && skill.uri && skill.requirementIds.includes(target.id));
      if (grounded.length >= MIN_SKILLS) continue;
      const have = new Set(grounded.map((skill) => skill.uri));
      const fill = ruleSkills.filter((skill) => !have.has(skill.uri));
      for (const skill of fill) {
        link(skill, target.id);
        if (!law)
          changes.push({
            requirementId: target.id,
            action: 'translate',
            rule: 'guard.diploma-offline',
            concept: skill.uri,
            span: target.span,
            reason: skill.reason || t.added,
          });
      }
      if (!law) warnings.push({ code: 'claude.diploma-filled', message: `${target.text}: ${t.added}`, span: target.span });
    }
  }
  return { ...translation, requirements, skills, changes, warnings };
}
