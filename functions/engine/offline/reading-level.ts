import type { Language } from '../../../shared/locale';

const VOWELS = new Set('aeiouyàáâäèéêëìíîïòóôöùúûü');
/** Letters a word starts with: A-Z, a-z, À-Ö, Ø-ö, ø-ɏ (all below U+0250); apostrophes and hyphens may follow. */
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
// For each letter, what its lowercase form ("İ" → "i̇": a vowel, then not) does to the vowel groups:
// the groups it starts after a consonant, after a vowel, and whether it ends in a vowel.
const STARTS_AFTER_CONSONANT = new Uint8Array(0x250);
const STARTS_AFTER_VOWEL = new Uint8Array(0x250);
const ENDS_IN_VOWEL = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  if (!isLetter(c)) continue;
  const vowels = [...String.fromCharCode(c).toLowerCase()].map((ch) => VOWELS.has(ch));
  const starts = (before: boolean) => vowels.filter((v, i) => v && !(i ? vowels[i - 1] : before)).length;
  STARTS_AFTER_CONSONANT[c] = starts(false);
  STARTS_AFTER_VOWEL[c] = starts(true);
  ENDS_IN_VOWEL[c] = vowels[vowels.length - 1] ? 1 : 0;
}

/**
 * Words (a letter, then letters, apostrophes and hyphens) and their syllables (vowel groups of the
 * lowercased word, at least one), counted in one pass: the same as matching every word and
 * lowercasing it, without the strings.
 */
function wordsAndSyllables(text: string): { words: number; syllables: number } {
  let words = 0,
    syllables = 0;
  for (let i = 0; i < text.length; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    words++;
    let groups = 0,
      inGroup = false;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isLetter(c)) {
        groups += (inGroup ? STARTS_AFTER_VOWEL[c] : STARTS_AFTER_CONSONANT[c]) ?? 0;
        inGroup = ENDS_IN_VOWEL[c] === 1;
      } else if (c === 39 || c === 45) inGroup = false;
      else break;
    }
    syllables += Math.max(1, groups);
  }
  return { words, syllables };
}

const TWO_WORDS = /\S\s+\S/;

/**
 * Reading level of a text as a CEFR band, from Flesch-Douma (Dutch) or Flesch reading ease
 * (English). Dutch vacancies aim for B1.
 */
export function readingLevel(text: string, language: Language): { band: string; score: number } {
  const plain = text.replace(/[#*_>`[\]()]/g, ' ');
  // A sentence has at least two words: something, a space, something.
  let counted = 0;
  for (const piece of plain.split(/[.!?\n]+/)) if (TWO_WORDS.test(piece)) counted++;
  const sentences = Math.max(1, counted);
  const { words, syllables } = wordsAndSyllables(plain);
  if (!words) return { band: 'B1', score: 100 };
  const wps = words / sentences;
  const spw = syllables / words;
  const score = language === 'nl' ? 206.835 - 0.93 * wps - 77 * spw : 206.835 - 1.015 * wps - 84.6 * spw;
  const band =
    language === 'nl'
      ? score >= 60
        ? 'B1'
        : score >= 45
          ? 'B2'
          : score >= 30
            ? 'C1'
            : 'C2'
      : score >= 65
        ? 'B1'
        : score >= 50
          ? 'B2'
          : score >= 30
            ? 'C1'
            : 'C2';
  return { band, score: Math.round(score) };
}
