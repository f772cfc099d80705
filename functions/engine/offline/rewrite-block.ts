/**
 * The requirement block read as one block (EXEMPLARS.md, principles 1–3 and 6): once the rewrite
 * changed lines in it, the posting's heading gives way to "Wat je meebrengt" at its own level, the
 * lines it kept become items of the same list (a noun phrase such as "Kennis van C" as the
 * sentence "Je hebt kennis van C"), and "or equivalent" is one plain sentence, its last line.
 *
 * Long: the sentence forms of a kept demand and of a plus, and the steps that make the block one
 * (its heading, its lines, the new sections beside it), share the register and the block's lines.
 */
import type { Language } from '../../../shared/locale';
import type { Block, Requirement } from '../../../shared/translation';
import { LIST_MARK } from './cues';
import type { Line } from './segment';
import type { Register } from './rewrite-register';
import { isMeta } from './rewrite-lines';
import { subjectLead } from './relative-items';
import { asMainClause } from './relative-items';
import { headingKind } from './sections';

const L = 'A-Za-zÀ-ÖØ-öø-ɏ';
/** Words that open a demand said as a noun phrase: "Goede", "Aantoonbare", "Sterke technische", "Enige", "Mondelinge en schriftelijke". */
const NL_ADJECTIVES = `(?:(?:[${L}]+e|enig|veel|voldoende)(?:,?\\s+(?:en|of)\\s+[${L}]+e)?\\s+){0,3}`;
const EN_ADJECTIVES =
  '(?:(?:strong|good|solid|proven|excellent|extensive|hands-on|deep|basic|working|some|practical|relevant|related|previous|prior|demonstrable|thorough|in-depth|broad|sound|technical|professional)\\s+){0,3}';

/** English words that open a demand and are no name: "Strong", "Experience" (not "Python"). */
const EN_LOWER =
  /^(?:an?|the(?= ability)|strong|good|solid|proven|excellent|extensive|hands-on|deep|basic|working|some|practical|relevant|related|previous|prior|demonstrable|thorough|in-depth|broad|sound|technical|professional|work|industry|experience|knowledge|familiarity|proficiency|skills|understanding|affinity|command|grasp|ability|fluent|familiar|proficient|able|willing|comfortable|in|demonstrated|expertise|competency|competence|advanced|expert|knowledgeable|analytical|[a-z]+(?:al|ic|ive|ed)(?= (?:mindset|attitude|personality)))\b/i;

/** Noun-phrase demands and the verb that makes each a sentence; the rest of the words stay as they are. */
const NL_FORMS: Array<{ re: RegExp; verb: 'have' | 'be' | 'have-the' | 'have-a' }> = [
  // "Kennis van", "Goede kennis van", "Aantoonbare werkervaring in", "Affiniteit met", "Communicatieve vaardigheden"
  {
    re: new RegExp(
      `^${NL_ADJECTIVES}[${L}]*(?:kennis|ervaring|affiniteit|interesse|vaardigheden|kwaliteiten)(?:\\s+(?:en|of)\\s+(?:kennis|ervaring|affiniteit|interesse))?\\s+(?:van|met|in|op|als|binnen|bij|rond|omtrent|over|aan|voor|t\\.b\\.v\\.)\\s`,
      'i',
    ),
    verb: 'have',
  },
  { re: new RegExp(`^${NL_ADJECTIVES}[${L}]*(?:vaardigheden|kwaliteiten)[.!]?$`, 'i'), verb: 'have' },
  // "Communicatieve vaardigheden en een goede beheersing van …", "Werkervaring en affiniteit met …"
  { re: new RegExp(`^${NL_ADJECTIVES}[${L}]*(?:kennis|ervaring|vaardigheden|kwaliteiten)\\s+(?:en|of)\\s`, 'i'), verb: 'have' },
  // "Een goede beheersing van het Engels", "Een sterke affiniteit met techniek"
  { re: new RegExp(`^een\\s+${NL_ADJECTIVES}(?:beheersing|kennis|affiniteit|interesse|gevoel)\\s+(?:van|met|voor|in)\\s`, 'i'), verb: 'have' },
  // "Een (afgerond) diploma verpleegkunde", "Een getuigschrift …": the document the reader has.
  { re: new RegExp(`^een\\s+${NL_ADJECTIVES}(?:diploma|getuigschrift|certificaat|bewijs|opleiding|vooropleiding)(?![${L}])`, 'i'), verb: 'have' },
  { re: new RegExp(`^(?:diploma|getuigschrift)\\s+(?![${L}]+\\s+(?:is|zijn)\\s)`, 'i'), verb: 'have-a' },
  // "Een energieke leider met ervaring in …", "Een collega die …": the person the reader is.
  {
    re: new RegExp(
      `^een\\s+(?:[${L}-]+,?\\s+){0,3}?(?:leider|collega|professional|teamplayer|teamspeler|aanpakker|doorzetter|allrounder|vakman|vakvrouw|vakkracht|organisator|ondernemer|netwerker|verbinder|denker|doener|regelaar)\\s+(?:met|die|in|voor|op|uit)\\s`,
      'i',
    ),
    verb: 'be',
  },
  // "Goede beheersing van Excel" → "Je hebt een goede beheersing van Excel"; "Zelfstandige werkhouding met …"
  // (Or two qualities of it: "Zelfstandige en gestructureerde werkstijl met …".)
  {
    re: new RegExp(`^(?:[${L}]+e(?:\\s+en|,)?\\s+){1,3}(?:beheersing\\s+van|(?:werk)?houding|werkstijl|werkwijze|instelling|mentaliteit)(?:\\s|$)`, 'i'),
    verb: 'have-a',
  },
  // "Vermogen om …" → "Je hebt het vermogen om …"
  { re: /^vermogen\s+(?:om|tot)\s/i, verb: 'have-the' },
  // "In het bezit van", "Bekend met", "Vaardig in", "In staat om" (or "In staat goed te …"), "Bereid om", "Telefonisch vaardig", "Fulltime beschikbaar",
  // "Breed inzetbaar in …", "Fysiek in goede conditie"
  {
    re: /^(?:(?:reeds |al )?in (?:het )?bezit van|bekend met|vertrouwd met|vaardig in|in staat (?:om|te|tot|(?:[a-zë]+\s+){1,2}te)|bereid (?:om|te|tot)|woonachtig in|(?:zeer |heel )?(?:sterk|goed) in|ervaren (?:in|met)|(?:(?:fulltime|full-time|parttime|part-time|voltijds?|deeltijds?|direct|flexibel|breed|overal)\s+)?(?:beschikbaar|inzetbaar)|(?:fysiek|lichamelijk)\s+(?:fit|sterk|in (?:goede|prima) (?:conditie|gezondheid)))(?:\s|$|[.!])/i,
    verb: 'be',
  },
  { re: new RegExp(`^[${L}]+\\s+vaardig[.!]?$`, 'i'), verb: 'be' },
  // "Goed communicatief vaardig in het Nederlands en Engels"
  { re: new RegExp(`^(?:(?:goed|zeer|uitstekend)\\s+)?[${L}]+\\s+vaardig\\s+(?:in|met)\\s`, 'i'), verb: 'be' },
];
const EN_FORMS: Array<{ re: RegExp; verb: 'have' | 'be' | 'have-a' | 'have-the' }> = [
  // "Analytical mindset with good problem-solving skills" → "You have an analytical mindset …"
  { re: /^[a-z-]+\s+(?:mindset|attitude|personality)(?:\s|$)/i, verb: 'have-a' },
  // "A structured and analytical mindset with …": the article is the posting's own.
  { re: /^an?\s+(?:[a-z-]+,?\s+(?:(?:and|or)\s+)?){1,4}(?:mindset|attitude|personality|work ethic)(?:\s|[.!]?$)/i, verb: 'have' },
  {
    re: new RegExp(
      `^${EN_ADJECTIVES}(?:(?:work|industry|professional|hands-on)\\s+)?(?:experience|knowledge|familiarity|proficiency|skills)(?:\\s+and\\s+knowledge)?\\s+(?:of|with|in|as|on|[a-z]+ing(?:\\/[a-z]+ing)?)\\s`,
      'i',
    ),
    verb: 'have',
  },
  // "Excellent written and verbal communication skills", "Strong SQL skills"
  // (Or with what they bear on after a comma: "Strong analytical and problem-solving skills, with experience in …".)
  {
    re: new RegExp(
      `^${EN_ADJECTIVES}(?:[A-Za-z/+#-]+,?\\s+(?:and\\s+|or\\s+)?){1,5}skills(?:[.!]?$|,\\s|\\s+and\\s+(?:an?\\s+)?(?:understanding|knowledge|experience)\\s)`,
      'i',
    ),
    verb: 'have',
  },
  // "A good command of English", "An affinity with open data": the article is the posting's own.
  { re: new RegExp(`^an?\\s+${EN_ADJECTIVES}(?:understanding|affinity|command|grasp|knowledge|background)\\s+(?:of|with|in|for)\\s`, 'i'), verb: 'have' },
  // "Ability to speak Mandarin" → "You have the ability to speak Mandarin"
  { re: /^(?:(?:demonstrated|proven|strong)\s+)?ability\s+to\s/i, verb: 'have-the' },
  // "Marketing experience", "HTML5, CSS3 and JavaScript development experience": what the experience is in, before it.
  { re: /^(?:[A-Za-z0-9/+#-]+,?\s+(?:and\s+|or\s+)?){1,5}experience[.!]?$/i, verb: 'have' },
  // "The ability to collaborate with …": the article is the posting's own.
  { re: /^the\s+ability\s+to\s/i, verb: 'have' },
  // "Deep understanding of X" → "You have a deep understanding of X"
  { re: new RegExp(`^${EN_ADJECTIVES}(?:understanding|affinity|command|grasp)\\s+(?:of|with|in|for)\\s`, 'i'), verb: 'have-a' },
  {
    re: /^(?:fluent in|familiar with|proficient in|able to|willing to|comfortable with|in possession of|expert in|knowledgeable (?:about|of|in))\s/i,
    verb: 'be',
  },
  // "Expertise in R and Python", "Advanced competency in SAP HANA"
  { re: new RegExp(`^${EN_ADJECTIVES}(?:advanced\\s+)?(?:expertise|competency|competence)\\s+(?:in|with)\\s`, 'i'), verb: 'have' },
  // "Demonstrated ability in machine learning" → "You have a demonstrated ability in …"
  { re: /^(?:demonstrated|proven)\s+ability\s+(?:in|with)\s/i, verb: 'have-a' },
  // "Related Contract Manufacturing or Business Operations experience", "Technical management experience building …"
  {
    re: /^(?:related|relevant|previous|prior|technical|practical)\s+(?:[A-Za-z/&-]+\s+){1,5}experience(?:[.!]?$|\s+(?:in|with|of|[a-z]+ing)\s)/i,
    verb: 'have',
  },
];

/**
 * A kept demand as a sentence in the posting's register, or null when it opens with no noun phrase
 * a verb can safely take: "Kennis van C en C++" → "Je hebt kennis van C en C++.", "In het bezit van
 * een rijbewijs B" → "Je bent in het bezit van een rijbewijs B.", "Experience with SQL" → "You have
 * experience with SQL.".
 */
export function asSentence(line: string, you: Register, lang: Language): string | null {
  const body = line
    .replace(LIST_MARK, '')
    .replace(/^-(?=\p{Lu})/u, '')
    .trim()
    .replace(/[\s;,]+$/, '');
  // A line of two demands, each a sentence: each said ("Experience with X. Experience with Y.").
  const two = body.split(/(?<=\p{Ll}{3}\)?\.)\s+(?=\p{Lu}\p{Ll})/u);
  if (two.length === 1) return oneSentence(body, you, lang);
  const said = two.map((part) => oneSentence(part, you, lang));
  return said.every(Boolean) ? said.join(' ') : null;
}

/** One demand as a sentence (see asSentence). */
function oneSentence(body: string, you: Register, lang: Language): string | null {
  // "Het is van belang dat je goed Nederlands spreekt" → "Je spreekt goed Nederlands."
  const weighty = lang === 'nl' ? /^het is (?:van belang|belangrijk|essentieel|noodzakelijk|vereist|een must) dat (?:je|jij|u) (.+)$/i.exec(body) : null;
  if (weighty) return asMainClause(weighty[1]!.replace(/[.!]$/, ''), you);
  // (Nor a line that is a clause already: "Ervaring met WordPress is een vereiste".)
  if (!body || /^[(["“‘]/.test(body) || /\?$/.test(body) || /\s(?:is|zijn|wordt|worden|are)\s/i.test(body.replace(/\([^()]*\)/g, ''))) return null;
  const end = /[.!?]$/.test(body) ? '' : '.';
  // (A name or an abbreviation keeps its capitals: "SQL skills".)
  const rest = /^\p{Lu}{2}/u.test(body) || (lang === 'en' && !EN_LOWER.test(body)) ? body : body.charAt(0).toLowerCase() + body.slice(1);
  if (lang === 'en') {
    // "Must be able to manage …" → "You are able to manage …", "Applicant must have a dynamic skill set" → "You have a …".
    const must = /^(?:(?:the\s+)?(?:applicants?|candidates?)\s+)?must\s+(be able to|have|be)\s+(\S.*)$/i.exec(body);
    // (Not one that goes on with another bare verb: "must have a dynamic skill set, be willing to …".)
    if (must && !/\b(?:is|are|was|were)\b|(?:,|\band|\bor)\s+(?:be|have|possess|demonstrate)\s/i.test(must[2]!)) {
      const verb = must[1]!.toLowerCase();
      return `You ${verb === 'have' ? 'have' : verb === 'be' ? 'are' : 'are able to'} ${must[2]}${end}`;
    }
    // (Another demand said with its own verb stays as it is: "Should have …", "Will be …".)
    if (/^(?:must|should|will|would|need|needs|have|has|be|is|are)\s/i.test(body)) return null;
    // (Emphasis is the posting's layout, not its words: "Strong **SQL skills** …".)
    const plain = body.replace(/\*\*|__/g, '');
    const form = EN_FORMS.find((f) => f.re.test(plain));
    if (!form) return null;
    const article = form.verb === 'have-a' ? (/^[aeiou]/i.test(rest) ? 'an ' : 'a ') : form.verb === 'have-the' ? 'the ' : '';
    return `You ${form.verb === 'be' ? 'are' : 'have'} ${article}${rest}${end}`;
  }
  // "Bereidheid om bij te leren" → "Je bent bereid om bij te leren."
  const willing = /^bereidheid\s+((?:om|te|tot)\s.+)$/i.exec(body);
  if (willing) return `${you.subject} bent bereid ${willing[1]}${end}`;
  // "Beheersing van de Nederlandse taal" → "Je beheerst de Nederlandse taal."; "Vaardigheid in het lezen van …" → "Je bent vaardig in …".
  const masters = /^beheersing van\s+(.+)$/i.exec(body);
  if (masters) return `${you.subject} beheerst ${masters[1]}${end}`;
  // "Beschikken over een geldig rijbewijs B" (a list in the infinitive) → "Je beschikt over …".
  const holds = /^beschikken over\s+(.+)$/i.exec(body);
  if (holds) return `${you.subject} beschikt over ${holds[1]}${end}`;
  // "In het bezit van eigen vervoer" → "Je hebt eigen vervoer." ("Je bent in het bezit van eigen vervoer" is no Dutch)
  const owns = /^in (?:het )?bezit van\s+(eigen\s.+)$/i.exec(body);
  if (owns) return `${you.subject === 'U' ? 'U heeft' : `${you.subject} hebt`} ${owns[1]}${end}`;
  const skilled = /^vaardigheid in\s+(.+)$/i.exec(body);
  if (skilled) return `${you.subject} bent vaardig in ${skilled[1]}${end}`;
  const listed = orWillingSentence(body, you) ?? infinitiveSentence(body, you) ?? knownWell(body, you);
  if (listed) return listed;
  // "Procesmatig kunnen denken en handelen" → "Je kunt procesmatig denken en handelen."
  const can = ableTo(body);
  if (can) return `${you.subject} ${you.can} ${can[1]!.charAt(0).toLowerCase()}${can[1]!.slice(1)} ${can[2]}.`;
  const form = NL_FORMS.find((f) => f.re.test(body.replace(/\*\*|__/g, '')));
  if (!form) return null;
  const polite = you.subject === 'U';
  const have = polite ? 'U heeft' : `${you.subject} hebt`;
  const be = polite ? 'U bent' : `${you.subject} bent`;
  const verb = form.verb === 'be' ? be : form.verb === 'have-the' ? `${have} het` : form.verb === 'have-a' ? `${have} een` : have;
  return `${verb} ${rest}${end}`;
}

/** "VCA certificaat (of bereidheid om te behalen)" → "Je hebt een VCA certificaat of je bent bereid het te behalen." */
function orWillingSentence(body: string, you: Register): string | null {
  const m = /^([^()]+?)\s*\(of bereid(?:heid)?\s+(?:om\s+)?(?:dit\s+|het\s+|deze\s+)?te\s+(behalen|halen)\)$/i.exec(body);
  if (!m || /\s(?:is|zijn|je|u)\s/i.test(` ${m[1]} `)) return null;
  const polite = you.subject === 'U';
  const what = /^\p{Lu}{2}/u.test(m[1]!) ? m[1]! : m[1]!.charAt(0).toLowerCase() + m[1]!.slice(1);
  return `${polite ? 'U heeft' : `${you.subject} hebt`} ${/^(?:een|de|het)\s/i.test(what) ? '' : 'een '}${what} of ${polite ? 'u bent' : `${you.subject.toLowerCase()} bent`} bereid het te ${m[2]!.toLowerCase()}.`;
}

/** "SEO en SEA hebben voor jou geen geheimen" → "Je kent SEO en SEA goed." (an idiom, said plainly: principle 12). */
function knownWell(body: string, you: Register): string | null {
  const m = /^(.+?)\s+(?:hebben|heeft|kennen|kent)\s+(?:voor (?:jou|je|u)\s+)?geen geheimen(?:\s+voor (?:jou|je|u))?[.!]?$/i.exec(body);
  if (!m || /^(?:je|jij|u|het|dit|dat)\s/i.test(m[1]!)) return null;
  // (A name alone keeps its capital: "Excel".)
  return `${you.subject} kent ${/^\p{Lu}{2}|^\S+$/u.test(m[1]!) ? m[1] : m[1]!.charAt(0).toLowerCase() + m[1]!.slice(1)} goed.`;
}

/** A list item in the infinitive: "Stressbestendig zijn" → "Je bent stressbestendig.", "Een rijbewijs B hebben" → "Je hebt een rijbewijs B." */
function infinitiveSentence(body: string, you: Register): string | null {
  const m = /^((?:[^\s]+\s+){0,6}?[^\s]+)\s+(zijn|hebben)[.!]?$/i.exec(body);
  if (
    !m ||
    /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:je|jij|u|wij|we|ons|onze|wie|wat|hoe|waar|die|dat|om|te|is|zijn|heeft|hebt|wordt|kan|kunt|wil|moet)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(
      m[1]!,
    )
  )
    return null;
  const own = /^\p{Lu}{2}/u.test(m[1]!) ? m[1]! : m[1]!.charAt(0).toLowerCase() + m[1]!.slice(1);
  const polite = you.subject === 'U';
  return `${m[2]!.toLowerCase() === 'zijn' ? (polite ? 'U bent' : `${you.subject} bent`) : polite ? 'U heeft' : `${you.subject} hebt`} ${own}.`;
}

/** "Procesmatig kunnen denken en handelen": how, "kunnen" and one or two actions. */
export function ableTo(text: string): RegExpExecArray | null {
  // (Up to four words before it: "Zelfstandig en in teamverband kunnen werken"; not a subject: "Je moet … kunnen".)
  const m = /^(?!(?:je|jij|u|we|wij|zij|ze|hij|men|iedereen)\s)([A-Za-zÀ-ÖØ-öø-ɏ-]+(?:\s+[A-Za-zÀ-ÖØ-öø-ɏ-]+){0,3})\s+kunnen\s+(.+)$/i.exec(
    text.replace(/[.;]+$/, ''),
  );
  return m && /^(?:\p{Ll}+\s+)?\p{Ll}+en(?:\s+(?:en|of)\s+\p{Ll}+en)?$/u.test(m[2]!) ? m : null;
}

/**
 * A plus without the marker its section now says anyway: a leading "Bij voorkeur" / "Daarnaast is …
 * een pré", or a trailing "is een pré / plus / troef / meerwaarde", only where what is left reads
 * whole ("Daarnaast is kennis van X een pre." → "Kennis van X."); else the line as it was.
 */
export function withoutPlusMark(line: string, lang: Language): string {
  const body = line.trim();
  const end = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1).replace(/[\s;,.]+$/, '')}${/[!?]$/.test(s) ? '' : '.'}`;
  const what =
    (lang === 'en' ? EN_PLUS_TAIL : NL_PLUS_FRAMED).exec(body)?.[1] ??
    (lang === 'en' ? null : NL_PLUS_TAIL.exec(body)?.[1]) ??
    PLUS_CANDIDACY.exec(body)?.[1] ??
    (lang === 'en' ? EN_PLUS_LEAD : NL_PLUS_LEAD).exec(body)?.[1];
  const condition = what ? NL_IF_YOU.exec(what.trim()) : null;
  if (condition) return end(`${condition[1]!.toLowerCase() === 'u' ? 'U' : 'Je'} ${condition[3]!.toLowerCase()} ${condition[2]}${condition[4]}`);
  // What is left must be the thing itself, not a clause ("Als je … hebt, is dat een pré"), nor a
  // verb that asks its subject after it ("Bij voorkeur heb je …") or a phrase that hangs ("Bij voorkeur met …").
  if (!what || !wholePhrase(what) || new RegExp(`^[${L}]+\\s+(?:je|jij|u|you)\\b`, 'i').test(what)) return body;
  if (/^(?:daarnaast|verder|ook|tevens|is|zijn|heeft|hebben|wordt|met|in|op|als|een opleiding|you|with|in|a|an)\b/i.test(what)) return body;
  return end(what);
}

/** "Daarnaast is kennis van X een pre." */
const NL_PLUS_FRAMED =
  /^(?:daarnaast|verder|ook|tevens)\s+(?:is|zijn)\s+(.+?)\s+(?:een\s+)?(?:(?:grote|sterke|mooie|extra)\s+)?(?:pré|pre|plus|pluspunt|troef|meerwaarde)\s*[.!]?$/i;
/** "Kennis van X is een pré." */
const NL_PLUS_TAIL =
  /^(.+?),?\s+(?:is|zijn)\s+(?:(?:dit|dat)\s+)?(?:een\s+)?(?:(?:grote|sterke|mooie|extra|dikke)\s+)?(?:pré|pre|plus|pluspunt|troef|meerwaarde)\s*[.!]?$/i;
/** "Indien je kennis hebt van lassen" (… is dit een plus) → "Je hebt kennis van lassen". */
const NL_IF_YOU = /^(?:indien|als|wanneer)\s+(je|jij|u)\s+(.+?)\s+(hebt|heeft|bent|kunt|kan|spreekt|beheerst)((?:\s+\S+)*)$/i;
/** "Affiniteit met motoren versterkt je kandidatuur", "… strengthens your application" */
const PLUS_CANDIDACY = /^(.+?),?\s+(?:versterkt|strengthens?)\s+(?:je|jouw|uw|your)\s+(?:kandidatuur|sollicitatie|application|candidacy)\s*[.!]?$/i;
/** "Bij voorkeur enkele jaren werkervaring" */
const NL_PLUS_LEAD = /^(?:en\s+)?(?:bij voorkeur|liefst|daarnaast|eventueel)[,:]?\s+(.+)$/i;
// (With its verb or without: "Experience with R is a plus", "Experience with R a plus", "… data preferred".)
const EN_PLUS_TAIL =
  /^(.+?)(?:,?\s+(?:is|are))?\s+(?:(?:a|an)\s+(?:(?:big|strong|real|great)\s+)?(?:plus|advantage|bonus|asset)|(?:strongly\s+)?(?:preferred|desired|desirable))\s*[.!]?$/i;
const EN_PLUS_LEAD = /^(?:preferably|ideally)[,:]?\s+(.+)$/i;

/** A noun phrase that reads whole: not a clause, a pronoun or a word or two hanging from what went. */
function wholePhrase(s: string): boolean {
  return (
    s.split(/\s+/).length >= 2 &&
    // (Nor a clause with its own subject: "Je hebt … opleidingen, certificering is een pré" is a plus for its last words only.)
    !/^(?:het|dat|dit|die|als|wanneer|indien|je|jij|u|we|wij|ik|it|that|this|if|when|which|you|we)\b/i.test(s) &&
    !/\b(?:je|jij|u|you)\s*$/i.test(s) &&
    !/[,;]\s*(?:als|wanneer|indien|dat|if|when)\b/i.test(s)
  );
}

/** The lines of one requirement block: its heading line first, up to the next heading. */
export function requirementRuns(lines: Line[], blockLines: ReadonlySet<Line>): Line[][] {
  const runs: Line[][] = [];
  let run: Line[] | null = null;
  for (const line of lines) {
    if (!blockLines.has(line)) {
      run = null;
      continue;
    }
    // (A heading that only goes on with the subject of its items, "En je:", goes on with the block.)
    if ((line.heading && !(run && subjectLead(line.text) !== null)) || !run) {
      run = [line];
      runs.push(run);
    } else run.push(line);
  }
  return runs;
}

export interface OneBlockInput {
  blocks: Block[];
  lines: Line[];
  blockLines: ReadonlySet<Line>;
  /** Items that only go on from their lead-in ("- die een aanpakker is"): such a block keeps its heading. */
  continuation: ReadonlySet<Line>;
  /** Items of a lead-in ("Wij zoeken iemand die") said as sentences of their own, by where the line starts; and those lead-ins. */
  said?: ReadonlyMap<number, string>;
  saidLeads?: ReadonlySet<number>;
  requirements: Requirement[];
  you: Register;
  lang: Language;
  /** The sentences a changed prose line kept and what each asks, per block (they become items of the list). */
  proseKept: ReadonlyMap<Block, Array<{ text: string; ids: string[] }>>;
  /** Where the new sections go: lines of the block after it are closing lines and stay as they are. */
  until: number;
  /** The lines the rewrite replaced, or took out for the profile or the law: a block with one was rewritten. */
  rewrote: ReadonlySet<Block>;
  /** The "or equivalent" line when the rewrite put it among the blocks. */
  orEquivalent: Block | null;
}

/**
 * The first requirement block the rewrite changed, made one block; returns its range in `blocks`
 * (the heading's index and the index after its last line), the heading's Markdown level and the
 * blocks only given the list's form, or null when no block qualifies. Changes `blocks` in place.
 */
export function asOneBlock(input: OneBlockInput): { first: number; end: number; level: string; restyled: Set<string> } | null {
  const { blocks } = input;
  const kind = new Map(input.requirements.map((r) => [r.id, r.kind]));
  // The block whose demands were replaced is the one the candidate brings, before one whose only
  // change is a quality moved to the profile ("Who you are" above "Must-Haves").
  const demandReplaced = (b: Block) => input.rewrote.has(b) && b.requirementIds.some((id) => kind.get(id) !== 'trait');
  const spans = requirementRuns(input.lines, input.blockLines).flatMap((run) => {
    const first = headingOf(run, input);
    if (first < 0) return [];
    const last = run.at(-1)!;
    let end = first + 1;
    while (end < blocks.length && (!blocks[end]!.source ? blocks[end] === input.orEquivalent : blocks[end]!.source!.start < last.end)) end++;
    return [{ first, end, body: blocks.slice(first + 1, end) }];
  });
  const chosen =
    spans.find(({ body }) => body.some(demandReplaced) || body.includes(input.orEquivalent!)) ??
    // (A plus or a practical condition moved in its own words leaves the block as the posting wrote it.)
    spans.find(({ body }) => body.some((b) => input.rewrote.has(b)));
  if (chosen) {
    const { first, end } = chosen;
    const level = blocks[first]!.role === 'heading' ? (/^#{1,6}\s/.exec(blocks[first]!.markdown)?.[0] ?? '### ') : '### ';
    const name = input.lang === 'en' ? 'What you bring' : input.you.bring;
    blocks[first] = { ...blocks[first]!, kind: 'changed', role: 'heading', markdown: `${level}${name}` };
    // The posting's heading right above it, over no line of its own ("What do we seek from you?" over
    // "Must-Haves"), named the same block: it goes too.
    const restyled = new Set<string>();
    let above = first - 1;
    while (above >= 0 && !blocks[above]!.markdown.trim()) above--;
    const outer = blocks[above];
    if (outer?.kind === 'kept' && outer.role === 'heading' && headingKind(outer.markdown) === 'requirements') {
      blocks[above] = { ...outer, kind: 'changed', markdown: '' };
      restyled.add(outer.id);
    }
    for (const id of asItems(input, first + 1, Math.min(end, input.until))) restyled.add(id);
    return { first, end, level, restyled };
  }
  return null;
}

/**
 * The new sections beside the block made one (`one`), before they go in at `at`; returns where they
 * go now. What the rewrite wrote for prose ("Wat je meebrengt") joins the block's list, each line
 * once, even when that prose stood far from it ("… see the Admission Requirements" under the
 * procedure): one "Wat je meebrengt". A block all of whose lines left has nothing to bring: the new
 * sections stand in its place. The new sections take the block's heading level.
 */
export function withBlock(
  one: { first: number; end: number; level: string },
  blocks: Block[],
  added: Array<Omit<Block, 'id'>>,
  at: number,
  bringName: string,
  id: () => string,
): number {
  const adjoining = blocks.slice(Math.min(at, one.end), Math.max(at, one.end)).every((b) => !b.markdown.trim());
  const bringHeading = added[0]?.role === 'heading' && added[0].markdown === `### ${bringName}`;
  const said = new Set(blocks.slice(one.first, one.end).flatMap((b) => b.markdown.split('\n')));
  const size = added.findIndex((b, i) => i > 0 && b.role === 'heading');
  const bring = bringHeading ? added.splice(0, size < 0 ? added.length : size).filter((b, i) => i > 0 && !said.has(b.markdown)) : [];
  if (adjoining) added.unshift(...bring);
  else if (bring.length) {
    const end = Math.min(one.end, at);
    blocks.splice(end, 0, ...bring.map((b) => ({ ...b, id: id() })));
    if (at >= end) at += bring.length;
  }
  const empty = blocks.slice(one.first + 1, one.end).every((b) => !b.markdown.trim());
  if (!bringHeading && empty && (!added.length || added[0]!.role === 'heading')) blocks[one.first] = { ...blocks[one.first]!, markdown: '' };
  for (const [i, b] of added.entries()) if (b.role === 'heading') added[i] = { ...b, markdown: b.markdown.replace(/^#{1,6}\s/, one.level) };
  return at;
}

/**
 * "Or equivalent" never stands under a line that asks a licence, a certificate, what the law demands
 * or a condition ("Rijbewijs B en vlot Nederlands", "U.S. citizenship is required"): it would say
 * those too can be learned anywhere. It
 * goes above such lines at the end of the list, after the must-haves it speaks of (EXEMPLARS.md,
 * principle 6). Changes `blocks` in place.
 */
export function notUnderLicence(blocks: Block[], words: string, requirements: Requirement[]): void {
  const at = blocks.findIndex((b) => b.kind === 'added' && b.markdown === words);
  if (at < 0) return;
  const byId = new Map(requirements.map((r) => [r.id, r]));
  const bound = (b: Block) =>
    b.kind !== 'added' &&
    b.role === 'item' &&
    b.requirementIds.some((id) => {
      const r = byId.get(id);
      return !!r && (r.legal || r.kind === 'licence' || r.kind === 'certificate' || r.kind === 'other');
    });
  let to = at;
  for (let i = at - 1; i >= 0; i--) {
    if (!blocks[i]!.markdown.trim()) continue;
    if (!bound(blocks[i]!)) break;
    to = i;
  }
  // Only after a must-have it speaks of: never above the whole list.
  const before = blocks.slice(0, to).findLast((b) => b.markdown.trim());
  if (to === at || before?.role !== 'item') return;
  const [line] = blocks.splice(at, 1);
  blocks.splice(to, 0, line!);
}

/**
 * Where a block's own heading stands in `blocks`, or -1: a block that opens with its heading and
 * asks something (not pluses alone, nor a list whose items only go on from their lead-in: "Wij
 * zoeken iemand die" over "- scherpe teksten kan schrijven").
 */
function headingOf(run: Line[], { blocks, continuation }: OneBlockInput): number {
  const head = run[0]!;
  if (!head.heading || head.section === 'preferred' || head.bullet || run.some((l) => continuation.has(l))) return -1;
  const first = blocks.findIndex((b) => b.source?.start === head.start && b.source.end === head.end);
  const role = blocks[first]?.role;
  if (first < 0 || blocks[first]!.kind !== 'kept' || (role !== 'heading' && role !== 'paragraph')) return -1;
  // A line shown as prose heads the block only when it names the demands ("Wij vragen van onze nieuwe
  // collega:"), not a lead-in that speaks ("Afhankelijk van jouw voorkeur werk je binnen:").
  const kind = headingKind(head.text);
  return kind === 'requirements' || (role === 'heading' && head.section === 'requirements' && (kind === null || kind === 'other')) ? first : -1;
}

/**
 * The block's own lead-in right under its new heading ("Wie zoeken we?", "… zijn we op zoek naar het
 * volgend profiel:", "Formal Education Required:") named what the heading now names: it goes
 * (EXEMPLARS 3: "Functie eisen zijn:" is replaced by the headings), unless its items read on from it.
 * Returns the ids of the posting's lines taken out. Changes `blocks` in place.
 */
function withoutOwnLeadIn(blocks: Block[], from: number, to: number): string[] {
  // (Under the block's own heading: "### Who are we looking for?" over "**We are looking for someone who has:**".)
  const first = blocks.slice(from, to).findIndex((b) => !!b.markdown.trim() && b.role !== 'heading');
  if (first < 0) return [];
  const lead = blocks[from + first]!;
  const next = blocks.slice(from + first + 1, to).find((b) => !!b.markdown.trim());
  // (Or the last sentence of its line, which goes alone: "Met jouw expertise maken we het verschil! Wat we van jou vragen?".)
  const last = /(?:^|(?<=[.!?])\s+)([^.!?]*[:?]\s*\**)$/.exec(lead.markdown);
  if (
    last &&
    lead.role === 'paragraph' &&
    // (What is left of a line a quality left, "Jij bent een betrokken collega … Wat we van jou vragen?", too.)
    ((lead.kind === 'kept' && !lead.requirementIds.length) || (lead.kind === 'changed' && last.index > 0)) &&
    last[1]!.length <= 160 &&
    NAMES_DEMANDS.test(last[1]!) &&
    !/^[-*]\s+\p{Ll}/u.test(next?.markdown ?? '')
  ) {
    blocks[from + first] = { ...lead, kind: 'changed', markdown: lead.markdown.slice(0, last.index).trim() };
    return [lead.id];
  }
  // (So too the lead-in of a list the page flattened into that line: "Wie zoeken we? · Je hebt …".)
  const flattened = lead.kind === 'changed' ? /^([^\n]{1,160}[:?])\n\n(?=- )/.exec(lead.markdown) : null;
  if (flattened && NAMES_DEMANDS.test(flattened[1]!)) blocks[from + first] = { ...lead, role: 'item', markdown: lead.markdown.slice(flattened[0].length) };
  return [];
}

/** A line without its list mark, also one glued to its word ("-Experience in …"). */
const unmarked = (words: string) =>
  words
    .replace(LIST_MARK, '')
    .replace(/^-(?=\p{Lu})/u, '')
    .trim();

/** A lead-in that names what is asked: "Wie zoeken we?", "het volgend profiel:", "Formal Education Required:". */
export const NAMES_DEMANDS =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:profiel|profile|zoeken|zoekt|vragen|vraagt|verwachten|verwacht|eisen|vereist|vereisten|required|requirements|qualifications|looking for|meebrengen|meebrengt|nodig|need)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

/**
 * The block's lines from `from` to `to` as items of its list; returns the ids of the posting's own
 * lines only given that form (no requirement's change is carried by them). The law's line and a
 * plus stay in their own words; a must-have may become a sentence. A line that asks nothing the
 * extraction saw becomes an item only as a sentence ("Herken je jezelf hierin?" stays).
 */
function asItems(input: OneBlockInput, from: number, to: number): string[] {
  const { blocks, you, lang } = input;
  const byId = new Map(input.requirements.map((r) => [r.id, r]));
  // After a lead-in of the block's own ("Een ervaren collega met:") its lines read on from it: items, in their words.
  let led = false;
  const item = (words: string, ids: string[]): string | null => {
    const asked = ids.map((id) => byId.get(id)).filter((r): r is Requirement => !!r);
    const own = unmarked(words);
    const sentence = led || asked.some((r) => r.legal || !r.mandatory) ? null : asSentence(own, you, lang);
    // (Nor a question put to the reader, "Weet jij wat je doet? Dan ben jij …": it stays the prose it was.)
    if (!sentence && (!asked.length || /\?/.test(own))) return null;
    // (A line that opens with its subject is a sentence: it ends as one.)
    const said = own.replace(/[\s;,]+$/, '');
    return `- ${sentence ?? (/^(?:je|jij|u|you)\s/i.test(said) && /[A-Za-zÀ-ÖØ-öø-ɏ0-9)]$/.test(said) ? `${said}.` : said)}`;
  };
  // The posting's prose lines become items only where most of them ask something: in a block that
  // also holds the job's tasks as prose ("Who You Are" over "Design experiments …"), they stay prose.
  const own = (b: Block) =>
    b.kind === 'kept' && (b.role === 'item' || b.role === 'paragraph') && !!b.markdown.trim() && !isMeta(b.markdown) && !/:\s*\**$/.test(b.markdown);
  const prose = blocks.slice(from, to).filter((b) => own(b) && b.role === 'paragraph');
  const asking = prose.filter((b) => b.requirementIds.length > 0).length * 2 >= prose.length;
  const restyled: string[] = [];
  restyled.push(...withoutOwnLeadIn(blocks, from, to));
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (b === input.orEquivalent) continue;
    // A lead-in whose items are now sentences of their own leaves ("Wij zoeken iemand die:"); its items say it.
    const sentence = b.source ? input.said?.get(b.source.start) : undefined;
    if (b.kind === 'kept' && b.source && input.saidLeads?.has(b.source.start)) {
      blocks[i] = { ...b, kind: 'changed', markdown: '' };
      restyled.push(b.id);
      continue;
    }
    if (b.kind === 'kept' && sentence) {
      blocks[i] = { ...b, kind: 'changed', role: 'item', markdown: `- ${sentence}` };
      restyled.push(b.id);
      continue;
    }
    if (b.kind === 'kept' && b.role !== 'item' && /:\s*\**$/.test(b.markdown)) led = true;
    const kept = input.proseKept.get(b);
    if (b.kind === 'changed' && kept?.length) {
      const rest = b.markdown.split('\n').filter((l) => /^- /.test(l));
      // (Its lead-in, "Wie zoeken we?", asks nothing: the section's heading says it.)
      const lead = (k: { text: string; ids: string[] }) => !k.ids.length && /[?:]$/.test(k.text.trim()) && NAMES_DEMANDS.test(k.text);
      const own = kept.filter((k, n) => !(n === 0 && lead(k))).map((k) => item(k.text, k.ids) ?? k.text);
      // Each kept sentence an item, unless one stays prose: then the prose stands above the list, as it was.
      if (own.every((o) => o.startsWith('- '))) blocks[i] = { ...b, role: 'item', markdown: [...own, ...rest].join('\n') };
      continue;
    }
    // (Not a lead-in of the block's own: "Daarnaast vragen wij:".)
    const markdown = own(b) && (b.role === 'item' || asking) ? item(b.markdown, b.requirementIds) : null;
    if (markdown && markdown !== b.markdown) {
      blocks[i] = { ...b, kind: 'changed', role: 'item', markdown };
      restyled.push(b.id);
    }
  }
  return restyled;
}
