import type { Language } from './locale';

// Short function words that are frequent in one language and rare in the other.
const NL = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'je',
  'jij',
  'wij',
  'we',
  'ons',
  'met',
  'voor',
  'bent',
  'hebt',
  'heb',
  'niet',
  'zijn',
  'naar',
  'ook',
  'bij',
  'als',
  'wat',
  'jouw',
  'onze',
  'kennis',
  'ervaring',
  'werk',
  'uur',
  'is',
  'op',
  'te',
  'in',
  'dat',
  'die',
  'of',
]);
const EN = new Set([
  'the',
  'a',
  'an',
  'and',
  'of',
  'you',
  'your',
  'we',
  'our',
  'with',
  'for',
  'are',
  'have',
  'not',
  'be',
  'to',
  'also',
  'at',
  'as',
  'what',
  'experience',
  'knowledge',
  'work',
  'is',
  'on',
  'in',
  'that',
  'or',
  'will',
  'this',
]);

// Function words of languages Vaardig does not translate, to tell "unclear" from "another language".
const OTHER = new Set([
  'und',
  'der',
  'das',
  'mit',
  'für',
  'wir',
  'sie',
  'ist',
  'nicht',
  'les',
  'des',
  'et',
  'pour',
  'vous',
  'nous',
  'avec',
  'une',
  'est',
  'dans',
  'sur',
  'y',
  'el',
  'los',
  'para',
  'con',
  'una',
]);

const LETTER = /\p{L}/u;
const letters = new Map<number, boolean>();

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = letters.get(code);
  if (known === undefined) letters.set(code, (known = LETTER.test(String.fromCodePoint(code))));
  return known;
}

// The three sets as one trie over code points, walked while a word is read: no string per word.
// Node 0 is the root; -1 is no node. Lowercase ASCII letters step through a flat table, other code
// points through a map. A node's kind: 1 other, 2 Dutch, 4 English (Dutch and English share words).
const ASCII_NEXT: number[] = [];
const OTHER_NEXT = new Map<number, number>();
const KIND: number[] = [];
const addNode = () => {
  KIND.push(0);
  for (let c = 0; c < 26; c++) ASCII_NEXT.push(-1);
  return KIND.length - 1;
};
addNode();
for (const [set, kind] of [
  [OTHER, 1],
  [NL, 2],
  [EN, 4],
] as const) {
  for (const word of set) {
    let node = 0;
    for (const ch of word) {
      const code = ch.codePointAt(0) ?? 0;
      let next = step(node, code);
      if (next < 0) {
        next = addNode();
        if (code >= 97 && code <= 122) ASCII_NEXT[node * 26 + code - 97] = next;
        else OTHER_NEXT.set(node * 0x110000 + code, next);
      }
      node = next;
    }
    KIND[node] = (KIND[node] ?? 0) | kind;
  }
}
const TABLE = Int32Array.from(ASCII_NEXT);

function step(node: number, code: number): number {
  if (code >= 97 && code <= 122) return ASCII_NEXT[node * 26 + code - 97] ?? -1;
  return OTHER_NEXT.get(node * 0x110000 + code) ?? -1;
}

/**
 * The words (runs of \p{L} in the lowercased text) that are function words of each language. A loop
 * rather than `match(/\p{L}+/gu)`: every request runs this over the whole posting.
 */
function count(text: string) {
  let nl = 0,
    en = 0,
    other = 0;
  const lower = text.toLowerCase();
  // The trie node of the word read so far: -1 once it is no word of the sets, -2 between words.
  let node = -2;
  for (let i = 0; i <= lower.length; ) {
    let code = i < lower.length ? lower.charCodeAt(i) : -1;
    let letter: boolean;
    if (code < 128) letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    else {
      if (code >= 0xd800 && code <= 0xdbff) code = lower.codePointAt(i) ?? code;
      letter = isLetter(code);
    }
    if (letter) {
      if (node === -2) node = 0;
      if (node >= 0) node = code >= 97 && code <= 122 ? (TABLE[node * 26 + code - 97] ?? -1) : step(node, code);
    } else if (node !== -2) {
      if (node >= 0) {
        const kind = KIND[node] ?? 0;
        if (kind & 1) other++;
        else {
          if (kind & 2) nl++;
          if (kind & 4) en++;
        }
      }
      node = -2;
    }
    i += code > 0xffff ? 2 : 1;
  }
  return { nl, en, other };
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
