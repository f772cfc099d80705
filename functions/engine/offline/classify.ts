import type { RequirementKind } from '../../../shared/translation';
import {
  workCondition,
  LIST_MARK,
  ACRONYM,
  asksExperience,
  CERTIFICATE,
  has,
  DEGREE_CODE,
  EDUCATION,
  EDUCATION_STRONG,
  FIELD,
  FIELD_WORDS,
  LANGUAGE,
  LANGUAGE_CODE,
  LANGUAGE_SKILL,
  LICENCE,
  OTHER,
  OTHER_STRONG,
  SKILL,
  SKILL_HARD,
  SOFT_SKILL,
  TRAIT,
} from './cues';
import { LEVEL_PHRASES } from '../../taxonomy/crosswalk';

/** Education named with a field or programme is a diploma; a bare level is an education level. */
export function educationKind(text: string): 'diploma' | 'education_level' {
  return FIELD.test(text) || FIELD_WORDS.test(text) ? 'diploma' : 'education_level';
}

/**
 * A university named is a place, not a level asked: "Utrecht University", "University of Technology",
 * "Universiteit van Amsterdam", "TU Delft is a top international university" (#16).
 */
const INSTITUTION =
  /(?:\p{Lu}[A-Za-zÀ-ÖØ-öø-ɏ-]*\s+)+Universit(?:y|eit)(?![A-Za-zÀ-ÖØ-öø-ɏ])|Universit(?:y|eit)\s+(?:of|van|and|en)\s+(?:(?:the|het|de)\s+)?\p{Lu}[A-Za-zÀ-ÖØ-öø-ɏ-]*|^Universit(?:y|eit)\s*$|(?:is|was|are|zijn)\s+(?:a|an|one of the|een|één van de)\s+(?:[A-Za-zÀ-ÖØ-öø-ɏ-]+\s+){0,3}universit(?:y|ies|eit|eiten)(?![A-Za-zÀ-ÖØ-öø-ɏ])/gu;

function educationIn(text: string): boolean {
  return has(EDUCATION_STRONG, text) || DEGREE_CODE.test(text) || (EDUCATION.test(text) && LEVEL_PHRASES.some((p) => p.pattern.test(text)));
}

export function isEducation(text: string): boolean {
  // A unit is asked about, then split, then its clause classified: mostly the same text again.
  if (text === recent[0].text) return recent[0].education;
  if (text === recent[1].text) return recent[1].education;
  const education = educationIn(/niversit/.test(text) ? text.replace(INSTITUTION, ' ') : text);
  recent[1] = recent[0];
  recent[0] = { text, education };
  return education;
}
const recent: [{ text: string; education: boolean }, { text: string; education: boolean }] = [
  { text: '', education: false },
  { text: '', education: false },
];

/**
 * What the reader can do is a skill: "Je kunt bouwtekeningen lezen", "In staat om offertes op te
 * stellen", "Ability to explain models to non-experts" (ANNOTATION.md: "technische tekeningen lezen").
 * How they work with others, cope or learn is a quality: "Je kunt goed samenwerken".
 */
const CAN_DO = /^(?:je|jij|u)\s+(?:kan|kunt)\s+(?!(?:je|jij)\b)\S/i;
const SOFT_DOING =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:werken|samenwerken|omgaan|schakelen|aanpassen|leren|luisteren|inleven|relativeren|communiceren|overweg|reflecteren|motiveren|overtuigen|bespreekbaar)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

const SELECTION =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:[A-Za-zÀ-ÖØ-öø-ɏ]*onderzoek|screening\w*|assessment|selectieprocedure|sollicitatieprocedure|selection (?:process|procedure)|background (?:check|screening)s?|referenties|references|geheimhoudingsverklaring)(?![A-Za-zÀ-ÖØ-öø-ɏ])[^.]*(?:deel uit|onderdeel|vereist|verplicht|required|part of|conducted|undergo|aanleveren|overleggen)|(?:deel uit|onderdeel|part) (?:van|of) (?:de |het |the )?(?:selectie|sollicitatie|selection|hiring|application)/i;

/** SELECTION, after a plain-word look: most text names no step of a selection. */
export const selectionStep = (text: string) =>
  /onderzoek|screening|assessment|referent|reference|background|selecti|sollicitatie|application|hiring|geheimhouding/i.test(text) && SELECTION.test(text);

/** Classify one requirement clause into one of the nine kinds. Rules run from most to least specific. */
export function classify(text: string): RequirementKind {
  const lead = text.slice(0, 80);
  const licence = has(LICENCE, text) ? LICENCE.exec(text) : null;
  if (licence && !/\bvog\w+/i.test(text)) {
    const education = EDUCATION_STRONG.exec(text) ?? DEGREE_CODE.exec(text);
    if (!(education && education.index < licence.index)) return 'licence';
  }
  const educationInLead = isEducation(lead);
  if (educationInLead && !/^\s*(?:ervaring|experience)\b/i.test(text) && !/\bstudent(?:en)?job\b/i.test(text)) return educationKind(text);
  if (has(CERTIFICATE, text)) return 'certificate';
  if (has(LANGUAGE_CODE, text)) return 'language';
  if (
    has(LANGUAGE, text) &&
    (has(LANGUAGE_SKILL, text) || text.split(/\s+/).length <= 4) &&
    !/\b(?:nederland|netherlands)\b(?!s)/i.test(text.replace(/nederlands\w*/gi, ''))
  )
    return 'language';
  if (text.length <= 80 ? educationInLead : isEducation(text)) return educationKind(text);
  if (asksExperience(text) && !/^(?:je bent|jij bent|you are)\b/i.test(text)) return 'experience';
  // A step of the selection (a screening, an assessment, references) is a condition, never a quality.
  if (selectionStep(text) || workCondition(text)) return 'other';
  if (has(OTHER_STRONG, text) && !has(SKILL_HARD, text)) return 'other';
  if (has(OTHER, text) && !has(SKILL, text) && !has(TRAIT, text)) return 'other';
  if (CAN_DO.test(text) && !SOFT_DOING.test(text)) return 'skill';
  const hard = has(SKILL_HARD, text) || has(ACRONYM, text);
  const soft = has(SOFT_SKILL, text);
  const trait = has(TRAIT, text) || soft;
  // "Strong communication skills" is a quality of the person; "kennis van SAP" is a skill.
  if (hard && trait) return soft && !/\b(?:kennis|knowledge)\b/i.test(text) && !has(ACRONYM, text) ? 'trait' : 'skill';
  if (hard) return 'skill';
  if (trait) return 'trait';
  if (has(SKILL, text)) return 'skill';
  if (has(OTHER, text)) return 'other';
  // A product named by itself ("Microsoft Windows Server", "WebDeploy") is a skill, not a quality.
  if (NAMED_PRODUCT.test(text.replace(LIST_MARK, '').trim())) return 'skill';
  return 'trait';
}

/** Only capitalised names (two to four words), or one name in camel case. */
const NAMED_PRODUCT = /^(?:(?:[A-Z][A-Za-z0-9+#-]*\s+){1,3}[A-Z][A-Za-z0-9+#-]*|[A-Z][a-z]+[A-Z][A-Za-z0-9]*)[.;,]?$/;
