/**
 * Privacy before a text leaves for a model API (issue #6): e-mail addresses, phone numbers, IBANs
 * and the names in contact lines become placeholders such as "[EMAIL_1]"; `restore` puts the
 * originals back in whatever the model returns. Pure: no platform APIs.
 */

export type PiiKind = 'EMAIL' | 'PHONE' | 'IBAN' | 'NAME';

export interface Redaction {
  text: string;
  /** Placeholder → original, e.g. "[EMAIL_1]" → "p.jansen@zorg.nl". */
  placeholders: Record<string, string>;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;
// Dutch numbers (06-12345678, 030 123 4567, +31 (0)6 1234 5678, 0800-1234) and other international ones.
const PHONE = new RegExp(
  [
    String.raw`(?:\+|00)\d{1,3}[ .-]?(?:\(0\)[ .-]?)?\d(?:[ .-]?\d){6,11}`,
    String.raw`\b0\d(?:[ .-]?\d){8}\b`,
    String.raw`\b0[89]00[ .-]?\d(?:[ .-]?\d){3,6}\b`,
  ].join('|'),
  'g',
);

/** A line that names a contact person: "Contact: …", "Neem contact op met …", "Vragen? Bel …". */
const CONTACT_LINE = /\b(contact\w*|neem .{0,20}op met|vragen|informatie|inlichtingen|recruiter|bel|mail|e-mail|questions|reach out|ask for|hiring manager)\b/i;
const PARTICLE = String.raw`(?:van|de|der|den|ter|ten|te|het|in|op|'t|von|da|di|le|la|du)`;
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}\.(?:\s?\p{Lu}\.)*)`;
const NAME = new RegExp(String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){1,3}`, 'gu');
/** Capitalised words that open sentences in contact lines but are never part of a name. */
const NOT_NAMES = new Set(
  `neem contact contactpersoon vragen voor meer informatie bel mail e-mail stuur solliciteer heb wil met bij via of en
  de het een wij we onze ons jouw je u uw over hr recruitment recruiter afdeling team manager questions contact call email
  please reach out ask for the our your hiring at on or and meer inlichtingen telefoon tel mobiel whatsapp linkedin`
    .split(/\s+/)
    .filter(Boolean),
);

function ibanIsValid(candidate: string): boolean {
  const iban = candidate.replace(/ /g, '');
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Strip capitalised non-name words from the front of a candidate ("Neem Petra Jansen" → "Petra Jansen"). */
function trimName(candidate: string): string | null {
  const words = candidate.split(/\s+/);
  while (words.length && NOT_NAMES.has((words[0] ?? '').toLowerCase())) words.shift();
  while (words.length && NOT_NAMES.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
  return capitalised.length >= 2 ? words.join(' ') : null;
}

export interface RedactOptions {
  /** Names never to redact, such as the employer's name. */
  keep?: string[];
}

export function redact(text: string, options: RedactOptions = {}): Redaction {
  const placeholders: Record<string, string> = {};
  const byOriginal = new Map<string, string>();
  const counters: Record<PiiKind, number> = { EMAIL: 0, PHONE: 0, IBAN: 0, NAME: 0 };
  const placeholder = (kind: PiiKind, original: string): string => {
    const known = byOriginal.get(`${kind}:${original}`);
    if (known) return known;
    const key = `[${kind}_${++counters[kind]}]`;
    placeholders[key] = original;
    byOriginal.set(`${kind}:${original}`, key);
    return key;
  };

  let out = text.replace(EMAIL, (match) => placeholder('EMAIL', match));
  out = out.replace(IBAN, (match) => (ibanIsValid(match) ? placeholder('IBAN', match) : match));
  out = out.replace(PHONE, (match) => placeholder('PHONE', match));

  const keep = new Set((options.keep ?? []).map((name) => name.toLowerCase()));
  out = out
    .split('\n')
    .map((line) => {
      if (!CONTACT_LINE.test(line)) return line;
      return line.replace(NAME, (match) => {
        const name = trimName(match);
        if (!name || keep.has(name.toLowerCase())) return match;
        return match.replace(name, placeholder('NAME', name));
      });
    })
    .join('\n');
  return { text: out, placeholders };
}

/** Put the originals back wherever the model kept a placeholder. */
export function restore(text: string, placeholders: Record<string, string>): string {
  return text.replace(/\[(?:EMAIL|PHONE|IBAN|NAME)_\d+\]/g, (key) => placeholders[key] ?? key);
}

/** Restore every string inside a JSON-like value (the model's whole answer). */
export function restoreDeep<T>(value: T, placeholders: Record<string, string>): T {
  if (typeof value === 'string') return restore(value, placeholders) as T;
  if (Array.isArray(value)) return value.map((item) => restoreDeep(item, placeholders)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, restoreDeep(item, placeholders)])) as T;
  }
  return value;
}
