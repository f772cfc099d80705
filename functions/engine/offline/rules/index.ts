/**
 * The registry of the offline engine's rules over requirements, in the order they are asked: the
 * law first (no rule after it may drop what the law requires), then education, qualities,
 * experience, and what stays. The first rule that settles a requirement (`final`) ends its pass.
 * Adding a rule is adding one file and one line here.
 */
import type { Change, Requirement, Skill, Warning } from '../../../../shared/translation';
import type { EducationLevel } from '../../../taxonomy/crosswalk';
import { diplomaToSkills } from './diploma-to-skills';
import { enrolled } from './enrolled';
import { experienceYears } from './experience-years';
import { keepConcrete } from './keep-concrete';
import { legalAfterHiring } from './legal-after-hiring';
import { legalBasisRule } from './legal-basis';
import { legalKeep } from './legal-keep';
import { traitToProfile } from './trait-to-profile';
import type { Rule, VacancyContext } from './types';

export const RULES: readonly Rule[] = [legalBasisRule, legalKeep, legalAfterHiring, enrolled, diplomaToSkills, traitToProfile, experienceYears, keepConcrete];

/** The rules' decisions over a vacancy's requirements, assembled. */
export interface Applied {
  /** The requirements with the fields the rules set (new objects; the input stays as it was). */
  requirements: Requirement[];
  changes: Change[];
  /** One per ESCO URI, holding every requirement that asked for it. */
  skills: Skill[];
  /** The warnings given, then those the rules added. */
  warnings: Warning[];
  rephrased: Map<string, string>;
  denied: Set<string>;
  levels: Map<string, EducationLevel>;
}

export function applyRules(requirements: readonly Requirement[], context: VacancyContext, warnings: readonly Warning[], rules = RULES): Applied {
  const out: Applied = { requirements: [], changes: [], skills: [], warnings: [...warnings], rephrased: new Map(), denied: new Set(), levels: new Map() };
  const ctx = { ...context, warnings: out.warnings, rephrased: out.rephrased };
  const byUri = new Map<string, Skill>();
  for (const original of requirements) {
    let r = original;
    for (const rule of rules) {
      const result = rule.apply(r, ctx);
      if (!result) continue;
      if (result.requirement) r = { ...r, ...result.requirement };
      out.changes.push(...(result.changes ?? []));
      out.warnings.push(...(result.warnings ?? []));
      for (const skill of result.skills ?? []) addSkill(out.skills, byUri, skill);
      if (result.rephrased !== undefined) out.rephrased.set(r.id, result.rephrased);
      if (result.denied) out.denied.add(r.id);
      if (result.level) out.levels.set(r.id, result.level);
      if (result.final) break;
    }
    out.requirements.push(r);
  }
  return out;
}

/** A skill asked for again (the same URI) is one skill for every requirement that asks it, a must-have if any does. */
function addSkill(skills: Skill[], byUri: Map<string, Skill>, skill: Skill): void {
  const existing = skill.uri ? byUri.get(skill.uri) : undefined;
  if (existing) {
    for (const id of skill.requirementIds) if (!existing.requirementIds.includes(id)) existing.requirementIds.push(id);
    existing.mustHave ||= skill.mustHave;
    return;
  }
  skills.push(skill);
  if (skill.uri) byUri.set(skill.uri, skill);
}
