/**
 * The offline engine: rules + the ESCO taxonomy, no network. Pure TypeScript so the same code runs
 * in workerd (the Worker) and in Node (the CLI, evals and benchmarks).
 *
 * translateOffline reads the posting, lets the rules in `rules/` decide each requirement (one file
 * per rule, each returning its changes), writes the rewrite and assembles the translation.
 */
import { detectLanguage } from '../../../shared/language';
import type { Language, Region } from '../../../shared/locale';
import type { Change, Requirement, Skill, Translation, Warning } from '../../../shared/translation';
import type { Vacancy } from '../../../shared/vacancy';
import { ESCO_ATTRIBUTION } from '../../../shared/esco';
import type { Taxonomy } from '../../taxonomy';
import { extractRequirements } from './extract';
import { t } from './i18n';
import { jobName } from './job-title';
import { jobPostingJsonLd } from './json-ld';
import { personProfiled } from './person-profile';
import { readingLevel } from './reading-level';
import { assumedRegion, regionWarning } from './region';
import { rewrite } from './rewrite';
import { type Line, units } from './segment';
import { type Applied, applyRules } from './rules';
import { legalLookup } from './rules/legal-match';
import { addedByLaw } from './legal-added';
import { saidAsCompetence } from './rules/experience-years';
import { ownVacancyStart, severalVacancies } from './several-vacancies';
import { asProposal, PROPOSABLE } from './proposal';
import { postingTasks } from './posting-tasks';
import { type VacancyOccupation, vacancyOccupation } from './vacancy-occupation';
import { wordingWarnings } from './warnings';

const STUDENT = /\b(?:stage|stagiair\w*|afstudeer\w*|student\w*|intern|internship|werkstudent|trainee)\b/i;

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
  const posting = readPosting(vacancy, taxonomy, options);
  const { language, ui, lines, region, scope, sectionOf, found } = posting;
  const tasks = lines
    .filter((l) => l.section === 'tasks' && !l.heading)
    .map((l) => l.text)
    .join('\n');
  const context = {
    taxonomy,
    language,
    ui,
    region,
    text: vacancy.text,
    tasks,
    job: jobName(vacancy.title),
    ...found,
    sectionOf,
    legal: lawOfPage(vacancy, posting),
  };
  const applied = applyRules(posting.extracted, context, givenWarnings(vacancy, ui, region, scope));
  const added = addedByLaw(applied.requirements, found.jobContext, region, language, ui, vacancy.text);
  applied.requirements.push(...added.requirements);
  applied.changes.push(...added.changes);
  const { requirements, skills } = applied;
  const body = rewrite({
    text: vacancy.text,
    lines,
    language,
    requirements,
    rephrased: applied.rephrased,
    skills,
    profiled: new Set(personProfiled(requirements, lines, sectionOf).map((r) => r.id)),
    // "Experience counts instead" never for internships that ask for students; the rewrite says it
    // only where every demanded diploma left the text.
    orEquivalent: !STUDENT.test([vacancy.title ?? '', ...requirements.map((r) => r.text)].join(' ')),
    knowledge: knowledgeOf(skills, taxonomy),
    denied: applied.denied,
    ...postingTasks(lines, scope, requirements, language, taxonomy),
    region,
    scope,
  });
  return assemble(vacancy, posting, applied, body, taxonomy);
}

/** What is read from the posting before any rule: its language, lines, requirements, region and occupation. */
interface Posting {
  language: Language;
  /** The interface's language: what Vaardig explains is in it (#17). */
  ui: Language;
  lines: Line[];
  extracted: Requirement[];
  sectionOf: (r: Requirement) => string | undefined;
  region: Region | null;
  /** A page with more than one vacancy: where the one the title names starts (the rest stays as it is). */
  scope: number;
  found: VacancyOccupation;
}

function readPosting(
  vacancy: Vacancy,
  taxonomy: Taxonomy,
  options: { region?: Region | null; occupation?: string | null; uiLanguage?: Language | null },
): Posting {
  const chosenId = options.occupation ? taxonomy.occupationIdByUri(options.occupation) : null;
  if (options.occupation && chosenId === null) throw new UnknownOccupation(options.occupation);
  const text = vacancy.text;
  const language: Language = vacancy.language ?? detectLanguage(text) ?? 'nl';
  // What Vaardig explains (reasons, warnings) is in the interface's language; what it writes in the
  // vacancy is in the posting's (#17).
  const ui: Language = options.uiLanguage ?? language;
  const { units: parts, lines } = units(text, vacancy.title);
  const extracted = extractRequirements(parts, vacancy.title);
  const sectionOf = (r: Requirement) => (r.span ? lines.find((l) => r.span!.start >= l.start && r.span!.start < l.end)?.section : undefined);
  const region = assumedRegion(vacancy, language, options.region);
  // Only the vacancy the title names is rewritten: its part starts at the line that repeats the
  // title after another vacancy's requirements.
  const scope = ownVacancyStart(lines, vacancy.title);
  // (Its occupation too: the other vacancy's job is not this one's.)
  const own = scope > 0 ? extracted.filter((r) => !r.span || r.span.start >= scope) : extracted;
  const found = vacancyOccupation({ title: vacancy.title, text: text.slice(scope), language }, own, taxonomy, chosenId);
  return { language, ui, lines, extracted, sectionOf, region, scope, found };
}

/**
 * Which law a requirement is: by this vacancy's job; on a page that holds another vacancy before it,
 * a requirement of that one by its job (its line stays as it was, but its card says its law).
 */
function lawOfPage(vacancy: Vacancy, posting: Posting): ReturnType<typeof legalLookup> {
  const { scope, found, region } = posting;
  const own = legalLookup(vacancy.title, found.jobContext, region);
  if (scope === 0) return own;
  const other = legalLookup(null, vacancy.text.slice(0, Math.min(scope, 400)), region);
  return (r) => (r.span && r.span.start < scope ? other(r) : own(r));
}

/** The translation from the rules' decisions and the rewrite: cards, warnings, reading level, JSON-LD. */
function assemble(vacancy: Vacancy, posting: Posting, applied: Applied, body: ReturnType<typeof rewrite>, taxonomy: Taxonomy): Translation {
  const { language, ui, region } = posting;
  const { occupation, occupationCandidates } = posting.found;
  const { requirements, skills, rephrased, levels } = applied;
  // A change the text could not carry (its sentence asks more, or nothing can stand in its place
  // in the posting's language) stays a suggestion on its card, and says so.
  // (A line of the posting only given the form of its block's list carries no change.)
  const carried = new Set(body.blocks.filter((b) => b.kind !== 'kept' && !body.restyled.has(b.id)).flatMap((b) => b.requirementIds));
  // A year count the text already says as the competence: the warning says so, not what to do.
  const warnings = applied.warnings.map((w) =>
    w.code === 'experience-years' &&
    requirements.some((r) => carried.has(r.id) && rephrased.has(r.id) && r.span && w.span && r.span.start < w.span.end && w.span.start < r.span.end)
      ? { ...w, message: saidAsCompetence(w.message) }
      : w,
  );
  const cards = [...applied.changes, ...warnings.map(warningCard)];
  // A quality moved to the profile only when its line left: one kept among the demands, or said in
  // "Mooi meegenomen", is still in the text (reading of untuned output: cards said "moved").
  const taken = (c: Change) => (c.action === 'move-to-profile' ? body.leftForProfile.has(c.requirementId!) : carried.has(c.requirementId!));
  const changes = cards.map((c) => (c.requirementId && !taken(c) && PROPOSABLE.has(c.action) ? asProposal(c, ui) : c));
  const level = readingLevel(body.markdown, language);
  if (language === 'nl' && level.band !== 'B1') warnings.push(readingWarning(level, ui));
  // The JobPosting states what the text asks: the levels of the law's diplomas and of those no sentence replaced, once each.
  const legalIds = new Set(requirements.filter((r) => r.legal).map((r) => r.id));
  const askedLevels = [...new Map([...levels].filter(([id]) => legalIds.has(id) || !carried.has(id)).map(([, l]) => [`${l.eqf} ${l.label.nl}`, l])).values()];
  const orEquivalent = body.orEquivalent;
  return {
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
    experienceInPlaceOfEducation: orEquivalent,
    rewritten: {
      markdown: body.markdown,
      blocks: body.blocks,
      jsonLd: jobPostingJsonLd({ vacancy, language, markdown: body.markdown, occupation, skills, requirements, levels: askedLevels, orEquivalent, rephrased }),
      readingLevel: `${level.band} (${language === 'nl' ? 'Flesch-Douma' : 'Flesch'} ${level.score})`,
    },
    changes,
    warnings,
    attribution: ESCO_ATTRIBUTION,
    dataVersions: { ...taxonomy.versions },
  };
}

/** The warnings on the posting's wording, its region and a page of several vacancies: before any rule. */
function givenWarnings(vacancy: Vacancy, ui: Language, region: Region | null, scope: number): Warning[] {
  const warnings: Warning[] = wordingWarnings(vacancy.text, vacancy.title, ui, region);
  const regionNote = regionWarning(region, ui);
  if (regionNote) warnings.push(regionNote);
  if (scope > 0) warnings.push(severalVacancies(vacancy.title, ui));
  return warnings;
}

/** URIs of the skills that are knowledge ("kennis van …") rather than abilities. */
function knowledgeOf(skills: Skill[], taxonomy: Taxonomy): Set<string> {
  return new Set(
    skills.flatMap((s) => {
      const id = s.uri ? taxonomy.skillIdByUri(s.uri) : null;
      return id !== null && taxonomy.skill(id).knowledge ? [s.uri!] : [];
    }),
  );
}

const warningCard = (w: Warning): Change => ({
  requirementId: null,
  action: 'warn',
  rule: `warning.${w.code}`,
  concept: null,
  span: w.span,
  reason: w.message,
});

function readingWarning(level: { band: string; score: number }, ui: Language): Warning {
  return {
    code: 'reading-level',
    span: null,
    message: t(
      ui,
      `De herschreven tekst leest op niveau ${level.band} (Flesch-Douma ${level.score}); streef naar B1: kortere zinnen en kortere woorden.`,
      `The rewritten text reads at level ${level.band} (Flesch-Douma ${level.score}); aim for B1: shorter sentences and shorter words.`,
    ),
  };
}
