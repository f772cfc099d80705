import { dutchRules, type Language, type Region } from '../../../shared/locale';
import type { Warning } from '../../../shared/translation';
import { t } from './i18n';
import { matchAll } from './match-all';
import { matchLegal } from '../../legal';

/**
 * `gate`: words every match of `pattern` contains, with the same flags: a text without any cannot
 * match. The patterns start with \b and are tried at every position of the whole posting; a plain
 * list of words is found faster, and most postings have none.
 */
interface Rule {
  code: string;
  pattern: RegExp;
  gate?: RegExp;
  nl: string;
  en: string;
}

/**
 * Wording the Netherlands Institute for Human Rights' vacancy check flags: age proxies and
 * exclusionary phrasing. Each hit is reported with its span; the rewrite avoids the wording.
 */
export const RULES: Rule[] = [
  // The Netherlands Institute for Human Rights (College voor de Rechten van de Mens) names "jong team",
  // "jonge werkomgeving", "recent afgestudeerd", a maximum of experience and a starter asked for.
  // ("Met jonge collega's" and "Het team is jong" too; "met jonge mensen" is whom youth work serves.)
  // A young company ("een jonge organisatie") is the company's age, not the staff's; a school leaver's
  // pay ("een schoolverlater start aan € …") is the salary scale, not a demand.
  {
    code: 'age-proxy',
    pattern:
      /(?<!\bmet )\bjong(?:e|ere)?(?:,? (?:en )?(?:dynamisch|dynamische|enthousiast|enthousiaste|gedreven|gezellig|gezellige|energiek|energieke|hecht|hechte|ambitieus|ambitieuze|fris|frisse|groeiend|groeiende))? (?:team|collega['’]?s|talent|mensen|werkomgeving|omgeving|werksfeer|sfeer|hond|honden)\b|\bmet jonge collega['’]?s\b|\byoung (?:and \w+ )?(?:team|people|professionals?|talent|colleagues|environment)\b|\b(?:team|collega['’]?s|medewerkers)\s+(?:is|zijn|bestaat uit)\s+(?:een\s+)?(?:(?:heel|erg|relatief|vrij)\s+)?jong(?:e)?\b(?!\s+(?:organisatie|bedrijf))|\b(?:team|colleagues)\s+(?:is|are)\s+(?:(?:very|relatively|quite)\s+)?young\b/gi,
    gate: /jong|young/i,
    nl: '"Jong team" e.d. suggereert een leeftijdsvoorkeur (leeftijdsdiscriminatie, Wet gelijke behandeling op grond van leeftijd bij de arbeid). Beschrijf de werksfeer in plaats van de leeftijd.',
    en: '"Young team" and similar suggest an age preference (age discrimination under Dutch equal-treatment law). Describe the atmosphere instead of age.',
  },
  // "Starter" asked for, not "starters zijn ook welkom" (which excludes no one); in English "early career",
  // "in the early stages of your career".
  {
    code: 'age-proxy',
    pattern:
      /\b(?:recent|pas|net) afgestudeerd\w*|\brecent(?:ly)? graduated?\b|\brecent graduates?\b|(?<!\book )\bstarters?\b(?! ?(?:functie|positie|salaris|zijn welkom|zijn ook welkom|zijn eveneens welkom|zijn van harte welkom|en ervaren|of ervaren|en meer ervaren|of meer ervaren))|\bschoolverlater\w*(?![^.]{0,40}(?:€|euro|salaris|verdien|start al aan|start aan|start op|start met))|\bdigital natives?\b|\bmax(?:imaal|imum|\.)? \d+ jaar (?:werk)?ervaring|\bno more than \d+ years\b(?! (?:contract|fixed|term|employment))|\bmaximum (?:of )?\d+ years[’']? (?:of )?(?:\w+ )?experience\b|\btussen (?:de )?\d{2} en \d{2} jaar\b(?! (?:werk)?ervaring)|\b(?:between )?\d{2} (?:to|and|-) \d{2} years old\b|\bmax(?:imaal|imum|\.)? \d{2} jaar(?: oud)?\b(?! (?:werk)?ervaring)|\bearly[- ]career\b|\bearly[*_\s]+stages?[*_\s]+of[*_\s]+(?:your|their|a)[*_\s]+(?:\w+[*_\s]+)?career\b|\bearly in (?:your|their) (?:\w+ )?(?:career|journey)\b/gi,
    gate: /afgestudeerd|graduate|starter|schoolverlater|digital native|max|no more than|tussen|years old|early/i,
    nl: 'Dit werkt als leeftijdsgrens ("starter", "recent afgestudeerd", een maximum aan ervaring). Vraag naar wat iemand kan, niet naar levensfase.',
    en: 'This works as an age limit ("starter", "recent graduate", a maximum of experience). Ask what someone can do, not their stage of life.',
  },
  // A range of years of experience has a maximum too: "drie tot vijf jaar werkervaring", "2–4 years of experience".
  {
    code: 'age-proxy',
    pattern:
      /\b(?:tussen (?:de )?)?(?:\d{1,2}|twee|drie|vier|vijf|zes) (?:tot|-|–|à|en) (?:\d{1,2}|drie|vier|vijf|zes|zeven|acht|tien) jaar (?:relevante |aantoonbare )?(?:werk)?ervaring|\b(?:between )?\d{1,2} ?(?:to|and|-|–) ?\d{1,2} years(?: of)? (?:relevant |professional |work )?experience/gi,
    gate: /(?:\d|twee|drie|vier|vijf|zes) ?(?:tot|-|–|à|en|to|and) ?(?:\d|drie|vier|vijf|zes|zeven|acht|tien)/i,
    nl: 'Een bereik aan jaren ervaring heeft ook een maximum en werkt als leeftijdsgrens. Vraag naar wat iemand kan.',
    en: 'A range of years of experience has a maximum too and works as an age limit. Ask what someone can do.',
  },
  {
    code: 'native-speaker',
    pattern: /\bnative (?:speaker|english|dutch)\b|\bmoedertaal\b|\baccentloos\b|\bzonder accent\b|\bperfect(?:e)? (?:beheersing van het )?nederlands\b/gi,
    gate: /native|moedertaal|accent|perfect/i,
    nl: '"Moedertaal"/"accentloos" sluit mensen uit op afkomst. Vraag een taalniveau (bijv. B2 of C1, ERK) dat bij het werk past.',
    en: '"Native speaker" excludes people by origin. Ask for a language level (e.g. CEFR B2 or C1) that fits the work.',
  },
  {
    code: 'nationality',
    pattern: /\b(?:nederlandse|belgische) nationaliteit\b|\b(?:dutch|us|u\.s\.) citizenship\b/gi,
    gate: /nationaliteit|citizenship/i,
    nl: 'Een nationaliteitseis is alleen toegestaan als de wet die stelt (bijv. voor een veiligheidsonderzoek); noem dan die grond.',
    en: 'A nationality requirement is only allowed where the law sets it (e.g. for a security clearance); then name that ground.',
  },
  // Where someone lives is no demand (EXEMPLARS principle 11): the rewrite says the need behind it,
  // getting to the work, and the employer confirms that is what was meant.
  {
    code: 'residence',
    pattern: /\b(?:woonachtig|wonend) (?:in|te|rond)\b[^.;\n]{0,60}|\bje woont in de (?:regio|omgeving|buurt)\b[^.;\n]{0,60}/gi,
    gate: /woon|wonend/i,
    nl: 'Waar iemand woont, is geen eis: wat telt is dat iemand op tijd op het werk kan zijn. Noem die behoefte, en bevestig dat die bedoeld is.',
    en: 'Where someone lives is no requirement: what counts is getting to work on time. Name that need, and confirm it is what was meant.',
  },
  {
    code: 'culture-fit',
    pattern: /\bculture ?fit\b|\bcultuurfit\b|\bpast in ons team\b|\bfits? (?:in|into) our team\b/gi,
    gate: /fit|past in ons team/i,
    nl: '"Culture fit" selecteert op gelijkenis. Beschrijf liever wat iemand bijdraagt aan het team.',
    en: '"Culture fit" selects on sameness. Describe what someone contributes to the team instead.',
  },
  {
    code: 'gendered',
    pattern:
      /\bhij (?:moet|beschikt|heeft (?:ervaring|kennis|een))\b|\bzij moet\b|\bhe (?:must|will|should)\b|\bshe (?:must|will|should)\b|\bmedewerkster\b|\bsecretaresse\b|\b(?:zoeken|zoekt|zoek|ervaren) (?:(?:\S+ ){0,2})?vakm(?:an|annen)\b|\bjouw jongensdroom\b|\bstoere (?:mannen|kerels|jongens)\b|\b(?:die|en) (?:\S+ ){0,4}zijn weg (?:kan |weet te )?vind(?:t|en)\b/gi,
    gate: /hij |zij moet|he must|he will|he should|medewerkster|secretaresse|vakm|jongensdroom|stoere |zijn weg/i,
    nl: 'Gendergebonden woorden of "hij/zij" voor de kandidaat: schrijf neutraal ("je").',
    en: 'Gendered words or "he/she" for the candidate: write neutrally ("you").',
  },
];

/** Whether a line names an age or a stage of life ("jong team", "starter", "early in your career"): never a person-profile item (EXEMPLARS principle 10). */
export function namesAge(text: string): boolean {
  return RULES.some((rule) => rule.code === 'age-proxy' && (!rule.gate || rule.gate.test(text)) && matchAll(rule.pattern, text).length > 0);
}

/** `region` 'BE' or 'abroad': the warnings name no Dutch statute (#16); what they flag holds in other countries' law too. */
export function wordingWarnings(text: string, title: string | null, language: Language, region: Region | null = null): Warning[] {
  const out: Warning[] = [];
  for (const rule of RULES) {
    if (rule.gate && !rule.gate.test(text)) continue;
    for (const m of matchAll(rule.pattern, text)) {
      // Two wordings of one rule over the same words are one warning.
      if (out.some((w) => w.code === rule.code && w.span && w.span.start < m.index + m[0].length && w.span.end > m.index)) continue;
      const message = t(language, rule.nl, rule.en);
      out.push({
        code: rule.code,
        message: `${dutchRules(region) ? message : withoutDutchStatute(message)} ("${m[0]}")`,
        span: { start: m.index, end: m.index + m[0].length },
      });
    }
  }
  out.push(...minimumAges(text, title, language, region));
  const gendered = title && title.length < 120 ? genderedTitleWord(title) : null;
  if (gendered && !NEUTRAL_MARK.test(`${title} ${text.slice(0, 300)}`)) {
    out.push({
      code: 'title-not-neutral',
      span: null,
      message: t(
        language,
        `De functietitel is gendergebonden ("${gendered}"): kies een genderneutrale titel of voeg (m/v/x) toe, zodat iedereen zich aangesproken voelt.`,
        `The job title names one gender ("${gendered}"): choose a gender-neutral title so that everyone feels addressed.`,
      ),
    });
  }
  return out;
}

/** (m/v/x), (m/v), (v/m/x), (m/f/x), (h/v/x), m/v. */
const NEUTRAL_MARK = /\((?:[mvhfxd]\s*\/\s*){1,3}[mvhfxd]\)|\bm\/v\b|\bv\/m\b/i;
/**
 * Words of a title that name one gender (#16): "medewerkster", "secretaresse", "gastvrouw",
 * "vakman", "waitress". A Dutch title is not gendered for being a Dutch word: "Verpleegkundige",
 * "stagiair(e)" and "medewerker" address everyone.
 */
const GENDERED =
  /^(?:[A-Za-zÀ-ÖØ-öø-ɏ]*(?:werkster|verkoopster|schoonmaakster|kapster|verpleegster|huishoudster|serveerster|naaister|winkeljuffrouw|juffrouw|secretaresse|directrice|actrice|lerares|zangeres|danseres|masseuse|coiffeuse|kokkin|vrouw|dame|meisje|jongen|waitress|hostess|stewardess|actress|woman|women)|[A-Za-zÀ-ÖØ-öø-ɏ]*(?:gast|zaal)heer|[A-Za-zÀ-ÖØ-öø-ɏ]+man|[A-Za-zÀ-ÖØ-öø-ɏ]+men|man)$/i;
const NOT_GENDERED = /^(?:human|german|roman|ottoman|shaman|caiman|specimen|omen|abdomen|regimen|acumen|amen)$/i;
/** A title that names both forms ("gastheer/gastvrouw", "verkoper/verkoopster") is written for both. */
export function genderedTitleWord(title: string): string | null {
  const words = title.split(/[^A-Za-zÀ-ÖØ-öø-ɏ]+/).filter(Boolean);
  const gendered = words.filter((w) => GENDERED.test(w) && !NOT_GENDERED.test(w));
  if (!gendered.length) return null;
  if (/[A-Za-zÀ-ÖØ-öø-ɏ]\s*\/\s*[A-Za-zÀ-ÖØ-öø-ɏ]/.test(title) && words.length > gendered.length) return null;
  return gendered[0]!;
}

/**
 * A minimum age asked of the candidate (#16): allowed only where a law sets it (the legal table's
 * minimum ages, e.g. 16 for serving alcohol), so flagged everywhere else.
 */
const MINIMUM_AGE =
  /\b(?:(?:minimaal|minimum|minstens|ten ?minste|min\.|vanaf|at least|aged?)\s+(1[4-9]|2[0-9])\s*(?:jaar|years?)(?:\s+(?:oud|old|of age))?(?![ \t]*(?:\+|(?:relevante |aantoonbare |professionele |relevant |professional )?(?:werk)?(?:ervaring|experience)|(?:in|bij|als|of|werkzaam|actief|in de)\b))|(1[4-9]|2[0-9])\s*(?:jaar|years?)\s+(?:of|en|or)\s+(?:ouder|older)|(?:minimum|minimale)\s*leeftijd(?:\s+(?:van|is|:))?\s*(?:\w+\s+){0,2}?(1[4-9]|2[0-9])|(1[4-9]|2[0-9])\+(?!\s*(?:jaar|years?|yrs?)\s+(?:\w+\s+)?(?:ervaring|experience)))/gi;

export function minimumAges(text: string, title: string | null, language: Language, region: Region | null = null): Warning[] {
  if (!/jaar|year|leeftijd|aged?\b|\d\+/i.test(text)) return [];
  const out: Warning[] = [];
  const job = `${title ?? ''}\n${text.slice(0, 400)}`;
  for (const m of matchAll(MINIMUM_AGE, text)) {
    const age = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    const legal = matchLegal(sentence, job, region);
    const lawAge = legal?.statutory && legal.entry.kind === 'minimum_age' ? (legal.entry.minimumAge ?? null) : null;
    if (lawAge !== null && age <= Math.max(lawAge, 21)) continue;
    out.push({
      code: 'age-minimum',
      span: { start: m.index, end: m.index + m[0].length },
      message: t(
        language,
        `Een minimumleeftijd ("${m[0]}") mag alleen als de wet die voor dit werk stelt (bijv. 16 jaar voor het schenken van alcohol); noem dan die wet, anders vraag wat iemand moet kunnen.`,
        `A minimum age ("${m[0]}") is only allowed where the law sets it for this work (e.g. 16 for serving alcohol in the Netherlands); then name that law, otherwise ask what someone must be able to do.`,
      ),
    });
  }
  return out;
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('. ', start)) + 1;
  const stops = [text.indexOf('\n', end), text.indexOf('. ', end)].filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

const withoutDutchStatute = (message: string) => message.replace(/,\s*(?:Wet gelijke behandeling|Equal Treatment)[^)]*\)/, ')');
