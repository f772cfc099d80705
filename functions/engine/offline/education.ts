/**
 * A diploma as the skills it stands for. Long: a diploma's programme, level and field, the
 * occupations they point to and the ranking of their skills (translateDiploma), with the word
 * lists they need.
 */
import type { Language } from '../../../shared/locale';
import type { Requirement } from '../../../shared/translation';
import type { Taxonomy } from '../../taxonomy';
import type { ProgrammeRef } from '../../taxonomy/taxonomy';
import { EQF_DESCRIPTORS, LEVEL_PHRASES, levelById, type EducationLevel } from '../../taxonomy/crosswalk';
import { normalize, stem, STOPWORDS, tokens } from '../../taxonomy/normalize';
import { t } from './i18n';
import { ngramHits } from './ngrams';
import { groundSkills } from './skills';
import { occupationsByName } from './occupation';

export interface DiplomaSkill {
  skill: number;
  mustHave: boolean;
  reason: string;
  occupation: number;
}
export interface DiplomaTranslation {
  level: EducationLevel | null;
  programme: { name: string; code: string; level: string } | null;
  occupations: number[];
  skills: DiplomaSkill[];
  rule: string;
}

const MAX_SKILLS = 8;
const DAY_ONE = 3;
const GENERIC = new Set([
  ...STOPWORDS,
  'afgeronde',
  'opleiding',
  'diploma',
  'bachelor',
  'master',
  'hbo',
  'wo',
  'mbo',
  'niveau',
  'werk',
  'denkniveau',
  'degree',
  'minimaal',
  'minimum',
  'required',
  'vereist',
  'je',
  'hebt',
  'bent',
  'beschikt',
  'over',
  'bij',
  'voorkeur',
  'preferably',
  'equivalent',
  'gelijkwaardig',
  'ervaring',
  'experience',
  'door',
  'bezit',
  'het',
  'technical',
  'technisch',
  'technische',
  'quantitative',
  'studie',
  'study',
  'bsc',
  'msc',
  'ba',
  'bs',
  'ms',
  'phd',
  'similar',
  'vergelijkbare',
  'andere',
  'other',
  'closely',
  'a',
  'field',
  'discipline',
  'opleidingsniveau',
  'heeft',
]);

export function detectLevel(text: string): EducationLevel | null {
  const hit = LEVEL_PHRASES.find((p) => p.pattern.test(text));
  return hit ? (levelById(hit.level) ?? null) : null;
}

// Each diploma requirement is looked up twice per posting (for the occupation, then for its skills).
const programmeMemo = new WeakMap<Taxonomy, Map<string, ProgrammeRef | null>>();

/** A named MBO qualification (by name or crebo) or higher-education programme in the text. Shared between calls: read it, don't change it. */
export function findProgramme(text: string, taxonomy: Taxonomy): ProgrammeRef | null {
  let memo = programmeMemo.get(taxonomy);
  if (!memo) programmeMemo.set(taxonomy, (memo = new Map()));
  let found = memo.get(text);
  if (found === undefined) {
    found = searchProgramme(text, taxonomy);
    if (memo.size >= 64) memo.clear();
    memo.set(text, found);
  }
  return found;
}

function searchProgramme(text: string, taxonomy: Taxonomy): ProgrammeRef | null {
  const crebo = /\bcrebo[- ]?(?:nr\.?|nummer)?\s*:?\s*(\d{5})\b/i.exec(text);
  // The register the text names ("MBO Bouwkunde, niveau 2, Timmerman" is an MBO qualification, not the
  // HBO programme Bouwkunde): a programme of that register first, by name and then in the text's order.
  const register = /\bmbo\b|\bniveau\s*[1-4]\b/i.test(text) ? 'MBO' : /\b(?:hbo|wo|bachelor|master|associate degree)\b/i.test(text) ? 'HO' : null;
  const ofRegister = (p: ProgrammeRef) => !register || (register === 'MBO') === p.level.startsWith('MBO');
  const lookup = (key: string) => {
    if (key.length < 5 || GENERIC.has(key)) return undefined;
    const hits = taxonomy.programmesByKey(key);
    return hits.find((p) => p.occupations.length && ofRegister(p)) ?? hits.find(ofRegister) ?? hits.find((p) => p.occupations.length) ?? hits[0];
  };
  const found = ngramHits(
    tokens(text),
    5,
    lookup,
    (w) => taxonomy.startsProgrammeName(w),
    (words) => taxonomy.programmeNameGoesOn(words),
  );
  const first = found.find((h) => ofRegister(h.hit)) ?? found[0];
  if (first) return { ...first.hit, occupations: programmeOccupations(first.hit, taxonomy) };
  if (crebo) {
    for (let id = 0; ; id++) {
      const p = taxonomy.programme(id);
      if (!p.name) break;
      if (p.code === crebo[1]) return { ...p, occupations: programmeOccupations(p, taxonomy) };
    }
  }
  return null;
}

/**
 * The occupations a programme's name is a label of ("Logistiek medewerker" → logistiek medewerker):
 * sure, unlike the ones matched at data time by label overlap ("Vormgeving" → ceramic painter).
 */
export function namedOccupations(p: ProgrammeRef, taxonomy: Taxonomy): number[] {
  return occupationsByName(p.name, taxonomy);
}

function programmeOccupations(p: ProgrammeRef, taxonomy: Taxonomy): number[] {
  return [...new Set([...namedOccupations(p, taxonomy), ...p.occupations])];
}

/** Where the engine found an occupation, or `chosen` when the user chose it (#15). */
export type OccupationFoundIn = 'title' | 'programme' | 'text' | 'chosen';

/**
 * An alternative to the diploma that asks only the will to learn the trade ("MBO Timmeren of je hebt
 * relevante werkervaring en staat open om het vak te leren"): it stands in for the diploma, in its
 * words, and none of the trade's skills is needed from day one; that would ask more than the posting did.
 */
export const LEARNS_INSTEAD = /\s(?:of|or)\s+([^.;]*\b(?:open (?:om|voor)|bereid|willing|eager)\b[^.;]*\b(?:te leren|to learn)\b[^.;]*)/i;

/**
 * Translate a diploma or education-level requirement into the skills it stands for: a named
 * programme → its occupations; otherwise (or as well) the vacancy's own occupation → essential skills,
 * ranked by the field the posting names and by what the posting itself mentions.
 * Long: programme, level, field, occupations and the ranking of their skills are one chain over
 * the same words; its steps are commented in order.
 */
export function translateDiploma(
  requirement: Requirement,
  occupations: number[],
  postingText: string,
  taxonomy: Taxonomy,
  language: Language,
  /** Where each of the vacancy's occupations was found. */
  foundIn: ReadonlyMap<number, OccupationFoundIn> = new Map(),
  /** The posting's own task lines: the best description, in its language, of what the diploma stood for. */
  tasks = '',
  /**
   * The occupations the engine is sure of (claimed, chosen, or named by a programme). Of any other
   * candidate only the skills the posting itself names count: a guess ("missionaris" for an
   * examiner) must not put its own essentials ("Bible texts") in the vacancy (#15).
   */
  sureOf: (occupation: number) => boolean = () => true,
): DiplomaTranslation {
  const level = detectLevel(requirement.text);
  const programme = findProgramme(requirement.text, taxonomy);
  // occupations holds only the vacancy's sure occupations (title or programme). Without one, a named
  // programme's occupations say what the diploma stands for; a guess from the text alone grounds
  // nothing and the level's transversal skills stand in.
  const programmeJobs = programme?.occupations.slice(0, 2) ?? [];
  // The vacancy's own sure occupation says best what the diploma stands for in this job; a named
  // programme's occupations (linked at data time, often a level above: "Bouwkunde" → civil engineer)
  // only when the vacancy has none.
  const chosen = occupations.length ? occupations.slice(0, 2) : programmeJobs;
  const rule = programme
    ? 'education.programme→occupation→essential-skills'
    : level
      ? 'education.level→vacancy-occupation→essential-skills'
      : 'education.field→vacancy-occupation→essential-skills';
  // The field is what the diploma names: the programme's name when one was found, else the
  // requirement's longer words ("open" in "staat open om te leren" is no field).
  const field = new Set(
    tokens(programme?.name ?? requirement.text)
      .filter((w) => w.length > 4 && !GENERIC.has(w) && !STOPWORDS.has(w))
      .map(stem),
  );
  const posting = postingWords(postingText);

  const scored: Array<{ skill: number; occupation: number; inField: boolean; inPosting: boolean; score: number; task?: boolean }> = [];
  const seen = new Set<number>();
  // The skills the posting's tasks name come first: the job itself says what the diploma stood for.
  for (const skill of tasks ? groundSkills(tasks, taxonomy, MAX_SKILLS, 'tasks') : []) {
    seen.add(skill);
    scored.push({ skill, occupation: chosen[0] ?? -1, inField: false, inPosting: true, score: 10, task: true });
  }
  chosen.forEach((occupation, rank) => {
    for (const skill of taxonomy.essentialSkills(occupation)) {
      if (seen.has(skill)) continue;
      seen.add(skill);
      const ref = taxonomy.skill(skill);
      const words = taxonomy.skillWords(skill, (labels) =>
        tokens(labels)
          .filter((w) => w.length > 3 && !STOPWORDS.has(w))
          .map(stem),
      );
      const inField = words.some((w) => field.has(w));
      const hits = words.filter((w) => posting.has(w)).length;
      // Two of its three words, every word of a shorter label: "technische tekeningen" is not asked
      // by a software posting that says "technisch" once (reading of untuned output).
      const size = new Set(words).size;
      const inPosting = size > 0 && hits >= Math.ceil((size * 2) / 3);
      // Of a guess, only a skill every word of which the posting uses ("technical drawing software" is
      // not in a posting that says "software" and "technisch").
      if (!sureOf(occupation) && hits < size) continue;
      // What the occupation's own kind of job needs ranks before what ESCO lists beside it:
      // "computerprogrammering" for a software developer before "technische tekeningen".
      const core = GROUP_WEIGHT * groupShare(taxonomy, occupation, skill);
      const score = (inField ? 4 : 0) + (inPosting ? 3 : 0) + hits * 0.2 + (ref.knowledge ? 0.5 : 0) - rank * 1.5 + (ref.reuse <= 1 ? 0.3 : 0) + core;
      scored.push({ skill, occupation, inField, inPosting, score });
    }
  });
  scored.sort((a, b) => b.score - a.score || a.skill - b.skill);
  const picked = scored.slice(0, MAX_SKILLS);
  const occupationLabel = (id: number) => (language === 'nl' ? taxonomy.occupation(id).nl : taxonomy.occupation(id).en);
  const eqf = level ? EQF_DESCRIPTORS[level.eqf] : undefined;
  // The occupation's core stands in for the diploma only when the posting names none of its skills.
  const named = picked.some((s) => s.inPosting);
  const skills = picked.map((s, i) => {
    const mustHave = s.inPosting || (!named && i < DAY_ONE && !LEARNS_INSTEAD.test(requirement.text));
    const occ = s.occupation >= 0 ? occupationLabel(s.occupation) : '';
    const reason = s.task
      ? t(
          language,
          'De vacature noemt dit bij de taken: dit is wat het diploma hier betekent.',
          'The posting names this among its tasks: this is what the diploma means here.',
        )
      : mustHave
        ? s.inPosting
          ? t(
              language,
              `De vacature vraagt dit zelf; essentiële vaardigheid voor ${occ} (ESCO).`,
              `The posting itself asks for this; an essential skill of ${occ} (ESCO).`,
            )
          : t(
              language,
              `Kern van het beroep ${occ} (ESCO, essentieel)${s.inField ? ' en van het gevraagde vakgebied' : ''}: nodig vanaf dag één.`,
              `Core of the occupation ${occ} (ESCO, essential)${s.inField ? ' and of the field the posting names' : ''}: needed from day one.`,
            )
        : t(
            language,
            `Essentiële vaardigheid voor ${occ} (ESCO) die de vacature niet apart vraagt: te leren op de werkvloer${eqf ? ` (niveau: ${eqf.nl})` : ''}.`,
            `An essential skill of ${occ} (ESCO) the posting does not ask for separately: can be learned on the job${eqf ? ` (level: ${eqf.en.split(';')[0]})` : ''}.`,
          );
    return { skill: s.skill, mustHave, reason: s.task ? reason : `${reason} ${source(s.occupation)}`, occupation: s.occupation };
  });
  function source(occupation: number): string {
    if (programme && programmeJobs.includes(occupation)) {
      return t(
        language,
        `(Beroep via de genoemde opleiding ${programme.name}${programme.code ? `, ${programme.code}` : ''}.)`,
        `(Occupation via the named programme ${programme.name}${programme.code ? `, ${programme.code}` : ''}.)`,
      );
    }
    switch (foundIn.get(occupation)) {
      case 'chosen':
        return t(language, '(Beroep zelf gekozen.)', '(Occupation you chose.)');
      case 'title':
        return t(language, '(Beroep herkend uit de functietitel.)', '(Occupation recognised from the job title.)');
      case 'programme':
        return t(language, '(Beroep via de opleiding die de vacature noemt.)', '(Occupation via the programme the posting names.)');
      default:
        return t(language, '(Beroep herkend uit de tekst van de vacature.)', "(Occupation recognised from the posting's text.)");
    }
  }
  // No occupation and no task to ground it in: no skills. None is better than a wrong one; the
  // diploma then stays in the posting's words.
  return {
    level,
    programme: programme ? { name: programme.name, code: programme.code, level: programme.level } : null,
    occupations: chosen,
    skills,
    rule: scored.some((s) => s.task) ? `${rule}+tasks` : rule,
  };
}

// A posting with several diploma requirements asks for its words once per requirement: keep the last.
let lastPosting: { text: string; words: ReadonlySet<string> } | null = null;

/** The posting's longer words, stemmed (its last posting remembered): what a label is checked against. */
export function postingWords(text: string): ReadonlySet<string> {
  if (lastPosting?.text !== text) {
    // One pass, without the filtered and stemmed copies of every word of the posting.
    const words = new Set<string>();
    for (const w of tokens(text)) if (w.length > 3 && !STOPWORDS.has(w)) words.add(stem(w));
    lastPosting = { text, words };
  }
  return lastPosting.words;
}

/** A label's longer words, stemmed as postingWords stems them. */
export const contentWords = (text: string) =>
  tokens(text)
    .filter((w) => w.length > 3 && !STOPWORDS.has(w))
    .map(stem);

export function fieldWords(text: string): string[] {
  return normalize(text)
    .split(' ')
    .filter((w) => w.length > 3 && !GENERIC.has(w));
}

const GROUP_WEIGHT = 3;
const groupShares = new WeakMap<Taxonomy, { byIsco: Map<string, number[]>; shares: Map<number, Map<number, number>> }>();

/**
 * The share of the occupation's ISCO unit group (its own kind of job: "2512 software developers")
 * whose occupations hold the skill essential. Worked out once per occupation.
 */
function groupShare(taxonomy: Taxonomy, occupation: number, skill: number): number {
  let memo = groupShares.get(taxonomy);
  if (!memo) {
    const byIsco = new Map<string, number[]>();
    for (let id = 0; id < taxonomy.occupationCount; id++) {
      const code = taxonomy.isco(id);
      if (code) (byIsco.get(code) ?? byIsco.set(code, []).get(code)!).push(id);
    }
    groupShares.set(taxonomy, (memo = { byIsco, shares: new Map() }));
  }
  let shares = memo.shares.get(occupation);
  if (!shares) {
    shares = new Map();
    const code = taxonomy.isco(occupation);
    const group = (code && memo.byIsco.get(code)) || [occupation];
    for (const other of group) for (const s of taxonomy.essentialSkills(other)) shares.set(s, (shares.get(s) ?? 0) + 1 / group.length);
    memo.shares.set(occupation, shares);
  }
  return shares.get(skill) ?? 0;
}
