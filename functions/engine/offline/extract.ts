/**
 * Which units of the posting ask something of the candidate, and what each asks (skill, trait,
 * experience, language, education). Long: most of it is the Dutch and English cue patterns the
 * judge reads, kept beside the judge that weighs them.
 */
import type { Requirement, RequirementKind } from '../../../shared/translation';
import { classify } from './classify';
import {
  ALTERNATIVE,
  asksExperience,
  CERTIFICATE,
  GATES,
  has,
  mayMatch,
  DUTCH_TASK,
  NAMED_SUBJECT,
  READER,
  REQUEST,
  THIRD_PARTY,
  WE,
  EMPLOYER,
  ENGLISH_TASK,
  EXPERIENCE,
  LANGUAGE,
  LANGUAGE_CODE,
  LICENCE,
  OTHER,
  SKILL,
  TRAIT,
  MUST,
  OFFER,
  PLUS,
  PLUS_STRONG,
  READER_VERB,
  SALARY,
  APPLYING,
  TASK_OPENERS,
  YEARS,
  workCondition,
} from './cues';
import { isEducation, selectionStep } from './classify';
import { clauses } from './split';
import { GLUE, MAYBE_GLUED, type Unit } from './segment';
import { headingKind, type SectionKind } from './sections';
import { matchAll } from './match-all';
import { namesStatutoryDocument } from '../../legal';

const CHEER = /^(?:geweldig|mooi|top|super|fijn|prima|leuk|great|awesome|even better)!?\s*[!.]?$/i;
const HOURS =
  /\b(?:\d+[- ]?uren ?week|(?:\d|twee|drie)[- ]?ploegen\w*|ploegendienst\w*|(?:werkuren|werktijden|uurrooster|working hours|schedule)\s*:\s*\S|fulltime|full-time|parttime|part-time|voltijd\w*|deeltijd\w*|\d+\s*(?:[-–]|tot|à)\s*\d+\s*(?:uur|hours)\b|uur per week|uren per week|dagen per week|hours per week|days per week)\b/i;
export const ASKS =
  /\b(?:je (?:herkent|denkt|werkt(?! (?:mee|samen|nauw|aan|met|in|op|bij|voor|vanuit|vanaf)\b)|combineert|deelt|schakelt|wilt|kunt|kan) |werk (?:je|jij) (?:graag|nauwkeurig|zelfstandig|accuraat)|(?:je|jij) (?:neemt|brengt) (?:[^.]{0,80}?\s)?mee|(?:je|jij) (?:krijgt|haalt) energie|krijg (?:je|jij) energie|energie (?:krijgt|haalt) (?:van|uit)|(?:(?:is|vind\w*) (?:(?:je|jij|u) )?het|het is) (?:voor (?:jou|u) )?geen probleem om|(?:je|jij) vindt het |vind (?:je|jij) het |je hebt|jij hebt|heb je|^(?:ben|heb) jij (?!op zoek|klaar|toe aan|degene)|je woont|je geraakt|^met (?:jouw|je) (?!team|collega|hulp|ervaring als)|^with your |je beschikt|beschik je|je bent|jij bent|ben je|in het bezit van|je spreekt|je kunt|je kan|you have|you are|you bring|you possess|must|required|vereist|verplicht|we zoeken (?:iemand|een kandidaat)|we are looking for someone|kennis van|ervaring (?:met|in|als|binnen)|\d+\+? (?:jaar|years?)|experience (?:with|in)|knowledge of|ability to)\b/i;

/**
 * A short line that states the job's hours or contract ("32 uur per week", "Fulltime") is a condition
 * the candidate must meet; one that offers a possibility, leave or a paid course is the offer's.
 */
const NOT_HOURS =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:mogelijk\w*|bespreekbaar|vakantie\w*|verlof\w*|opleiding|student\w*|vacatures|betaalde functie|possible|holiday\w*|leave)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
/**
 * A line that opens with the contract's hours ("Een voltijdse, afwisselende job binnen …", "Deeltijds
 * (geen weekendwerk) OF voltijds van dinsdag t/m zaterdag …") states them, however long it goes on;
 * not a page's menu of glued words ("Deeltijd medewerkerFamiliecoachGGZ …").
 */
const OPENS_WITH_HOURS = /^(?:een\s+)?(?:voltijd\w*|deeltijd\w*|fulltime|full-time|parttime|part-time)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
const opensWithHours = (text: string) => text.length <= 300 && OPENS_WITH_HOURS.test(text) && !/[a-zà-ÿ][A-ZÀ-Þ][a-zà-ÿ]/.test(text);
const hours = (text: string) => (text.length <= 80 || opensWithHours(text)) && HOURS.test(text) && !NOT_HOURS.test(text);

/** What the job holds the reader responsible for is a task: "Hier ben je verantwoordelijk voor ...", "Je bent als arts verantwoordelijk voor ...". */
const RESPONSIBLE =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:ben|bent|are|will be)\s+(?:(?:je|jij|you)\s+)?(?:\S+\s+){0,5}?(?:mede|eind)?(?:verantwoordelijke?|responsible)\s+(?:voor|for)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
/** The reader's place in the team is the job's, not a quality: "Je maakt deel uit van een gedreven team", "Je komt terecht in ...", "Je bent een belangrijke schakel in ...". */
const PLACE_IN_TEAM =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:(?:je|jij|u)\s+(?:\S+\s+)?(?:maakt|maak)\s+(?:\S+\s+)?deel\s+uit|(?:maakt|maak)\s+(?:je|jij|u)\s+(?:\S+\s+)?deel\s+uit|(?:je|jij|u)\s+(?:komt|kom)\s+(?:\S+\s+)?(?:terecht|te\s+werken)|(?:bent|ben)\s+(?:(?:je|jij|u)\s+)?(?:\S+\s+){0,2}?(?:onderdeel|deel|lid)\s+van|(?:bent|ben)\s+(?:(?:je|jij|u)\s+)?een\s+(?:\S+\s+){0,2}?(?:speler|schakel|spil|radertje)\s+(?:in|van|binnen)|(?:bent|ben)\s+(?:(?:je|jij|u)\s+)?(?:een|één)\s+van\s+de|(?:bent|ben)\s+(?:(?:je|jij|u)\s+)?(?:de|het)\s+(?:\S+\s+){0,2}?(?:schakel|spin|spil|rechterhand|gezicht|aanspreekpunt|verbindende factor|drijvende kracht|initiatiefnemer)(?![A-Za-zÀ-ÖØ-öø-ɏ])|you(?:'ll| will)?\s+(?:be\s+)?(?:part|a member)\s+of|you(?:'ll| will)\s+join)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

/** What the job gives: "Je hebt ook de mogelijkheid om je wekelijks te scholen", "Je krijgt de kans om …", "Hierin heb je de vrijheid om te experimenteren". */
const CHANCE =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:(?:je|jij|u|you)\s+(?:hebt|heb|krijgt|krijg|will have|get)|(?:heb|hebt|krijg|krijgt)\s+(?:je|jij|u))[\s,]+(?:[^.]{0,60}?\s)?(?:de|een|the|a)?\s*(?:mogelijkheid|kans|ruimte|gelegenheid|vrijheid|opportunity|chance|freedom)\s+(?:om|tot|voor|to)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

/** Where and with what the job is done, outside the requirements: "Je werkt voornamelijk op locatie", "Je werkt met een veelzijdige groep". How the reader works ("Je werkt graag samen", "nauwkeurig") is a quality. */
const WORK_SETTING =
  /^(?:je|jij|u|you)\s+(?:werkt|work)\s+(?!(?:graag|nauwkeurig|zelfstandig|gestructureerd|secuur|accuraat|netjes|hard|goed|snel|planmatig|resultaatgericht|klantgericht|oplossingsgericht|efficiënt|veilig|precies|well|independently|accurately|carefully)(?![A-Za-zÀ-ÖØ-öø-ɏ]))/i;

/**
 * The job said to the reader, not a quality: "Als koelmonteur heb je diverse werkzaamheden", "Je hebt
 * regelmatig contact met autobedrijven", "… ben je werkzaam in een klein team", "Je bent toe aan de
 * volgende stap", "In this
 * project you have two main goals", "Tijdens je
 * stage ben je betrokken bij alle marketingactiviteiten", "… ben jij onmisbaar in ons team", "Ben je met
 * z'n tweeën een hecht team", "Samen met het team werk je aan grote websites".
 */
const JOB_SAID =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:(?:(?:heb|hebt)\s+(?:je|jij|u)|(?:je|jij)\s+(?:hebt|heb)|you(?:\s+will)?\s+have)\s+(?:\S+\s+){0,2}?(?:werkzaamheden|taken|verantwoordelijkheden|doelen|tasks|duties|responsibilities|goals|contact\s+met|overleg\s+met)(?![A-Za-zÀ-ÖØ-öø-ɏ])|(?:(?:ben|bent)\s+(?:je|jij|u)|(?:je|jij|u)\s+(?:ben|bent))\s+(?:\S+\s+)?(?:werkzaam\s+(?:in|bij|binnen|op)(?![A-Za-zÀ-ÖØ-öø-ɏ])|betrokken\s+(?:bij|vanaf|in)|(?:onmisbaar|onmisbare)\s+(?:in|voor|binnen))|(?:je|jij|u)\s+(?:ben|bent)\s+toe\s+aan\s+(?:een|de|je|jouw|uw)\s+(?:volgende|nieuwe)\s+(?:stap|uitdaging)|^(?:ben|bent)\s+(?:je|jij|u)\s+(?:\S+\s+){0,4}?(?:een|ons)\s+(?:\S+\s+){0,2}?team[.!?]?$|^(?:samen\s+met\s+(?:\S+\s+){1,3}?)?werk\s+(?:je|jij|u)\s+(?:aan|mee|samen|met|op|in)(?![A-Za-zÀ-ÖØ-öø-ɏ])(?![^,]*,\s*dan(?![A-Za-zÀ-ÖØ-öø-ɏ])))/i;

/**
 * A sentence that tells the reader what to do is the job or the call to apply, not a demand:
 * "Inspireer, motiveer en coach jouw teamleden", "Bouw mee aan sterke content", "Discuss what
 * interests you in this project". (Not an inverted question: "Werk je graag …", "Ben je …".)
 */
const IMPERATIVE =
  /^(?:\p{Lu}\p{Ll}{3,}eer|Bouw|Maak|Zorg|Denk|Help|Ontwikkel|Bereik|Breng|Geef|Neem|Haal|Zet|Stel|Til|Leid|Stuur|Coach|Bedenk|Creëer|Schrijf|Draag|Verbind|Versterk|Discuss|Describe|Explain|Tell us|Include|Submit|Upload)(?:,|\s+(?!(?:je|jij|u|jezelf)(?![A-Za-zÀ-ÖØ-öø-ɏ]))\S)/u;

/** "Je hebt ervaring met de systemen die wij gebruiken": "wij" there is not the sentence's subject. */
const SUBORDINATE_WE =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:die|dat|waar\w*|welke|wat|zoals|hoe|that|which|where|what|as|how|when|wanneer)\s+(?:\S+\s+)?(?:we|wij)(?![A-Za-zÀ-ÖØ-öø-ɏ])/gi;
const NEEDED =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:nodig|belangrijk|gewenst|gevraagd|gewaardeerd|welkom|een must|een vereiste|needed|important|essential|desired|valued|welcome|necessary|expected|verwacht)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
const SUBJECT_NAMES_REQUIREMENT = /\b(?:motivatie|houding|mentaliteit|affiniteit|interesse|passie|attitude|mindset|motivation)\b/i;

/**
 * The sentence is about the employer, the job or a third party, not asked of the reader (#16):
 * "Dan maken we graag kennis met je!", "De tools zijn AI-gedreven", "TU Delft is ...". An
 * impersonal requirement ("Ervaring met SQL is een pré", "Een diploma is vereist") names what is
 * asked before its verb, or says it is required.
 */
export function aboutOthers(text: string): boolean {
  // "Ervaring is mooi meegenomen, maar motivatie vinden wij minstens zo belangrijk": a plus is asked of the reader.
  if (has(PLUS_STRONG, text)) return false;
  // (Not a line said to the reader first, "Je hebt een vlotte pen … en jou kunnen we nooit betrappen
  // op een taalfoutje", nor "we" in brackets: "Een doorzetter (beetje cliché, we know)".)
  const own = text.replace(/\([^)]*\)/g, ' ');
  if (WE.test(own) && !has(REQUEST, own) && WE.test(own.replace(SUBORDINATE_WE, '')) && !/^(?:[·•◦▪*–-]\s+)?(?:je|jij|u|you)\s/i.test(own)) return true;
  if (READER.test(text) || has(MUST, text) || has(PLUS, text)) return false;
  // What the employer does for people, said in the passive with no one asked: "Nieuwe ideeën en
  // initiatieven worden altijd aangemoedigd" (not "Kennis van SAP wordt gewaardeerd": a plus).
  if (
    /^(?!.*(?:je|jij|jouw|u|you|your)\b)[^,;]{3,80}?\s(?:wordt|worden|is|are|will be)\s+(?:\S+\s+){0,2}?(?:ge[A-Za-zÀ-ÖØ-öø-ɏ]+[dt]|aangemoedigd|gestimuleerd|encouraged|supported|celebrated)[.!]?$/i.test(
      text,
    ) &&
    !NEEDED.test(text) &&
    !isEducation(text) &&
    !CUES.some((re) => re.test(text))
  )
    return true;
  // A company said by its name after an opening phrase: "Built on a strong foundation, Illumina has always prioritized …".
  if (
    /(?:^|,\s+)(?:[A-Z][A-Za-z&.-]*\s+){1,3}(?:has|have|is|was|heeft|is altijd)\s+(?:always|long|consistently|altijd|al jaren)(?![A-Za-zÀ-ÖØ-öø-ɏ])/.test(
      text,
    ) &&
    !has(MUST, text)
  )
    return true;
  const definite = THIRD_PARTY.exec(text);
  // "De masteropleiding is in 2021 begonnen": a definite subject is a thing that exists, described;
  // what is asked is said to be needed ("Het diploma is noodzakelijk" has MUST above).
  if (definite && /^(?:de|het|deze|dit|the|this|these|those|our|onze|ons|their|its)\s/i.test(definite[0]) && !NEEDED.test(text)) return true;
  const m = definite ?? NAMED_SUBJECT.exec(text);
  if (!m) return false;
  const subject = m[0];
  // Plain tests, not `has`: its one remembered text per pattern is the unit's, asked again below.
  return !([LICENCE, CERTIFICATE, EXPERIENCE, SKILL, LANGUAGE, SUBJECT_NAMES_REQUIREMENT].some((re) => re.test(subject)) || isEducation(subject));
}

/**
 * What the employer has or gives, named as a noun phrase: "Een platte organisatie", "Het
 * ecosysteem van X", "Weinig regels", "25 vakantiedagen", "Een aanstelling voor onbepaalde tijd".
 * A quality is the reader's; the organisation, the team, its culture and the offer are not, wherever
 * the line stands, unless it says it is required or a plus (#16).
 */
const WORKPLACE_NOUN = String.raw`(?:organisatie|organisation|organization|bedrijf|familiebedrijf|onderneming|company|team|teams|afdeling|department|cultuur|bedrijfscultuur|culture|sfeer|werksfeer|atmosphere|vibe|omgeving|werkomgeving|environment|ecosysteem|ecosystem|regels|rules|start-?up|scale-?up|vakantiedagen|verlofdagen|adv-?dagen|aanstelling|salaris|salary|bonus|laptop|pensioenregeling|reiskostenvergoeding|opleidingsbudget|werkplek|toeslagen)`;
// Up to three words before the noun, none a preposition or a pronoun: "Ervaring in een team" names experience.
const NOT_ADJECTIVE = String.raw`(?:in|met|van|voor|op|bij|binnen|naar|als|with|of|for|at|within|as|je|jij|jouw|you|your|en|and|is|zijn|are)`;
const WORKPLACE = new RegExp(
  String.raw`^(?:(?:een|het|de|a|an|the|weinig|veel|onze?|our|volop|\d+)\s+)?(?:(?!${NOT_ADJECTIVE}\s)[A-Za-zÀ-ÖØ-öø-ɏ-]+\s+){0,3}?${WORKPLACE_NOUN}(?![A-Za-zÀ-ÖØ-öø-ɏ-])(?!\s+(?:player|speler|spirit|worker|geest|leader|lead))`,
  'i',
);
export function namesWorkplace(text: string): boolean {
  return WORKPLACE.test(text) && !has(MUST, text) && !has(PLUS, text);
}

/** A demand that is one wherever it stands: an education, a licence or certificate, a number of years. */
// A school type on its own ("VMBO", "havo/vwo") is where someone teaches or learns unless a
// requirements heading says it is asked.
const BARE_LEVEL = /^(?:vmbo|havo|vwo|mbo|hbo|wo|bachelor|master)(?:(?:\s*[/,-]\s*|\s+)(?:vmbo|havo|vwo|mbo|hbo|wo|tl|kb|bb|gl))*[.;]?$/i;
function strongDemand(text: string): boolean {
  let known = strongMemo.get(text);
  if (known === undefined) {
    if (strongMemo.size >= 512) strongMemo.clear();
    strongMemo.set(text, (known = strongDemandOf(text)));
  }
  return known;
}
const strongMemo = new Map<string, boolean>();
function strongDemandOf(text: string): boolean {
  return (
    (isEducation(text) && !BARE_LEVEL.test(text)) ||
    has(LICENCE, text) ||
    has(CERTIFICATE, text) ||
    (has(YEARS, text) && asksExperience(text) && !/^(?:wij|we|ze|zij|our|dankzij|al sinds|sinds)\b/i.test(text))
  );
}

/**
 * Among the tasks, a programme the work is about ("… neem jij de ondersteuning van de masteropleiding
 * geneeskunde op je") is no demand: the sentence speaks of what the reader does and asks for no diploma.
 */
const EDUCATION_ASKED =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:heb je|je hebt|hebt|beschik\w*|afgeronde?|diploma\w*|in het bezit|vereist|minimaal|niveau|denkniveau|opleiding (?:tot|als|in|op)|you have|you hold|degree in|required)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
const JOB_CONDITION =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:is|zijn)\s+(?:een\s+)?(?:vereiste|voorwaarde|verplicht)\s+(?:om|voor)\s+(?:\S+\s+){0,6}?(?:functie|baan|job|aanstelling|opleiding|dienst|(?:te\s+(?:kunnen\s+)?)?(?:beginnen|starten|uitoefenen|oefenen))(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
GATES.set(JOB_CONDITION, /vereist|voorwaarde|verplicht/i);
/**
 * Who the job is for is asked of the candidate: "Deze functie is geschikt voor mensen met enige jaren
 * werkervaring", "Zodoende is deze functie geschikt voor een starter", "This role is specifically for
 * early career professionals". (Not "een aantrekkelijke baan voor jou": that is the offer.)
 */
const JOB_IS_FOR =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:functie|vacature|rol|job|role|position)\s+is\s+(?:(?:specifiek|speciaal|vooral|uitermate|zeer|heel|ideaal|perfect|specifically|especially|particularly|ideally|perfectly|well)\s+)?(?:geschikt\s+voor|bedoeld\s+voor|suited\s+(?:to|for)|suitable\s+for|intended\s+for|meant\s+for|for)\s+(?!(?:jou|u|you)(?![A-Za-zÀ-ÖØ-öø-ɏ]))/i;
const NARRATIVE =
  /^(?:vervolgens|daarna|hierna|hiervoor|daarvoor|tussendoor|tot slot|ten slotte|aan het (?:begin|eind|einde) van|na de lunch|'s (?:ochtends|middags|avonds)|(?:je|jouw) (?:dag|werkdag|week) (?:start|begint|eindigt))(?![A-Za-zÀ-ÖØ-öø-ɏ])|^(?:je|jij)\s+[A-Za-zÀ-ÖØ-öø-ɏ]+\s+dus(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
/** A company said by its name: "Excellence AG German Engineering is een projectenorganisatie met vestigingen in …". */
const NAMED_COMPANY =
  /^(?:\p{Lu}[A-Za-zÀ-ÖØ-öø-ɏ&.'-]*\s+){1,5}(?:is|zijn|was|has been|is been)\s+(?:een|de|het|an?|the)\s+(?:\S+\s+){0,3}?[A-Za-zÀ-ÖØ-öø-ɏ]*(?:organisatie|bedrijf|onderneming|specialist|leverancier|dienstverlener|marktleider|speler|groep|organi[sz]ation|company|firm|provider|supplier|leader|group)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u;
const PROVIDED_TRAINING =
  /^(?:je|jij|u|you)\s+(?:start|begint|krijgt|start off|begin|will start|get)\s+(?:eerst\s+|direct\s+|bij ons\s+)?(?:met\s+|with\s+)?(?:een|de|an?|the)\s+(?:\S+\s+){0,4}?(?:opleiding|training|cursus|inwerkprogramma|traineeship|programme|program|course)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

const letters = (text: string) => text.toLowerCase().replace(/[^A-Za-zÀ-ÖØ-öø-ɏ]+/g, '');
/** Six runs of white space or more: `text.split(/\s+/u).length > 6`, found without splitting a long unit. */
const MORE_THAN_SIX_WORDS = /^(?:\S*\s+(?!\s)){6}/;

function educationAsWork(text: string): boolean {
  return (
    /^(?:als|as|je|jij|you|samen)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(text) &&
    !EDUCATION_ASKED.test(text) &&
    !has(LICENCE, text) &&
    !has(CERTIFICATE, text) &&
    !has(YEARS, text)
  );
}

function isName(text: string): boolean {
  const all = text
    .replace(/[,.;:()&]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const words = all.filter((w) => w.length >= 4);
  return (
    words.length >= 4 &&
    all.every((w) => /^\p{Lu}/u.test(w) || /^(?:van|en|de|het|der|voor|of|the|and|for)$/.test(w)) &&
    ![SKILL, TRAIT, EXPERIENCE, CERTIFICATE, LICENCE].some((re) => re.test(text)) &&
    !isEducation(text)
  );
}

/**
 * A lead-in that itself names what is asked ("Experience using any of the following data:", "In
 * addition, must have experience with some or all of the following:"): four words or more, naming
 * experience, a skill or a must; not a label in capitals, not the employer asking ("dan vragen wij
 * van jou dat je:"), not one that ends on the word its items complete ("Een collega met:").
 */
function namingLeadIn(text: string): boolean {
  if (text.length > 120 || text.split(/\s+/).length < 4 || text === text.toUpperCase() || has(REQUEST, text)) return false;
  if (/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:met|with|dat je|die|aan|in|van|op|over|voor|profiel|profile|to|of|in|on|as|als|zoals|such as)\s*:$/i.test(text)) return false;
  return has(EXPERIENCE, text) || has(SKILL, text) || has(MUST, text);
}

/** Whether a unit asks something of the candidate, judged by where it stands and how it is phrased. */
export function asksOfCandidate(unit: Unit, leadIn = false): boolean {
  return judge(unit, leadIn) !== 'no';
}

/**
 * 'yes' when a unit asks something of the candidate, 'no' when it does not, and 'weak' when only a
 * requirement word says so outside a requirements section: the list it stands in decides (#16).
 */
type Verdict = 'yes' | 'weak' | 'no';
export function judge(unit: Unit, leadIn: boolean): Verdict {
  const verdict = judgeUnit(unit, leadIn);
  return verdict === true ? 'yes' : verdict === false ? 'no' : verdict;
}

/**
 * A condition of the job said as one ("Het behalen van de opleiding is een vereiste om deze functie uit
 * te kunnen oefenen", "… is voorwaarde om aan de opleiding te kunnen beginnen"), who the job is for, and a
 * condition of the work the candidate has to be able to bear (ANNOTATION.md: "other": heights, shifts,
 * cold stores, expeditions: "Je werkt op hoogtes (ladders – hoogwerkers)", "The role involves working
 * within cold and freezer storage environments") are asked wherever they stand, the opening lines too.
 */
function asksWhereverItStands(unit: Unit): boolean {
  const text = unit.text;
  if (/\?\s*$/.test(text)) return false;
  if (text.length <= 300 && (has(JOB_CONDITION, text) || JOB_IS_FOR.test(text))) return true;
  return (
    text.length <= 250 &&
    unit.section !== 'offer' &&
    unit.section !== 'about' &&
    unit.section !== 'contact' &&
    workCondition(text) &&
    // (Not what adds to the sentence before it: "En dat op grote hoogte.")
    !/^(?:en|maar|and|but)\s+(?:dat|dit|that|this)\s/i.test(text)
  );
}

/**
 * Long: one ordered list of early returns, each a cue that settles a unit (the first that matches
 * wins); split up, the order would be hidden.
 */
function judgeUnit(unit: Unit, leadIn: boolean): boolean | 'weak' {
  const text = unit.text;
  if (text.length < 3 || !/[A-Za-zÀ-ÖØ-öø-ɏ]{2}/.test(text)) return false;
  // A cheer after a question ("Spreek je nog meer talen? Geweldig!") asks nothing itself.
  if (CHEER.test(text)) return false;
  // The training the employer gives is the offer: "Je start met een betaalde fulltime opleiding van vier maanden".
  if (PROVIDED_TRAINING.test(text)) return false;
  if (asksWhereverItStands(unit)) return true;
  // What you will do is the job: "Daarnaast zul je intensief samenwerken met …", "je gaat aan de gang en …".
  if (
    /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:(?:zul|zal)\s+(?:je|jij)|(?:je|jij)\s+(?:zult|zal|gaat)|ga\s+(?:je|jij))(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(text) &&
    !strongDemand(text) &&
    !has(MUST, text)
  )
    return false;
  // The law is never dropped (#16): a line that demands what a law requires ("Een veiligheid
  // B-onderzoek moet worden opgestart", "We cannot provide visa sponsorship") is a requirement in
  // whatever section it stands; outside the requirements it has to say it is demanded.
  if (
    text.length <= 400 &&
    !/\?\s*$/.test(text) &&
    namesStatutoryDocument(text) &&
    (unit.section === 'requirements' || unit.section === 'preferred' || LEGAL_DEMAND.test(text))
  )
    return true;
  // So is a step of the selection the candidate goes through ("Het inwinnen van referenties is
  // onderdeel van de procedure", "Een assessment maakt deel uit van het sollicitatieproces").
  if (text.length <= 300 && !/\?\s*$/.test(text) && selectionStep(text)) return true;
  // Every check below can only say no, and in these sections the switch at the end answers no
  // except for a short line about hours: the same answer, sooner.
  // (Unless it says it requires something the job needs: "Doing a PhD here requires English proficiency at a certain level".)
  if (
    unit.section === 'contact' &&
    !(has(MUST, text) || /(?<![A-Za-zÀ-ÖØ-öø-ɏ])requires?(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(text) ? CUES.some((re) => has(re, text)) : false)
  )
    return false;
  if ((unit.section === 'offer' || unit.section === 'meta') && !hours(text)) return false;
  // How candidates are judged ("mogelijkheden, ervaring en opleiding spelen een rol"), an invitation
  // ("Geen diploma?") or a place line ("Lexington, MA, US") asks nothing itself.
  if (NOT_ASKING.test(text) || PLACE.test(text) || /^(?:https?:\/\/|www\.)\S+$/i.test(text)) return false;
  // What refers back to the demand before it ("Dit moet je aantonen met je cv …", "This will be
  // checked …") adds no demand of its own; a question or label without its mark ("Welke taken horen
  // bij een Hardware Engineer", "Waar jouw profiel aan moet voldoen") is a heading.
  if (/^(?:dit|dat|this|that)\s+(?:is|moet|moeten|kan|kun|wordt|worden|betekent|mag|zal|will|can|must|means|should|would)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(text))
    return false;
  if (WH_QUESTION.test(text) && !/[.!?]\s*$/.test(text) && text.split(/\s+/).length <= 10) return false;
  // The pay ("2.580 - 4.000 per maand", "€ 3.100 bruto") and how to apply ("Je kunt reageren tot 3 mei",
  // "Acquisitie wordt niet op prijs gesteld") are the employer's, never asked (#16).
  if (has(SALARY, text) || has(APPLYING, text)) return false;
  // A job title with its gender mark, whatever it adds: "Monteur (m/v/x) – 38u/week".
  if (text.includes('/') && /(?<![A-Za-zÀ-ÖØ-öø-ɏ])[mvx]\s*\/\s*[mvxfh](?:\s*\/\s*[mvxfhd])?(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(text) && text.length <= 100)
    return false;
  if (aboutOthers(text) && !hours(text)) return false;
  if (namesWorkplace(text)) return false;
  // A name ("Ministerie van Justitie en Veiligheid, Nederlands Forensisch Instituut"): every word
  // capitalised but the joiners of names, none naming a skill, quality or experience.
  if (isName(text)) return false;
  const strong = strongDemand(text);
  if (CONTACT.test(text) && !isEducation(text)) return false;
  const requirementSection = unit.section === 'requirements' || unit.section === 'preferred';
  // Six patterns: tested only on the paths that ask for them.
  const cue = () => CUES.some((re) => has(re, text));
  // A lead-in that itself names what is asked ("Experience using any of the following data:",
  // "Flexibiliteit:") under the requirements is asked; other "…:" lines introduce.
  if (/:$/.test(text) && !strong && !(requirementSection && namingLeadIn(text))) return false;
  if (HEADING_WORDS.test(text)) return false;
  if (
    /[!]$/.test(text) &&
    !strong &&
    !cue() &&
    !(
      requirementSection &&
      unit.bullet &&
      text.split(/\s+/).length <= 6 &&
      !/^(?:[·•◦▪*–-]\s+)?(?:ga|kom|word|solliciteer|reageer|stuur|meld|bel|kijk|doe|neem|go|join|apply|send)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(text)
    )
  )
    return false;
  // The hook that closes a list of demands: "Dan ben jij de collega die we zoeken!", "Then you're the one we need!".
  if (/^(?:dan|then)\s/i.test(text) && /!\s*$/.test(text) && !strong) return false;
  // A footnote mark, or a line set wholly in bold (a heading the page did not mark as one); bold
  // words that open a demand ("**3–4 years of experience** in ETL") are emphasis.
  if (/^\*(?!\*)/.test(text) || (/^[*_]{2,}[^*]+[*_]{2,}[:.]?$/.test(text) && !strong)) return false;
  // What follows from the job, not what it asks: "Zo blijf je jezelf ontwikkelen", "Of je nu een week of een jaar blijft".
  if (/^(?:zo\s+[A-Za-zÀ-ÖØ-öø-ɏ]+\s+(?:je|jij)|of (?:je|jij) nu)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(text) && !strong) return false;
  if (/\?\s*$/.test(text) && !questionAsks(text, requirementSection, strong || cue())) return false;
  // A question without its mark ("Bent u toe aan een nieuwe uitdaging."): the same test.
  const INVERTED_ASK = /^(?:ben|bent|heb|hebt|heeft|wil|wilt|zoek|zoekt|sta|staat)\s+(?:je|jij|u)\s/i;
  if (INVERTED_ASK.test(text) && JOB_FIT.test(text) && !CUES.some((re) => has(re, text.replace(JOB_FIT, ' ').replace(INVERTED_ASK, '')))) return false;
  if (!strong && !leadIn && ENGLISH_TASK.test(text) && (!requirementSection || !ABILITY.test(text))) return false;
  if (
    !strong &&
    !requirementSection &&
    (DUTCH_TASK.test(text) || INFINITIVE_TASK.test(text) || /^(?:responsible for|preprocessing|close collaboration|work in a)\b/i.test(text))
  )
    return false;
  if (!strong && (EMPLOYER.test(text) || NAMED_COMPANY.test(text) || IMPERATIVE.test(text))) return false;
  if (
    !strong &&
    (RESPONSIBLE.test(text) ||
      PLACE_IN_TEAM.test(text) ||
      JOB_SAID.test(text) ||
      (CHANCE.test(text) && !/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:op kantoor|thuis|te werken)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(text)) ||
      (!requirementSection && WORK_SETTING.test(text) && !hours(text)))
  )
    return false;
  switch (unit.section) {
    case 'requirements':
    case 'preferred':
      if (has(OFFER, text) && !strong) return false;
      // Sections run on past unmarked headings: a sentence there still has to ask for something, or
      // be said of the reader ("Je vindt het belangrijk dat ...", however long).
      if (
        !strong &&
        !cue() &&
        !has(PLUS, text) &&
        !ADDRESSES.test(text.replace(LEADING_MARK, '')) &&
        (!unit.bullet || text.length > 100) &&
        !(text.length <= 250 && READER_VERB.test(text.replace(LEADING_MARK, '')))
      )
        return false;
      return text.length <= 400 || strong;
    case 'offer':
    case 'meta':
      return hours(text);
    case 'tasks':
      if (TASK_OPENERS.test(text) && !strong) return false;
      // The day told as a story ("Vervolgens heb je een overleg met …", "Je schakelt dus voortdurend …").
      if (NARRATIVE.test(text) && !strong) return false;
      if (hours(text)) return true;
      // A task named by its verb ("Ondersteunen bij keuringen, inclusief certificatenbeheer") works with
      // the certificate or diploma it names; it does not ask for one.
      if (strong) return text.length <= 400 && !educationAsWork(text) && !(INFINITIVE_TASK.test(text) && !EDUCATION_ASKED.test(text));
      // Postings often list what they ask under "Functieomschrijving": a short line with a requirement cue counts.
      if (text.length <= 250 && ASKS.test(text)) return true;
      return unit.bullet && text.length <= 200 && !/^(?:je|jij|you)\b/i.test(text) && cue() ? 'weak' : false;
    default:
      if (has(OFFER, text)) return hours(text);
      if (TASK_OPENERS.test(text) && !strong) return false;
      if (hours(text)) return true;
      if (strong) return text.length <= 400;
      // The company's own section says what it is and does ("En je denkt echt mee over een product"):
      // a line there asks only when it says it is required.
      if (unit.section === 'about' && !has(MUST, text)) return false;
      if (text.length <= 250 && ASKS.test(text)) return true;
      // "Practical experience of laboratory work is desirable": a plus named as one asks something.
      if (text.length <= 250 && has(PLUS_STRONG, text) && REQUIREMENT_WORDS.test(text)) return true;
      return (text.length <= 160 && REQUIREMENT_WORDS.test(text)) ||
        ((unit.section === 'other' || unit.section === 'intro') && unit.bullet && text.length <= 160 && cue())
        ? 'weak'
        : false;
  }
}

const LEGAL_DEMAND =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:moet|moeten|vereist|verplicht|noodzakelijk|voorwaarde|vraagt|vragen|geldt|maakt deel uit|maken deel uit|onderdeel van|nodig|aanleveren|overleggen|required|requires?|must|mandatory|subject to|cannot|can ?not|unable|will be (?:conducted|required)|undergo|conducted|conducts|need)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
const HEADING_WORDS =
  /^(?:(?:stand-out|required|key|preferred|additional|minimum|basic|technical|soft|education(?:al)?|gevraagde|gewenste|jouw|your)\s+)*(?:education|requirements?|skills|experience|qualifications|knowledge|abilities|opleiding|ervaring|kennis|vaardigheden|profiel|competenties|vereisten)\s*(?:requirements?)?[.:]?$/i;
// What a requirement names, not "the customer experience" a task improves.
const ABILITY =
  /\b(?:skills?|(?<!customer |user |client )experience(?! of (?:our|the) (?:customer|user|client))|knowledge|ability|abilities|able|proficien\w*|familiar\w*|expertise|understanding)\b/i;
/** A line like "Ability to:" or "Je hebt kennis van:" introduces a list of requirements. */
const LEAD_IN =
  /\b(?:ability|abilities|able|knowledge|skills|experience|kennis|ervaring|vaardigheden|in staat|qualifications|requirements|vereisten|you have|je hebt|je beschikt)\b[^:]*:$/i;
/** Contact lines: phone numbers, e-mail addresses, "neem contact op". */
const CONTACT =
  /\b\d{2,4}[- ]?\d{2,3}[- ]?\d{2,4}\b.*\d|@[a-z0-9-]+\.[a-z]{2,}|\bcontact opnemen\b|\bneem (?:(?:dan|toch|gerust|vooral) ){0,3}contact\b|^https?:\/\/\S+$|\bvragen over (?:deze|de) (?:functie|vacature|procedure)\b|\bcontact us\b/i;
/** Task bullets written as an infinitive or in the third person: "Ontwikkelen van ...", "Detecteert en ontwikkelt ...". */
const INFINITIVE_TASK = /^(?:het\s+)?[A-Za-zÀ-ÿ][a-zà-ÿ]{2,}en(?:\s+(?:van|en|bij|met|voor|de|het|aan|op|in)\b|,\s)|^[A-ZÀ-Þ][a-zà-ÿ]+eert\b/;
// (?=[sp]) before the two unanchored alternatives: a third of the CPU, the same matches.
const NOT_ASKING =
  /^(?:geen|no|zonder|without) [a-zà-ÿ' -]{2,30}\?$|^(?:geplaatst in|posted in|gepubliceerd in|tags|categorie(?:ën)?|categories)\b[ :]|(?=[sp])(?:\b(?:spelen|speelt) (?:\S+ )?een rol\b|\bplays? a (?:\S+ )?role in (?:our|the) (?:selection|decision))/i;
/** "Lexington, MA, US": a city with its state and country codes. */
const PLACE = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z]{2}(?:, (?:US|USA|UK|NL|BE))?$/;
/** Bullet marks the segmenter leaves in the text: "· Je hebt ...". */
const LEADING_MARK = /^[·•◦▪o*–-]\s+/;
const ADDRESSES = /^(?:je|jij|you)\s+(?:bent|hebt|beschikt|spreekt|kunt|kan|are|have)\b/i;
export const CUES = [SKILL, TRAIT, EXPERIENCE, LANGUAGE, LANGUAGE_CODE, OTHER];
const QUESTION_ASKS =
  /^(?:ben|heb|hou|houd|weet|kun|kan|spreek|herken|wil|sta|zie|beschik|voel|krijg|word|are|do|have|can|is|niet aan je proefstuk|sociaal)\b|\b(?:jij|je|you)\b.*\b(?:ervaring|kennis|experience|passie|passion)/i;
/** Questions that ask for information, invite or reassure: "Wie zoeken wij?", "Heb je vragen?", "Sluit je profiel niet helemaal aan?". */
const WH_QUESTION = /^(?:[^A-Za-zÀ-ÖØ-öø-ɏ]*)(?:wat|wie|welke|hoe|waarom|waar|wanneer|what|who|which|how|why|where|when)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
const INVITATION =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:vragen|vraag|meer weten|interesse|geïnteresseerd|interested|nieuwsgierig(?! naar (?!(?:de|deze|onze|het|dit) (?:functie|vacature|baan|job|bedrijf|organisatie|mogelijkheden)))|benieuwd|twijfel\w*|spreekt dit|klinkt dit|kanshebber|relocate|verhuizen|bijna klaar|net (?:van school|afgestudeerd)|niet helemaal|niet de (?:juiste|passende)|er niet bij|solliciteer\w*|apply|zin in)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

/** A question about the job or the team, not the reader: "Is dit iets voor jou?", "Kom jij ons team versterken?", "Is this the job you are looking for?". */
const JOB_FIT =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:iets voor (?:jou|je|u)|the (?:job|role|position) (?:you|for you)|(?:deze|die) (?:functie|baan|vacature|job) (?:voor|bij) (?:jou|je|u)|(?:ons|onze|het) team (?:\S+ ){0,3}(?:versterken|komen versterken)|versterk(?:en)? (?:ons|onze|het) team|onderdeel (?:wil |willen )?(?:zijn|worden) van|join (?:us|our)|(?:jouw|je|your|een|a) (?:volgende|nieuwe|next|new) (?:stap|uitdaging|step|challenge)|werken in (?:een|ons|onze) (?:\S+ ){0,3}team)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

/**
 * A question is a requirement only when it asks the reader, yes or no, for something the job needs
 * ("Ben jij een ervaren marketeer?", "Kritisch en betrouwbaar?" under the requirements), never when
 * it asks for information or invites ("Heb je vragen?", "Ben je bijna klaar met je opleiding?") (#16).
 */
function questionAsks(text: string, requirementSection: boolean, cued: boolean): boolean {
  if (WH_QUESTION.test(text) || INVITATION.test(text)) return false;
  // A question about the job or the team asks nothing, unless it also names a quality or skill
  // ("Heb je geen last van hoogtevrees, affiniteit met techniek en wil je werken in een jong team?").
  if (JOB_FIT.test(text) && !CUES.some((re) => has(re, text.replace(JOB_FIT, ' ')))) return false;
  if (requirementSection) return true;
  // "Ben jij iemand die …", "Ben jij een marketingstagiair die staat te popelen om te leren?": the person asked for.
  return (
    (cued && QUESTION_ASKS.test(text)) ||
    /^(?:ben (?:jij|je)|are you) (?:iemand|someone|a person|the kind of person|een (?:[^\s,]+ ){1,3}die)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(text)
  );
}
export const REQUIREMENT_WORDS =
  /\b(?:ervaring|experience|kennis|knowledge|skills?|vaardigheden|fluency|fluent|proficien\w*|familiar\w*|ability|able to|vloeiend|beheersing|affiniteit|passion|passie|strong|sterke?|excellent|uitstekende|goede|demonstrated|aantoonbare|understanding|inzicht)\b/i;

// "We zoeken een gedreven administratief bediende", "seeking an experienced Data Scientist".
const SOUGHT =
  /(?:op zoek naar |zoeken (?:naar )?|zoekt |seeking |looking for |searching for |hiring )(?:een |an? )?((?:gedreven|gemotiveerde|enthousiaste|ondernemende|ervaren|zelfstandige|nauwkeurige|flexibele|experienced|motivated|driven|dynamic|passionate|enthusiastic|talented)(?:\s+(?:en|and)\s+|\s*,\s*|\s+)(?!(?:to|om|voor|die|dat|who|that|met|with|in|bij|at|for|join)\b)\.?[A-Za-zÀ-ÖØ-öø-ɏ-]+(?:#|\+\+)?(?:\s+(?!(?:to|om|voor|die|dat|who|that|met|with|in|bij|at|for|join)\b)\.?[A-Za-zÀ-ÖØ-öø-ɏ-]+(?:#|\+\+)?){0,3})/gi;
GATES.set(SOUGHT, /zoek|seeking|looking for|searching for|hiring/i);

// …and who that person is: "op zoek naar een ervaren C# developer die communicatief vaardig is",
// "is looking for a Junior Business Controller who is passionate about finance", "een kandidaat met
// interesse in een rol als vestigingsmanager". The role itself asks nothing; what the relative clause or
// the "met"/"with" phrase says of the person does, when it names a quality, a skill or experience.
const SOUGHT_MARK = String.raw`(?:op zoek naar|zoeken|zoekt|zoek|seeking|seeks|looking for|searching for|hiring|vragen)\s+(?:(?:wij|we|ik)\s+)?(?:(?:dus|daarom|nu|naar)\s+)*(?:jou,\s+)?(?:een|an?)?\s*`;
const SOUGHT_WHO = new RegExp(
  String.raw`${SOUGHT_MARK}(?:[^\s;:!?]+\s+){0,8}?(?:((?:die|dat|who|that|voor wie)\s+(?!(?:wij|we|ons|onze|our|us)\b)[^.;!?]{6,200})|((?:met|with)\s+(?:[^\s,.;!?]+\s+){0,2}?(?:interesse|affiniteit|ervaring|passie|kennis|[A-Za-zÀ-ÖØ-öø-ɏ]*ervaring|interest|experience|passion|knowledge)\b[^.;!?,]{0,80}))`,
  'gi',
);
GATES.set(SOUGHT_WHO, /zoek|seek|looking for|searching for|hiring|vragen/i);

function soughtPerson(unit: Unit): Requirement[] {
  if (unit.section === 'offer') return [];
  const out: Requirement[] = [];
  const push = (text: string, start: number, kind: RequirementKind) =>
    out.push({
      id: '',
      text,
      kind,
      mandatory: !has(PLUS, text),
      legal: false,
      legalBasis: null,
      alternativeOffered: false,
      span: { start, end: start + text.length },
    });
  for (const m of mayMatch(SOUGHT, unit.text) ? matchAll(SOUGHT, unit.text) : []) {
    const phrase = (m[1] ?? '').replace(/\s+(?:die|dat|who|that|met|with|voor)$/i, '');
    push(phrase, unit.span.start + m.index + m[0].length - phrase.length, /^(?:ervaren|experienced|senior)/i.test(phrase) ? 'experience' : 'trait');
  }
  for (const m of mayMatch(SOUGHT_WHO, unit.text) ? matchAll(SOUGHT_WHO, unit.text) : []) {
    const said = (m[1] ?? m[2] ?? '').replace(/[\s,]+(?:om|to|en wil|and want)\s*$/i, '').trimEnd();
    if (
      !said ||
      (m[1] &&
        !(
          CUES.some((re) => has(re, said)) ||
          REQUIREMENT_WORDS.test(said) ||
          /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:is|bent|are|zijn|heeft|has)\s+[A-Za-zÀ-ÖØ-öø-ɏ]|(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:wil|wilt|willen|wants?|loves?|enjoys?)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(
            said,
          )
        ))
    )
      continue;
    const at = unit.span.start + m.index + m[0].length - (m[1] ?? m[2])!.length;
    if (
      aboutOthers(said) ||
      namesWorkplace(said) ||
      /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:ons|onze|our|us)\s+(?:[A-Za-zÀ-ÖØ-öø-ɏ]+\s+)?(?:team|bedrijf|organisatie|afdeling|company|organi[sz]ation|department)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(
        said,
      ) ||
      out.some((r) => r.span!.start < at + said.length && r.span!.end > at)
    )
      continue;
    for (const clause of clauses(said, { start: at, end: at + said.length })) push(clause.text, clause.span.start, classify(clause.text));
  }
  return out;
}

/** "Werkuren:", "Soort dienstverband:": a working-conditions label whose value is the next line. */
const CONDITION_LABEL =
  /^(?:soort dienstverband|dienstverband|type dienstverband|werkuren|werktijden|uurrooster|uren|working hours|hours|schedule|employment type|job type)\s*:$/i;

// (Where flattened HTML glued items together: GLUE and MAYBE_GLUED, in segment.ts.)

/** Units split where flattened HTML glued items together; a glued heading sets the section of what follows on its line. */
export function unglue(unitsOfPosting: Unit[]): Unit[] {
  const out: Unit[] = [];
  // The line found glued, and the section its last glued heading opened.
  let flat: { line: number; section: SectionKind | null } | null = null;
  for (const unit of unitsOfPosting) {
    if (flat && flat.line !== unit.line) flat = null;
    const glued = MAYBE_GLUED.test(unit.text);
    if (glued && !flat) flat = { line: unit.line, section: null };
    if (!flat) {
      out.push(unit);
      continue;
    }
    const cuts = glued ? [0, ...[...matchAll(GLUE, unit.text)].map((m) => m.index), unit.text.length] : [0, unit.text.length];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const piece = unit.text.slice(cuts[i], cuts[i + 1]);
      const text = piece.trim();
      if (text.length < 2) continue;
      // (A name written in camel case, "WebDeploy", "PowerPoint", is no heading glued to its line.)
      const heading = text.length <= 60 && !/\p{Ll}\p{Lu}/u.test(text) ? headingKind(text) : null;
      if (heading) {
        flat.section = heading;
        continue;
      }
      const start = unit.span.start + cuts[i]! + (piece.length - piece.trimStart().length);
      out.push({ ...unit, text, section: flat.section ?? unit.section, span: { start, end: start + text.length }, bullet: unit.bullet || cuts.length > 2 });
    }
  }
  return out;
}

/**
 * Each unit judged, with the lead-in line ("Ability to:") that may stand before it.
 * Long: a lead-in's reach and the weak verdicts are settled over the whole posting in one pass.
 */
function judgeAll(unitsOfPosting: Unit[]): Verdict[] {
  let leadInLeft = 0;
  let leadInSection = '';
  const leadIns = unitsOfPosting.map((unit) => {
    const leadIn = leadInLeft > 0 && unit.section === leadInSection;
    // Another "…:" line or a line of prose ends what a lead-in introduced.
    leadInLeft = unit.text.endsWith(':') ? (LEAD_IN.test(unit.text) ? 12 : 0) : leadIn && unit.bullet ? leadInLeft - 1 : 0; // (LEAD_IN ends in ":$")
    leadInSection = unit.section;
    return leadIn;
  });
  // A posting that names its requirements asks little in its opening lines: there only a strong
  // demand counts ("Ben jij een .NET ontwikkelaar die graag zichzelf uitdaagt?" is the hook).
  const named = unitsOfPosting.some((u) => u.section === 'requirements');
  const verdicts = unitsOfPosting.map((unit, i) =>
    named && unit.section === 'intro' && !strongDemand(unit.text) && !namesStatutoryDocument(unit.text) && !asksWhereverItStands(unit)
      ? 'no'
      : judge(unit, leadIns[i]!),
  );
  // The short items a lead-in that asks introduces ("… heb je kennis van:" over "Microsoft SQL") are
  // what it asks, unless a rule said they are the employer's.
  unitsOfPosting.forEach((unit, i) => {
    if (!leadIns[i] || !unit.bullet || /:$/.test(unit.text)) return;
    if (unit.text.length <= 100 && verdicts[i] === 'weak') verdicts[i] = 'yes';
    else if (unit.text.length <= 60 && verdicts[i] === 'no' && !aboutOthers(unit.text) && !namesWorkplace(unit.text) && !/[.!?]$/.test(unit.text))
      verdicts[i] = 'yes';
  });
  for (const [from, to] of lists(unitsOfPosting)) {
    let yes = 0;
    let no = 0;
    for (let i = from; i < to; i++) {
      if (verdicts[i] === 'no') no++;
      else yes++;
    }
    // A list under a heading the engine does not know takes the section its items say it is:
    // mostly asking, it is a list of requirements; otherwise a requirement word alone says nothing.
    const asking = yes >= 2 && yes > no;
    if (to - from < 3) {
      for (let i = from; i < to; i++) if (verdicts[i] === 'weak') verdicts[i] = 'yes';
      continue;
    }
    for (let i = from; i < to; i++) {
      if (asking && verdicts[i] !== 'yes') verdicts[i] = judge({ ...unitsOfPosting[i]!, section: 'requirements' }, leadIns[i]!) === 'no' ? 'no' : 'yes';
      else if (verdicts[i] === 'weak') verdicts[i] = asking ? 'yes' : 'no';
    }
  }
  // The sentences that go on about a check the previous one demanded ("Illumina conducts background
  // checks …. Background check results may … . The background check process …") explain it: one demand.
  // A quality named as a label before what it means ("Flexibiliteit: Als chauffeur … ben jij
  // onmisbaar"): the label is asked.
  unitsOfPosting.forEach((unit, i) => {
    const next = unitsOfPosting[i + 1];
    if (
      verdicts[i] !== 'no' ||
      !next ||
      next.line !== unit.line ||
      unit.section !== 'requirements' ||
      !/^(?:[·•◦▪*–-]\s+)?[A-Za-zÀ-ÖØ-öø-ɏ-]+(?:\s+[A-Za-zÀ-ÖØ-öø-ɏ-]+)?:$/.test(unit.text)
    )
      return;
    if (has(TRAIT, unit.text) || has(SKILL, unit.text)) verdicts[i] = 'yes';
  });
  let checkLine = -1;
  unitsOfPosting.forEach((unit, i) => {
    if (verdicts[i] !== 'yes' || !namesStatutoryDocument(unit.text) || unit.bullet) return;
    if (unit.line === checkLine && !isEducation(unit.text)) verdicts[i] = 'no';
    else checkLine = unit.line;
  });
  return verdicts;
}

/** Runs of list items on consecutive lines of a section without a known kind, as [from, to) indices. */
export function lists(unitsOfPosting: Unit[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i <= unitsOfPosting.length; i++) {
    const a = unitsOfPosting[i - 1]!;
    const b = unitsOfPosting[i];
    if (b && b.section === a.section && b.bullet && a.bullet && b.line - a.line <= 1) continue;
    if (UNKNOWN_SECTIONS.has(a.section)) out.push([from, i]);
    from = i;
  }
  return out;
}
const UNKNOWN_SECTIONS = new Set(['other', 'intro', 'tasks']);

/**
 * Split, classify and mark the requirements of a posting.
 * Long: the posting's units split, judged, classified and marked in one pass that keeps their spans.
 */
export function extractRequirements(partsOfPosting: Unit[], title: string | null = null): Requirement[] {
  const unitsOfPosting = unglue(partsOfPosting);
  const out: Requirement[] = [];
  const verdicts = judgeAll(unitsOfPosting);
  // A line that only repeats the job's title ("Junior Communicatiemedewerker" under "Podiumkunst.net:
  // Junior Communicatie-medewerker", "Data Scientist") names the job, it asks nothing.
  const titleLetters = letters(title ?? '');
  if (titleLetters.length >= 6)
    unitsOfPosting.forEach((unit, i) => {
      if (MORE_THAN_SIX_WORDS.test(unit.text)) return;
      const own = letters(unit.text);
      if (own.length >= 6 && titleLetters.includes(own)) verdicts[i] = 'no';
    });
  for (let u = 0; u < unitsOfPosting.length; u++) {
    const unit = unitsOfPosting[u]!;
    const value = unitsOfPosting[u + 1];
    if (CONDITION_LABEL.test(unit.text) && value && value.text.length <= 80 && !CONDITION_LABEL.test(value.text)) {
      // The label and its value are one practical condition of the job.
      const text = `${unit.text} ${value.text}`;
      out.push({
        id: `r${out.length + 1}`,
        text,
        kind: 'other',
        mandatory: true,
        legal: false,
        legalBasis: null,
        alternativeOffered: false,
        span: { start: unit.span.start, end: value.span.end },
      });
      u++;
      continue;
    }
    if (verdicts[u] !== 'yes') {
      for (const r of soughtPerson(unit)) out.push({ ...r, id: `r${out.length + 1}` });
      continue;
    }
    // "Spreek je nog meer talen? Geweldig!": the cheer after a question makes it a plus.
    const cheered = value !== undefined && value.line === unit.line && /\?\s*$/.test(unit.text) && CHEER.test(value.text);
    const unitPlus = unit.section === 'preferred' || cheered || (has(PLUS_STRONG, unit.text) && !has(MUST, unit.text));
    // "Daarnaast is kennis van QML en ervaring met testen een pre.": the plus the sentence ends on is
    // said of everything it coordinates.
    // (Not when the plus has a verb of its own: "Beheersing van het Nederlands, de Duitse taal is een pré".)
    const parts = clauses(unit.text, unit.span);
    const endsPlus =
      unitPlus &&
      parts.length > 1 &&
      /(?:een\s+(?:pré|pre|plus|pluspunt|troef|meerwaarde)|mooi meegenomen|is welkom|a plus|an advantage|nice to have)\s*[.!]?\s*$/i.test(unit.text) &&
      !/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:is|zijn|are)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(parts.at(-1)!.text);
    let previous: RequirementKind | null = null;
    for (const clause of parts) {
      // A clause that says the job, not a demand ("… zware werkzaamheden en bent lid van het CHV-team"), goes.
      if (parts.length > 1 && (PLACE_IN_TEAM.test(clause.text) || JOB_SAID.test(clause.text))) continue;
      // "Bachelor, bij voorkeur in elektromechanica": the preferred field of an education requirement.
      // ("… en bij voorkeur kennis van bouwmaterialen" is knowledge, not the diploma's field.)
      const preferredField: boolean =
        previous !== null &&
        (previous === 'diploma' || previous === 'education_level') &&
        /^\(?(?:bij voorkeur|preferably|especially|ideally|idealiter)\b(?!\s+(?:\S+\s+)?(?:kennis|ervaring|affiniteit|experience|knowledge|familiarity))/i.test(
          clause.text,
        );
      const kind: RequirementKind = preferredField ? 'diploma' : classify(clause.text);
      previous = kind;
      // A plus inside brackets is about that detail only: "goede digitale vaardigheden (kennis van X is een pre)".
      const own = clause.text.replace(/\([^)]*\)/g, '');
      const plus = has(PLUS, own) ? !has(MUST, own) || /\bnot required\b/i.test(own) : (unitPlus && clause.text === unit.text) || (endsPlus && !has(MUST, own));
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
