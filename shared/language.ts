import type { Language } from './schemas';

// Short function words that are frequent in one language and rare in the other.
const NL = new Set(['de', 'het', 'een', 'en', 'van', 'je', 'jij', 'wij', 'we', 'ons', 'met', 'voor', 'bent', 'hebt', 'heb', 'niet', 'zijn', 'naar', 'ook', 'bij', 'als', 'wat', 'jouw', 'onze', 'kennis', 'ervaring', 'werk', 'uur', 'is', 'op', 'te', 'in', 'dat', 'die', 'of']);
const EN = new Set(['the', 'a', 'an', 'and', 'of', 'you', 'your', 'we', 'our', 'with', 'for', 'are', 'have', 'not', 'be', 'to', 'also', 'at', 'as', 'what', 'experience', 'knowledge', 'work', 'is', 'on', 'in', 'that', 'or', 'will', 'this']);

// Function words of languages Vaardig does not translate, to tell "unclear" from "another language".
const OTHER = new Set(['und', 'der', 'das', 'mit', 'für', 'wir', 'sie', 'ist', 'nicht', 'les', 'des', 'et', 'pour', 'vous', 'nous', 'avec', 'une', 'est', 'dans', 'sur', 'y', 'el', 'los', 'para', 'con', 'una']);

// No word in the sets is longer than this: longer runs of letters need not be looked up.
const LONGEST = Math.max(...[...NL, ...EN, ...OTHER].map((w) => w.length));
const LETTER = /\p{L}/u;
const letters = new Map<number, boolean>();

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = letters.get(code);
  if (known === undefined) letters.set(code, (known = LETTER.test(String.fromCodePoint(code))));
  return known;
}

/**
 * The words (runs of \p{L} in the lowercased text) that are function words of each language. A loop
 * rather than `match(/\p{L}+/gu)`: every request runs this over the whole posting, and only short
 * words can count.
 */
function count(text: string) {
  const counts = { nl: 0, en: 0, other: 0 };
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; ) {
    const code = i < lower.length ? (lower.codePointAt(i) ?? 0) : -1;
    if (code >= 0 && isLetter(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start <= LONGEST) {
        const word = lower.slice(start, i);
        if (OTHER.has(word)) counts.other++;
        else {
          if (NL.has(word)) counts.nl++;
          if (EN.has(word)) counts.en++;
        }
      }
      start = -1;
    }
    i += code > 0xffff ? 2 : 1;
  }
  return counts;
}

/** True when the text is clearly written in a language other than Dutch or English. */
export function isOtherLanguage(text: string): boolean {
  const { nl, en, other } = count(text);
  return other >= 5 && other > Math.max(nl, en);
}

/** Detect Dutch or English from function-word frequency; null when neither is clear. */
export function detectLanguage(text: string): Language | null {
  const { nl, en, other } = count(text);
  if (nl + en < 3 || (other >= 5 && other > Math.max(nl, en))) return null;
  if (nl > en * 1.2) return 'nl';
  if (en > nl * 1.2) return 'en';
  return null;
}
