/**
 * The offline engine: rules + the ESCO taxonomy, no network. Pure TypeScript so the same code runs
 * in workerd (the Worker) and in Node (the CLI, evals and benchmarks).
 *
 * Long: translateOffline runs the steps in order over one vacancy's requirements (one loop that
 * still changes them in place); the rules are to leave it for one file each, each returning its
 * changes (#18).
 */
import { detectLanguage } from '../../../shared/language';
import type { Language, Region } from '../../../shared/locale';
import type { Change, Requirement, Skill, Translation, Warning } from '../../../shared/translation';
import type { Vacancy } from '../../../shared/vacancy';
import { ESCO_ATTRIBUTION } from '../../../shared/esco';
import { legalBasis, matchLegal, statutoryQualification, type LegalMatch } from '../../legal';
import { denies } from '../../legal/denial';
import type { Taxonomy } from '../../taxonomy';
import type { EducationLevel } from '../../taxonomy/crosswalk';
import { findProgramme, namedOccupations, translateDiploma, type OccupationFoundIn } from './education';
import { OF_EXPERIENCE, rewriteExperience, yearsAsked } from './experience';
import { extractRequirements } from './extract';
import { t } from './i18n';
import { jobPostingJsonLd } from './json-ld';
import { claimOccupation, CONFIDENT_SCORE, detectOccupations } from './occupation';
import { aboutThePerson, QUALITY_NOUN } from './person-profile';
import { readingLevel } from './reading-level';
import { assumedRegion, regionWarning } from './region';
import { rewrite } from './rewrite';
import { units, type Line } from './segment';
import { groundSkills, toSkill } from './skills';
import { taskAbility } from './task-abilities';
import { wordingWarnings } from './warnings';

const STUDENT = /\b(?:stage|stagiair\w*|afstudeer\w*|student\w*|intern|internship|werkstudent|trainee)\b/iu;
/** Being in a programme now: "Je volgt een hbo-opleiding", "Je studeert", "you are (currently) enrolled in". */
export const ENROLLED =
  /(?<![\p{L}])(?:(?:je|jij|u)\s+(?:volgt|studeert|bent (?:ingeschreven|student|bezig met))|(?:volg|studeer|ben)\s+(?:je|jij)\s+(?:een|aan|momenteel)?|(?:huidige|lopende)\s+(?:\p{L}+\s+)?opleiding|currently (?:enrolled|studying|pursuing)|you are (?:currently )?(?:enrolled|studying|pursuing)|\p{L}*jaars|(?:mbo|hbo|wo|master|bachelor|mbo\/hbo|hbo\/wo)[- ]?student\w*)(?![\p{L}])/iu;
// A requirement that asks for an education names it: "VMBO" alone is where a teacher teaches.
const EDUCATION_WORD = /\b(?:diploma\w*|opleiding\w*|afgerond\w*|niveau|bevoegdheid|kwalificatie\w*|mbo|hbo|wo|bachelor\w*|master\w*|degree|qualification)\b/iu;
const NOT_ASKED = new Set(['tasks', 'offer', 'about', 'contact', 'meta']);
const KEEP_KINDS = new Set(['skill', 'language', 'certificate', 'licence', 'other', 'experience']);

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
  const requirements = extractRequirements(parts, vacancy.title);
  const sectionOf = (r: Requirement) => (r.span ? lines.find((l) => r.span!.start >= l.start && r.span!.start < l.end)?.section : undefined);
  const changes: Change[] = [];
  const region = assumedRegion(vacancy, language, options.region);
  const warnings: Warning[] = wordingWarnings(text, vacancy.title, ui, region);
  const regionNote = regionWarning(region, ui);
  if (regionNote) warnings.push(regionNote);
  // A page with more than one vacancy: only the one the title names is rewritten (its part starts at
  // the line that repeats the title after another vacancy's requirements); the rest stays as it is.
  const scope = ownVacancyStart(lines, vacancy.title);
  if (scope > 0)
    warnings.push({
      code: 'several-vacancies',
      span: null,
      message: t(
        ui,
        `Deze pagina bevat meer dan één vacature. Vaardig herschrijft alleen ‘${vacancy.title}’; de andere vacature blijft zoals ze was.`,
        `This page holds more than one vacancy. Vaardig rewrites only ‘${vacancy.title}’; the other one stays as it was.`,
      ),
    });

  // Occupation from the title first, then the programmes the diploma requirements name, then the text.
  const programmeOccupations = requirements
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
  const skills: Skill[] = [];
  const skillIndex = new Map<string, Skill>();
  const addSkill = (skill: Skill) => {
    const existing = skill.uri ? skillIndex.get(skill.uri) : undefined;
    if (existing) {
      for (const id of skill.requirementIds) if (!existing.requirementIds.includes(id)) existing.requirementIds.push(id);
      existing.mustHave ||= skill.mustHave;
      return;
    }
    skills.push(skill);
    if (skill.uri) skillIndex.set(skill.uri, skill);
  };
  const rephrased = new Map<string, string>();
  const denied = new Set<string>();
  const levels = new Map<string, EducationLevel>();

  for (const r of requirements) {
    // The law first: no rule below may drop what the law requires.
    const legal = matchLegal(r.text, jobContext, region) ?? qualificationOf(r);
    if (legal) {
      // The law asks the employer for instruction or a designation, not for the certificate the
      // posting names ("heftruckcertificaat", "NEN 3140"): the demand may be met after hiring.
      const employersDuty = legal.entry.keepMode === 'keep_underlying_duty_rephrase_as_post_hire';
      // A plus the law would require ("Een A-rijbewijs is een sterke pré") is not required here: the
      // employer says the job can be done without it. It stays a plus, in its own words.
      const required = legal.statutory && !employersDuty && r.mandatory;
      r.legalBasis = legalBasis(legal.entry, language, required);
      if (required) {
        r.legal = true;
        // A line that says the law's demand is not needed ("de BIG-registratie is niet meer nodig")
        // stays where the posting put it and is flagged; the law's section names the demand itself.
        if (!legal.foreign && denies(r.text, [{ ...r, mandatory: true }])) {
          denied.add(r.id);
          warnings.push({
            code: 'legal-denied',
            span: r.span,
            message: t(
              ui,
              `De vacature zegt dat dit niet nodig is, maar de wet vraagt het (${r.legalBasis.citation}). Pas deze zin aan.`,
              `The posting says this is not needed, but the law requires it (${r.legalBasis.citation}). Correct this sentence.`,
            ),
          });
        }
        if (r.kind !== 'diploma' && r.kind !== 'education_level')
          r.kind = legal.entry.kind === 'not_a_legal_requirement' ? 'certificate' : r.kind === 'certificate' ? 'certificate' : 'licence';
        if (r.kind === 'diploma' || r.kind === 'education_level') {
          // Kept as the law requires, and still spelled out in skills for those on the way to it.
          const result = translateDiploma(r, sure, text, taxonomy, ui, foundIn, tasks, sureOf);
          if (result.level) levels.set(r.id, result.level);
          for (const s of result.skills)
            addSkill(toSkill(s.skill, taxonomy, language, { requirementIds: [r.id], mustHave: s.mustHave && r.mandatory, reason: s.reason }));
        }
        changes.push({
          requirementId: r.id,
          action: 'keep-legal',
          rule: `legal.${legal.entry.id}`,
          concept: legal.entry.bwbr,
          span: r.span,
          reason: legal.foreign
            ? t(
                ui,
                `Eis uit de wet van een ander land (${r.legalBasis.citation}): blijft staan zoals geschreven; Vaardig controleert buitenlands recht niet.`,
                `A requirement of another country's law (${r.legalBasis.citation}): kept as written; Vaardig does not check foreign law.`,
              )
            : t(
                ui,
                `Wettelijk vereist (${legal.entry.citation}); blijft staan. ${legal.entry.obtainable.afterHiring ? 'Kan na aanstelling worden gehaald' : 'Moet er zijn vóór de start'}: ${legal.entry.obtainable.detail}`,
                `Required by law (${legal.entry.citation}); kept. ${legal.entry.obtainable.afterHiring ? 'Can be obtained after hiring' : 'Must be in place before starting'}.`,
              ),
        });
        continue;
      }
      // A plus needs no softening: it already asks nothing before the start; nor does a demand that
      // already offers to obtain it ("of je bent bereid dit te behalen").
      if (
        (!legal.entry.statutory || employersDuty) &&
        r.mandatory &&
        !r.alternativeOffered &&
        !/\b(?:bereid|willing|behalen|obtain)\b/iu.test(r.text) &&
        !NOT_ASKED.has(sectionOf(r) ?? 'intro')
      ) {
        rephrased.set(
          r.id,
          t(
            language,
            `${r.text.replace(/[.!;,\s]+$/, '')}. Dit kun je ook na je start bij ons halen.`,
            `${r.text.replace(/[.!;,\s]+$/, '')}. You can also obtain this with us after you start.`,
          ),
        );
        changes.push({
          requirementId: r.id,
          action: 'rephrase',
          rule: `legal.not-statutory.${legal.entry.id}`,
          concept: null,
          span: r.span,
          reason: t(
            ui,
            employersDuty
              ? `De wet vraagt de werkgever om instructie of aanwijzing (${legal.entry.citation}), geen certificaat vooraf; kan na aanstelling. ${legal.entry.rephrase}`
              : `Geen wettelijke eis (${legal.entry.name.nl}); mag worden behaald na aanstelling. ${legal.entry.rephrase}`,
            employersDuty
              ? `The law asks the employer for instruction or a designation (${legal.entry.citation}), not a certificate beforehand; can be obtained after hiring.`
              : `Not a statutory requirement (${legal.entry.name.en}); can be obtained after hiring.`,
          ),
        });
        continue;
      }
    }

    // An internship asks a student to be in a programme ("Je volgt een hbo-opleiding in marketing"):
    // that is the condition of the internship, not a diploma to put skills in place of.
    if ((r.kind === 'diploma' || r.kind === 'education_level') && ENROLLED.test(r.text)) {
      changes.push({
        requirementId: r.id,
        action: 'keep',
        rule: 'education.enrolled',
        concept: null,
        span: r.span,
        reason: t(
          ui,
          'Een stage of studentenbaan vraagt een lopende opleiding: die voorwaarde blijft staan zoals ze is.',
          'An internship or student job asks for a programme in progress: that condition stays as it is.',
        ),
      });
      continue;
    }
    if (r.kind === 'diploma' || r.kind === 'education_level') {
      const result = translateDiploma(r, sure, text, taxonomy, ui, foundIn, tasks, sureOf);
      if (result.level) levels.set(r.id, result.level);
      for (const s of result.skills)
        addSkill(toSkill(s.skill, taxonomy, language, { requirementIds: [r.id], mustHave: s.mustHave && r.mandatory, reason: s.reason }));
      // (A Belgian posting gets no Dutch programme code: the name is the field it asks for.)
      const via = result.programme
        ? region === 'BE'
          ? result.programme.name
          : `${result.programme.name} (${result.programme.code})`
        : result.level
          ? result.level.label[ui]
          : t(ui, 'het vakgebied', 'the field');
      changes.push({
        requirementId: r.id,
        action: 'translate',
        rule: result.rule,
        concept: result.occupations[0] !== undefined ? taxonomy.occupation(result.occupations[0]).uri : null,
        span: r.span,
        reason: !result.skills.length
          ? t(
              ui,
              'Diploma-eis vervangen door het werk dat de vacature zelf beschrijft. Vaardig herkent het beroep niet met zekerheid en noemt daarom geen ESCO-vaardigheden: kies het beroep om ze te zien. Ervaring telt als alternatief.',
              'Diploma requirement replaced by the work the posting itself describes. Vaardig is not sure of the occupation and so names no ESCO skills: choose the occupation to see them. Experience counts instead.',
            )
          : t(
              ui,
              `Diploma-eis vervangen door de vaardigheden waar ${via} voor staat (${result.skills.length} ESCO-vaardigheden van ${result.occupations.map((o) => taxonomy.occupation(o).nl).join(', ') || 'het beroep'}); ervaring telt als alternatief.`,
              `Diploma requirement replaced by the skills ${via} stands for (${result.skills.length} ESCO skills of ${result.occupations.map((o) => taxonomy.occupation(o).en).join(', ') || 'the occupation'}); experience counts instead.`,
            ),
      });
      continue;
    }

    if (r.kind === 'trait') {
      changes.push({
        requirementId: r.id,
        action: 'move-to-profile',
        rule: 'trait→person-profile',
        concept: null,
        span: r.span,
        reason: t(
          ui,
          'Persoonlijke eigenschap: hoort in het persoonsprofiel, niet bij de eisen.',
          'A personal quality: belongs in the person profile, not the requirements.',
        ),
      });
      continue;
    }

    if (r.kind === 'experience') {
      const rewritten = rewriteExperience(r, language);
      if (rewritten) {
        rephrased.set(r.id, rewritten.text);
        changes.push({
          requirementId: r.id,
          action: 'rephrase',
          rule: 'experience.years→competence',
          concept: null,
          span: r.span,
          reason: t(
            ui,
            `"${rewritten.years}" vervangen door de bekwaamheid waar de jaren voor staan: een aantal jaren zegt weinig over kunnen en werkt als leeftijdsgrens.`,
            `"${rewritten.years}" replaced by the competence the years stood for: a year count says little about ability and works as an age proxy.`,
          ),
        });
      }
      // The count is an age proxy whether or not the sentence says what it stood for ("een aantal
      // jaren (drie tot vijf jaar) werkervaring" stays as written, and is still flagged).
      // (Only a count of experience: "a maximum of 4 years" of a contract, "al 15 jaar" of a partner, is none.)
      const asked = rewritten ?? (OF_EXPERIENCE.test(r.text) ? yearsAsked(r.text) : null);
      // (Once: the wording check may already have flagged the range as an age signal.)
      const flagged = warnings.some((w) => w.code === 'age-proxy' && w.span && r.span && w.span.start < r.span.end && w.span.end > r.span.start);
      if (asked?.years && !flagged) {
        warnings.push({
          code: asked.maximum ? 'age-proxy' : 'experience-years',
          span: r.span,
          message: t(
            ui,
            asked.maximum
              ? `Een maximum aan ervaring ("${asked.years}") sluit oudere kandidaten uit (leeftijdsdiscriminatie).`
              : `Een minimum aantal jaren ("${asked.years}") kan als leeftijdsgrens werken; beschrijf de bekwaamheid.`,
            asked.maximum
              ? `A maximum of experience ("${asked.years}") excludes older candidates (age discrimination).`
              : `A minimum number of years ("${asked.years}") can act as an age proxy; describe the competence instead.`,
          ),
        });
      }
    }

    if (KEEP_KINDS.has(r.kind)) {
      const grounded = r.kind === 'skill' || r.kind === 'experience' ? groundSkills(r.text, taxonomy, 4) : [];
      for (const id of grounded)
        addSkill(
          toSkill(id, taxonomy, language, {
            requirementIds: [r.id],
            mustHave: r.mandatory,
            reason: t(
              ui,
              r.mandatory ? 'De vacature vraagt dit.' : 'Pluspunt in de vacature: kan ook op de werkvloer worden geleerd.',
              r.mandatory ? 'The posting asks for this.' : 'A plus in the posting: can also be learned on the job.',
            ),
          }),
        );
      if (!rephrased.has(r.id))
        changes.push({
          requirementId: r.id,
          action: 'keep',
          rule: `keep.${r.kind}`,
          concept: grounded[0] !== undefined ? taxonomy.skill(grounded[0]).uri : null,
          span: r.span,
          reason: t(ui, 'Concrete eis die bij het werk hoort; blijft staan.', 'A concrete requirement of the work; kept.'),
        });
    }
  }

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
