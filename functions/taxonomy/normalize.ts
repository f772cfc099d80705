/**
 * Text normalisation shared by the data build and the engine: both sides must produce the
 * same keys, so labels built into the index are looked up with exactly this function.
 */
export function normalize(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}

const WORD = /[a-z0-9+#]+/g;

/** The words of normalize(text), found directly: half the CPU of splitting it. */
export function tokens(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

function fold(text: string): string {
  const s = text.toLowerCase();
  // Fast path: most labels are plain ASCII and need no Unicode decomposition.
  return /[^\x00-\x7f]/.test(s) ? s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : s;
}

/** Words that carry no meaning for matching labels or fields. */
export const STOPWORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'of',
  'van',
  'in',
  'op',
  'met',
  'voor',
  'aan',
  'bij',
  'te',
  'tot',
  'als',
  'je',
  'jij',
  'jouw',
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'in',
  'on',
  'with',
  'for',
  'to',
  'at',
  'as',
  'by',
  'your',
  'you',
  'richting',
  'gerelateerde',
  'relevante',
  'related',
  'relevant',
  'field',
  'fields',
  'such',
  'e',
  'g',
  'etc',
]);

/** A crude stem so "verpleegkundigen" meets "verpleegkundige" and "engineers" meets "engineer". */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  // Same as word.replace(/(?:en|es|s|e)$/, ''), without a regex per word.
  if (word.endsWith('en') || word.endsWith('es')) return word.slice(0, -2);
  if (word.endsWith('s') || word.endsWith('e')) return word.slice(0, -1);
  return word;
}

/** Lookup keys for a preferred skill label: the label, and without its "(qualifier)". */
export function preferredSkillKeys(label: string): string[] {
  if (!label) return [];
  const full = normalize(label);
  if (!label.includes('(')) return [full];
  const bare = normalize(label.replace(/\([^)]*\)/g, ' '));
  return bare && bare !== full ? [full, bare] : [full];
}

/** Sorted integer ids as gaps (compresses well); see deltaDecode. */
export function deltaEncode(ids: number[]): number[] {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  return sorted.map((id, i) => id - (i ? (sorted[i - 1] ?? 0) : 0));
}

export function deltaDecode(gaps: readonly number[]): number[] {
  let sum = 0;
  return gaps.map((gap) => (sum += gap));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HEX = '0123456789abcdef';
const UUID_CHARS = 22;

/** Pack UUIDs into one string of 22 base64url characters each (16 bytes, 2 padding bits). */
export function packUuids(uuids: string[]): string {
  return uuids
    .map((uuid) => {
      const hex = uuid.replace(/-/g, '').toLowerCase() + '0';
      let out = '';
      for (let i = 0; i < 33; i += 3) {
        const n = parseInt(hex.slice(i, i + 3), 16);
        out += (B64[n >> 6] ?? '') + (B64[n & 63] ?? '');
      }
      return out;
    })
    .join('');
}

export function unpackUuid(packed: string, index: number): string {
  const chunk = packed.slice(index * UUID_CHARS, (index + 1) * UUID_CHARS);
  let hex = '';
  for (let i = 0; i < UUID_CHARS; i += 2) {
    const n = (B64.indexOf(chunk[i] ?? 'A') << 6) | B64.indexOf(chunk[i + 1] ?? 'A');
    hex += (HEX[n >> 8] ?? '') + (HEX[(n >> 4) & 15] ?? '') + (HEX[n & 15] ?? '');
  }
  hex = hex.slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function packedCount(packed: string): number {
  return packed.length / UUID_CHARS;
}
