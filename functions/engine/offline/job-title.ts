/**
 * A job title as the words that name the job (issue #15): gender forms, seniority, hours, places,
 * employers and noise stripped, split into the segments a title strings together
 * ("Verpleegkundige GGZ | 32-36 uur | Utrecht" → ["verpleegkundige ggz"], "Utrecht" is a segment
 * that names no job and is left to the matcher to ignore).
 * Long: mostly word lists (fillers, seniority, gender forms) that a title strings around the job's name.
 */
import { tokens } from '../../taxonomy/normalize';

// Gender markers: "(m/v/x)", "m/w/d", "(v/m/x)", "(h/f)", "(all genders)".
const GENDER = /\(?\b[mvwfhx]\s*\/\s*[mvwfhdx](?:\s*\/\s*[mvwfhdx])?\b\)?|\((?:all genders|alle genders|m|v|x)\)/gi;
// A feminine ending in brackets: "stagiair(e)", "medewerk(st)er", "verkoper(ster)".
const BRACKETED_ENDING = /([A-Za-zÀ-ÖØ-öø-ɏ])\((?:e|st|ster|trice|euse|in|ne|es)\)/gi;
// Where titles join their parts: dashes and bars between spaces, brackets, colons, slashes, commas, "bij"/"at".
const SEPARATOR = /\s[-–—|•·]\s|[|:;,()[\]/]|\s(?:bij|at|@)\s/i;

/** Title words that never name the job: gender letters, seniority, contract, hours, noise. */
const FILLER = new Set([
  'm',
  'v',
  'x',
  'f',
  'w',
  'd',
  'h',
  'mv',
  'mvx',
  'vm',
  'mwd',
  'junior',
  'medior',
  'senior',
  'sr',
  'jr',
  'lead',
  'ervaren',
  'experienced',
  'starter',
  'starters',
  'trainee',
  'stagiair',
  'stagiaire',
  'stage',
  'intern',
  'internship',
  'afstudeerstage',
  'werkstudent',
  'student',
  'leerling',
  'bbl',
  'bol',
  'fulltime',
  'parttime',
  'full',
  'part',
  'time',
  'uur',
  'uren',
  'u',
  'hours',
  'hrs',
  'per',
  'week',
  'pw',
  'fte',
  'tijdelijk',
  'vast',
  'temporary',
  'permanent',
  'freelance',
  'interim',
  'zzp',
  'flexibel',
  'flexibele',
  'remote',
  'hybride',
  'hybrid',
  'thuiswerken',
  'vacature',
  'vacatures',
  'vacancy',
  'gezocht',
  'gevraagd',
  'wanted',
  'hiring',
  'wij',
  'we',
  'zoeken',
  'zoekt',
  'are',
  'is',
  'looking',
  'nieuw',
  'nieuwe',
  'new',
  'job',
  'functie',
  'functieomschrijving',
  'omschrijving',
  'position',
  'role',
  'en',
  'and',
  'of',
  'or',
  'de',
  'het',
  'een',
  'the',
  'a',
  'an',
  'in',
  'te',
  'voor',
  'for',
  'to',
  'met',
  'with',
  'van',
  'op',
  'on',
  'nl',
  'be',
  'regio',
  'region',
]);

/**
 * Regional and informal words for the ones ESCO's labels use (Flemish "bediende", "IT" for "ICT",
 * "HR" for "personeelszaken"). A Map: an object would turn "constructor" into Object's.
 */
const SYNONYMS = new Map([
  ['bediende', 'medewerker'],
  ['expert', 'specialist'],
  ['deskundige', 'specialist'],
  ['zaakvoerder', 'bedrijfsleider'],
  ['it', 'ict'],
  ['hr', 'personeelszaken'],
  ['manager', 'beheerder'],
]);

/** Title words that make the job a junior one, or a senior one (most are FILLER: they name no job). */
const JUNIOR = new Set([
  'junior',
  'jr',
  'starter',
  'starters',
  'trainee',
  'stagiair',
  'stagiaire',
  'stage',
  'intern',
  'internship',
  'afstudeerstage',
  'werkstudent',
  'student',
  'leerling',
  'assistent',
  'assistente',
  'assistant',
  'hulp',
]);
const SENIOR = new Set([
  'senior',
  'sr',
  'lead',
  'hoofd',
  'head',
  'chief',
  'manager',
  'director',
  'directeur',
  'directrice',
  'leidinggevende',
  'teamleider',
  'teamlead',
]);

/**
 * Label words of the other rank, which a title of one rank is not completed with by the text: a
 * "Stagiair HR" is not the "hr manager" because the posting mentions a manager.
 */
export const RANK_WORDS = {
  junior: new Set(['hoofd', 'head', 'chief', 'manager', 'director', 'directeur', 'directrice', 'leidinggevende', 'supervisor', 'teamleider']),
  senior: new Set(['assistent', 'assistente', 'assistant', 'hulp', 'leerling', 'stagiair', 'trainee', 'intern', 'apprentice']),
};
export type Rank = keyof typeof RANK_WORDS;

/** Whether the title says the job is junior (an intern, a starter) or senior, from its own words; null when it says neither or both. */
export function titleRank(title: string): Rank | null {
  const words = tokens(title.replace(BRACKETED_ENDING, '$1'));
  const junior = words.some((w) => JUNIOR.has(w)),
    senior = words.some((w) => SENIOR.has(w));
  return junior === senior ? null : junior ? 'junior' : 'senior';
}

/** Words for someone who works in a field or at an activity ("Medewerker art handling", "Arbeider schoonmaak"). */
export const WORKER = new Set(['medewerker', 'medewerkster', 'arbeider', 'arbeidster', 'werknemer', 'bediende', 'worker', 'employee']);

/**
 * The agent nouns an activity noun may stand for beside a worker word: "handling" → "handler",
 * "engineering" → "engineer", "schoonmaak" → "schoonmaker", "verkoop" → "verkoper", "aanleg" →
 * "aanlegger". The caller keeps only forms that are label words.
 */
export function agentForms(word: string): string[] {
  if (word.length < 4) return [];
  const ing = /^(.{3,})ing$/.exec(word)?.[1];
  if (ing) return [`${ing}er`, ing, `${ing.replace(/(.)\1$/, '$1')}er`];
  if (word.endsWith('er') || word.endsWith('e')) return [];
  return [`${word}er`, `${undouble(word)}er`, `${word}${word.at(-1) ?? ''}er`];
}

/** The title's segments, each as its content words, in the order they appear. */
export function titleSegments(title: string): string[][] {
  const clean = title
    .replace(/\u00ad/g, '')
    .replace(BRACKETED_ENDING, '$1')
    .replace(GENDER, ' ');
  return clean
    .split(SEPARATOR)
    .map(segmentWords)
    .filter((words) => words.length);
}

export function segmentWords(segment: string): string[] {
  const words: string[] = [];
  for (const word of tokens(segment)) {
    if (word.length < 2 || FILLER.has(word) || /^\d/.test(word) || words.includes(word)) continue;
    words.push(word);
  }
  return words;
}

/** The forms a title word may stand for in ESCO's labels, the word itself first. */
export function wordForms(word: string): string[] {
  const synonym = SYNONYMS.get(word);
  return synonym ? [...genderForms(word), synonym] : genderForms(word);
}

/**
 * The masculine (ESCO's usual) forms a word may stand for, the word itself first: "medewerkster" →
 * "medewerker", "verkoopster" → "verkoper", "kapster" → "kapper", "directrice" → "directeur",
 * "coördinatrice" → "coordinator", "stagiaire" → "stagiair", "masseuse" → "masseur". The caller
 * keeps only forms its vocabulary knows, so over-generating is harmless.
 */
export function genderForms(word: string): string[] {
  const forms = [word];
  const ster = /^(.{2,})ster$/.exec(word);
  if (ster?.[1]) {
    const stem = ster[1];
    forms.push(`${stem}er`, `${undouble(stem)}er`, `${stem}${stem.at(-1) ?? ''}er`);
  }
  const trice = /^(.{2,})trice$/.exec(word);
  if (trice?.[1]) forms.push(`${trice[1]}teur`, `${trice[1]}tor`);
  if (word.endsWith('euse')) forms.push(`${word.slice(0, -4)}eur`);
  if (word.endsWith('e') && word.length > 5) forms.push(word.slice(0, -1));
  return forms;
}

// "verkoop" → "verkop", "schoonmaak" → "schoonmak": Dutch writes a long vowel single before -er.
function undouble(stem: string): string {
  return stem.replace(/([aeou])\1([^aeiou])$/, '$1$2');
}

/**
 * The job a title names, as running text says it: "Projectcontroller (Port of Amsterdam)" →
 * "projectcontroller", "Data Scientist (m/v)" → "data scientist", "Docent Nederlands | Meer rust" →
 * "docent Nederlands"; null for a title that is a sentence or a heading ("Functieomschrijving").
 */
export function jobName(title: string | null): string | null {
  if (!title) return null;
  const first = title
    .replace(/\u00ad/g, '')
    .replace(BRACKETED_ENDING, '$1')
    .replace(GENDER, ' ')
    .split(/\s[-–—|•·]\s|[|:;,()[\]]|\s(?:bij|at|@|in)\s(?=\p{Lu})/u)[0]!
    .replace(/\s+/g, ' ')
    .trim();
  const words = first.split(' ');
  if (
    !first ||
    words.length > 4 ||
    /\d|[?!.]$/.test(first) ||
    /^(?:de\s+)?(?:functie|vacature|functie\s*omschrijving|functieomschrijving|job|omschrijving)\b/i.test(first)
  )
    return null;
  // A capitalised word is lowered unless it is a name (a language) or an abbreviation: "ICT", ".NET".
  const lower = (w: string) => (/^\p{Lu}\p{Ll}+$/u.test(w) && !LANGUAGE_NAME.test(w) ? w.toLowerCase() : w);
  return words.map((w) => w.split('/').map(lower).join('/')).join(' ');
}
const LANGUAGE_NAME = /^(?:Nederlands|Engels|Duits|Frans|Spaans|Italiaans|Arabisch|Turks|Pools|Chinees|English|Dutch|German|French|Spanish)$/;
