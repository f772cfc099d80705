/**
 * The gap a learning route must close, read from a Translation: the skills a diploma stood for
 * plus the skills the engine marked learnable on the job (issue #5); or given as ESCO skills.
 */
import type { GapInput } from '../../shared/learning-routes';
import type { Language } from '../../shared/locale';
import type { Requirement, Translation } from '../../shared/translation';
import legalTable from '../legal/requirements.json';
import { diplomaBound } from '../legal';
import type { Taxonomy } from '../taxonomy';
import { normalize } from '../taxonomy/normalize';
import { SKILL_URI } from '../../shared/esco';
import type { GapNeeds, GapSkill } from './types';

const DIPLOMA_KINDS = new Set(['diploma', 'education_level']);
const LEGAL = new Map((legalTable as Array<{ id: string; kind: string; citation: string }>).map((entry) => [entry.id, entry]));

function legalCitation(legalId: string): string {
  return LEGAL.get(legalId)?.citation ?? legalId;
}

// An internship, or a job that asks for students: they are in a programme already.
const STUDENT = /(?<![\p{L}])(?:stage\w*|stagiair\w*|afstudeer\w*|student\w*|intern|internship|werkstudent|trainee)(?![\p{L}])/iu;
const ENROLLED =
  /(?<![\p{L}])(?:je volgt|je studeert|je bent (?:een )?(?:\S+ )?student|student|you are (?:currently )?(?:enrolled|pursuing|studying))(?![\p{L}])/iu;

/** Cap on gap size: D1 answers in time and the explanation stays readable. */
const MAX_GAP = 40;
const FALLBACK_SKILLS = 15;

export function isDiploma(requirement: Requirement): boolean {
  return DIPLOMA_KINDS.has(requirement.kind);
}

export function gapFromTranslation(translation: Translation, taxonomy: Taxonomy): { skills: GapSkill[]; needs: GapNeeds } {
  const diplomas = translation.requirements.filter(isDiploma);
  const diplomaIds = new Set(diplomas.map((r) => r.id));
  const skills = new Map<string, GapSkill>();
  for (const skill of translation.skills) {
    if (!skill.uri?.startsWith(SKILL_URI)) continue;
    const fromDiploma = skill.requirementIds.some((id) => diplomaIds.has(id));
    if (!fromDiploma && skill.mustHave) continue;
    const id = skill.uri.slice(SKILL_URI.length);
    const known = skills.get(id);
    if (known) known.fromDiploma ||= fromDiploma;
    else skills.set(id, { skill: id, label: skill.label, weight: 1, fromDiploma });
  }
  // Nothing learnable and no diploma skills: the job's other grounded skills stand in.
  if (skills.size === 0 && diplomas.length) {
    for (const skill of translation.skills) {
      if (!skill.uri?.startsWith(SKILL_URI)) continue;
      const id = skill.uri.slice(SKILL_URI.length);
      if (!skills.has(id)) skills.set(id, { skill: id, label: skill.label, weight: 1, fromDiploma: true });
    }
  }
  // An engine that found the occupation but grounded no skills still gets routes.
  if (skills.size === 0 && diplomas.length && translation.occupation) {
    for (const id of occupationSkills(translation.occupation.uri, taxonomy)) {
      const ref = taxonomy.skill(id);
      skills.set(ref.uri.slice(SKILL_URI.length), {
        skill: ref.uri.slice(SKILL_URI.length),
        label: taxonomy.skillLabel(id, translation.language).label,
        weight: 1,
        fromDiploma: true,
      });
    }
  }
  // Only where the law ties the job to a diploma: a driving licence is not a reason for an mbo
  // qualification, even though the driver's qualification has the licence built in.
  const legal = translation.requirements
    .filter((r) => r.legal && r.legalBasis && (isDiploma(r) || diplomaBound(r.legalBasis.id)))
    .map((r) => ({ id: r.legalBasis!.id, citation: r.legalBasis!.citation }));
  const forStudents = STUDENT.test(translation.title ?? '') || diplomas.some((r) => ENROLLED.test(r.text));
  return {
    skills: [...skills.values()].slice(0, MAX_GAP),
    needs: {
      formal: diplomas.length > 0 && !forStudents,
      forStudents,
      legal,
      ...namedProgrammes(
        diplomas.map((r) => r.text),
        taxonomy,
      ),
      eqf: diplomaEqf(diplomas.map((r) => r.text)),
    },
  };
}

/**
 * A gap given as ESCO skills (`POST /v1/learning-routes/match` with `gap`): the skills the
 * taxonomy knows, labelled in `language` where the caller gave no label, and the URIs it does not.
 */
export function gapFromSkills(gap: GapInput, language: Language, taxonomy: Taxonomy): { skills: GapSkill[]; needs: GapNeeds; unknownSkills: string[] } {
  const unknownSkills = gap.skills.filter((s) => taxonomy.skillIdByUri(s.uri) === null).map((s) => s.uri);
  const skills: GapSkill[] = gap.skills
    .filter((s) => !unknownSkills.includes(s.uri))
    .map((s) => ({
      skill: s.uri.slice(SKILL_URI.length),
      label: s.label ?? taxonomy.skillLabel(taxonomy.skillIdByUri(s.uri)!, language).label,
      weight: s.weight,
      fromDiploma: gap.diploma,
    }));
  const needs: GapNeeds = {
    formal: gap.diploma || gap.legalIds.length > 0,
    legal: gap.legalIds.filter(diplomaBound).map((id) => ({ id, citation: legalCitation(id) })),
    programmeCodes: gap.programmeCodes,
    eqf: gap.eqf ?? null,
  };
  return { skills, needs, unknownSkills };
}

/** The occupation's essential skills, skills before knowledge, a readable handful. */
export function occupationSkills(uri: string, taxonomy: Taxonomy, limit = FALLBACK_SKILLS): number[] {
  const occupation = taxonomy.occupationIdByUri(uri);
  if (occupation === null) return [];
  const ids = taxonomy.essentialSkills(occupation);
  return [...ids.filter((id) => !taxonomy.skill(id).knowledge), ...ids.filter((id) => taxonomy.skill(id).knowledge)].slice(0, limit);
}

/** CROHO codes and crebos named in diploma requirements: by number, else by programme name. */
export function programmeCodes(texts: string[], taxonomy: Taxonomy): string[] {
  return namedProgrammes(texts, taxonomy).programmeCodes;
}

/** The programmes diploma requirements name: their codes, and the names as the requirements write them. */
export function namedProgrammes(texts: string[], taxonomy: Taxonomy): { programmeCodes: string[]; programmeNames: string[] } {
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/\b(\d{5})\b/g)) codes.add(match[1]!);
    const words = normalize(text).split(' ').filter(Boolean);
    // The longest name wins: "software engineering" names that programme, not "Engineering" (#15).
    const taken = new Set<number>();
    for (let n = Math.min(6, words.length); n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        if (taken.has(i) || taken.has(i + n - 1)) continue;
        const key = words.slice(i, i + n).join(' ');
        const programmes = taxonomy.programmesByKey(key);
        for (const programme of programmes) codes.add(programme.code);
        if (!programmes.length) continue;
        names.add(key);
        for (let j = i; j < i + n; j++) taken.add(j);
      }
    }
  }
  return { programmeCodes: [...codes].slice(0, 12), programmeNames: [...names] };
}

const LEVELS: Array<[RegExp, number]> = [
  [/\bmbo[- ]?(?:niveau ?)?([1-4])\b|\bniveau ?([1-4])\b/i, -1],
  [/\b(?:phd|doctora)/i, 8],
  [/\bmaster|\b(?:msc|ma)\b/i, 7],
  [/\bbachelor|\bhbo|\buniversit|\b(?:wo|bsc|ba)\b/i, 6],
  [/\b(?:associate degree|ad)\b/i, 5],
  [/\bmbo\b/i, 4],
];

/** The EQF level a diploma requirement asks for ("mbo niveau 3" → 3, "hbo" → 6), or null. */
export function diplomaEqf(texts: string[]): number | null {
  for (const text of texts) {
    for (const [pattern, eqf] of LEVELS) {
      const match = pattern.exec(text);
      if (!match) continue;
      return eqf >= 0 ? eqf : Number(match[1] ?? match[2]);
    }
  }
  return null;
}
