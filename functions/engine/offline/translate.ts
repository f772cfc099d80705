/**
 * The offline engine: rules + the ESCO taxonomy, no network. Pure TypeScript so the same code runs
 * in workerd (the Worker) and in Node (the CLI, evals and benchmarks).
 *
 * translateOffline reads the posting, lets the rules in `rules/` decide each requirement (one file
 * per rule, each returning its changes), and writes the rewrite. Long: it still assembles the
 * occupation, the task abilities and the translation in one function.
 */
import { detectLanguage } from '../../../shared/language';
import type { Language, Region } from '../../../shared/locale';
import type { Requirement, Translation, Warning } from '../../../shared/translation';
import type { Vacancy } from '../../../shared/vacancy';
import { ESCO_ATTRIBUTION } from '../../../shared/esco';
import { matchLegal, statutoryQualification, type LegalMatch } from '../../legal';
import type { Taxonomy } from '../../taxonomy';
import { findProgramme, namedOccupations, type OccupationFoundIn } from './education';
import { extractRequirements } from './extract';
import { t } from './i18n';
import { jobPostingJsonLd } from './json-ld';
import { claimOccupation, CONFIDENT_SCORE, detectOccupations } from './occupation';
import { aboutThePerson, QUALITY_NOUN } from './person-profile';
import { readingLevel } from './reading-level';
import { assumedRegion, regionWarning } from './region';
import { rewrite } from './rewrite';
import { units, type Line } from './segment';
import { applyRules } from './rules';
import { NOT_ASKED } from './rules/types';
import { taskAbility } from './task-abilities';
import { wordingWarnings } from './warnings';

const STUDENT = /\b(?:stage|stagiair\w*|afstudeer\w*|student\w*|intern|internship|werkstudent|trainee)\b/iu;
// A requirement that asks for an education names it: "VMBO" alone is where a teacher teaches.
const EDUCATION_WORD = /\b(?:diploma\w*|opleiding\w*|afgerond\w*|niveau|bevoegdheid|kwalificatie\w*|mbo|hbo|wo|bachelor\w*|master\w*|degree|qualification)\b/iu;

/** A change's reason as a proposal: "Diploma-eis vervangen door …" → "Voorstel: vervang de diploma-eis door …". */
export function proposed(reason: string): string {
  return reason
    .replace(/^Diploma-eis vervangen door /u, 'Voorstel: vervang de diploma-eis door ')
    .replace(/^Diploma requirement replaced by /u, 'Proposal: replace the diploma requirement with ')
    .replace(/^("[^"]+") vervangen door /u, 'Voorstel: vervang $1 door ')
    .replace(/^("[^"]+") replaced by /u, 'Proposal: replace $1 with ');
}

/** An occupation URI the taxonomy does not have: the caller answers it as the user's mistake (#15). */
export class UnknownOccupation extends Error {
  constructor(readonly uri: string) {
    super(
      `"${uri}" is not an ESCO occupation Vaardig knows. Choose one from the search (GET /v1/occupations?q=…), or leave "occupation" out to let Vaardig recognise it.`,
    );
  }
}

/**
 * `region` overrides the region read from the posting (#16); `occupation`, an ESCO occupation URI
 * the user chose, overrides the recognised one and is claimed with certainty 1 (#15).
 */
export function translateOffline(
  vacancy: Vacancy,
  taxonomy: Taxonomy,
  options: { region?: Region | null; occupation?: string | null; uiLanguage?: Language | null } = {},
): Translation {
  const chosenId = options.occupation ? taxonomy.occupationIdByUri(options.occupation) : null;
  if (options.occupation && chosenId === null) throw new UnknownOccupation(options.occupation);
  const text = vacancy.text;
  const language: Language = vacancy.language ?? detectLanguage(text) ?? 'nl';
  // What Vaardig explains (reasons, warnings) is in the interface's language; what it writes in the
  // vacancy is in the posting's (#17).
  const ui: Language = options.uiLanguage ?? language;
  const { units: parts, lines } = units(text);
  const extracted = extractRequirements(parts, vacancy.title);
  const sectionOf = (r: Requirement) => (r.span ? lines.find((l) => r.span!.start >= l.start && r.span!.start < l.end)?.section : undefined);
  const region = assumedRegion(vacancy, language, options.region);
  const given: Warning[] = wordingWarnings(text, vacancy.title, ui, region);
  const regionNote = regionWarning(region, ui);
  if (regionNote) given.push(regionNote);
  // A page with more than one vacancy: only the one the title names is rewritten (its part starts at
  // the line that repeats the title after another vacancy's requirements); the rest stays as it is.
  const scope = ownVacancyStart(lines, vacancy.title);
  if (scope > 0)
    given.push({
      code: 'several-vacancies',
      span: null,
      message: t(
        ui,
        `Deze pagina bevat meer dan één vacature. Vaardig herschrijft alleen ‘${vacancy.title}’; de andere vacature blijft zoals ze was.`,
        `This page holds more than one vacancy. Vaardig rewrites only ‘${vacancy.title}’; the other one stays as it was.`,
      ),
    });

  // Occupation from the title first, then the programmes the diploma requirements name, then the text.
  const programmeOccupations = extracted
    .filter((r) => r.kind === 'diploma' || r.kind === 'education_level')
    .map((r) => {
      const p = findProgramme(r.text, taxonomy);
      return p ? namedOccupations(p, taxonomy) : [];
    })
    .filter((ids) => ids.length);
  const candidates = detectOccupations(vacancy.title, text, taxonomy, programmeOccupations);
  // Only a sure occupation may say what a diploma stands for: a weak guess from the text would
  // translate "mbo 3 logistiek" into beverage filtering.
  const foundIn = new Map<number, OccupationFoundIn>(candidates.map((c) => [c.id, c.source] as const));
  // Claimed only when certain enough (#15); the top three are offered either way. The user's
  // choice is claimed as it is, and alone says what a diploma stands for.
  const claimed = claimOccupation(candidates, taxonomy, language);
  const { occupationCandidates } = claimed;
  let occupation = claimed.occupation;
  if (chosenId !== null) {
    const o = taxonomy.occupation(chosenId);
    occupation = { uri: o.uri, label: language === 'nl' ? o.nl : o.en, score: 1, chosen: true };
    foundIn.set(chosenId, 'chosen');
  }
  const sure =
    chosenId !== null
      ? [chosenId]
      : occupation
        ? [candidates[0]!.id]
        : candidates.filter((c) => c.source !== 'text' || c.score >= CONFIDENT_SCORE).map((c) => c.id);
  // Sure: the user's choice, the claimed occupation, or one a named programme is a label of.
  const sureOf = (id: number) => chosenId !== null || (occupation !== null && id === candidates[0]?.id) || foundIn.get(id) === 'programme';
  const contextIds = chosenId !== null ? [chosenId] : candidates.slice(0, 2).map((c) => c.id);
  const jobContext = [vacancy.title ?? '', text.slice(0, 400), ...contextIds.flatMap((id) => [taxonomy.occupation(id).nl, taxonomy.occupation(id).en])].join(
    ' \n ',
  );

  // In a job the law ties to a qualification (nurse, childcare worker, security guard, teacher) a
  // generic "relevante opleiding" or "mbo niveau 3" is that qualification: kept, never translated away.
  const qualification = region === 'BE' ? null : statutoryQualification(vacancy.title ?? '');
  const qualificationOf = (r: Requirement): LegalMatch | null =>
    qualification && r.mandatory && (r.kind === 'diploma' || r.kind === 'education_level') && EDUCATION_WORD.test(r.text)
      ? { entry: qualification, statutory: true, fit: 'title', foreign: false, jurisdiction: 'NL', verified: true, diplomaRequired: true }
      : null;
  const tasks = lines
    .filter((l) => l.section === 'tasks' && !l.heading)
    .map((l) => l.text)
    .join('\n');
  const legalOf = new Map<string, LegalMatch | null>();
  const applied = applyRules(
    extracted,
    {
      taxonomy,
      language,
      ui,
      region,
      text,
      tasks,
      sure,
      sureOf,
      foundIn,
      sectionOf,
      legal: (r) => {
        if (!legalOf.has(r.id)) legalOf.set(r.id, matchLegal(r.text, jobContext, region) ?? qualificationOf(r));
        return legalOf.get(r.id)!;
      },
    },
    given,
  );
  const { requirements, changes, skills, warnings, rephrased, denied, levels } = applied;

  for (const w of warnings) changes.push({ requirementId: null, action: 'warn', rule: `warning.${w.code}`, concept: null, span: w.span, reason: w.message });

  // The person profile is built from what is asked of the person: not from the lines of the tasks,
  // the offer, the company or the contact section ("Een gedreven team", "iPad van de zaak").
  // Under the posting's own requirements heading a quality is the candidate's even when it is a noun
  // phrase ("Het vermogen om aan te sluiten bij de belevingswereld van peuters").
  const profiled = requirements.filter(
    (r) =>
      r.kind === 'trait' &&
      r.mandatory &&
      !NOT_ASKED.has(sectionOf(r) ?? 'intro') &&
      (aboutThePerson(r.text) || (sectionOf(r) === 'requirements' && QUALITY_NOUN.test(r.text))),
  );
  // "Experience counts instead" never for internships that ask for students; the rewrite says it
  // only where every demanded diploma left the text.
  const orEquivalent = !STUDENT.test([vacancy.title ?? '', ...requirements.map((r) => r.text)].join(' '));
  const knowledge = new Set(
    skills.flatMap((s) => {
      const id = s.uri ? taxonomy.skillIdByUri(s.uri) : null;
      return id !== null && taxonomy.skill(id).knowledge ? [s.uri!] : [];
    }),
  );
  // The posting's own task section says, in its words, what the diploma stood for.
  const tasksHeading = lines.find((l) => l.heading && l.section === 'tasks' && l.start >= scope)?.text.replace(/^[#*\s]+|[*:\s]+$/g, '') ?? null;
  // Each task sentence: a task paragraph ("Registreren van afkeuren. Uitvoeren van inspecties.") lists several.
  const abilitiesOf = (taskLines: typeof lines) =>
    taskLines
      .flatMap((l) =>
        l.text
          .replace(/^[^:]{0,40}:\s+(?:[-–•·▪]\s+)?(?=\p{Lu})/u, '')
          .split(/(?<=[.;:!?])\s+(?:[-–•·▪]\s+)?(?=\p{Lu})|\s+[-–•·▪]\s+(?=\p{Lu})|(?<=\p{Ll}[)]?)\s+(?=\p{Lu}\p{Ll}+en\s+(?:van|en|de|het)\s)/u),
      )
      .filter((sentence) => !/:$/u.test(sentence))
      .map((sentence) => taskAbility(sentence, language, taxonomy))
      .filter((a): a is string => a !== null);
  let taskAbilities = abilitiesOf(lines.filter((l) => l.section === 'tasks' && !l.heading && l.start >= scope));
  // A posting whose task list stands under a heading Vaardig does not know ("In jouw eerste maand:")
  // still says what the work is: the list items before the requirements that name an action ESCO
  // knows, when at least two do.
  if (!lines.some((l) => l.section === 'tasks' && l.start >= scope)) {
    const firstAsked = lines.findIndex(
      (l) =>
        l.start >= scope &&
        (l.section === 'requirements' ||
          l.section === 'preferred' ||
          requirements.some(
            (r) => r.span && r.span.start >= l.start && r.span.start < l.end && l.bullet && (r.kind === 'diploma' || r.kind === 'education_level'),
          )),
    );
    const listed = abilitiesOf(
      lines.slice(0, Math.max(0, firstAsked)).filter((l) => l.bullet && !l.heading && l.start >= scope && (l.section === 'intro' || l.section === 'other')),
    );
    if (listed.length >= 2) taskAbilities = listed;
  }
  const body = rewrite({
    text,
    lines,
    language,
    requirements,
    rephrased,
    skills,
    profiled: new Set(profiled.map((r) => r.id)),
    orEquivalent,
    knowledge,
    denied,
    tasksHeading,
    taskAbilities,
    region,
    scope,
  });
  // A change the text could not carry (its sentence asks more, or nothing can stand in its place
  // in the posting's language) stays a suggestion on its card, and says so.
  const carried = new Set(body.blocks.filter((b) => b.kind !== 'kept').flatMap((b) => b.requirementIds));
  for (const c of changes) {
    if (!c.requirementId || carried.has(c.requirementId) || !['translate', 'rephrase', 'move-to-profile'].includes(c.action)) continue;
    // What the text did not take is a proposal: its reason must not say it was replaced.
    c.reason = proposed(c.reason);
    c.reason += t(
      ui,
      ' In de tekst blijft de zin staan zoals hij was; neem het voorstel over als het past.',
      ' The sentence stays in the text as it was; take the proposal over where it fits.',
    );
  }
  const level = readingLevel(body.markdown, language);
  if (language === 'nl' && level.band !== 'B1') {
    warnings.push({
      code: 'reading-level',
      span: null,
      message: t(
        ui,
        `De herschreven tekst leest op niveau ${level.band} (Flesch-Douma ${level.score}); streef naar B1: kortere zinnen en kortere woorden.`,
        `The rewritten text reads at level ${level.band} (Flesch-Douma ${level.score}); aim for B1: shorter sentences and shorter words.`,
      ),
    });
  }

  // The JobPosting states what the text asks: the levels of the law's diplomas and of those no sentence replaced, once each.
  const legalIds = new Set(requirements.filter((r) => r.legal).map((r) => r.id));
  const askedLevels = [...new Map([...levels].filter(([id]) => legalIds.has(id) || !carried.has(id)).map(([, l]) => [`${l.eqf} ${l.label.nl}`, l])).values()];
  const translation: Translation = {
    language,
    ...(ui !== language ? { uiLanguage: ui } : {}),
    engine: 'offline',
    fallback: null,
    title: vacancy.title,
    occupation,
    occupationCandidates,
    region,
    requirements,
    skills,
    personProfile: body.profile,
    learningRoutes: [],
    experienceInPlaceOfEducation: body.orEquivalent,
    rewritten: {
      markdown: body.markdown,
      blocks: body.blocks,
      jsonLd: jobPostingJsonLd({
        vacancy,
        language,
        markdown: body.markdown,
        occupation,
        skills,
        requirements,
        levels: askedLevels,
        orEquivalent: body.orEquivalent,
        rephrased,
      }),
      readingLevel: `${level.band} (${language === 'nl' ? 'Flesch-Douma' : 'Flesch'} ${level.score})`,
    },
    changes,
    warnings,
    attribution: ESCO_ATTRIBUTION,
    dataVersions: { ...taxonomy.versions },
  };
  return translation;
}

/**
 * Where the vacancy the title names starts on a page that holds several: the line that repeats the
 * title (not among the first three lines) between a requirements section of another vacancy and its
 * own; 0 when the page holds one.
 */
export function ownVacancyStart(lines: Line[], title: string | null): number {
  const plain = (s: string) => s.replace(/[#*_]/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase();
  const own = plain(title ?? '');
  if (own.length < 4) return 0;
  for (let i = lines.length - 1; i >= 3; i--) {
    if (plain(lines[i]!.text) !== own) continue;
    // Another vacancy's requirements before it, and this one's after it (a footer that repeats the
    // title after the only requirements is no second vacancy).
    const asks = (l: Line) => l.heading && (l.section === 'requirements' || l.section === 'preferred');
    return lines.slice(3, i).some(asks) && lines.slice(i + 1).some(asks) ? lines[i]!.start : 0;
  }
  return 0;
}
