/**
 * Grounding (#6): every skill the model names is looked up in the ESCO index. Found → the ESCO
 * URI and label; not found → kept as the model wrote it, `verified: false`, `uri: null`. A URI
 * never comes from the model.
 */
import type { Language } from '../../../shared/locale';
import type { Skill } from '../../../shared/translation';
import type { Taxonomy } from '../../taxonomy';
import { normalize, preferredSkillKeys } from '../../taxonomy/normalize';
import type { Answer } from './answer';

type AnswerSkill = Answer['skills'][number];

function resolve(skill: AnswerSkill, taxonomy: Taxonomy): number | undefined {
  const candidates = [skill.escoLabel ?? '', skill.label];
  for (const candidate of candidates) {
    for (const key of [normalize(candidate), ...preferredSkillKeys(candidate)]) {
      const id = key ? taxonomy.skillByKey(key) : undefined;
      if (id !== undefined) return id;
    }
  }
  return undefined;
}

const UNVERIFIED = { nl: 'Niet gevonden in ESCO; niet geverifieerd.', en: 'Not found in ESCO; unverified.' };

export function groundSkill(skill: AnswerSkill, taxonomy: Taxonomy, language: Language): Skill {
  const base = { requirementIds: skill.requirementIds, mustHave: skill.mustHave, groupLabel: null };
  const id = resolve(skill, taxonomy);
  const uri = id === undefined ? null : taxonomy.skill(id).uri;
  if (id === undefined || !uri || !taxonomy.isKnownUri(uri)) {
    return {
      ...base,
      label: skill.label,
      uri: null,
      verified: false,
      labelLanguage: language,
      untranslated: false,
      reason: `${skill.reason} ${UNVERIFIED[language]}`.trim(),
    };
  }
  const esco = taxonomy.skillLabel(id, language);
  // ESCO lacks a Dutch label for many skills: then the model's Dutch wording is shown, with the concept's URI.
  const label = esco.untranslated ? skill.label : esco.label;
  return { ...base, label, uri, verified: true, labelLanguage: esco.untranslated ? language : esco.language, untranslated: false, reason: skill.reason };
}

/** Ground all skills and merge those that land on the same ESCO concept. */
export function groundSkills(skills: AnswerSkill[], taxonomy: Taxonomy, language: Language): Skill[] {
  const out: Skill[] = [];
  const byUri = new Map<string, Skill>();
  for (const answerSkill of skills) {
    const skill = groundSkill(answerSkill, taxonomy, language);
    const same = skill.uri ? byUri.get(skill.uri) : undefined;
    if (same) {
      same.requirementIds = [...new Set([...same.requirementIds, ...skill.requirementIds])];
      same.mustHave ||= skill.mustHave;
      continue;
    }
    if (skill.uri) byUri.set(skill.uri, skill);
    out.push(skill);
  }
  return out;
}
