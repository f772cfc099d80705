/**
 * The person profile from the qualities a posting asks for. Long: the facets' patterns and the
 * sentences written for each quality, in Dutch and English.
 */
import type { Language } from '../../../shared/locale';
import type { PersonProfile, Requirement } from '../../../shared/translation';
import { DUTCH_TASK, EDUCATION, ENGLISH_TASK, GATES, gatedExec, has, LIST_MARK, TASK_OPENERS, TRAIT } from './cues';
import { asMainClause, endsOnVerb, KNOWN_VERB, subjectLead } from './relative-items';
import { ableTo, asSentence } from './rewrite-block';
import { register } from './rewrite-register';
import { continuationGroups } from './rewrite-lines';
import { NOT_ASKED } from './rules/types';
import type { Line } from './segment';
import { headingKind } from './sections';
import { list, t } from './i18n';
import { namesAge } from './warnings';

type Facet = 'motivation' | 'values' | 'workingStyle' | 'teamContribution' | 'learningNeeds';

// First match wins; the order puts the more specific facets first.
const FACETS: Array<[Facet, RegExp]> = [
  [
    'learningNeeds',
    /\b(?:leergierig\w*|wil (?:je )?leren|bereid (?:om )?te leren|willing to learn|eager to learn|learn quickly|nieuwsgierig\w*|curious|ontwikkel\w*|groei\w*|develop yourself|bijleren|snel (?:op|leren)|pakt zaken snel op|eigen te maken)\b/i,
  ],
  [
    'teamContribution',
    /\b(?:team\w*|samenwerk\w*|collaborat\w*|collegia\w*|communica\w*|sociaa?l\w*|overtuig\w*|helpen|help others|delen|sharing|interpersonal|verbind\w*|people)\b/i,
  ],
  [
    'values',
    /\b(?:integer|integrit\w*|betrouwbaar\w*|reliab\w*|verantwoordelijk\w*|responsib\w*|maatschappelijk\w*|duurzaam\w*|sustainab\w*|kwaliteit\w*|quality|klantgericht\w*|customer|dienstverlen\w*|eerlijk\w*|honest\w*|respect\w*|zorg voor|care about|values|waarden)\b/i,
  ],
  [
    'motivation',
    /\b(?:passie|passion\w*|gedreven|driven|gemotiveerd|motivated|motivatie|motivation|plezier|enthousias\w*|enthusias\w*|graag|enjoy\w*|love|houdt van|vind(?:t)? (?:je )?(?:het )?leuk|ambiti\w*|interesse|interest\w*|affiniteit|zin in|geloof\w*|believe|energie|energy|uitdaging|challenge)\b/i,
  ],
  ['workingStyle', /./],
];

// Inclusive wording: describe contribution, not sameness.
const INCLUSIVE: Array<[RegExp, string, string]> = [
  [/\bculture ?fit\b|\bcultuurfit\b/gi, 'bijdrage aan het team', 'team contribution'],
  [/\bpast in ons team\b/gi, 'draagt bij aan ons team', 'contributes to our team'],
  [/\bjong(?:e)? team\b/gi, 'betrokken team', 'committed team'],
  [/\byoung team\b/gi, 'committed team', 'committed team'],
];

/** English words Dutch postings borrow for a quality, said in Dutch in the profile (EXEMPLARS principle 12: no English). */
const IN_DUTCH: Array<[RegExp, string]> = [
  [/(?<![A-Za-zÀ-ÖØ-öø-ɏ])team ?player(?![A-Za-zÀ-ÖØ-öø-ɏ])/gi, 'teamspeler'],
  [/(?<![A-Za-zÀ-ÖØ-öø-ɏ])mindset(?![A-Za-zÀ-ÖØ-öø-ɏ])/gi, 'instelling'],
];

function clean(text: string, language: Language): string {
  // (A call to act tacked on, ", reageer dan direct", is the posting's, not the person's.)
  let out = text
    .replace(/\s+/g, ' ')
    .replace(/^[-–•*·]\s*/, '')
    .replace(/,\s*(?:reageer|solliciteer|stuur|mail|bel|neem contact|apply|reply)(?![A-Za-zÀ-ÖØ-öø-ɏ]).*$/i, '')
    .replace(/[.;,]+$/, '')
    .trim();
  for (const [re, nl, en] of INCLUSIVE) out = out.replace(re, t(language, nl, en));
  if (language === 'nl') for (const [re, dutch] of IN_DUTCH) out = out.replace(re, dutch);
  // (One mark at the end: "Je bent gewoon een leuke collega!", not "…!.".)
  return closeList(sentence(out, language), language).replace(/([!?])\.$/, '$1');
}

/** A list of qualities the reading cut before its "en" ends with one: "Je bent klantvriendelijk, beleefd, discreet." → "…, beleefd en discreet.". */
function closeList(said: string, language: Language): string {
  const list = /^((?:Je|U) (?:bent|is)|You are) ([A-Za-zÀ-ÖØ-öø-ɏ-]+(?:, [A-Za-zÀ-ÖØ-öø-ɏ-]+)+)\.$/.exec(said);
  if (!list) return said;
  const words = list[2]!.split(', ');
  return `${list[1]} ${words.slice(0, -1).join(', ')} ${t(language, 'en', 'and')} ${words.at(-1)}.`;
}

// A quality (an adjective, or several: "stressbestendig en flexibel") or a personal asset ("goede
// communicatieve vaardigheden") as the posting listed it, and the verb a sentence about it needs.
// (Not a noun in -heid or -iteit: "Gezondheid" is no "ge…d" participle.)
const ADJECTIVE_NL =
  /^(?![A-Za-zÀ-ÖØ-öø-ɏ]*(?:heid|iteit)$)(?:(?:in|aan|op|toe|mee|uit|voor|af)?ge[A-Za-zÀ-ÖØ-öø-ɏ]{3,}(?:d|t)|[A-Za-zÀ-ÖØ-öø-ɏ]+(?:ig|isch|baar|end|ief|eel|aal|zaam|loos|vast|lijk|tief|ent|ant|sch|ijk|gericht)|flexibel|nauwkeurig|accuraat|zelfstandig|proactief|sociaal|positief|kritisch|creatief|open|eerlijk|betrouwbaar|collegiaal|gedreven|gemotiveerd|enthousiast|geduldig|punctueel|representatief|integer|loyaal)$/i;
const ASSET_NL =
  /\b(?:vaardigheden|vaardigheid|houding|instelling|kwaliteiten|capaciteiten|gevoel|oog|affiniteit|interesse|passie|mentaliteit|inlevingsvermogen|doorzettingsvermogen|vermogen|humor|persoonlijkheid|karakter|drive)\b/i;
const SINGULAR_NL = /(?:houding|instelling|mentaliteit|persoonlijkheid|karakter|drive|inlevingsvermogen|doorzettingsvermogen)$/i;
/** "analytical mindset" is "an analytical mindset": a singular quality named without its article. */
const singularEn = (s: string) =>
  /^(?:[a-z-]+,?\s+){0,3}(?:mindset|attitude|personality|sense|eye)\b/i.test(s) && !/^(?:a|an|the|your)\s/i.test(s) ? (/^[aeiou]/i.test(s) ? 'an ' : 'a ') : '';
const ADJECTIVE_EN =
  /^(?:[A-Za-zÀ-ÖØ-öø-ɏ]+(?:ive|ful|ous|ent|ant|able|ible|ic|al|ed|ing)|flexible|reliable|curious|proactive|organized|organised|precise|honest)$/i;
const ASSET_EN = /\b(?:skills?|attitude|mindset|sense|eye|passion|interest|personality|drive|ability)\b/i;

/**
 * A short line that names a quality of a person: adjectives only ("Accuraat en stressbestendig",
 * "Curious and proactive") or a personal asset ("Goede communicatieve vaardigheden"); not a noun
 * phrase about something else ("Contactgegevens van referenties").
 */
export function namesQuality(text: string): boolean {
  const words = joinedGericht(text)
    .replace(/[.!;,]+$/, '')
    .split(/\s+/);
  const adjectives = (re: RegExp, joiners: RegExp) => words.every((w) => re.test(w.replace(/[,]$/, '')) || joiners.test(w));
  return (
    adjectives(ADJECTIVE_NL, /^(?:en|of|,)$/) ||
    adjectives(ADJECTIVE_EN, /^(?:and|or|,)$/) ||
    ASSET_NL.test(text) ||
    ASSET_EN.test(text) ||
    qualityNouns(text) !== null
  );
}

/** A "-gericht" compound written apart, as postings often do: "resultaat gericht" → "resultaatgericht". */
const joinedGericht = (text: string) => text.replace(/(?<=[A-Za-zÀ-ÖØ-öø-ɏ]{3})\s+(?=gericht(?![A-Za-zÀ-ÖØ-öø-ɏ]))/gi, '');

/** The quality a noun names: "zelfstandigheid" → "zelfstandig", "flexibiliteit" → "flexibel", "creativiteit" → "creatief". */
const IRREGULAR_QUALITY: Record<string, string> = { integriteit: 'integer', loyaliteit: 'loyaal', punctualiteit: 'punctueel' };
function adjectiveOf(noun: string): string | null {
  const word = noun.toLowerCase();
  const adjective =
    IRREGULAR_QUALITY[word] ??
    (/heid$/.test(word) ? word.slice(0, -4) : /biliteit$/.test(word) ? `${word.slice(0, -7)}el` : /iviteit$/.test(word) ? `${word.slice(0, -6)}ef` : null);
  return adjective && ADJECTIVE_NL.test(adjective) ? adjective : null;
}

/**
 * Qualities listed as nouns ("Zelfstandigheid en flexibiliteit", "Nauwkeurigheid, betrouwbaarheid en
 * inzet" not: "inzet" names none) said as the adjectives they stand for: "zelfstandig en flexibel".
 */
function qualityNouns(text: string): string | null {
  const words = text.replace(/[.!;]+$/, '').split(/\s+/);
  if (words.length > 6) return null;
  const out: string[] = [];
  for (const w of words) {
    const comma = w.endsWith(',') ? ',' : '';
    const bare = w.replace(/,$/, '');
    if (/^(?:en|of)$/i.test(bare)) out.push(bare.toLowerCase());
    else {
      const adjective = adjectiveOf(bare);
      if (!adjective) return null;
      out.push(adjective + comma);
    }
  }
  return out.some((w) => !/^(?:en|of)$/.test(w)) ? out.join(' ') : null;
}

/**
 * A full sentence in the posting's voice: "Stressbestendig en flexibel" → "Je bent stressbestendig
 * en flexibel.", "Goede communicatieve vaardigheden" → "Je hebt goede communicatieve
 * vaardigheden.", "Bent in staat …" → "Je bent in staat …". A line that is already a sentence about
 * the candidate, or that fits none of these, stays as the posting wrote it.
 */
/** Qualities named as a noun: "Het vermogen om …", "De motivatie om …", "Plezier in …", "Bereidheid om …". */
const QUALITY_NOUNS = 'vermogen|motivatie|bereidheid|plezier|passie|liefde|interesse|affiniteit|drive|talent';
export const QUALITY_NOUN = new RegExp(
  `^(?:(?:het|de|een)\\s+)?(?:${QUALITY_NOUNS}|gevoel|oog|zin|gave|willingness|ability|passion|eagerness|desire)(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
  'i',
);
const NOUN_SENTENCE = new RegExp(`^(?:(de|het|een)\\s+)?(${QUALITY_NOUNS})\\s+(om|in|voor|met|tot|aan)\\s+(.+)$`, 'i');

/** The finite "is" of a clause that hangs on "iemand die": "Een teamplayer is met …". */
// (Not a main clause that says something of the reader's: "Integraal werken is helemaal jouw ding".)
const SUBORDINATE_IS =
  /^(?!(?:het|de|dat|dit|deze|die|er|wat|hier|daar|ons|onze)\s)(?:[A-Za-zÀ-ÖØ-öø-ɏ-]+\s+){1,4}?(is)(?=\s|$)(?!.*(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:jouw|jou|je|jij)(?![A-Za-zÀ-ÖØ-öø-ɏ]))/i;

/** A quality said to be needed: "Een sterke commerciële drive is essentieel voor …", "Flexibiliteit is belangrijk". */
const NEEDED_NL =
  /^((?:een|de|het)\s+)?(.{3,80}?)\s+(?:is|zijn)\s+(?:\S+\s+)?(?:essentieel|belangrijk|vereist|noodzakelijk|gewenst|onmisbaar|nodig|van belang|een must|een vereiste)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
GATES.set(NEEDED_NL, /essentieel|belangrijk|vereist|noodzakelijk|gewenst|onmisbaar|nodig|van belang|must/i);

// The finite verbs a relative clause about the candidate ends on, as "je" says them.
const SECOND_PERSON: Record<string, string> = {
  is: 'bent',
  heeft: 'hebt',
  kan: 'kunt',
  wil: 'wilt',
  zal: 'zult',
  vind: 'vindt',
  vindt: 'vindt',
  houdt: 'houdt',
  weet: 'weet',
  durft: 'durft',
  gaat: 'gaat',
  staat: 'staat',
  werkt: 'werkt',
  geeft: 'geeft',
  neemt: 'neemt',
  brengt: 'brengt',
  denkt: 'denkt',
  kent: 'kent',
  beheerst: 'beheerst',
  spreekt: 'spreekt',
  schrijft: 'schrijft',
  krijgt: 'krijgt',
  zoekt: 'zoekt',
};
const FINITE_WORD = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(${Object.keys(SECOND_PERSON).join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'gi');

/**
 * A relative clause about the candidate said to them: "die een aanpakker en enthousiast is" → "Je
 * bent een aanpakker en enthousiast.", "die zich goed kan verwoorden, zowel mondeling als in
 * schrift" → "Je kunt je goed verwoorden, zowel mondeling als in schrift." One finite verb outside
 * brackets, or none is written.
 */
export function relativeToReader(text: string): string | null {
  const m = /^(?:iemand\s+)?(?:die|dat)\s+(.+?)[.;,]?$/i.exec(text.trim());
  if (!m) return null;
  const body = m[1]!;
  const outside = body.replace(/\([^)]*\)/g, (b) => ' '.repeat(b.length));
  const verbs = [...outside.matchAll(FINITE_WORD)];
  if (verbs.length !== 1) return null;
  const v = verbs[0]!;
  // The finite verb ends the clause (a modal may have its infinitive after it), and no other word
  // looks like one ("die niet terugschrikt … en initiatief neemt" has two: it is left as it is).
  const after = outside.slice(v.index! + v[0].length).trim();
  if (after && !(/^(?:kan|wil|zal)$/i.test(v[0]) && /^(?:\p{Ll}+\s+)?\p{Ll}+en$/u.test(after))) return null;
  if (
    outside
      .split(/\s+/)
      .some(
        (w, i) =>
          w !== v[0] &&
          /^\p{Ll}{6,}t$/u.test(w) &&
          !/^(?:niet|echt|gericht|recht|slecht|licht|vast|best|meest|eerst|laatst|dicht|soort|tijdschrift|schrift|product|project|contact|aspect|effect|resultaat|kwaliteit)$/.test(
            w,
          ) &&
          i > 0,
      )
  )
    return null;
  const rest = `${body.slice(0, v.index)}${body.slice(v.index! + v[0].length)}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.)])/g, '$1')
    .trim()
    .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])zichzelf(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, 'jezelf')
    .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])zich(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, 'je')
    .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])zijn of haar(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, 'je');
  // "mee kan denken" → "kunt … meedenken": with a modal the particle joins its infinitive again.
  const joined = /^(?:kan|wil|zal)$/i.test(v[0])
    ? rest.replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(mee|aan|af|bij|door|in|na|om|op|over|terug|toe|uit|samen|weg)\s+(\p{Ll}+en)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u, '$1$2')
    : rest;
  return joined ? `Je ${SECOND_PERSON[v[0].toLowerCase()]} ${joined}.` : null;
}

/** The profile speaks to the reader as "je" (a posting that says "u" has it said so later, `politeForm`). */
const JE = register('', 'nl');
const YOU = register('', 'en');

/** A person named as the quality: "Een geboren leider die zijn/haar team naar een hoger niveau tilt", "Een doorzetter". */
const PERSON_NP =
  /^(?!(?:onze|ons|de|het|deze|die|dit|dat|hun|zijn|haar|je|jij|u|our|the|their)\s)(?:een\s+)?(?:[A-Za-zÀ-ÖØ-öø-ɏ-]+\s+){0,3}?(?:leider|doorzetter|aanpakker|teamplayer|teamspeler|doener|denker|regelaar|verbinder|netwerker|professional|persoonlijkheid|collega|kracht|talent|ondernemer|sparringpartner|organisator|allrounder|harde werker|spin in het web)(?![A-Za-zÀ-ÖØ-öø-ɏ'’])/i;
GATES.set(
  PERSON_NP,
  /leider|doorzetter|aanpakker|teamplayer|teamspeler|doener|denker|regelaar|verbinder|netwerker|professional|persoonlijkheid|collega|kracht|talent|ondernemer|sparringpartner|organisator|allrounder|harde werker|spin in het web/i,
);

/** Qualities with what they bear on: "Nauwkeurig, gestructureerd en zelfstandig in de uitvoering van je taken". */
function qualitiesBearingOn(text: string): boolean {
  const m = /^((?:[A-Za-zÀ-ÖØ-öø-ɏ-]+,\s+)+[A-Za-zÀ-ÖØ-öø-ɏ-]+\s+(?:en|of)\s+[A-Za-zÀ-ÖØ-öø-ɏ-]+)\s+(?:in|bij|op|naar|voor|met)\s/.exec(text);
  return (
    !!m &&
    m[1]!
      .replace(/,/g, '')
      .split(/\s+/)
      .every((w) => ADJECTIVE_NL.test(w) || /^(?:en|of)$/.test(w))
  );
}
/**
 * A question put to the reader, verb first ("Ben jij een commerciële leider die …?", "Krijg je energie
 * van …?", "Do you enjoy …?"), and the statement it asks for ("Je bent een commerciële leider die …").
 */
const ASKED_NL =
  /^(ben|heb|kun|kan|wil|krijg|haal|vind|houd|hou|sta|herken|zie|weet|voel|denk|word|spreek|beschik|geniet|durf|hecht|ken|breng|neem|zoek)\s+(je|jij|u)\s+(.+?)\s*\?\s*$/i;
const ASKED_EN = /^(are|do|can|have)\s+you\s+(.+?)\s*\?\s*$/i;
const askedOfReader = (text: string) => ASKED_NL.test(text) || ASKED_EN.test(text);
function statementOf(text: string): string | null {
  const nl = ASKED_NL.exec(text);
  if (nl) {
    const [, verb, subject, rest] = nl;
    const v = verb!.toLowerCase();
    const u = subject!.toLowerCase() === 'u';
    const IRREGULAR: Record<string, string> = {
      ben: 'bent',
      heb: u ? 'heeft' : 'hebt',
      kun: 'kunt',
      kan: 'kunt',
      hou: 'houdt',
      sta: 'staat',
      zie: 'ziet',
      weet: 'weet',
    };
    const finite = IRREGULAR[v] ?? (v.endsWith('t') ? v : `${v}t`);
    return `${u ? 'U' : 'Je'} ${finite} ${rest}.`;
  }
  const en = ASKED_EN.exec(text);
  if (en) return `You ${en[1]!.toLowerCase() === 'do' ? '' : `${en[1]!.toLowerCase()} `}${en[2]}.`;
  return null;
}

/** Long: one ordered list of the forms a quality is said in (the first that matches wins). */
function sentence(text: string, language: Language): string {
  const asked = statementOf(text);
  if (asked) return asked;
  const relative = language === 'nl' ? relativeToReader(text) : null;
  if (relative) return relative;
  // An item of "Wij zoeken iemand die" with a verb of its own: "Affiniteit heeft met software" → "Je hebt affiniteit met software."
  const clause =
    language === 'nl' && (KNOWN_VERB.test(text) || /^met\s/i.test(text)) && !/^(?:je|jij|u)\s|\s(?:die|dat)\s/i.test(text)
      ? asMainClause(text, JE, true)
      : null;
  if (clause) return clause;
  if (language === 'nl' && has(PERSON_NP, text) && !/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:is|heeft)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(text))
    // (Named without its article, "Strategische verbinder met commerciële drive", it gets one.)
    return `Je bent ${/^een\s/i.test(text) ? '' : 'een '}${text.charAt(0).toLowerCase()}${text
      .slice(1)
      .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])zijn\/haar|zijn of haar(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, 'je')
      .replace(/[.;,\s]+$/, '')}.`;
  // "Een sterke commerciële drive is essentieel voor deze functie" → "Je hebt een sterke commerciële drive."
  const needed = language === 'nl' && !/^(?:je|jij|u|het|dit|dat|er)\s/i.test(text) ? gatedExec(NEEDED_NL, text) : null;
  if (needed) return `Je hebt ${(needed[1] ?? '').toLowerCase()}${needed[2]!.charAt(0).toLowerCase()}${needed[2]!.slice(1)}.`;
  // "Een teamplayer is met een groot verantwoordelijkheidsgevoel" (after "iemand die") → "Je bent een teamplayer met …".
  const subordinate = language === 'nl' ? SUBORDINATE_IS.exec(text) : null;
  if (subordinate && !/^(?:je|jij|u)\s/i.test(text)) {
    const rest = `${text.slice(0, subordinate.index + subordinate[0].length - 2)}${text.slice(subordinate.index + subordinate[0].length)}`
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])zichzelf(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, 'jezelf')
      .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])zich(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, 'je');
    return `Je bent ${rest.charAt(0).toLowerCase()}${rest.slice(1)}.`;
  }
  const words = text.replace(/[.;!]+$/, '').split(/\s+/);
  const lower = text.charAt(0).toLowerCase() + text.slice(1).replace(/[.;]+$/, '');
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (language === 'nl') {
    if (/^(?:je|jij|u|jouw|uw)\b/i.test(text)) return `${capital(text)}.`;
    // "Iemand die niet terugschrikt voor verantwoordelijkheid" → "Je bent iemand die …".
    if (/^iemand\s+die\s/i.test(text)) return `Je bent ${lower}.`;
    // "Bent u …" / "Heb je …" already has its subject: "U bent …", "Je hebt …".
    const inverted = /^(bent|ben|hebt|heb|heeft|kunt|kun|wilt|wil)\s+(u|je|jij)\s+(.+)$/i.exec(text.replace(/[.?]+$/, ''));
    if (inverted)
      return `${capital(inverted[2]!.toLowerCase())} ${inverted[2]!.toLowerCase() === 'u' ? inverted[1]!.toLowerCase().replace(/^hebt$/, 'heeft') : inverted[1]!.toLowerCase().replace(/^ben$/, 'bent').replace(/^heb$/, 'hebt').replace(/^kun$/, 'kunt').replace(/^wil$/, 'wilt')} ${inverted[3]}.`;
    if (/^(?:bent|hebt|heeft|kunt|kan|beschikt|weet|houdt|werkt|wilt|vindt)\b/i.test(text)) return `Je ${lower}.`;
    const adjectives = joinedGericht(lower).split(/\s+/);
    if (adjectives.length <= 6 && adjectives.every((w) => ADJECTIVE_NL.test(w.replace(/[,]$/, '')) || /^(?:en|of|,)$/.test(w)))
      return `Je bent ${joinedGericht(lower)}.`;
    const qualities = qualityNouns(text);
    if (qualities) return `Je bent ${qualities}.`;
    // Qualities with what they bear on: "Nauwkeurig, gestructureerd en zelfstandig in de uitvoering van je taken".
    if (qualitiesBearingOn(text)) return `Je bent ${lower}.`;
    // "Procesmatig kunnen denken en handelen" → "Je kunt procesmatig denken en handelen."
    const can = ableTo(text);
    if (can) return `Je kunt ${can[1]!.charAt(0).toLowerCase()}${can[1]!.slice(1)} ${can[2]}.`;
    // A quality named as a noun with what it is for: "De motivatie om zich te verdiepen in …" →
    // "Je hebt de motivatie om je te verdiepen in …"; "Bereidheid om in te vallen" → "Je bent bereid om in te vallen".
    const noun = NOUN_SENTENCE.exec(text);
    if (noun) {
      const [, article, word, joiner, rest] = noun;
      const own = rest!.replace(/\bzich\b/g, 'je');
      if (/^bereidheid$/i.test(word!)) return `Je bent bereid ${joiner} ${own}.`;
      const the = article ? `${article.toLowerCase()} ` : /^(?:vermogen|motivatie)$/i.test(word!) ? (word!.toLowerCase() === 'vermogen' ? 'het ' : 'de ') : '';
      return `Je hebt ${the}${word!.toLowerCase()} ${joiner} ${own}${/[.!?]$/.test(own) ? '' : '.'}`;
    }
    if (words.length <= 8 && ASSET_NL.test(text) && !/\b(?:is|zijn|wordt|hebben)\b/i.test(text)) {
      // "Professionele houding" → "Je hebt een professionele houding"; "affiniteit met" needs no article.
      const article = SINGULAR_NL.test(text) && !/^(?:een|de|het|goede|veel|oog|gevoel)\b/i.test(text) ? 'een ' : '';
      return `Je hebt ${article}${lower}.`;
    }
    // A demand's own noun-phrase form: "In staat goed te communiceren …" → "Je bent in staat goed te communiceren …".
    return asSentence(text, JE, 'nl') ?? capital(text);
  }
  if (/^(?:you|your)\b/i.test(text)) return `${capital(text)}.`;
  // "who is passionate about finance" (after "looking for someone") → "You are passionate about finance."
  const who = /^(?:someone\s+|a person\s+)?(?:who|that)\s+(is|has|can|loves|enjoys|wants|shares)\s+(.+?)[.;,]?$/i.exec(text);
  if (who)
    return `You ${({ is: 'are', has: 'have', can: 'can', loves: 'love', enjoys: 'enjoy', wants: 'want', shares: 'share' } as Record<string, string>)[who[1]!.toLowerCase()]} ${who[2]!.replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:his or her|his\/her|their)(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, 'your')}.`;
  if (words.length <= 6 && words.every((w) => ADJECTIVE_EN.test(w.replace(/[,]$/, '')) || /^(?:and|or|,)$/.test(w))) return `You are ${lower}.`;
  // ("Ability to work in a team" → "You have the ability to work in a team".)
  if (words.length <= 8 && ASSET_EN.test(text) && !/\b(?:is|are|was|will)\b/i.test(text))
    return `You have ${/^(?:ability|willingness|eagerness|desire|drive) to\s/i.test(lower) ? 'the ' : singularEn(lower)}${lower}.`;
  // A demand's own noun-phrase form: "Able to communicate clearly …" → "You are able to communicate clearly …".
  return asSentence(text, YOU, 'en') ?? capital(text);
}

/**
 * The person profile: traits sorted into motivation, values, working style, team contribution and
 * learning needs. What the candidate will learn stands in its own section of the vacancy.
 */
export function personProfile(traits: Requirement[], language: Language): PersonProfile {
  const profile: PersonProfile = { summary: '', motivation: [], values: [], workingStyle: [], teamContribution: [], learningNeeds: [] };
  for (const trait of traits) {
    const facet = FACETS.find(([, re]) => re.test(trait.text))?.[0] ?? 'workingStyle';
    const item = clean(trait.text, language);
    if (!profile[facet].includes(item)) profile[facet].push(item);
  }
  const parts = (['motivation', 'values', 'workingStyle', 'teamContribution'] as const).filter((f) => profile[f].length);
  const names: Record<(typeof parts)[number], [string, string]> = {
    motivation: ['wat je drijft', 'what drives you'],
    values: ['waar je voor staat', 'what you stand for'],
    workingStyle: ['hoe je werkt', 'how you work'],
    teamContribution: ['wat je bijdraagt aan het team', 'what you bring to the team'],
  };
  if (parts.length) {
    profile.summary = t(
      language,
      `Voor ons telt wie je bent: ${list(
        language,
        parts.map((p) => names[p][0]),
      )}.`,
      `What counts for us is who you are: ${list(
        language,
        parts.map((p) => names[p][1]),
      )}.`,
    );
  }
  return profile;
}

/**
 * A line that is about the work, the company, the reader's health or age, or that calls to act: never
 * a quality of the person, whatever its words.
 */
function notOfThePerson(body: string): boolean {
  // Addressed to the reader but about the work: "Je bent verantwoordelijk voor …", "Je werkt met …".
  if (TASK_OPENERS.test(body) || DUTCH_TASK.test(body) || ENGLISH_TASK.test(body)) return true;
  // A question is a quality only when it asks the reader what they are, have or like ("Krijg je energie
  // van bouwen?", "Are you passionate about data?"; the profile says it as a statement); a call to act
  // ("Bekijk onze vacatures"), a line about us, or about health and fitness (never a person-profile item) is no quality.
  if (
    (/\?\s*$/.test(body) && !askedOfReader(body)) ||
    /^(?:bekijk|stuur|mail|solliciteer|klik|lees|neem|bel|reageer|meld|kijk|check|apply|send|visit|click|read|contact)\b/i.test(body)
  )
    return true;
  // A quality with a call to act tacked on ("…, reageer dan direct") closes the posting: it stays whole.
  if (/,\s*(?:reageer|solliciteer|stuur|mail|bel|neem contact|apply|reply)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(body)) return true;
  if (/\b(?:ons|onze|our|we|wij)\b/i.test(body) || /\b(?:conditie|gezond\w*|sportie\w*|fysiek\w*|lichamelijk\w*|fit|healthy|physically)\b/i.test(body))
    return true;
  // Nor an age or a stage of life ("You are early in your finance journey", "Je bent een starter"): it stays, flagged.
  if (namesAge(body)) return true;
  // Nor a fragment that stops on its preposition ("Je bent in bezit van", cut before ", of bent bereid …").
  if (/\s(?:van|met|naar|tot|of|with|to|for)$/i.test(body.replace(/[\s.;,:]+$/, ''))) return true;
  // What the job is, said to the reader: "Heb je een stoere baan op grote hoogte", "Ben je met z'n tweeën een hecht team".
  if (
    /^(?:heb|hebt|ben|bent|krijg|kom|ervaar)\s+(?:je|jij)\s/i.test(body) &&
    /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:baan|functie|job|een (?:\S+\s+){0,2}team)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(body)
  )
    return true;
  return false;
}

/**
 * A line of its own among the demands that the reading took for a quality ("Creativiteit stroomt door
 * je aderen.", "Commercieel en resultaat gericht."): it belongs under "Wie je bent", not among what
 * the candidate must bring, unless it is about the work, the company, health or age.
 */
export function ownQualityLine(text: string): boolean {
  const body = text.replace(LIST_MARK, '').trim();
  // (A word or two is a competence named in a list of them, "Analyseren", "Samenwerken": it stays
  // there. An absence asked, "Geen antecedenten …", is a record, no quality.)
  // It names a quality (the reading's fallback kind is no evidence: "Netwerken en firewalls"), not a level.
  return (
    body.split(/\s+/).length >= 3 &&
    (has(TRAIT, body) || namesQuality(body)) &&
    !has(EDUCATION, body) &&
    !/^(?:geen|no|niet|not)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(body) &&
    !notOfThePerson(body)
  );
}

/**
 * A trait moves to the person profile only when it is plainly about the candidate: it addresses them
 * ("Je bent …", "You enjoy …", "Ben jij …") or is a short quality ("Stressbestendig", "Goede
 * communicatieve vaardigheden"). A line about the company or the work ("Een platte organisatie",
 * "Het ecosysteem van Google") stays where the posting put it.
 */
export function aboutThePerson(text: string, listed = false): boolean {
  const body = text.replace(LIST_MARK, '').trim();
  if (notOfThePerson(body)) return false;
  if (/^(?:je|jij|jouw|u|uw|you|your|ben|bent|heb|hebt|kan|kun|kunt|wil|wilt|houd|houdt|vind|vindt|are|have|can|enjoy)\b/i.test(body) || askedOfReader(body))
    return true;
  // A relative clause about the candidate ("die een aanpakker is"), or a person named as the quality, said to them.
  if (relativeToReader(body) || has(PERSON_NP, body) || qualitiesBearingOn(body) || ableTo(body)) return true;
  // An item of "Wij zoeken iemand die": "Een teamplayer is met …", "Kritisch en open is naar …".
  const subordinate = SUBORDINATE_IS.exec(body);
  if (
    subordinate &&
    !/\s\p{Lu}/u.test(subordinate[0]) &&
    !/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:organisatie|bedrijf|onderneming|vestiging\w*|company|firma)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(body)
  )
    return true;
  // Short, or a line of its own among the demands ("Een proactieve en resultaatgerichte persoonlijkheid",
  // "A structured and analytical mindset"): the requirement block names qualities as noun phrases.
  const words = body.split(/\s+/).length;
  return (
    (words <= 5
      ? !/^(?:een|de|het|the|a|an|ons|onze|our|we|wij)\b/i.test(body)
      : // (Not an item of "iemand die", which ends on its verb: the block says it as a sentence.)
        listed && words <= 12 && !/^(?:ons|onze|our|we|wij)\b/i.test(body) && !endsOnVerb(body)) && namesQuality(body)
  );
}

/**
 * The qualities the person profile may hold: what is asked of the person, not the lines of the
 * tasks, the offer, the company or the contact section ("Een gedreven team", "iPad van de zaak").
 * Under the posting's own requirements heading a quality is the candidate's even when it is a noun
 * phrase ("Het vermogen om aan te sluiten bij de belevingswereld van peuters").
 */
export function personProfiled(requirements: Requirement[], lines: Line[], sectionOf: (r: Requirement) => string | undefined): Requirement[] {
  const whole = wholeItem(lines, requirements);
  // An item of "Wij zoeken iemand:" the profile can say as a sentence ("met een aangeboren nieuwsgierigheid" → "Je hebt …"):
  // read with the verbs it knows as the rewrite reads it with any verb (not "… en humor niet schuwt").
  const readsOn = (r: Requirement) => {
    if (!whole(r, false, true)) return false;
    const said = asMainClause(r.text, JE, true);
    return !!said && said === asMainClause(r.text, JE);
  };
  // An item of a lead-in that ends on its subject ("Jij bent:" over "Communicatief en energiek") is a
  // sentence about the reader, whatever the section's heading ("En je:").
  const ofSubject = new Set(
    continuationGroups(lines)
      .filter((g) => subjectLead(g.lead.text) !== null)
      .flatMap((g) => g.items),
  );
  const subjectItem = (r: Requirement) => whole(r, false, true) && ofSubject.has(lines.find((l) => r.span!.start >= l.start && r.span!.start < l.end)!);
  return requirements.filter(
    (r) =>
      r.kind === 'trait' &&
      r.mandatory &&
      !NOT_ASKED.has(sectionOf(r) ?? 'intro') &&
      (aboutThePerson(r.text, sectionOf(r) === 'requirements' && whole(r)) ||
        (sectionOf(r) === 'requirements' && (QUALITY_NOUN.test(r.text) || ((whole(r, true) || readsOn(r)) && ownQualityLine(r.text)))) ||
        (subjectItem(r) && ownQualityLine(r.text))),
  );
}

/**
 * The requirement is a list item of its own: most of a bulleted line, not a numbered task ("14.
 * Surfacing …"). With `underDemands`, most of any line right under a heading that names the demands
 * ("Een proactieve persoonlijkheid;" under "Wat vragen we?"), not under one of its own ("Communicatie:").
 */
function wholeItem(lines: Line[], requirements: Requirement[]): (r: Requirement, underDemands?: boolean, readingOn?: boolean) => boolean {
  const goesOn = new Set(continuationGroups(lines).flatMap((g) => g.items));
  return (r, underDemands = false, readingOn = false) => {
    const at = r.span ? lines.findIndex((l) => r.span!.start >= l.start && r.span!.start < l.end) : -1;
    const line = lines[at];
    if (!line || /^\s*(?:[-*•·]\s*)?\d+[.)]/.test(line.text) || (r.span!.end - r.span!.start) * 10 < (line.end - line.start) * 8) return false;
    if (readingOn) return goesOn.has(line) && !requirements.some((x) => x !== r && x.span && x.span.start < line.end && x.span.end > line.start);
    if (!underDemands) return line.bullet;
    // (Not an item that reads on from its lead-in, "Wij zoeken iemand die", nor a line that asks more.)
    if (goesOn.has(line) || requirements.some((x) => x !== r && x.span && x.span.start < line.end && x.span.end > line.start)) return false;
    const heading = lines.slice(0, at).findLast((l) => l.heading || (!l.bullet && /:\s*\**$/.test(l.text)));
    return !line.heading && !!heading && headingKind(heading.text) === 'requirements';
  };
}
