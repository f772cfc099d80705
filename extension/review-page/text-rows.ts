/**
 * The vacancy text as rows a reviewer reads in one scroll (#19): each row the posting's line beside
 * what stands for it now, as plain words (no Markdown marks), with a word diff that keeps the
 * spaces, and a line that left one place for another shown once, as moved. Rows come from the
 * rewrite's blocks (their source spans say which line each replaced), or, for a text without
 * blocks and between two versions, from a line diff. Pure: the review page renders them.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import { decide } from '../../shared/blocks';
import type { Block, BlockRole } from '../../shared/translation';

export type RowState = 'same' | 'changed' | 'added' | 'removed' | 'moved-out' | 'moved-in';

export interface Row {
  key: string;
  state: RowState;
  role: BlockRole;
  /** The line as it stood (plain), or null for an added line. */
  before: string | null;
  /** The line as it stands now (plain), or null for a removed one. */
  after: string | null;
  /** For a moved line: the section heading it went to (moved-out) or came from (moved-in); '' when it had none. */
  movedWith?: string;
  /** The block the row shows, when the text has blocks: what an edit changes. */
  block?: Block;
  requirementIds: string[];
}

export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

const MARK = /^\s*(?:#{1,6}|[-–—•*·▪●◦○■□➢➤►✓✔+]|\d+[.)])\s+/u;

/** Markdown as a person reads it: no heading marks or bold; list items with a bullet. */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/u, '')
        .replace(/^[-*+]\s+/u, '• ')
        .replace(/\*\*([^*]+)\*\*/gu, '$1'),
    )
    .join('\n');
}

/** What a person typed for a block, back as Markdown of the block's role. */
export function markdownFor(block: Block, plain: string): string {
  const lines = plain
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (!lines.length) return '';
  if (block.role === 'heading') return `${/^(#{1,6})\s/u.exec(block.markdown)?.[1] ?? '###'} ${lines.join(' ').replace(/^#{1,6}\s+/u, '')}`;
  if (block.role === 'item') return lines.map((line) => `- ${line.replace(MARK, '')}`).join('\n');
  return lines.join('\n');
}

/**
 * The blocks after a person's edit of one block: a kept line becomes a changed one (its source
 * replaced); empty text takes a line of the posting out, and an added block away.
 */
export function editBlock(blocks: Block[], id: string, plain: string): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.id !== id) return [block];
    const markdown = markdownFor(block, plain);
    if (block.kind === 'added') return markdown ? [{ ...block, markdown }] : [];
    if (block.kind === 'kept' && markdown === block.markdown) return [block];
    return [{ ...block, kind: 'changed', markdown }];
  });
}

/** The block as it was saved (undoing edits), put back in its place when it had been removed. */
export function restoreBlock(blocks: Block[], saved: Block[], id: string): Block[] {
  const original = saved.find((b) => b.id === id);
  if (!original) return blocks.filter((b) => b.id !== id);
  if (blocks.some((b) => b.id === id)) return blocks.map((b) => (b.id === id ? original : b));
  const before = new Set(saved.slice(0, saved.indexOf(original)).map((b) => b.id));
  let at = 0;
  blocks.forEach((b, i) => {
    if (before.has(b.id)) at = i + 1;
  });
  return [...blocks.slice(0, at), original, ...blocks.slice(at)];
}

/** A line's identity for "the same words": case, marks, spaces and closing punctuation aside. */
const sameKey = (line: string) =>
  line
    .toLowerCase()
    .replace(MARK, '')
    .replace(/[\s.;,:!]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();

/** The word diff of a changed line: whitespace kept as its own parts, so words never run together. */
export const wordParts = (before: string, after: string): WordPart[] => diffWordsWithSpace(before, after);

/**
 * Each side of a word diff as a reader sees it: the space between two changed words belongs to the
 * change ("Diploma Verzorgende IG" struck through as one), and neighbouring parts of a kind are one.
 */
export function wordSides(before: string, after: string): { before: WordPart[]; after: WordPart[] } {
  const parts = wordParts(before, after);
  const side = (drop: 'added' | 'removed', mark: 'added' | 'removed') => {
    const own = parts.filter((p) => !p[drop]);
    const out: WordPart[] = [];
    own.forEach((p, i) => {
      const between = !p[mark] && /^[ \t]+$/u.test(p.value) && !!own[i - 1]?.[mark] && !!own[i + 1]?.[mark];
      const part: WordPart = between ? { value: p.value, [mark]: true } : { value: p.value, ...(p[mark] ? { [mark]: true } : {}) };
      const last = out.at(-1);
      if (last && !!last[mark] === !!part[mark]) last.value += part.value;
      else out.push(part);
    });
    return out;
  };
  return { before: side('added', 'removed'), after: side('removed', 'added') };
}

/** Headings as they stand above each row (for "moved to 'Wie je bent'"). */
function headingsAbove(rows: Row[], side: 'before' | 'after'): string[] {
  let heading = '';
  return rows.map((row) => {
    const own = heading;
    if (row.role === 'heading' && row[side]) heading = row[side]!;
    return own;
  });
}

/** Removed and added rows with the same words become one move: out of one place, into another. */
function markMoves(rows: Row[]): Row[] {
  const out = rows.map((row) => ({ ...row }));
  const above = { before: headingsAbove(out, 'before'), after: headingsAbove(out, 'after') };
  const taken = new Set<number>();
  out.forEach((row, i) => {
    if (row.state !== 'removed' || !row.before || row.role === 'heading') return;
    const key = sameKey(row.before);
    if (!key) return;
    const j = out.findIndex(
      (other, k) => !taken.has(k) && other.state === 'added' && other.role !== 'heading' && !!other.after && sameKey(other.after) === key,
    );
    if (j < 0) return;
    taken.add(j);
    out[i] = { ...row, state: 'moved-out', movedWith: above.after[j] ?? '' };
    out[j] = { ...out[j]!, state: 'moved-in', before: row.before, movedWith: above.before[i] ?? '' };
  });
  return out;
}

/** Rows from the rewrite's blocks: each block beside the posting's line it replaced (its source). */
export function blockRows(blocks: Block[], text: string): Row[] {
  const decided = decide(blocks, text, (block) => block.markdown);
  const rows = decided.map((d): Row => {
    const before = d.original === null ? null : plainText(d.original);
    const after = d.state === 'removed' ? null : plainText(d.markdown);
    const state: RowState =
      d.state === 'kept' ? 'same' : d.state === 'added' ? 'added' : d.state === 'removed' ? 'removed' : before === after ? 'same' : 'changed';
    return { key: d.block.id, state, role: d.block.role, before: before || null, after: after || null, block: d.block, requirementIds: d.block.requirementIds };
  });
  // An added block the person emptied (kept until saved as removed) has nothing to show.
  return markMoves(rows.filter((row) => row.before !== null || row.after !== null));
}

const roleOf = (markdown: string): BlockRole => (/^#{1,6}\s/u.test(markdown.trim()) ? 'heading' : MARK.test(markdown) ? 'item' : 'paragraph');
const linesOf = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Share of words two lines have in common: enough, and the second reads as the first changed. */
function alike(a: string, b: string): boolean {
  const words = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 2),
    );
  const x = words(a),
    y = words(b);
  if (!x.size || !y.size) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size) >= 0.5;
}

/** Rows from two texts, line by line: for a text without blocks, and between two versions. */
export function lineRows(before: string, after: string): Row[] {
  const a = linesOf(before),
    b = linesOf(after);
  const parts = diffArrays(a.map(sameKey), b.map(sameKey));
  const rows: Row[] = [];
  let i = 0,
    j = 0;
  const row = (state: RowState, x: string | null, y: string | null): Row => ({
    key: `${rows.length}`,
    state,
    role: roleOf(y ?? x ?? ''),
    before: x === null ? null : plainText(x),
    after: y === null ? null : plainText(y),
    requirementIds: [],
  });
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (!part.added && !part.removed) {
      for (let k = 0; k < part.count!; k++) {
        const x = a[i++]!,
          y = b[j++]!;
        rows.push(row(plainText(x) === plainText(y) ? 'same' : 'changed', x, y));
      }
      continue;
    }
    // A run of removed lines then added ones: pairs that read alike are one changed line.
    const removed = part.removed ? a.slice(i, (i += part.count!)) : [];
    const next = part.removed && parts[p + 1]?.added ? parts[++p]! : part.added ? part : null;
    const added = next ? b.slice(j, (j += next.count!)) : [];
    const n = Math.max(removed.length, added.length);
    for (let k = 0; k < n; k++) {
      const x = removed[k],
        y = added[k];
      if (x !== undefined && y !== undefined && alike(x, y)) rows.push(row('changed', x, y));
      else {
        if (x !== undefined) rows.push(row('removed', x, null));
        if (y !== undefined) rows.push(row('added', null, y));
      }
    }
  }
  return markMoves(rows);
}
