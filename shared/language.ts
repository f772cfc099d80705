import type { Language } from './schemas';

// Short function words that are frequent in one language and rare in the other.
const NL = new Set(['de', 'het', 'een', 'en', 'van', 'je', 'jij', 'wij', 'we', 'ons', 'met', 'voor', 'bent', 'hebt', 'heb', 'niet', 'zijn', 'naar', 'ook', 'bij', 'als', 'wat', 'jouw', 'onze', 'kennis', 'ervaring', 'werk', 'uur', 'is', 'op', 'te', 'in', 'dat', 'die', 'of']);
const EN = new Set(['the', 'a', 'an', 'and', 'of', 'you', 'your', 'we', 'our', 'with', 'for', 'are', 'have', 'not', 'be', 'to', 'also', 'at', 'as', 'what', 'experience', 'knowledge', 'work', 'is', 'on', 'in', 'that', 'or', 'will', 'this']);

// Function words of languages Vaardig does not translate, to tell "unclear" from "another language".
const OTHER = new Set(['und', 'der', 'das', 'mit', 'für', 'wir', 'sie', 'ist', 'nicht', 'les', 'des', 'et', 'pour', 'vous', 'nous', 'avec', 'une', 'est', 'dans', 'sur', 'y', 'el', 'los', 'para', 'con', 'una']);

function count(text: string) {
  const counts = { nl: 0, en: 0, other: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (OTHER.has(word)) counts.other++;
    else {
      if (NL.has(word)) counts.nl++;
      if (EN.has(word)) counts.en++;
    }
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
