import type { Language } from './schemas';

// Short function words that are frequent in one language and rare in the other.
const NL = new Set(['de', 'het', 'een', 'en', 'van', 'je', 'jij', 'wij', 'we', 'ons', 'met', 'voor', 'bent', 'hebt', 'heb', 'niet', 'zijn', 'naar', 'ook', 'bij', 'als', 'wat', 'jouw', 'onze', 'kennis', 'ervaring', 'werk', 'uur', 'is', 'op', 'te', 'in', 'dat', 'die', 'of']);
const EN = new Set(['the', 'a', 'an', 'and', 'of', 'you', 'your', 'we', 'our', 'with', 'for', 'are', 'have', 'not', 'be', 'to', 'also', 'at', 'as', 'what', 'experience', 'knowledge', 'work', 'is', 'on', 'in', 'that', 'or', 'will', 'this']);

/** Detect Dutch or English from function-word frequency; null when neither is clear. */
export function detectLanguage(text: string): Language | null {
  let nl = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (NL.has(word)) nl++;
    if (EN.has(word)) en++;
  }
  if (nl + en < 3) return null;
  if (nl > en * 1.2) return 'nl';
  if (en > nl * 1.2) return 'en';
  return null;
}
