import { CERTIFICATE, EXPERIENCE, has, LANGUAGE, LICENCE, SKILL, TRAIT, EDUCATION_STRONG } from './cues';

// (A degree or a school level, "MTS werk/denkniveau", is asked too, not a heading.)
const CUES = [CERTIFICATE, EXPERIENCE, LANGUAGE, LICENCE, SKILL, TRAIT, EDUCATION_STRONG];
/** Section headings of a posting and what kind of content follows them. */
export type SectionKind = 'other' | 'intro' | 'requirements' | 'preferred' | 'tasks' | 'offer' | 'about' | 'contact' | 'meta';

// Tested against the normalised heading (lowercase, no punctuation). Order matters: first match wins.
const HEADINGS: Array<[SectionKind, RegExp]> = [
  [
    'preferred',
    /\b(preferred|nice to have|stand ?out (?:skills|qualifications)|(?:we(?:'d| would)|i'd) love to see|love to see|would be (?:nice|great|a plus)|pluspunten|bonus points|desired|desirable|extra'?s?|pre'?s)\b|is een pre\b|strekt tot aanbeveling/,
  ],
  [
    'requirements',
    /\b(functie ?eisen|eisen|voorwaarden|(?:verder |ook |daarnaast )?vragen (?:we|wij)$|profiel(?:en)?|profile|wie (?:ben|zoeken) (?:jij|je|wij|we)|wat (?:vragen|verwachten) (?:wij|we)|wij vragen|we vragen|vragen (?:we|wij) van|wat (?:breng|neem) (?:je|jij|u) mee|wat heb (?:je|jij) (?:nodig|in huis|in je)|vereisten|kwalificaties|qualifications|requirements|competenties|competencies|what you (?:bring|need|have)|what we(?:'re| are)? looking for|who (?:are we|we(?:'re| are)) looking for|(?:what )?(?:do )?we seek|who you are|about you|you have|must haves?|ideal candidate|skills|jij bent|ben jij|(?:dit|dat) ben (?:jij|je)|herken jij jezelf|gaat dit over (?:jou|je)|(?:ben|is) (?:dit|dat) (?:jou|jij)|wie wij zoeken|wat wij zoeken|wat zoeken wij|wat zoeken we|gevraagd|your background|de kandidaat|the candidate|(?:ideal |desired )?candidate profile|wat (?:we|wij) van (?:je|jou|u) (?:vragen|verwachten)|jouw achtergrond|specificaties|wat moet je kunnen|wat je meebrengt|jouw bagage|your skills|you(?:'ll| will) need|we need|what it takes|you should have|qualifications|jouw kwaliteiten|wat kun je|wie ben je|waar(?:over)? beschikt? (?:je|jij|u)(?: over)?|(?:wij|we) zoeken (?:iemand|een collega)|(?:wij|we) zoeken (?:jou|een kandidaat) die|waar(?:aan)? (?:\w+ ){0,4}voldoen)\b/,
  ],
  [
    'offer',
    /\b(van ons (?:\w+ ){0,2}verwachten|van ons krijg (?:je|jij|u)|(?:dit|dat) krijg (?:je|jij|u)|krijg (?:je|jij|u) (?:bij|van) ons|(?:je|jij) krijgt van ons|(?:wij|we) (?:jou|je|u) te bieden hebben|wat (?:wij|we) te bieden hebben|(?:je|jij|u) (?:kunt|kan) rekenen op|kun(?:t)? (?:je|jij|u) rekenen op|je toekomst bij|jouw toekomst|your future|waarom (?:jij|je) bij|why you(?:'ll)? love|wat bieden (?:wij|we)|wij bieden|we bieden|aanbod|arbeidsvoorwaarden|what we offer|benefits|wat krijg je|wat mag je (?:van ons )?verwachten|wat (?:je|jij) (?:kunt|kan|mag) verwachten|wat levert het (?:je|jou|u) op|geboden wordt|salaris|perks|our offer|we offer|voordelen|what'?s in it for you|conditions of employment|employment conditions|terms of employment|^conditions$|compensation|love working|why join|why work|waarom werken|werken bij (?:\S+ ){0,3}(?:zo )?(?:leuk|fijn|bijzonder|uniek)|wat (?:maakt|is er) (?:zo )?(?:leuk|fijn) aan)\b/,
  ],
  [
    'tasks',
    /\b(taken|takenpakket|functie ?omschrijving|^omschrijving$|^functie(?:inhoud)?$|job ?omschrijving|(?:wat|dit) ga (?:je|jij) doen|wat (?:je|jij|u) (?:gaat|gaan) doen|hoe ziet (?:\w+ ){1,6}eruit|hoe zie (?:je|jouw) (?:\w+ )?eruit|zo ziet (?:\w+ ){0,4}eruit|werkzaamheden|verantwoordelijkheden|responsibilities|what you(?:'ll| will) do|the role|de functie|job description|your role|duties|over de functie|jouw rol|de job|wat doe je|je taken|jouw uitdaging|de uitdaging|jouw missie|je missie|your mission|the position|position summary|overview|role description|key responsibilities)\b/,
  ],
  [
    'about',
    /\b(over ons|wie zijn (?:wij|we)|about us|the company|over de organisatie|over het bedrijf|organisatie|about the company|bedrijfsprofiel|organisatieprofiel|company profile|onze organisatie|who we are|company description|bedrijfsomschrijving|waar ga (?:je|jij) werken|voor wie (?:ga )?(?:je|jij|u) (?:gaat )?werk(?:en|t))\b|^(?:about|over) (?!(?:you|jou|je|jezelf|yourself|the (?:job|role|position|team)|de (?:job|rol|functie|vacature)|het (?:werk|team))\b)[a-z]/,
  ],
  [
    'contact',
    /\b(contact|solliciteren|sollicitatie|(?:your|the|je|jouw) (?:application|sollicitatie)|interesse|nieuwsgierig geworden|meer informatie|more information|further information|apply|how to apply|procedure|sollicitatieprocedure|sollicitatieproces|reageren)\b/,
  ],
  ['meta', /^(dienstverband|soort dienstverband|uren|salaris|locatie|plaats|functie met|specialisatie|gerelateerd|regio|branche|opleidingsniveau|type)$/],
];

const REQUIREMENT_NOUNS =
  /^(?:opleiding|ervaring|werkervaring|kennis|vaardigheden|competenties|kwalificaties|bekwaamheden|skills|abilities|capabilities|competencies|experience|education|knowledge|qualifications|profiel|eisen|vereisten|certificaten|talen|languages)(?: (?:en|and|&)? ?(?:opleiding|ervaring|werkervaring|kennis|vaardigheden|competenties|kwalificaties|bekwaamheden|skills|abilities|capabilities|competencies|experience|education|knowledge|qualifications|profiel|eisen|vereisten|certificaten|talen|languages))+$/;
const ASKS_SOMETHING =
  /\b(?:ervaring|kennis|diploma|rijbewijs|opleiding|niveau|mbo|hbo|wo|bachelor|master|degree|experience|knowledge|skills?|certifica\w*|vca|bhv|vog|fulltime|parttime|voltijd\w*|deeltijd\w*|nederlands|engels|english|dutch|french|frans|duits|german|stressbestendig|zelfstandig|flexibel|teamplayer|leergierig|nauwkeurig|communicatief|klantgericht|gedreven|proactief|analytisch|rijbewijs|python|sql|java|excel|sap|required|vereist|pré|pre|plus|bij voorkeur|preferred|must|\d)\b/i;

const CLOSING =
  /^(?:is dit (?:iets|de (?:baan|functie|job)|een (?:baan|functie|job)) voor (?:jou|je|u)|spreekt (?:dit|deze (?:functie|vacature|baan|job)) (?:je|jou|u) aan|ben (?:je|jij) enthousiast geworden|klinkt (?:dit|dat) als (?:jou|jij))$/;

/** What only an offer is said to be, in a lead-in: "… kun je rekenen op:", "Wij bieden jou:". */
const OFFER_LEAD_IN =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:(?:je|jij|u) (?:kunt|kan) rekenen op|kun(?:t)? (?:je|jij|u) rekenen op|(?:wij|we) bieden (?:je|jou|u)|bieden (?:wij|we) (?:je|jou|u)|(?:wij|we) (?:je|jou|u) (?:\S+ )?bieden|we offer you|you can count on)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

/** A heading about the application itself ("Wat verwachten we van je sollicitatie?") opens the contact section, whatever else it says. */
const APPLICATION = /\b(?:sollicitatie\w*|solliciteren|application|applying|how to apply)\b/;

function markdownHeadingKind(trimmed: string): SectionKind {
  const text = trimmed.replace(/^#+\s*|[*:\s]+$/g, '');
  const key = sectionKey(text);
  for (const [kind, re] of HEADINGS) if (re.test(key)) return kind;
  return 'other';
}

/** A line as the heading patterns read it: lower case, no accents, letters, digits and apostrophes between single spaces. */
function sectionKey(text: string): string {
  const lower = text.toLowerCase();
  // ASCII has no decomposition: only other text needs NFKD.
  return (
    (/[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower)
      // (A typographic apostrophe is one: "What you’ll do".)
      .replace(/[’‘`´]/g, "'")
      .replace(/[^a-z0-9' ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * A line is a heading when it is short, has no sentence ending, and names a known section.
 * Long: one ordered list of the forms a heading takes (Markdown, a lead-in, a question, a bare title),
 * each decided before the next is tried.
 */
export function headingKind(line: string): SectionKind | null {
  if (/^\s*(?:[-–—*+]\s+|[•·▪●◦○■□➢➤►✓✔]\s*|\d{1,2}[.)]\s+)/.test(line)) return null;
  const trimmed = line.trim();
  // A Markdown heading is a heading whatever it says ("## Conditions of employment", "## About TU Delft").
  if (/^#{1,6}\s/.test(trimmed)) return markdownHeadingKind(trimmed);
  // Trimmed, the line starts and ends with no space: the marks can only be there if its first
  // character is "#" or "*", or its last "*" or ":".
  const text = /^[#*]|[*:]$/.test(trimmed) ? trimmed.replace(/^[#*\s]+|[*:\s]+$/g, '') : trimmed;
  // A question that opens a section may name the job: "Wat neem jij mee in de functie van ICT-consultant?".
  // So may a line that asks without a question mark: "Waarom dit werk echt iets voor jou is".
  const question = /^(?:wat|wie|waarom|what|who|why)\s/i.test(text) && !/[,.!;]/.test(text.slice(0, -1)) && text.length <= 90 && text.split(/\s+/).length <= 12;
  // A lead-in that says what the reader gets opens the offer, however long: "Als C++ Programmeur bij
  // dit bedrijf in Hilversum kun je rekenen op:".
  if (/:\s*\**$/.test(trimmed) && text.length <= 120 && OFFER_LEAD_IN.test(text)) return 'offer';
  // "Tot je werkzaamheden behoren o.a.:": an abbreviation's point ends no sentence.
  if (
    !text ||
    (!question && (text.length > 60 || text.split(/\s+/).length > 8)) ||
    /[.!;]$/.test(text.replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:o\.a|e\.a|bijv|etc|e\.g|i\.e|incl)\.$/i, ''))
  )
    return null;
  const key = sectionKey(text);
  // A line that states something ("Strong SQL skills", "affiniteit met sport is een pré") is content, not a heading.
  const statement =
    /\b(?:is|zijn|ben|bent|heb|hebt|are|have|has|kan|kunt|moet|must|will|strong|sterke?|excellent|goede?|good|solid|proven|in|met|with|of|van)\b/.test(key) &&
    !/^(?:wat|wie|what|who|waarom|why|hoe|how|waar(?:aan)?|voor wie|ben jij|herken jij|jij bent|heb jij|(?:dit|dat) ben (?:jij|je)$|about|over|your|jouw|de|the|our|onze|nice to have|must haves?)\b/.test(
      key,
    );
  const requirementLike =
    /\b(?:skills?|kennis|knowledge|ervaring|experience)\b/.test(key) &&
    key.split(' ').length > 2 &&
    !/^(?:required|key|gevraagde|gewenste|your|jouw|technical|technische|soft|core|must|nice|preferred|desired|additional|relevant|relevante|stand out|standout|bonus|extra) /.test(
      key,
    );
  // "Opleiding en ervaring", "Kennis & vaardigheden": only the names of what is asked, a heading.
  if (REQUIREMENT_NOUNS.test(key)) return 'requirements';
  if (APPLICATION.test(key) && !statement) return 'contact';
  // The question that closes the demands and turns to applying ("Is dit iets voor jou?").
  if (CLOSING.test(key) && /\?\s*$/.test(line.trim().replace(/\*+$/, ''))) return 'contact';
  if (!statement && !requirementLike) for (const [kind, re] of HEADINGS) if (re.test(key)) return kind;
  // A lead-in sentence that says what is asked opens the requirements: "Wij vragen van onze nieuwe collega:".
  if (statement && !requirementLike && /:\s*$/.test(line.trim())) for (const [kind, re] of HEADINGS.slice(0, 2)) if (re.test(key)) return kind;
  // A short line ending in ":" or "?" introduces what follows ("Hier word je blij van:", "Plek in jouw carrière:").
  if (/[:?]\s*$/.test(line.trim()) && text.split(/\s+/).length <= 8 && !requirementLike) return 'other';
  if (question && !requirementLike) return 'other';
  if (statement || requirementLike) return null;
  // An unknown short title line ("Je eerste jaar", "Over het vak") still ends the section before it.
  if (
    text.split(/\s+/).length <= 4 &&
    /^[A-ZÀ-ÖØ-Þ]/.test(text) &&
    !/[,]/.test(text) &&
    !ASKS_SOMETHING.test(text) &&
    !/(?:heid|iteit|schap|isme|ness|ity)$/i.test(text) &&
    !CUES.some((re) => has(re, text))
  )
    return 'other';
  return null;
}
