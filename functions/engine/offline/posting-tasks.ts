/**
 * The posting's own tasks, in its words: what a diploma stood for (EXEMPLARS.md, principle 7). Each
 * task sentence as an ability ("Het opstellen van offertes" → "Je kunt offertes opstellen"), and the
 * heading over them.
 */
import type { Language } from '../../../shared/locale';
import type { Requirement } from '../../../shared/translation';
import type { Taxonomy } from '../../taxonomy';
import type { Line } from './segment';
import { GATES, gatedExec, LIST_MARK } from './cues';
import { taskAbility } from './task-abilities';

const NAMES_TASKS =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:taken|taak|werkzaamheden|verantwoordelijkheden|ga je doen|doe je|tasks|duties|responsibilities|(?:you(?:'ll| will)?) do)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

export function postingTasks(
  lines: Line[],
  /** Where the vacancy being rewritten starts on a page of several. */
  scope: number,
  requirements: readonly Requirement[],
  language: Language,
  taxonomy: Taxonomy,
): { tasksHeading: string | null; taskAbilities: string[] } {
  // The posting's own task section says, in its words, what the diploma stood for: the one whose
  // heading names the tasks ("Welke taken horen bij …") before one that names the job ("Functieomschrijving").
  const taskHeadings = lines.filter((l) => l.heading && l.section === 'tasks' && l.start >= scope);
  const tasksHeading = (taskHeadings.find((l) => NAMES_TASKS.test(l.text)) ?? taskHeadings[0])?.text.replace(/^[#*\s]+|[*:\s]+$/g, '') ?? null;
  const abilitiesOf = (taskLines: Line[]) => abilities(taskLines, language, taxonomy);
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
    // Or it says them in a sentence before the demands: "In deze functie bent u verantwoordelijk voor het
    // uitwerken van projecten en het maken van werkplaatstekeningen met stuklijsten."
    if (!taskAbilities.length) {
      const prose = rejoined(
        lines.slice(0, Math.max(0, firstAsked)).filter((l) => !l.heading && l.start >= scope && (l.section === 'intro' || l.section === 'other')),
      );
      taskAbilities = abilitiesOf(prose.filter((l) => RESPONSIBLE_FOR.test(l.text))).slice(0, 4);
    }
  }
  return { tasksHeading, taskAbilities };
}

/**
 * A task sentence of two clauses, each with its own finite verb, as two tasks: "Je ontwerpt visuele
 * uitingen en zet deze uit op de juiste kanalen" → "Je ontwerpt visuele uitingen" and "Je zet deze uit
 * op de juiste kanalen" (each becomes an ability, or not, on its own).
 */
function clauses(line: string): string[] {
  const sentence = line.replace(LIST_MARK, '');
  // "Hiervoor werk je aan …, zal jij de API's van derden implementeren en ga je aan de slag met …": each its own.
  const inverted = sentence.split(INVERTED_CLAUSE);
  // (Not where a clause shares its noun with the next: "implementeer je nieuwe en verbeter je bestaande functionaliteiten".)
  if (inverted.length > 1 && !inverted.slice(0, -1).some((c) => /(?:je|jij)\s+\p{Ll}{3,}e$/u.test(c.trim()))) return inverted.flatMap(clauses);
  const subject = FINITE_FIRST.exec(sentence);
  if (!subject) return [line];
  // (Not inside a clause of its own: "Je zorgt dat alles klopt, aanspreekt en blijft hangen".)
  const addressed = !!subject[1] && !/\s(?:dat|die|wat|waar|waarin|als|omdat|zodat|wanneer|hoe|of|wie)\s/i.test(sentence);
  const parts = sentence.split(addressed ? ADDRESSED_CLAUSE : SECOND_CLAUSE);
  // (Two verbs of one object are one task: "Je controleert en waarborgt de kwaliteit", "Je denkt mee
  // over en ondersteunt bij campagnes".)
  if (parts.length < 2 || parts[0]!.slice(subject[0].length).trim() === '' || /\s(?:over|bij|aan|met|voor|op|in|naar|van)$/i.test(parts[0]!.trim()))
    return [line];
  // (A clause that points back, "… en past deze ook toe", is no task of its own.)
  return parts.flatMap((clause, i) => (i === 0 ? [clause] : BACK.test(clause) ? [] : [`${subject[1] ?? ''}${clause}`]));
}
const BACK = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:deze|die|dit|dat|ze|hem|hen|ervan|daarvan|hiervan)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
/** ", zal jij …", " en ga je …": a clause of its own, its verb before the reader (not "… als je", "… wat je"). */
const INVERTED_CLAUSE =
  /(?:,\s+|\s+en\s+)(?!(?:als|wat|dat|zodat|waar|wanneer|omdat|hoe|die|of|wie|waarmee|waarin|terwijl|zoals)\s)(?=\p{Ll}{2,}\s+(?:je|jij)\s)/u;
/** A sentence that opens with its finite verb, addressed or not: "Je plant …", "Bouwt …". */
const FINITE_FIRST = /^((?:je|jij)\s+)?[A-Za-zÀ-ÖØ-öø-ɏ]{2,}t\s/i;
/** "… en overlegt met …": "en" before a second finite verb and what it governs. */
const SECOND_CLAUSE =
  /,?\s+(?:en|én)\s+(?!(?:met|het|niet|dat|wat|tot|dit|echt|toch|ook|vast|best|licht|recht)\s)(?=\p{Ll}{2,}t\s+(?:met|de|het|een|deze|die|dit|zich|voor|aan|op|naar|over|bij|mee|samen|ook)(?![A-Za-zÀ-ÖØ-öø-ɏ]))/u;
/**
 * Said to the reader, a comma or "en" before the next finite verb and its object also opens a task:
 * "Je voert intakegesprekken, bereidt patiënten voor en doet onderzoeken" (not a list of nouns going
 * on, "kwaliteit, budget en planning", nor an adverb after the verb, "blijft dan rustig").
 */
const ADDRESSED_CLAUSE = new RegExp(
  `${SECOND_CLAUSE.source}|(?:,\\s+|\\s+en\\s+)(?!(?:met|het|niet|dat|wat|tot|dit|echt|toch|ook|vast|best|licht|recht|omdat|zodat|want|zelfs|soms|budget|product|project|contact|effect|aspect|concept|document|moment|talent|resultaat|markt|klant|kwaliteit)\\s)(?=\\p{Ll}{3,}t\\s+(?!(?:en|of|&|hier|daar|dan|verder|daarnaast|ook|graag|nog|meer|vaak|soms|altijd|direct|zelf|mee)\\s)\\p{Ll}{3,}(?:\\s|[.,]|$))`,
  'u',
);

/** "… ben je (als planner) verantwoordelijk voor …": what follows names the tasks. */
const RESPONSIBLE_FOR =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:(?:ben|bent)\s+(?:je|jij|u)|(?:je|jij|u)\s+(?:ben|bent))\s+(?:[^\s,.]+\s+){0,3}?(?:\(?mede\)?-?)?verantwoordelijk\s+voor\s+/i;
GATES.set(RESPONSIBLE_FOR, /verantwoordelijk/i);

/** Each task sentence as an ability: a task paragraph ("Registreren van afkeuren. Uitvoeren van inspecties.") lists several. */
function abilities(taskLines: Line[], language: Language, taxonomy: Taxonomy): string[] {
  return (
    taskLines
      .flatMap((l) =>
        l.text
          .replace(/^[^:]{0,40}:\s+(?:[-–•·▪]\s+)?(?=\p{Lu})/u, '')
          .split(/(?<=[.;:!?])\s+(?:[-–•·▪]\s+)?(?=\p{Lu})|\s+[-–•·▪]\s+(?=\p{Lu})|(?<=\p{Ll}[)]?)\s+(?=\p{Lu}\p{Ll}+en\s+(?:van|en|de|het)\s)/u),
      )
      .filter((sentence) => !/:$/.test(sentence))
      // "Je bent verantwoordelijk voor het opstellen van offertes" names its task after "voor"; "het
      // uitwerken van projecten en het maken van werkplaatstekeningen" names two, each said on its own.
      .flatMap((sentence) => {
        const m = gatedExec(RESPONSIBLE_FOR, sentence);
        return m ? sentence.slice(m.index + m[0].length).split(/\s+en\s+(?=het\s+[a-zà-ÿ]+en\s+van\s)/) : [sentence];
      })
      .flatMap(clauses)
      .map((sentence) => taskAbility(sentence, language, taxonomy))
      .filter((a): a is string => a !== null)
  );
}

/**
 * Lines the page wrapped inside a sentence ("… van verschillende custom made" / "projecten en …"),
 * joined again. Looser than the segmenter's `wraps`, which keeps two unmarked list items apart
 * ("… de Engelse taal" / "affiniteit met sport is een pré") for the requirements; here only a
 * sentence that names tasks is read, and a lower-case line only goes on from the one before.
 */
function rejoined(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const last = out.at(-1);
    if (last && !l.bullet && !last.bullet && l.start - last.end <= 2 && !/[.!?:;]\s*$/.test(last.text) && /^[a-zà-ÿ]/.test(l.text))
      out[out.length - 1] = { ...last, text: `${last.text} ${l.text}`, end: l.end };
    else out.push(l);
  }
  return out;
}
