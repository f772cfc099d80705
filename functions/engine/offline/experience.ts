import type { Language } from '../../../shared/locale';
import type { Requirement } from '../../../shared/translation';
import { gatedExec, YEARS } from './cues';
import { t } from './i18n';

export const OF_EXPERIENCE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:[A-Za-zÀ-ÖØ-öø-ɏ]*ervaring|experience[ds]?|gewerkt|werkzaam|worked|working)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

export interface ExperienceRewrite {
  text: string;
  years: string | null;
  maximum: boolean;
}

/**
 * Years of experience stand for a competence; the rewrite names the competence and drops the count
 * (a year count is also an age proxy in Dutch equal-treatment law).
 */
export function rewriteExperience(requirement: Requirement, language: Language, job: string | null = null): ExperienceRewrite | null {
  // Emphasis is the posting's layout, not its words: "**2–4 years of experience in finance.**".
  const plain = requirement.text.replace(/\*{2,}|__/g, '');
  // Experience "in a similar role", with no count, stood for this job's work too (EXEMPLARS, office
  // manager: "Ervaring in een vergelijkbare functie / werkomgeving" → a competence).
  const similar = requirement.mandatory && !YEARS.test(plain) ? SIMILAR_ROLE.exec(plain) : null;
  if (similar) return similarRole(similar[1]!.trim(), language, job);
  const m = YEARS.exec(plain);
  // Only a count of experience ("waar we al meer dan 15 jaar mee samenwerken" is the employer's).
  if (!m || !OF_EXPERIENCE.test(plain)) return null;
  const { maximum } = yearsAsked(plain)!;
  const rest = plain
    .replace(YEARS, ' ')
    .replace(/^(?:je hebt|jij hebt|heb je|hebt|heeft|beschikt over|you have|have|with|met|minimum|minimaal|minstens|at least|ten minste|ruim|over)\s+/i, '')
    .replace(/\b(?:relevante|relevant|aantoonbare|professionele|professional|werk)\s*/gi, '')
    // ("in a previous analytics role" → "in an analytics role": the role, not when.)
    .replace(/\b(an?)\s+(?:previous|prior)\s+(\S)/gi, (_, _a: string, c: string) => `${/[aeiou]/i.test(c) ? 'an' : 'a'} ${c}`)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:-]+|[\s,.;:]+$/g, '');
  const about = rest.replace(/^(?:of |van )?(?:werk)?ervaring|^(?:of )?(?:work )?experience/i, '').trim();
  // What is left must read as the field of the experience; a remnant of a sentence the count sat in
  // ("·A minimum of ’ experience in …") is no field: then the requirement stays as the posting wrote it.
  // (Nor a verb the clause went on with: "… die minimaal 2-3 jaar werkervaring heeft in online marketing".)
  if (
    about &&
    (!/^[A-Za-zÀ-ÖØ-öø-ɏ\p{N}]/u.test(about) ||
      /(?:^|\s)(?:ervaring|experience)\b|[·•’‘"“”]/i.test(about) ||
      /^(?:heeft|hebt|heb|is|bent|zijn|has|have|had)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(about) ||
      (about.match(/\(/g)?.length ?? 0) !== (about.match(/\)/g)?.length ?? 0))
  ) {
    // The posting's own sentence then stays, without its count: the years go, whatever the rest says.
    const own = withoutCount(plain);
    return own ? { text: own, years: m[0].trim(), maximum } : null;
  }
  // The competence the years stood for (EXEMPLARS principle 8): "ervaring als calculator" → "Je kunt
  // het werk van een calculator zelfstandig doen", "met SAP" → "zelfstandig met SAP werken".
  const competence = competenceOf(about, language);
  if (competence) return { text: competence, years: m[0].trim(), maximum };
  // "marketingervaring" already says it is experience: "Je hebt aantoonbare marketingervaring".
  const compound = /^[A-Za-zÀ-ÖØ-öø-ɏ]+ervaring$/i.test(about);
  const text =
    compound && language === 'nl'
      ? `Je hebt aantoonbare ${about} — waar en hoe lang je die opdeed, maakt niet uit.`
      : about
        ? t(
            language,
            `Je hebt aantoonbaar ervaring ${/^(?:in|met|als|binnen|bij|op)\b/i.test(about) ? '' : 'met '}${about} — waar en hoe lang je die opdeed, maakt niet uit.`,
            `You can show experience ${/^(?:in|with|as|at|on)\b/i.test(about) ? '' : 'with '}${about} — however and wherever you gained it.`,
          )
        : // (Years of no named field stood for the job itself: "Je kunt het werk van een projectcontroller zelfstandig doen".)
          ((job && competenceOf(`${language === 'nl' ? 'als' : 'as'} ${job}`, language)) ??
          t(
            language,
            'Je kunt laten zien dat je dit werk zelfstandig aankunt — waar en hoe lang je die ervaring opdeed, maakt niet uit.',
            'You can show you handle this work independently — however and wherever you gained that experience.',
          ));
  return { text, years: m[0].trim(), maximum };
}

/**
 * The year count a requirement asks, and whether it sets a maximum ("drie tot vijf jaar", "max. 5
 * jaar": an age proxy), also where the sentence has no field to say instead.
 */
export function yearsAsked(text: string): { years: string; maximum: boolean } | null {
  const plain = text.replace(/\*{2,}|__/g, '');
  const m = YEARS.exec(plain);
  if (!m) return null;
  // A range is a ceiling ("3-5 jaar"), unless it is said to be the least asked ("Minimaal 2-3 jaar").
  const least =
    /(?:minimaal|minstens|ten minste|tenminste|at least|minimum(?: of)?)\s*$/i.test(plain.slice(0, m.index)) ||
    /^\s*(?:minimaal|minstens|ten minste|at least)/i.test(m[0]);
  const ceiling = /\b(?:max(?:imaal|imum|\.)?|tot|up to|no more than)\b/i.test(m[0]) || (!least && /\d\s*[-–]\s*\d/.test(m[0]));
  return { years: m[0].trim(), maximum: ceiling };
}

/**
 * The posting's sentence without its year count: "Je hebt ten minste drie jaar netwerkgerelateerde
 * werkervaring" → "Je hebt netwerkgerelateerde werkervaring", "een aantal jaren (drie tot vijf jaar)
 * werkervaring" → "werkervaring"; null when too little is left to read as a demand.
 */
function withoutCount(text: string): string | null {
  const out = text
    .replace(/\s*\([^()]*\)/g, (aside) => (YEARS.test(aside) ? '' : aside))
    .replace(new RegExp(`(?:(?:a\\s+)?minimum\\s+of\\s+)?${YEARS.source}[’']?`, 'i'), ' ')
    .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:een aantal|enkele|meerdere|several|a number of)\s+(?:jaren|jaar|years)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/^[\s,.;:-]+|[\s,;:]+$/g, '')
    .trim()
    // ("5 years of related experience" → "related experience", not "of related experience".)
    .replace(/^of\s+/i, '');
  // (Nor a question, or a count left half: "Heb je tussen de 2 en 5 jaar werkervaring?".)
  if (
    out.split(/\s+/).length < 2 ||
    !OF_EXPERIENCE.test(out) ||
    YEARS.test(out) ||
    /\d|\?\s*$/.test(out) ||
    (out.match(/\(/g)?.length ?? 0) !== (out.match(/\)/g)?.length ?? 0)
  )
    return null;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Experience in a role like this one, said as this job's work; null where the sentence says more or no job is named. */
function similarRole(more: string, language: Language, job: string | null): ExperienceRewrite | null {
  const competence = job && !more ? competenceOf(`${language === 'nl' ? 'als' : 'as'} ${job}`, language) : null;
  return competence ? { text: competence, years: null, maximum: false } : null;
}

/**
 * A demand of experience in a role like this one, and nothing more: "Ervaring in een vergelijkbare
 * functie / werkomgeving", "Relevante werkervaring in een soortgelijke functie", "Experience in a
 * similar role". (Group 1: more after it, "… als plaatser interieur, met …", which says the field.)
 */
const SIMILAR_ROLE =
  /^(?:(?:je hebt|jij hebt|you have)\s+)?(?:(?:relevante|aantoonbare|relevant|proven)\s+)?(?:werk)?(?:ervaring|experience)\s+(?:in|als|as)\s+(?:een\s+|a\s+)?(?:vergelijkbare|soortgelijke|gelijkaardige|gelijksoortige|similar|comparable)\s+(?:functie|rol|positie|baan|role|position|job)(?![A-Za-zÀ-ÖØ-öø-ɏ])(?:\s*\/\s*[A-Za-zÀ-ÖØ-öø-ɏ]+)?([^.;!]*?)[\s.;!]*$/i;

/** Every rephrasing of a year count says the work may have been learned anywhere (the rewrite then says it once). */
export const SAYS_ANYWHERE = /maakt niet uit|wherever you (?:learned|gained)/;

/** The work a year count was about, said as what the candidate can do; null when it names none. */
function competenceOf(about: string, language: Language): string | null {
  const field = /^(als|as|met|with|in|binnen|within)\s+((?:een|a|an)\s+)?(.{3,120})$/i.exec(about);
  if (!field || /[,;]\s*$/.test(field[3]!)) return null;
  const [, joiner, article, noun] = field;
  const lead = joiner!.toLowerCase();
  // "als een calculator" → "het werk van een calculator"; elsewhere the article stays: "in a finance role".
  const what = lead === 'als' || lead === 'as' ? noun! : `${article ?? ''}${noun}`;
  if (language === 'nl') {
    const tail = ' — waar je dat leerde, maakt niet uit.';
    if (lead === 'als') return `Je kunt het werk van een ${what} zelfstandig doen${tail}`;
    if (lead === 'met') return `Je kunt zelfstandig met ${what} werken${tail}`;
    if (lead === 'in' || lead === 'binnen') return `Je kunt zelfstandig werken ${lead} ${what}${tail}`;
    return null;
  }
  const tail = ' — wherever you learned it.';
  // ("an" before a vowel, or a letter said with one: "an ETL developer", "an SEO specialist".)
  const an = /^(?:[aeioAEIO]|[uU](?!ni|s[eu]|ti)|[AEFHILMNORSX](?:[A-Z]|[/-]))/.test(what) ? 'an' : 'a';
  if (lead === 'as') return `You can do the work of ${an} ${what} on your own${tail}`;
  if (lead === 'with') return `You can work with ${what} on your own${tail}`;
  if (lead === 'in' || lead === 'within') return `You can work ${lead} ${what} on your own${tail}`;
  return null;
}

/** The numbers YEARS spells out ("tien jaar", "three years"). */
const COUNT: Record<string, number> = Object.fromEntries(
  ['één een one', 'twee two', 'drie three', 'vier four', 'vijf five', 'zes six', 'zeven seven', 'acht eight', 'negen nine', 'tien ten'].flatMap((words, i) =>
    words.split(' ').map((w) => [w, i + 1]),
  ),
);

/** The number of years a line asks ("Minimaal tien jaar een B-rijbewijs" → 10; the least of a range). */
export function leastYears(text: string): number | null {
  const m = gatedExec(YEARS, text);
  const word = m?.[1]?.toLowerCase() ?? '';
  const n = /^\d+$/.test(word) ? Number(word) : COUNT[word];
  return n ?? null;
}
