import type { Language } from '../../../shared/schemas';

const VOWEL = new Uint8Array(256);
for (const c of 'aeiouyàáâäèéêëìíîïòóôöùúûü') VOWEL[c.charCodeAt(0)] = 1;

/** Vowel groups in the word, at least one. (A loop: the regex match was the hottest part of scoring.) */
function syllables(word: string): number {
  const lower = word.toLowerCase();
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const vowel = code < 256 && VOWEL[code] === 1;
    if (vowel && !inGroup) groups++;
    inGroup = vowel;
  }
  return Math.max(1, groups);
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
  const words = plain.match(/[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'-]*/gu) ?? [];
  if (!words.length) return { band: 'B1', score: 100 };
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  const wps = words.length / sentences;
  const spw = syl / words.length;
  const score = language === 'nl' ? 206.835 - 0.93 * wps - 77 * spw : 206.835 - 1.015 * wps - 84.6 * spw;
  const band = language === 'nl'
    ? score >= 60 ? 'B1' : score >= 45 ? 'B2' : score >= 30 ? 'C1' : 'C2'
    : score >= 65 ? 'B1' : score >= 50 ? 'B2' : score >= 30 ? 'C1' : 'C2';
  return { band, score: Math.round(score) };
}
