import type { Requirement, RequirementKind } from '../../../shared/schemas';
import { classify } from './classify';
import { ALTERNATIVE, CERTIFICATE, has, DUTCH_TASK, EMPLOYER, ENGLISH_TASK, EXPERIENCE, LANGUAGE, LANGUAGE_CODE, LICENCE, OTHER, SKILL, TRAIT, MUST, OFFER, PLUS, PLUS_STRONG, TASK_OPENERS, YEARS } from './cues';
import { isEducation } from './classify';
import { clauses } from './split';
import type { Unit } from './segment';
import { matchAll } from './match-all';

const HOURS = /\b(?:\d+[- ]?uren ?week|(?:\d|twee|drie)[- ]?ploegen\w*|ploegendienst\w*|(?:werkuren|werktijden|uurrooster|working hours|schedule)\s*:\s*\S|fulltime|full-time|parttime|part-time|voltijd\w*|deeltijd\w*|\d+\s*(?:[-–]|tot|à)\s*\d+\s*(?:uur|hours)\b|uur per week|uren per week|dagen per week|hours per week|days per week)\b/i;
const ASKS = /\b(?:je (?:herkent|denkt|werkt|combineert|deelt|schakelt|wilt|kunt|kan) |je hebt|jij hebt|heb je|^(?:ben|heb) jij (?!op zoek|klaar|toe aan|degene)|je woont|je geraakt|^met (?:jouw|je) (?!team|collega|hulp|ervaring als)|^with your |je beschikt|beschik je|je bent|jij bent|ben je|in het bezit van|je spreekt|je kunt|je kan|you have|you are|you bring|you possess|must|required|vereist|verplicht|we zoeken (?:iemand|een kandidaat)|we are looking for someone|kennis van|ervaring (?:met|in|als|binnen)|\d+\+? (?:jaar|years?)|experience (?:with|in)|knowledge of|ability to)\b/i;

/** Whether a unit asks something of the candidate, judged by where it stands and how it is phrased. */
export function asksOfCandidate(unit: Unit, leadIn = false): boolean {
  const text = unit.text;
  if (text.length < 3 || !/[A-Za-zÀ-ÖØ-öø-ɏ]{2}/u.test(text)) return false;
  // Every check below can only say no, and in these sections the switch at the end answers no
  // except for a short line about hours: the same answer, sooner.
  if (unit.section === 'contact') return false;
  if ((unit.section === 'offer' || unit.section === 'meta') && !(text.length <= 80 && HOURS.test(text))) return false;
  // How candidates are judged ("mogelijkheden, ervaring en opleiding spelen een rol"), an invitation
  // ("Geen diploma?") or a place line ("Lexington, MA, US") asks nothing itself.
  if (NOT_ASKING.test(text) || PLACE.test(text)) return false;
  const strong = isEducation(text) || has(LICENCE, text) || has(CERTIFICATE, text) || (has(YEARS, text) && has(EXPERIENCE, text) && !/^(?:wij|we|ze|zij|our|dankzij|al sinds|sinds)\b/i.test(text));
  if (CONTACT.test(text) && !isEducation(text)) return false;
  const requirementSection = unit.section === 'requirements' || unit.section === 'preferred';
  // Six patterns: tested only on the paths that ask for them.
  const cue = () => CUES.some((re) => has(re, text));
  if (/:$/.test(text) && !strong) return false;
  if (HEADING_WORDS.test(text)) return false;
  if (/[!]$/.test(text) && !strong && !cue()) return false;
  if (/^\*/.test(text)) return false;
  if (/\?$/.test(text) && !strong && !QUESTION_ASKS.test(text) && !(requirementSection && !/^(?:wat|wie|what|who|how|hoe|waarom|why|waar|where|wanneer|when)\b/iu.test(text))) return false;
  if (!strong && !leadIn && ENGLISH_TASK.test(text) && (!requirementSection || !ABILITY.test(text))) return false;
  if (!strong && !requirementSection && (DUTCH_TASK.test(text) || INFINITIVE_TASK.test(text) || /^(?:responsible for|preprocessing|close collaboration|work in a)\b/i.test(text))) return false;
  if (!strong && EMPLOYER.test(text)) return false;
  switch (unit.section) {
    case 'requirements':
    case 'preferred':
      if (has(OFFER, text) && !strong) return false;
      // Sections run on past unmarked headings: a sentence there still has to ask for something.
      if (!strong && !cue() && !ADDRESSES.test(text.replace(LEADING_MARK, '')) && (!unit.bullet || text.length > 100)) return false;
      return text.length <= 400 || strong;
    case 'offer':
    case 'meta':
      return text.length <= 80 && HOURS.test(text);
    case 'tasks':
      if (TASK_OPENERS.test(text) && !strong) return false;
      if (text.length <= 80 && HOURS.test(text)) return true;
      if (strong) return text.length <= 400;
      // Postings often list what they ask under "Functieomschrijving": a short line with a requirement cue counts.
      return (text.length <= 250 && ASKS.test(text)) || (unit.bullet && text.length <= 200 && !/^(?:je|jij|you)\b/iu.test(text) && cue());
    default:
      if (has(OFFER, text)) return text.length <= 80 && HOURS.test(text);
      if (TASK_OPENERS.test(text) && !strong) return false;
      if (text.length <= 80 && HOURS.test(text)) return true;
      if (strong) return text.length <= 400;
      return (text.length <= 250 && ASKS.test(text)) || (text.length <= 160 && REQUIREMENT_WORDS.test(text)) || (unit.section === 'other' && unit.bullet && text.length <= 160 && cue());
  }
}

const HEADING_WORDS = /^(?:(?:stand-out|required|key|preferred|additional|minimum|basic|technical|soft|education(?:al)?|gevraagde|gewenste|jouw|your)\s+)*(?:education|requirements?|skills|experience|qualifications|knowledge|abilities|opleiding|ervaring|kennis|vaardigheden|profiel|competenties|vereisten)\s*(?:requirements?)?[.:]?$/i;
const ABILITY = /\b(?:skills?|experience|knowledge|ability|abilities|able|proficien\w*|familiar\w*|expertise|understanding)\b/i;
/** A line like "Ability to:" or "Je hebt kennis van:" introduces a list of requirements. */
const LEAD_IN = /\b(?:ability|abilities|able|knowledge|skills|experience|kennis|ervaring|vaardigheden|in staat|kunnen|qualifications|requirements|vereisten|you have|je hebt|je beschikt)\b[^:]*:$/i;
/** Contact lines: phone numbers, e-mail addresses, "neem contact op". */
const CONTACT = /\b\d{2,4}[- ]?\d{2,3}[- ]?\d{2,4}\b.*\d|@[a-z0-9-]+\.[a-z]{2,}|\bcontact opnemen\b|\bneem (?:gerust )?contact\b|\bvragen over (?:deze|de) (?:functie|vacature|procedure)\b|\bcontact us\b/i;
/** Task bullets written as an infinitive or in the third person: "Ontwikkelen van ...", "Detecteert en ontwikkelt ...". */
const INFINITIVE_TASK = /^(?:het\s+)?[A-Za-zÀ-ÿ][a-zà-ÿ]{3,}en(?:\s+(?:van|en|bij|met|voor|de|het|aan|op|in)\b|,\s)|^[A-ZÀ-Þ][a-zà-ÿ]+eert\b/;
// (?=[sp]) before the two unanchored alternatives: a third of the CPU, the same matches.
const NOT_ASKING = /^(?:geen|no|zonder|without) [a-zà-ÿ' -]{2,30}\?$|(?=[sp])(?:\b(?:spelen|speelt) (?:\S+ )?een rol\b|\bplays? a (?:\S+ )?role in (?:our|the) (?:selection|decision))/iu;
/** "Lexington, MA, US": a city with its state and country codes. */
const PLACE = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z]{2}(?:, (?:US|USA|UK|NL|BE))?$/u;
/** Bullet marks the segmenter leaves in the text: "· Je hebt ...". */
const LEADING_MARK = /^[·•◦▪o*–-]\s+/u;
const ADDRESSES = /^(?:je|jij|you)\s+(?:bent|hebt|beschikt|spreekt|kunt|kan|are|have)\b/i;
const CUES = [SKILL, TRAIT, EXPERIENCE, LANGUAGE, LANGUAGE_CODE, OTHER];
const QUESTION_ASKS = /^(?:ben|heb|hou|houd|weet|kun|kan|spreek|herken|wil|sta|zie|beschik|voel|are|do|have|can|is|niet aan je proefstuk|sociaal)\b|\b(?:jij|je|you)\b.*\b(?:ervaring|kennis|experience|passie|passion)/i;
const REQUIREMENT_WORDS = /\b(?:ervaring|experience|kennis|knowledge|skills?|vaardigheden|fluency|fluent|proficien\w*|familiar\w*|ability|able to|vloeiend|beheersing|affiniteit|passion|passie|strong|sterke?|excellent|uitstekende|goede|demonstrated|aantoonbare|understanding|inzicht)\b/i;

// "We zoeken een gedreven administratief bediende", "seeking an experienced Data Scientist".
const SOUGHT = /(?:op zoek naar |zoeken (?:naar )?|zoekt |seeking |looking for |searching for |hiring )(?:een |an? )?((?:gedreven|gemotiveerde|enthousiaste|ondernemende|ervaren|zelfstandige|nauwkeurige|flexibele|experienced|motivated|driven|dynamic|passionate|enthusiastic|talented|senior)\s+(?:en\s+|and\s+|,\s*)?(?:[A-Za-zÀ-ÖØ-öø-ɏ-]+\s+){0,2}?[A-Za-zÀ-ÖØ-öø-ɏ-]+)/gi;

function soughtPerson(unit: Unit): Requirement[] {
  if (unit.section === 'requirements' || unit.section === 'preferred' || unit.section === 'offer') return [];
  const out: Requirement[] = [];
  for (const m of matchAll(SOUGHT, unit.text)) {
    const phrase = m[1] ?? '';
    const start = unit.span.start + m.index + m[0].length - phrase.length;
    out.push({ id: '', text: phrase, kind: /^(?:ervaren|experienced|senior)/iu.test(phrase) ? 'experience' : 'trait', mandatory: true, legal: false, legalBasis: null, alternativeOffered: false, span: { start, end: start + phrase.length } });
  }
  return out;
}

/** "Werkuren:", "Soort dienstverband:": a working-conditions label whose value is the next line. */
const CONDITION_LABEL = /^(?:soort dienstverband|dienstverband|type dienstverband|werkuren|werktijden|uurrooster|uren|working hours|hours|schedule|employment type|job type)\s*:$/i;

/** Split, classify and mark the requirements of a posting. */
export function extractRequirements(unitsOfPosting: Unit[]): Requirement[] {
  const out: Requirement[] = [];
  let leadInLeft = 0;
  let leadInSection = '';
  for (let u = 0; u < unitsOfPosting.length; u++) {
    const unit = unitsOfPosting[u]!;
    const value = unitsOfPosting[u + 1];
    if (CONDITION_LABEL.test(unit.text) && value && value.text.length <= 80 && !CONDITION_LABEL.test(value.text)) {
      // The label and its value are one practical condition of the job.
      const text = `${unit.text} ${value.text}`;
      out.push({ id: `r${out.length + 1}`, text, kind: 'other', mandatory: true, legal: false, legalBasis: null, alternativeOffered: false, span: { start: unit.span.start, end: value.span.end } });
      u++;
      continue;
    }
    const leadIn = leadInLeft > 0 && unit.section === leadInSection;
    leadInLeft = unit.text.endsWith(':') && LEAD_IN.test(unit.text) ? 12 : leadIn ? leadInLeft - 1 : 0; // (LEAD_IN ends in ":$")
    leadInSection = unit.section;
    if (!asksOfCandidate(unit, leadIn)) {
      for (const r of soughtPerson(unit)) out.push({ ...r, id: `r${out.length + 1}` });
      continue;
    }
    const unitPlus = unit.section === 'preferred' || (has(PLUS_STRONG, unit.text) && !has(MUST, unit.text));
    let previous: RequirementKind | null = null;
    for (const clause of clauses(unit.text, unit.span)) {
      // "Bachelor, bij voorkeur in elektromechanica": the preferred field of an education requirement.
      const preferredField: boolean = previous !== null && (previous === 'diploma' || previous === 'education_level') && /^\(?(?:bij voorkeur|preferably|especially|ideally|idealiter)\b/iu.test(clause.text);
      const kind: RequirementKind = preferredField ? 'diploma' : classify(clause.text);
      previous = kind;
      const plus = has(PLUS, clause.text) ? !has(MUST, clause.text) || /\bnot required\b/iu.test(clause.text) : unitPlus && clause.text === unit.text;
      out.push({
        id: `r${out.length + 1}`,
        text: clause.text,
        kind,
        mandatory: !(plus || unit.section === 'preferred'),
        legal: false,
        legalBasis: null,
        alternativeOffered: has(ALTERNATIVE, clause.text),
        span: clause.span,
      });
    }
  }
  return out;
}
