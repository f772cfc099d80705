import type { Span } from '../../../shared/translation';
import { isEducation } from './classify';
import { matchAll } from './match-all';

export interface Clause {
  text: string;
  span: Span;
}

const YEARS_AHEAD = String.raw`(?:ongeveer|minimaal|minstens|ten minste|ruim|enkele|at least|over|\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|een|twee|drie|vier|vijf)\s+(?:\(?\d+\)?\s+)?(?:jaar|jaren|years?)\b`;

// Where one sentence asks for two different things: "hbo-niveau en bent CCNA-gecertificeerd",
// "Bachelorsdiploma, bij voorkeur in elektromechanica", "HBO-niveau en 2 jaar werkervaring".
// Every break starts at a space, a comma or a bracket: the leading lookahead lets the engine skip other positions quickly.
const CLAUSE_BREAK = new RegExp(
  `(?=[\\s,()])(?:${[
    String.raw`\s+(?:en|and)\s+(?=(?:je |jij |you )?(?:bent|hebt|beschikt|spreekt|kan|kunt|wil|houdt|ben|heb|are|have|can)\b)`,
    // "Beheersing van het Nederlands, de Duitse taal is een pré": a plus with its own subject after a demand.
    String.raw`,\s+(?=(?:de|het|the|kennis (?:van|met|in)|ervaring (?:met|in|als|binnen)|affiniteit met|experience (?:with|in)|knowledge of)\s[^,;]{2,60}?\s(?:is|are|zijn)\s(?:een\s|an?\s)?(?:grote\s|sterke\s|dikke\s)?(?:pré|pre|plus|pluspunt|troef|meerwaarde|advantage|bonus)(?![A-Za-zÀ-ÖØ-öø-ɏ]))`,
    // "… hoger opgeleide professionals en bij voorkeur enkele jaren …": a plus after a demand.
    String.raw`\s+(?:en|and)\s+(?=(?:bij voorkeur|preferably)\b)`,
    // "Je spreekt vlot Nederlands en eventueel Frans": the second is the plus.
    String.raw`\s+(?:en|of|and|or)\s+(?=(?:eventueel|evt\.?|optionally)\s)`,
    // "Perfect tweetalig EN/FR (Nederlands is een pluspunt)": a plus with its own subject in brackets.
    // (CLAUSE_BREAK has no u flag: letters as a class.)
    String.raw`\s*\(\s*(?=[a-zà-ÿ][^()]{0,40}?\s(?:is|zijn|are)\s(?:een\s|an?\s)?(?:grote\s|sterke\s|dikke\s)?(?:pré|pre|plus|pluspunt|troef|meerwaarde|advantage|bonus)(?![a-zà-ÿ])[^()]*\))`,
    // …or one said without a verb: "3-5 years of marketing experience (B2B preferred)" asks the years; B2B is the plus.
    // (A bracket of the mark alone, "(preferred)", is said of the whole item.)
    String.raw`\s*\(\s*(?=[^()\s][^()]{0,40}?\s(?:preferred|desired|desirable|gewenst)\s*\))`,
    // "Een diploma Verpleegkunde met specialisatie SEH of IC": the law asks the diploma, not the specialisation (principle 5).
    String.raw`\s+(?:met|with)\s+(?=(?:een\s+|a\s+)?(?:specialisatie|specialization|specialisation)\b)`,
    String.raw`,?\s+(?=\(?bij voorkeur\b)`,
    String.raw`\s*\(\s*(?=bij voorkeur\b)`,
    // …and the demand after that aside: "Bachelorsdiploma (bij voorkeur in elektromechanica) met goede kennis van mechanica".
    String.raw`(?<=\((?:bij voorkeur|preferably)[^()]{1,80})\)\s+(?=(?:met|with|en|and|of|or)\s)`,
    String.raw`,\s+(?=(?:preferably|ideally)\b)`,
    // "Je hebt de Nederlandse nationaliteit, in verband met het veiligheidsonderzoek A": the law asks the
    // check, the employer the rest (principle 5: split at the legal boundary).
    String.raw`,\s+(?=(?:in verband met|i\.v\.m\.?|vanwege|because of|due to)\s+(?:het\s+|een\s+|de\s+|the\s+|a\s+)?(?:veiligheids?onderzoek|vgb\b|verklaring van geen bezwaar|security (?:clearance|screening)))`,
    // "… are desirable, and the willingness to learn is essential": a comma, "and" and a new subject.
    String.raw`,\s+(?:and|en)\s+(?=(?:the|de|het)\s)`,
    String.raw`,\s+(?=(?:je |jij )?(?:bent|hebt|beschikt)\b)`,
    String.raw`\s+(?:en|and)\s+(?=(?:een |a |an )?(?:rijbewijs|driver'?s licen[cs]e|vog)\b)`,
    // Not inside a range: "tussen de 2 en 5 jaar", "between 3 and 5 years".
    String.raw`(?<!\d)\s+(?:en|and)\s+(?=${YEARS_AHEAD})`,
    String.raw`\s+(?:en|and)\s+(?=(?:relevante |aantoonbare |some |relevant )?(?:werk)?(?:ervaring|experience)\b)`,
  ].join('|')})`,
  'gi',
);
const REFERS_BACK =
  /^[^.;]{0,50}(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:dit|deze|die|het|this|it|them)\s+(?:[^.;]{0,20}\s)?(?:te\s+)?(?:behalen|halen|leren|verkrijgen|obtain|learn|get)(?![A-Za-zÀ-ÖØ-öø-ɏ])|^\s*(?:en|and)?\s*(?:\S+\s+){0,3}?(?:dit|dat|daarin|daarmee|daarbij|daarvoor|hierin|hiermee|hierbij|this|that)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
/** "BS required, MS preferred": case-sensitive, so ordinary words are not degrees. */
const DEGREE_BREAK = /,\s+(?=(?:MS|MA|PhD|Master'?s?|M\.S\.)\s)/g;

/** Split a unit into clauses that each ask for one thing, keeping exact spans. */
export function clauses(text: string, span: Span): Clause[] {
  const out: Clause[] = [];
  let last = 0;
  const push = (from: number, to: number) => {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    let trimmed = piece
      .trim()
      .replace(/[,;]+$/, '')
      .trim();
    // A closing parenthesis belongs to the clause only when it also opened one.
    if (trimmed.endsWith(')') && !trimmed.includes('(')) trimmed = trimmed.slice(0, -1).trim();
    if (trimmed.length < 3) return;
    out.push({ text: trimmed, span: { start: span.start + from + lead, end: span.start + from + lead + trimmed.length } });
  };
  const breaks = [...matchAll(CLAUSE_BREAK, text), ...matchAll(DEGREE_BREAK, text)].sort((a, b) => a.index - b.index);
  for (const m of breaks) {
    if (m.index < 8 || m.index < last) continue;
    // "bij voorkeur" starts its own requirement only after an education clause ("Bachelor, bij voorkeur in X").
    if (/^\s+$/.test(m[0]) && !isEducation(text.slice(last, m.index))) continue;
    // "… een heftruckcertificaat en hebt anders de bereidheid dit te behalen", "… en kunt dit goed
    // overbrengen": the second part refers back to the first and means nothing without it.
    if (REFERS_BACK.test(text.slice(m.index + m[0].length, m.index + m[0].length + 90))) continue;
    // "how your background and experience relate to it", "a combination of education and experience":
    // one noun phrase, not a second demand.
    if (/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:your|jouw|je|his|her|their|our|onze|combination of|combinatie van)\s+[A-Za-zÀ-ÖØ-öø-ɏ]+$/i.test(text.slice(last, m.index)))
      continue;
    // "kennis van en ervaring met agile-methoden": two heads that share what follows.
    if (/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:van|met|in|op|voor|of|with|in|of|about)\s*$/i.test(text.slice(last, m.index))) continue;
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}
