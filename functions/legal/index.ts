/**
 * Vaardig's own table of Dutch legal job requirements (requirements.json, generated once from
 * the facts in ../shared/data/legal and owned here since): law, article, BWBR id, roles,
 * detection patterns, whether it can be obtained after hiring, and how to rephrase it.
 *
 * Long: matching a requirement, a job or a title to the table, the Belgian and foreign cases, and
 * the basis shown beside a kept line all read the same entries and patterns.
 */
import type { Region } from '../../shared/locale';
import type { LegalBasis } from '../../shared/translation';
import { isDutch, jobJurisdiction, jurisdictionOf, namedJurisdiction, type Jurisdiction } from './jurisdiction';
import table from './requirements.json';

export interface LegalRequirement {
  id: string;
  sector: string;
  kind: string;
  /** False for the common demands the law does not make (VCA, BHV, forklift, NEN 3140, ...). */
  statutory: boolean;
  keepMode: string;
  name: { nl: string; en: string };
  law: string;
  article: string;
  bwbr: string | null;
  url: string | null;
  citation: string;
  roles: string[];
  appliesWhen: string;
  /** Patterns naming the document or credential itself ("rijbewijs", "VOG", "BIG-registratie"). */
  documentPatterns: string[];
  /** Patterns naming the job it is required for; when present, the job must match one. */
  rolePatterns: string[];
  /** Where the role is one the law names (a school for its "instructeur"); when present, the job's text must match one. */
  settingPatterns?: string[];
  obtainable: { afterHiring: boolean; code: string; detail: string };
  rephrase: string;
  confidence: string;
  /** A diploma or programme the law ties to the job: the diploma behind a registration, a protected training title, a qualification (#16). */
  diplomaRequired?: boolean;
  /** The registration or title this diploma leads to (an id in this table). */
  dependsOn?: string;
  /** The profession or role the entry fits. */
  profession?: { nl: string; en: string } | null;
  /** Absent for Dutch law; 'foreign' in the table for another country's, the country itself once matched. */
  jurisdiction?: string;
  /** False for another country's law: kept verbatim, not checked. */
  verified?: boolean;
  /** The statutory minimum age, for age entries. */
  minimumAge?: number;
  /** How long the law asks the document to have been held ("rijbewijs B ten minste 3 jaar"): more is the employer's demand. */
  minimumYears?: number;
  /** What the law asks of one role only (a driving examiner's licence and training): for any other job the entry says nothing. */
  onlyForRoles?: boolean;
  /** The law asks it of everyone in the role, from the first day (a childcare VOG and register): added, flagged, when the posting leaves it out. */
  addWhenMissing?: boolean;
}

export const LEGAL_REQUIREMENTS = table as LegalRequirement[];

/** Kinds of legal requirement that only a diploma opens: a register, a protected title, a teaching qualification. */
const DIPLOMA_BOUND = new Set([
  'register_registration',
  'protected_training_title',
  'diploma_qualification',
  'teaching_qualification',
  'diploma_and_screening',
  'specialist_register',
]);
let kinds: Map<string, string> | null = null;

/** The legal entry (by id) is opened only by a diploma: "no diploma needed" is never true beside it. */
export function diplomaBound(legalId: string): boolean {
  kinds ??= new Map(LEGAL_REQUIREMENTS.map((e) => [e.id, e.kind]));
  return DIPLOMA_BOUND.has(kinds.get(legalId) ?? '');
}

const compiled = new Map<string, { documents: RegExp[]; roles: RegExp[]; settings: RegExp[] }>();
function patterns(entry: LegalRequirement) {
  let c = compiled.get(entry.id);
  if (!c) {
    const re = (p: string) => new RegExp(p, 'i');
    c = { documents: entry.documentPatterns.map(re), roles: entry.rolePatterns.map(re), settings: (entry.settingPatterns ?? []).map(re) };
    compiled.set(entry.id, c);
  }
  return c;
}

let anyPattern: ((text: string) => boolean) | null = null;
/** Any pattern of the table (role patterns of entries that also name a document only qualify a match, except a diploma's). */
const anyLegal = () =>
  (anyPattern ??= anyOf(
    LEGAL_REQUIREMENTS.flatMap((e) => (e.documentPatterns.length && !e.diplomaRequired ? e.documentPatterns : [...e.documentPatterns, ...e.rolePatterns])),
  ));
let statutoryDocument: ((text: string) => boolean) | null = null;

/**
 * The text names a document or check some law requires of a job (a VOG, a security screening, a
 * work permit, a background check): wherever it stands, a line that demands it is a requirement.
 */
export function namesStatutoryDocument(text: string): boolean {
  // (Not what the law asks of one role only: "de opleiding is verplicht" is no law elsewhere.)
  statutoryDocument ??= anyOf(LEGAL_REQUIREMENTS.filter((e) => e.statutory && !e.onlyForRoles).flatMap((e) => e.documentPatterns));
  // A unit is judged several times (alone, in its list, as a lead-in's item): ask once.
  let known = documentMemo.get(text);
  if (known === undefined) {
    if (documentMemo.size >= 512) documentMemo.clear();
    documentMemo.set(text, (known = statutoryDocument(text)));
  }
  return known;
}
const documentMemo = new Map<string, boolean>();

/**
 * Compile the table's patterns now (at Worker start), not in the first requests: the combined ones
 * and every entry's own, which the first requirements naming a document ran through (about 30 ms of
 * their CPU, #15). Each runs twice: V8 compiles a pattern to bytecode when it first runs and to
 * machine code when it runs again, and once more for two-byte text ("’", "“": 103 of the corpus's
 * 141 postings), where the two combined patterns, the first translation's costliest regexes
 * (25 and 21 ms to compile for one- and two-byte text in Node), compiled again in a request.
 */
export function warmLegal(): void {
  for (const text of ['', ' ', '’', '’ ']) {
    namesStatutoryDocument(text);
    anyLegal()(text);
    for (const entry of LEGAL_REQUIREMENTS) for (const re of Object.values(patterns(entry)).flat()) re.test(text);
  }
}

/**
 * One case-insensitive test for "does any of these patterns match": their top-level alternatives,
 * deduplicated, in two regexes, those starting at a word boundary behind one shared `\b`, and
 * alternatives starting with the same letter behind that letter. One plain union of the 140 patterns
 * was the engine's costliest regex; this takes about a sixth of its CPU.
 */
export function anyOf(patterns: string[]): (text: string) => boolean {
  const alternatives = [...new Set(patterns.flatMap(topLevelAlternatives))];
  const atWord = alternatives.filter((a) => a.startsWith('\\b')).map((a) => a.slice(2));
  const rest = alternatives.filter((a) => !a.startsWith('\\b'));
  const wordRe = new RegExp(`\\b(?:${byFirstLetter(atWord)})`, 'i');
  const restRe = new RegExp(byFirstLetter(rest), 'i');
  return (text) => (atWord.length > 0 && wordRe.test(text)) || (rest.length > 0 && restRe.test(text));
}

/** "abc|abd|x+" → "a(?:(?:bc)|(?:bd))|(?:x+)" (for case-insensitive use: letters are grouped lowercased). */
function byFirstLetter(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  const other: string[] = [];
  for (const a of alternatives) {
    // Only a plain letter or digit, not one a quantifier applies to ("a?b").
    if (/^[A-Za-z0-9](?![?*+{])/.test(a)) {
      const letter = a.charAt(0).toLowerCase();
      groups.set(letter, [...(groups.get(letter) ?? []), a.slice(1)]);
    } else other.push(a);
  }
  return [...[...groups].map(([letter, tails]) => `${letter}(?:${tails.map((t) => `(?:${t})`).join('|')})`), ...other.map((a) => `(?:${a})`)].join('|');
}

/** "a|b(c|d)" → ["a", "b(c|d)"]: splits at "|" outside groups, character classes and escapes. */
function topLevelAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0,
    inClass = false,
    start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  out.push(pattern.slice(start));
  return out;
}
/** Entries bound to a profession: the job must be that profession (#16: a VIG's "BIG" line is not "arts"). */
const PROFESSION_KINDS = new Set(['register_registration', 'specialist_register', 'protected_training_title', 'diploma_for_registration']);
/** Entries that say nothing about a job they do not fit: no basis is attached then (a BIG register of another profession, an age). */
const STRICT_KINDS = new Set([...PROFESSION_KINDS, 'minimum_age']);
/** A requirement about the credential itself, so a role it names is the diploma or title asked for. */
const CREDENTIAL = /diploma|opleiding|gediplomeerd|kwalificatie|afgerond|niveau|\b(?:mbo|hbo)\b|bevoegd|titel|certific|registratie|BIG/i;
/** Requirements under the Wet arbeid vreemdelingen: in another country they are that country's law. */
const RIGHT_TO_WORK = 'nl.arbeid.wav_tewerkstelling';

let cachedJob = '';
const jobRoles = new Map<string, { title: boolean; job: boolean }>();
let titleProfessions: Set<string> = new Set();
let place: Jurisdiction = 'unknown';

/** How a requirement fits the job: where the entry's role was found ('any': the entry is bound to no role). */
export type LegalFit = 'requirement' | 'title' | 'job' | 'any' | 'none';

export interface LegalMatch {
  entry: LegalRequirement;
  /** The law requires it for this job: keep it, never drop it. */
  statutory: boolean;
  fit: LegalFit;
  /** Another country's law: keep verbatim, mark "wettelijk, niet gecontroleerd" / "legal, not verified". */
  foreign: boolean;
  /** 'NL', another country's code, or 'unknown'. */
  jurisdiction: Jurisdiction;
  /** False when Vaardig has not checked the law (another country's). */
  verified: boolean;
  /** A diploma or programme the law ties to the job (the diploma behind a registration, a protected title, a qualification). */
  diplomaRequired: boolean;
}

const base = (e: LegalRequirement) => e.dependsOn ?? e.id;

function jobFacts(job: string) {
  if (job === cachedJob) return;
  cachedJob = job;
  jobRoles.clear();
  const title = job.split('\n', 1)[0] ?? '';
  titleProfessions = new Set(LEGAL_REQUIREMENTS.filter((e) => PROFESSION_KINDS.has(e.kind) && patterns(e).roles.some((re) => re.test(title))).map(base));
  place = jobJurisdiction(job);
}

function roleMatch(entry: LegalRequirement, title: string, job: string) {
  let m = jobRoles.get(entry.id);
  if (!m) {
    const { roles, settings } = patterns(entry);
    // A role the law names only in its setting: the driving school's "rijinstructeur" is no school's instructeur.
    const inSetting = settings.length === 0 || settings.some((re) => re.test(job));
    const inTitle = inSetting && roles.some((re) => re.test(title));
    m = { title: inTitle, job: inTitle || (inSetting && roles.some((re) => re.test(job))) };
    jobRoles.set(entry.id, m);
  }
  return m;
}

/**
 * Which legal entry a requirement refers to. `job` is the job's title (first line) followed by its
 * occupation labels and opening text: a generic document (a driving licence, a VOG) is statutory only
 * when the job is one the law names. A profession's register, title or diploma fits only that
 * profession: named in the requirement or the title, or in the opening text when the title names no
 * other profession. When several entries apply, the most specific wins: the requirement naming the
 * role itself, then the title, then the longest document match. Another country's citizenship,
 * clearance, right to work, background check or drug test is matched as `foreign` (unverified).
 * In a Belgian posting (`region` 'BE', or a job in Belgium) or one abroad no Dutch entry applies (#16):
 * what the Dutch table holds statutory is kept as that country's law Vaardig has not checked, the
 * rest is no match.
 * Long: the requirement, the job and the region checked against the table in one ordered pass, the
 * Belgian and foreign cases included.
 */
export function matchLegal(requirement: string, job: string, region: Region | null = null): LegalMatch | null {
  // One pass over every pattern first: most requirements name nothing the law regulates.
  // (Role patterns of entries that also name a document only qualify a match, so they are left out,
  // except where the role is the diploma asked for: "diploma Verzorgende IG".)
  if (!anyLegal()(requirement)) return null;
  jobFacts(job);
  const title = job.split('\n', 1)[0] ?? '';
  // The region decides between the two (a Dutch posting may name a Belgian city); another country the job names stays.
  let jurisdiction =
    region === 'BE' ? (namedJurisdiction(requirement) ?? 'BE') : region === 'abroad' ? abroadJurisdiction(requirement) : jurisdictionOf(requirement, job);
  if (region === 'NL' && jurisdiction === 'BE') jurisdiction = 'NL';
  let best: { match: LegalMatch; score: number } | null = null;
  // The laws of the entries that name the document but are about other jobs.
  const otherJobsLaws = new Set<string>();
  for (const entry of LEGAL_REQUIREMENTS) {
    const { documents, roles } = patterns(entry);
    const documentLength = Math.max(0, ...documents.map((re) => re.exec(requirement)?.[0].length ?? 0));
    const roleInRequirement = roles.some((re) => re.test(requirement));
    const namesCredential = roleInRequirement && (documents.length === 0 || (entry.diplomaRequired === true && CREDENTIAL.test(requirement)));
    if (documentLength === 0 && !namesCredential) continue;
    // A specialist's register is named by the profession itself: "Ben jij een enthousiaste
    // psychiater?" names the job; "Je bent BIG-geregistreerd als psychiater" asks the registration.
    if (entry.kind === 'specialist_register' && !CREDENTIAL.test(requirement)) continue;
    const isForeign = entry.jurisdiction === 'foreign';
    if (isForeign && jurisdiction === 'NL') continue;
    const { title: roleInTitle, job: roleInBody } = roleMatch(entry, title, job);
    // The title is the job: an opening text that names another profession does not make it this one.
    const otherProfessionInTitle = PROFESSION_KINDS.has(entry.kind) && !roleInTitle && [...titleProfessions].some((id) => id !== base(entry));
    const roleInJob = roleInTitle || (roleInBody && !otherProfessionInTitle);
    const fit: LegalFit = roles.length === 0 ? 'any' : roleInRequirement ? 'requirement' : roleInTitle ? 'title' : roleInJob ? 'job' : 'none';
    if (fit === 'none' && entry.onlyForRoles) continue;
    let score = 0;
    let statutory = false;
    if (documentLength > 0) {
      if (fit === 'none') otherJobsLaws.add(entry.law);
      statutory = entry.statutory && fit !== 'none';
      score = documentLength + (roleInRequirement ? 30 : 0) + (roleInTitle ? 20 : 0) + (roleInJob ? 5 : 0) + (statutory ? 50 : 0);
    } else if (roleInJob) {
      // Protected titles and role-bound certificates: the requirement names the role the job is.
      statutory = entry.statutory;
      score = 10 + (roleInTitle ? 20 : 0) + (statutory ? 50 : 0);
    } else continue;
    if (entry.id === RIGHT_TO_WORK && jurisdiction !== 'NL' && jurisdiction !== 'unknown') continue;
    if (!statutory && STRICT_KINDS.has(entry.kind)) continue;
    const match: LegalMatch = {
      entry,
      statutory,
      fit,
      foreign: isForeign,
      jurisdiction: isForeign ? jurisdiction : 'NL',
      verified: entry.verified !== false,
      diplomaRequired: entry.diplomaRequired === true,
    };
    // A Dutch demand whose law Vaardig has not checked (nationality, an integrity screening) yields
    // to any entry that cites its law: "… nationaliteit, in verband met het veiligheidsonderzoek A".
    const unchecked = !isForeign && entry.verified === false;
    if (
      !best ||
      (unchecked
        ? best.match.verified === false && !best.match.foreign && score > best.score
        : score > best.score || (best.match.verified === false && !best.match.foreign))
    )
      best = { match, score };
  }
  // A document several laws require, each of other jobs (a VOG: childcare, care, schools …), is
  // none of them here: no law is shown beside it ("De wet hierover: Wet kinderopvang" for a driving examiner).
  if (best?.match.fit === 'none' && otherJobsLaws.size > 1) best = null;
  const rightToWorkAbroad =
    !best && jurisdiction !== 'NL' && jurisdiction !== 'unknown' && patterns(entryById(RIGHT_TO_WORK)).documents.some((re) => re.test(requirement));
  if (rightToWorkAbroad) return foreignMatch(entryById('foreign.right_to_work'), jurisdiction);
  if (best?.match.entry.id === RIGHT_TO_WORK && jurisdiction === 'unknown' && place !== 'NL' && !isDutch(requirement))
    return foreignMatch(entryById('foreign.right_to_work'), jurisdiction);
  if (best?.match.foreign) return foreignMatch(best.match.entry, jurisdiction);
  // No Dutch entry applies in Belgium or abroad: what the Dutch table holds statutory stays as that country's law, unverified.
  if (best && (jurisdiction === 'BE' || region === 'abroad')) return best.match.statutory ? otherCountryMatch(best.match, jurisdiction) : null;
  return best?.match ?? null;
}

/** A posting abroad: the other country the requirement or the job names, else an unknown one; never the Netherlands. */
function abroadJurisdiction(requirement: string): Jurisdiction {
  const named = namedJurisdiction(requirement);
  if (named && named !== 'NL') return named;
  return place !== 'NL' && place !== 'BE' ? place : 'unknown';
}

/** A Dutch statutory entry in a Belgian posting or one abroad: kept as that country's law, not verified, with nothing Dutch cited. */
function otherCountryMatch(match: LegalMatch, country: Jurisdiction): LegalMatch {
  const { entry } = match;
  const key = `${country}|${entry.id}`;
  let specific = foreignEntries.get(key);
  if (!specific) {
    const name = country === 'unknown' ? 'het land van de vacature' : (COUNTRY_NL[country] ?? country);
    const law = country === 'BE' ? 'het Belgische recht' : `het recht van ${name}`;
    specific = {
      ...entry,
      id: `${country === 'unknown' ? 'abroad' : country.toLowerCase()}.${entry.id.replace(/^nl\./, '')}`,
      jurisdiction: country,
      verified: false,
      law: `Recht van ${name} (niet gecontroleerd)`,
      article: '',
      bwbr: null,
      url: null,
      citation: `recht van ${name}; niet gecontroleerd door Vaardig`,
      dependsOn: undefined,
      obtainable: {
        ...entry.obtainable,
        code: 'unverified',
        detail: entry.obtainable.afterHiring
          ? `In Nederland kan dit na de start worden gehaald; of ${law} hetzelfde eist, is niet gecontroleerd.`
          : `In Nederland is dit nodig vóór de start; of ${law} hetzelfde eist, is niet gecontroleerd.`,
      },
    };
    foreignEntries.set(key, specific);
  }
  return { ...match, entry: specific, foreign: true, jurisdiction: country, verified: false };
}

function entryById(id: string): LegalRequirement {
  const entry = LEGAL_REQUIREMENTS.find((e) => e.id === id);
  if (!entry) throw new Error(`legal table has no ${id}`);
  return entry;
}

const foreignEntries = new Map<string, LegalRequirement>();
/** Another country's law, with the country read from the posting in the entry (its id stays the table's). */
function foreignMatch(entry: LegalRequirement, jurisdiction: Jurisdiction): LegalMatch {
  const key = `${entry.id}|${jurisdiction}`;
  let specific = foreignEntries.get(key);
  if (!specific) {
    const country = jurisdiction === 'unknown' ? null : jurisdiction;
    specific = {
      ...entry,
      jurisdiction,
      law: country ? `Recht van ${COUNTRY_NL[country] ?? country} (niet gecontroleerd)` : entry.law,
      citation: country ? `recht van ${COUNTRY_NL[country] ?? country}; niet gecontroleerd door Vaardig` : entry.citation,
    };
    foreignEntries.set(key, specific);
  }
  return { entry: specific, statutory: true, fit: 'any', foreign: true, jurisdiction, verified: false, diplomaRequired: false };
}

const COUNTRY_NL: Record<string, string> = {
  US: 'de Verenigde Staten',
  GB: 'het Verenigd Koninkrijk',
  CA: 'Canada',
  AU: 'Australië',
  IE: 'Ierland',
  BE: 'België',
  DE: 'Duitsland',
};
const COUNTRY_EN: Record<string, string> = {
  US: 'the United States',
  GB: 'the United Kingdom',
  CA: 'Canada',
  AU: 'Australia',
  IE: 'Ireland',
  BE: 'Belgium',
  DE: 'Germany',
};

/**
 * What the engine shows beside a requirement the table knows: "wettelijk vereist", for another
 * country's law "wettelijk, niet gecontroleerd", and for what no law asks of the candidate here (VCA,
 * a licence for a job without driving, a certificate the law asks the employer to teach) just that.
 */
export function legalLabel(entry: LegalRequirement, language: 'nl' | 'en', required = true): string {
  if (!required) return language === 'nl' ? 'geen wettelijke eis voor de kandidaat' : 'not required of the candidate by law';
  if (entry.verified === false) return language === 'nl' ? 'wettelijk, niet gecontroleerd' : 'legal, not verified';
  return language === 'nl' ? 'wettelijk vereist' : 'required by law';
}

/**
 * The basis shown beside a kept requirement (LegalBasis in shared/translation.ts), plus optional facts the
 * schema may take later: the diploma flag, the profession, the jurisdiction and whether it was verified.
 */
export function legalBasis(entry: LegalRequirement, language: 'nl' | 'en', required = true): LegalBasis & LegalBasisFacts {
  const country = entry.jurisdiction && entry.jurisdiction !== 'foreign' && entry.jurisdiction !== 'unknown' ? entry.jurisdiction : null;
  return {
    id: entry.id,
    name: entry.name[language],
    citation:
      language === 'en' && entry.verified === false
        ? country
          ? `law of ${COUNTRY_EN[country] ?? country}; not verified by Vaardig`
          : "another country's law; not verified by Vaardig"
        : entry.citation,
    law: entry.law,
    article: entry.article,
    bwbr: entry.bwbr,
    url: entry.url,
    obtainableAfterHiring: entry.obtainable.afterHiring,
    obtainableDetail: entry.obtainable.detail,
    obtainableCode: entry.obtainable.code,
    diplomaRequired: entry.diplomaRequired === true,
    profession: entry.profession?.[language] ?? null,
    dependsOn: entry.dependsOn ?? null,
    jurisdiction: entry.jurisdiction === 'foreign' ? 'unknown' : (entry.jurisdiction ?? 'NL'),
    verified: entry.verified !== false,
    label: legalLabel(entry, language, required),
    ...(entry.minimumYears ? { minimumYears: entry.minimumYears } : {}),
  };
}

/** Optional fields beside LegalBasis (#16); the schema strips them until it declares them. */
export interface LegalBasisFacts {
  diplomaRequired: boolean;
  profession: string | null;
  dependsOn: string | null;
  jurisdiction: string;
  verified: boolean;
  label: string;
}

/**
 * What the law asks of everyone in the job the posting is for, whether or not the posting says it
 * (EXEMPLARS principle 4: "complete any chain the posting leaves half-done"; additions come only from
 * this table). `job`: the title's line followed by the job's context, as `matchLegal` takes it.
 */
export function requiredOfEveryone(job: string): LegalRequirement[] {
  jobFacts(job);
  const title = job.split('\n', 1)[0] ?? '';
  return LEGAL_REQUIREMENTS.filter((e) => e.addWhenMissing && e.statutory && e.jurisdiction !== 'foreign' && roleMatch(e, title, job).job);
}

/**
 * The qualification the law ties to the job named in the title, when there is one (a diploma-bound
 * profession: BIG art. 3, the Wet kinderopvang, the Wpbr, teaching): in such a job a generic
 * "relevante opleiding" or "mbo niveau 3" is that qualification, not a diploma to translate away.
 */
export function statutoryQualification(title: string): LegalRequirement | null {
  const fits = LEGAL_REQUIREMENTS.filter(
    (e) => e.diplomaRequired === true && e.statutory && e.jurisdiction !== 'foreign' && patterns(e).roles.some((re) => re.test(title)),
  );
  return fits.length === 1 ? fits[0]! : null;
}
