/**
 * The items of a list that reads on from its lead-in ("Wij zoeken iemand die" over "- Scherpe
 * teksten kan schrijven en humor niet schuwt") said as sentences of their own, so that the block can
 * be rewritten as one (EXEMPLARS.md, principle 1): "Je kunt scherpe teksten schrijven en je schuwt
 * humor niet." A Dutch relative clause ends on its finite verb (a phrase with a preposition may
 * follow it); the main clause puts that verb after the subject and keeps every other word in its
 * order.
 */
import { LIST_MARK } from './cues';
import type { Register } from './rewrite-register';

const L = 'A-Za-zÀ-ÖØ-öø-ɏ';
/** Finite verbs of the third person and their form after "je" and after "u". */
const IRREGULAR: Record<string, [string, string]> = {
  heeft: ['hebt', 'heeft'],
  is: ['bent', 'bent'],
  kan: ['kunt', 'kunt'],
  wil: ['wilt', 'wilt'],
  zal: ['zult', 'zult'],
  moet: ['moet', 'moet'],
  weet: ['weet', 'weet'],
  durft: ['durft', 'durft'],
  vindt: ['vindt', 'vindt'],
  vind: ['vindt', 'vindt'],
};
/** A verb of IRREGULAR in a line: one the clause reader never takes for a noun. */
export const KNOWN_VERB = new RegExp(`(?<![${L}])(?:${Object.keys(IRREGULAR).join('|')})(?![${L}])`);
const MODAL = /^(?:kan|wil|zal|moet|durft)$/;
/** Words in -t that are no verb: "niet", "resultaat", "klant"; and participles ("gericht", "gewend"). */
const NOT_FINITE =
  /^(?:\p{Ll}+(?:gericht|iteit|teit)|niet|echt|recht|licht|vast|best|meest|eerst|laatst|dicht|soort|zicht|markt|klant|resultaat|kwaliteit|product|project|contact|aspect|effect|budget|talent|moment|concept|document|student|het|met|dat|wat|tot|dit|toch|goed|ge\p{Ll}+t)$/u;
const PARTICLE_APART =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(mee|aan|af|bij|door|in|na|om|op|over|terug|toe|uit|samen|weg)\s+(?!g?een(?![A-Za-zÀ-ÖØ-öø-ɏ]))(\p{Ll}{2,}en)(?![A-Za-zÀ-ÖØ-öø-ɏ])(?=[^A-Za-zÀ-ÖØ-öø-ɏ]*(?:$|\s(?:met|bij|in|op|over|aan|voor|naar)\s))/u;
const NOUN_AFTER =
  /^(?:de|het|een|geen|elk|elke|je|jouw|uw|zijn|haar|onze|ons|hun|in|met|van|voor|op|aan|bij|naar|over|om|als|tot|door|onder|zonder|binnen|tussen)$/;
const SUBORDINATOR = /^(?:hoe|wat|waar|waarin|waarmee|waarbij|wanneer|omdat|zodat|doordat|terwijl|welke|hetgeen)$/;
const PREPOSITION = /^(?:in|met|bij|naar|op|voor|van|als|aan|over|om|binnen|tot|zonder|door|onder|tussen|na|richting)$/;

/** A line that ends on a finite verb, as an item of "iemand die" does ("Scherpe teksten kan schrijven en humor niet schuwt"). */
export function endsOnVerb(text: string): boolean {
  const words = text.replace(/[\s.;,!]+$/, '').split(/\s+/);
  return words.length > 1 && finite(words.at(-1)!);
}

/** The item as a sentence in the posting's register, or null when it does not read as a relative clause. */
export function asMainClause(item: string, you: Register, knownVerbs = false): string | null {
  const body = item
    .replace(LIST_MARK, '')
    .trim()
    .replace(/^(?:(?:en|iemand)\s+)?(?:die|dat)\s+|^en\s+/i, '');
  // "met een aangeboren nieuwsgierigheid": what the person has.
  const having = /^met\s+(.+?)[\s.;,]*$/i.exec(body);
  if (having && !having[1]!.split(/\s+/).some((w) => finite(bare(w), knownVerbs)))
    return `${you.subject} ${you.subject === 'U' ? 'heeft' : 'hebt'} ${having[1]}.`;
  // Only the first sentence goes on from the lead-in; what follows it stands on its own ("Spreek je nog meer talen? Geweldig!").
  const stop = /[.!?](?=\s+\p{Lu})/u.exec(body);
  const first = (stop ? body.slice(0, stop.index) : body).replace(/[\s.;,]+$/, '');
  const after = stop ? body.slice(stop.index + 1).trim() : '';
  const words = first.split(/\s+/);
  let said = '';
  for (let start = 0; start < words.length; ) {
    const clause = nextClause(words, start, knownVerbs);
    if (!clause) return null;
    const own = clause.verb < 0 ? words.slice(start, clause.end).join(' ').replace(/[,;]$/, '') : mainOrder(words, start, clause, you);
    said += start === 0 ? own : `${bare(words[start - 1]) === 'en' ? ' en' : ','} ${own}`;
    start = clause.next;
  }
  if (!/^(?:Je|U)\s/.test(said)) return null;
  return `${said}.${after ? ` ${after}` : ''}`;
}

interface Clause {
  /** The finite verb's index, or -1 for words said as they stand (a main clause, a list going on). */
  verb: number;
  /** The last verb joined to it by "en" ("spreekt en schrijft"). */
  verbs: number;
  /** Where the clause ends (exclusive) and where the next starts (after its "en"). */
  end: number;
  next: number;
}

const bare = (word: string | undefined) => (word ?? '').replace(/[,;:]$/, '');

/**
 * The clause from `start`: it ends on its finite verb (with a verb "en" joins to it, a modal's
 * infinitive, a participle, or a phrase with a preposition after it), up to a comma or an "en" that
 * opens another clause. A plus said as a main clause ("ervaring in de branche is een pré") and a
 * list going on after a comma ("…, SEA, HTML") are said as they stand.
 */
function nextClause(words: string[], start: number, known: boolean): Clause | null {
  const asIs = { verb: -1, verbs: -1, end: words.length, next: words.length };
  if (finite(bare(words[start]), known)) return null;
  for (let i = start + 1; i < words.length; i++) {
    const w = bare(words[i]);
    // A verb after "hoe", "wat", "waar" … is an embedded clause's ("In staat … over hoe de materie
    // het beste gebracht kan worden"): the item has no verb of its own to put first.
    if (SUBORDINATOR.test(w.toLowerCase())) return null;
    if (!verbAt(words, i, known)) continue;
    let last = i;
    while (bare(words[last + 1]) === 'en' && finite(bare(words[last + 2]), known) && !/,$/.test(words[last]!)) last += 2;
    const next = bare(words[last + 1]);
    const subordinate =
      !next ||
      /,$/.test(words[last]!) ||
      /^(?:en|of)$/.test(next) ||
      PREPOSITION.test(next) ||
      (MODAL.test(w) && /^\p{Ll}+en$/u.test(next)) ||
      /^ge\p{Ll}+[dt]$/u.test(next);
    // (A noun in -t is no verb: "een hands-on mentaliteit heeft".)
    if (!subordinate) continue;
    let end = last + 1;
    while (end < words.length && !/,$/.test(words[end - 1]!) && !(bare(words[end]) === 'en' && hasFinite(words, end + 1, known))) end++;
    return { verb: i, verbs: last, end, next: bare(words[end]) === 'en' ? end + 1 : end };
  }
  // Words with no verb of their own after a comma go on with the list before them.
  return start > 0 && (PLUS.test(words.slice(start).join(' ')) || !words.some((_, i) => i >= start && verbAt(words, i, known))) ? asIs : null;
}
const PLUS = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:is|zijn)\s+(?:een\s+)?(?:grote\s+)?(?:pré|pre|plus|pluspunt|troef|meerwaarde)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

function hasFinite(words: string[], from: number, known: boolean): boolean {
  return words.some((_, i) => i > from && verbAt(words, i, known));
}

/** The word at `i` reads as a finite verb: a verb form, not after an article or a preposition ("in schrift", "over teamspirit"). */
function verbAt(words: string[], i: number, known: boolean): boolean {
  return finite(bare(words[i]), known) && !(i > 0 && NOUN_AFTER.test(bare(words[i - 1]).toLowerCase()));
}

/** A finite verb form; with `known`, only the verbs of IRREGULAR (heeft, is, kan …), where a noun in -t could be misread. */
function finite(word: string, known = false): boolean {
  if (IRREGULAR[word]) return true;
  return !known && FINITE_FORM.test(word) && !NOT_FINITE.test(word);
}
const FINITE_FORM = new RegExp(`^\\p{Ll}[${L}]+t$`, 'u');

/** "Minimaal 2 jaar werkervaring heeft in marketing" → "Je hebt minimaal 2 jaar werkervaring in marketing". */
function mainOrder(words: string[], start: number, clause: Clause, you: Register): string {
  const polite = you.subject === 'U';
  const verbs = words
    .slice(clause.verb, clause.verbs + 1)
    .map(bare)
    .map((w) => IRREGULAR[w]?.[polite ? 1 : 0] ?? w)
    .map((w) => (w === 'kunt' && you.can === 'kan' ? 'kan' : w));
  const rest = [...words.slice(start, clause.verb), ...words.slice(clause.verbs + 1, clause.end)]
    .join(' ')
    // (A first word is lowered, not a name: "(Enige) ervaring" → "(enige) ervaring", "SEO" stays.)
    .replace(/^(\W*)(\p{Lu})(?=\p{Ll})/u, (_, lead: string, letter: string) => `${lead}${letter.toLowerCase()}`)
    .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])zichzelf(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, polite ? 'zichzelf' : 'jezelf')
    .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])zich(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, polite ? 'zich' : 'je')
    .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])zijn(?: of |\/)haar(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, polite ? 'uw' : 'je')
    .replace(/[,;]$/, '')
    // "mee kan denken" → "kunt meedenken": with a modal the particle joins its infinitive again.
    .replace(MODAL.test(bare(words[clause.verb])) ? PARTICLE_APART : /$^/, '$1$2');
  return `${start === 0 ? you.subject : you.subject.toLowerCase()} ${verbs.join(' ')}${rest ? ` ${rest}` : ''}`;
}

/**
 * A lead-in that ends on the subject its items go on from, and maybe their verb: "Jij bent:" →
 * "bent", "En je:" → "" (each item opens with its own verb: "Hebt …", "Neemt …"); null otherwise.
 */
export function subjectLead(text: string): string | null {
  const m = /^(?:#+\s*)?[*_\s]*(?:en\s+)?(?:je|jij)(?:\s+(bent|hebt|kunt))?\s*:[*_\s]*$/i.exec(text);
  return m ? (m[1] ?? '').toLowerCase() : null;
}

/** A lead-in its items go on from: it ends on the word they complete, the person they describe or their subject. */
export function leadsOn(text: string): boolean {
  return LEADS_ON.test(text.replace(/^#+\s*/, '')) || subjectLead(text) !== null;
}
const LEADS_ON = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:die|dat|wie|who|that|met|with|iemand\s*:|someone\s*:)\s*:?\s*\**$/i;
