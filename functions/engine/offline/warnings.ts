import type { Language, Warning } from '../../../shared/schemas';
import { t } from './i18n';
import { matchAll } from './match-all';

/**
 * `gate`: words every match of `pattern` contains, with the same flags: a text without any cannot
 * match. The patterns start with \b and are tried at every position of the whole posting; a plain
 * list of words is found faster, and most postings have none.
 */
interface Rule { code: string; pattern: RegExp; gate?: RegExp; nl: string; en: string }

/**
 * Wording the Netherlands Institute for Human Rights' vacancy check flags: age proxies and
 * exclusionary phrasing. Each hit is reported with its span; the rewrite avoids the wording.
 */
export const RULES: Rule[] = [
  { code: 'age-proxy', pattern: /\bjong(?:e|ere)? (?:en \w+ )?(?:team|collega'?s|bedrijf|organisatie|talent|mensen|enthousiaste)\b|\byoung (?:and \w+ )?(?:team|company|people|professionals?|talent|colleagues)\b/gi,
    nl: '"Jong team" e.d. suggereert een leeftijdsvoorkeur (leeftijdsdiscriminatie, Wet gelijke behandeling op grond van leeftijd bij de arbeid). Beschrijf de werksfeer in plaats van de leeftijd.',
    en: '"Young team" and similar suggest an age preference (age discrimination under Dutch equal-treatment law). Describe the atmosphere instead of age.' },
  { code: 'age-proxy', pattern: /\b(?:recent|pas|net) afgestudeerd\w*|\brecent(?:ly)? graduated?\b|\brecent graduates?\b|\bstarters?\b(?! ?(?:functie|positie|salaris))|\bschoolverlater\w*|\bdigital natives?\b|\bmax(?:imaal|imum|\.)? \d+ jaar (?:werk)?ervaring|\bno more than \d+ years\b|\bmaximum (?:of )?\d+ years\b|\btussen (?:de )?\d{2} en \d{2} jaar\b|\bleeftijd\b|\b(?:between )?\d{2} (?:to|and|-) \d{2} years old\b/gi,
    gate: /afgestudeerd|graduate|starter|schoolverlater|digital native|max|no more than|tussen|leeftijd|years old/i,
    nl: 'Dit werkt als leeftijdsgrens ("starter", "recent afgestudeerd", een maximum aan ervaring). Vraag naar wat iemand kan, niet naar levensfase.',
    en: 'This works as an age limit ("starter", "recent graduate", a maximum of experience). Ask what someone can do, not their stage of life.' },
  { code: 'native-speaker', pattern: /\bnative (?:speaker|english|dutch)\b|\bmoedertaal\b|\baccentloos\b|\bzonder accent\b|\bperfect(?:e)? (?:beheersing van het )?nederlands\b/gi,
    nl: '"Moedertaal"/"accentloos" sluit mensen uit op afkomst. Vraag een taalniveau (bijv. B2 of C1, ERK) dat bij het werk past.',
    en: '"Native speaker" excludes people by origin. Ask for a language level (e.g. CEFR B2 or C1) that fits the work.' },
  { code: 'nationality', pattern: /\b(?:nederlandse|belgische) nationaliteit\b|\b(?:dutch|us|u\.s\.) citizenship\b/gi,
    gate: /nationaliteit|citizenship/i,
    nl: 'Een nationaliteitseis is alleen toegestaan als de wet die stelt (bijv. voor een veiligheidsonderzoek); noem dan die grond.',
    en: 'A nationality requirement is only allowed where the law sets it (e.g. for a security clearance); then name that ground.' },
  { code: 'culture-fit', pattern: /\bculture ?fit\b|\bcultuurfit\b|\bpast in ons team\b|\bfits? (?:in|into) our team\b/gi,
    gate: /fit|past in ons team/i,
    nl: '"Culture fit" selecteert op gelijkenis. Beschrijf liever wat iemand bijdraagt aan het team.',
    en: '"Culture fit" selects on sameness. Describe what someone contributes to the team instead.' },
  { code: 'gendered', pattern: /\b(?:hij|zij) (?:moet|is|heeft)\b|\bhe (?:must|will|should)\b|\bshe (?:must|will|should)\b|\bmedewerkster\b|\bsecretaresse\b/gi,
    nl: 'Gendergebonden woorden of "hij/zij" voor de kandidaat: schrijf neutraal ("je").',
    en: 'Gendered words or "he/she" for the candidate: write neutrally ("you").' },
];

export function wordingWarnings(text: string, title: string | null, language: Language): Warning[] {
  const out: Warning[] = [];
  for (const rule of RULES) {
    if (rule.gate && !rule.gate.test(text)) continue;
    for (const m of matchAll(rule.pattern, text)) {
      out.push({ code: rule.code, message: `${t(language, rule.nl, rule.en)} ("${m[0]}")`, span: { start: m.index, end: m.index + m[0].length } });
    }
  }
  // Dutch job titles should address everyone: (m/v/x), (m/v), (v/m/x), (m/f/x), "(h/v/x)".
  if (language === 'nl' && title && title.length < 120 && !/\((?:[mvhfxd]\s*\/\s*){1,3}[mvhfxd]\)|\bm\/v\b|\bv\/m\b/iu.test(`${title} ${text.slice(0, 300)}`)) {
    out.push({ code: 'title-not-neutral', message: 'De functietitel mist (m/v/x): voeg dat toe of kies een genderneutrale titel, zodat iedereen zich aangesproken voelt.', span: null });
  }
  return out;
}
