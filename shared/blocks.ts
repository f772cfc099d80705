/**
 * The rewritten vacancy as blocks (issue #14): one rewrite, written by the engine, rendered three
 * ways — Markdown (`rewritten.markdown`, the preview, exports), plain text spliced into the posting
 * (textareas), HTML (rich editors). The side panel decides per block which text stands; nothing
 * here rewrites.
 *
 * Whatever keeps its original stays the posting's own text: `spliceText` returns it byte for byte,
 * and `renderHtml` builds it from the source span (never from Markdown syntax), so that an editor
 * that gets the HTML reads back the text it had.
 *
 * Long: the three renderings share deciding which text stands per block; one more line than the
 * limit.
 */
import type { Block } from './translation';

/**
 * What stands for a block: its own markdown, an edit, or `null` for the original (a kept block's
 * own text, a changed block's source text; an added block disappears).
 */
export type Pick = (block: Block) => string | null;
export const acceptAll: Pick = (block) => block.markdown;
export const keepAll: Pick = () => null;

/**
 * One block as decided. `kept`: the posting's own text (a kept block, or a changed block back to its
 * source); `changed`: new text in place of the source; `removed`: the source is gone (its content
 * moved into added blocks); `added`: new text. Added blocks that disappear are left out.
 */
export type DecidedState = 'kept' | 'changed' | 'removed' | 'added';
export interface DecidedBlock {
  block: Block;
  state: DecidedState;
  /** The Markdown that stands ('' when removed). */
  markdown: string;
  /** The original as Markdown (kept and changed blocks), else null. */
  original: string | null;
}

const BULLET = /^\s*(?:[-–—•*·▪●◦○■□➢➤►✓✔+])\s+/u;
const NUMBER = /^\s*\d+[.)]\s+/;
const HEADING = /^(#{1,6})\s+/;

/** A block's source span in `text`, or null when it has none or it does not fit the text. */
function sourceOf(block: Block, text: string): string | null {
  const span = block.source;
  if (!span || span.start > span.end || span.end > text.length) return null;
  return text.slice(span.start, span.end);
}

/** The original of a kept or changed block as Markdown: its source, marked by its role. */
export function originalMarkdown(block: Block, text: string): string | null {
  if (block.kind === 'kept') return block.markdown;
  const source = sourceOf(block, text);
  if (source === null) return null;
  const line = source.replace(/\s+/g, ' ').trim();
  if (!line) return '';
  if (block.role === 'heading') return HEADING.test(line) ? line : `### ${line}`;
  if (block.role === 'item') return BULLET.test(line) || NUMBER.test(line) ? line : `- ${line}`;
  return line;
}

/** Every block with what the decision makes of it, in order. */
export function decide(blocks: Block[], text: string, pick: Pick = acceptAll): DecidedBlock[] {
  const out: DecidedBlock[] = [];
  for (const block of blocks) {
    const chosen = pick(block);
    const original = block.kind === 'added' ? null : originalMarkdown(block, text);
    if (block.kind === 'added') {
      if (chosen?.trim()) out.push({ block, state: 'added', markdown: chosen, original });
    } else if (chosen === null || (block.kind === 'kept' && chosen === block.markdown)) {
      out.push({ block, state: 'kept', markdown: original ?? block.markdown, original });
    } else {
      out.push({ block, state: chosen.trim() ? 'changed' : 'removed', markdown: chosen.trim() ? chosen : '', original });
    }
  }
  return out;
}

const shown = (decided: DecidedBlock[]) => decided.filter((d) => d.state !== 'removed' && d.markdown.trim());
const isItem = (d: DecidedBlock) => d.block.role === 'item' || BULLET.test(d.markdown) || NUMBER.test(d.markdown);

/**
 * A sentence the posting wrapped over two lines ("…veiligheid en" / "teamwork centraal staan."):
 * kept as one paragraph, not split in two.
 */
function wrapped(prev: DecidedBlock, next: DecidedBlock, text: string): boolean {
  const a = prev.block.source,
    b = next.block.source;
  // (A list item goes on too: "- Je maakt je planning op, rekening" / "houdende met de openingsuren.")
  if (
    !a ||
    !b ||
    prev.state !== 'kept' ||
    next.state !== 'kept' ||
    (prev.block.role !== 'paragraph' && prev.block.role !== 'item') ||
    next.block.role !== 'paragraph'
  )
    return false;
  // A line that breaks after a comma, or runs on in lower case, is one sentence wrapped by the page.
  const end = prev.markdown.trim();
  return newlines(text.slice(a.end, b.start)) === 1 && (/,$/u.test(end) || (!/[.!?:;]["”’)]?$/u.test(end) && /^\p{Ll}/u.test(next.markdown.trim())));
}

/** The blocks as Markdown, in order, each block's text as `pick` decides. */
export function renderMarkdown(blocks: Block[], text: string, pick: Pick = acceptAll): string {
  let out = '';
  let prev: DecidedBlock | undefined;
  for (const d of shown(decide(blocks, text, pick))) {
    out += (!prev ? '' : (isItem(prev) && isItem(d)) || wrapped(prev, d, text) ? '\n' : '\n\n') + d.markdown.trim();
    prev = d;
  }
  return out ? `${out}\n` : '';
}

/** Markdown of one block as plain text: no heading marks, bold or link syntax. */
export function plain(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)')
    .replace(/^_(.+)_$/gm, '$1');
}

const newlines = (gap: string) => (gap.match(/\n/g) ?? []).length;

/**
 * The posting with the chosen blocks spliced in. Text outside changed blocks stays byte for byte,
 * so a vacancy where every block keeps its original is returned exactly as it came. A removed
 * block takes its line with it: the gaps on either side become the wider of the two.
 */
export function spliceText(text: string, blocks: Block[], pick: Pick = acceptAll): string {
  let out = '';
  let cursor = 0;
  // New list items take the posting's own list mark ("•", "*", "–"), as a person editing it would.
  const mark = /^[ \t]*([–—•*·▪●◦○■□➢➤►✓✔+])[ \t]/mu.exec(text)?.[1];
  const own = (markdown: string) => (mark ? plain(markdown).replace(/^- /gm, `${mark} `) : plain(markdown));
  /** The whitespace left where removed blocks stood, waiting for the next text. */
  let pending: string | null = null;
  let prevItem = false;
  const emit = (gap: string, body: string, item: boolean) => {
    if (/\S/.test(gap)) out += gap;
    else if (pending === null) out += gap;
    else if (out) out += newlines(pending) > newlines(gap) ? pending : gap;
    out += body;
    pending = null;
    prevItem = item;
  };
  for (const d of decide(blocks, text, pick)) {
    const { block } = d;
    const source = sourceOf(block, text);
    if (source !== null && block.source!.start >= cursor) {
      const gap = text.slice(cursor, block.source!.start);
      cursor = block.source!.end;
      if (d.state === 'kept') emit(gap, source, isItem(d));
      else if (d.state === 'changed') emit(gap, own(d.markdown.trim()), isItem(d));
      else if (/\S/.test(gap)) emit(gap, '', prevItem);
      else pending = pending === null || newlines(gap) > newlines(pending) ? gap : pending;
      continue;
    }
    // Overlapping sources (the first one wins) and added blocks have no place of their own.
    if (source !== null || d.state === 'removed' || !d.markdown.trim()) continue;
    const gap = !out ? '' : prevItem && isItem(d) ? '\n' : '\n\n';
    emit(gap, own(d.markdown.trim()), isItem(d));
  }
  return out + text.slice(cursor);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** New text (not the posting's own): **bold** survives; a link is its label and address as text. */
function inline(markdown: string): string {
  return markdown
    .split(/(\*\*[^*]+\*\*)/)
    .map((part) => (/^\*\*[^*]+\*\*$/.test(part) ? `<strong>${escape(plain(part.slice(2, -2)))}</strong>` : escape(plain(part))))
    .join('');
}

type Unit = { tag: 'h' | 'li' | 'oli' | 'p'; level: number; html: string };

/** The lines of one decided block as units: headings, list items, paragraph lines. */
function units(d: DecidedBlock, text: string): Unit[] {
  const { block } = d;
  const level = Math.min(3, Math.max(2, HEADING.exec(block.markdown)?.[1]?.length ?? 3));
  // The posting's own text: its words exactly as they stood, only the role's own mark taken off.
  const source = d.state === 'kept' ? sourceOf(block, text) : null;
  if (source !== null) {
    return source.split('\n').flatMap((raw): Unit[] => {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (!line) return [];
      if (block.role === 'heading') return [{ tag: 'h', level, html: escape(line.replace(HEADING, '')) }];
      // Only "- " is an item here: it is how capture reads a list item; any other mark is the text's own.
      if (/^- /.test(line)) return [{ tag: 'li', level, html: escape(line.slice(2)) }];
      return [{ tag: 'p', level, html: escape(line) }];
    });
  }
  return d.markdown.split('\n').flatMap((raw): Unit[] => {
    const line = raw.trim();
    if (!line) return [];
    const heading = HEADING.exec(line);
    if (heading) return [{ tag: 'h', level: Math.min(3, Math.max(2, heading[1]!.length)), html: inline(line.replace(HEADING, '')) }];
    if (BULLET.test(line)) return [{ tag: 'li', level, html: inline(line.replace(BULLET, '')) }];
    if (NUMBER.test(line)) return [{ tag: 'oli', level, html: inline(line.replace(NUMBER, '')) }];
    if (block.role === 'heading') return [{ tag: 'h', level, html: inline(line) }];
    if (block.role === 'item') return [{ tag: 'li', level, html: inline(line) }];
    return [{ tag: 'p', level, html: inline(line) }];
  });
}

/**
 * The blocks as HTML for rich editors: headings, lists and paragraphs survive, and only those tags
 * (no attributes, no markup from the text). Two of the posting's own blocks one line apart stay
 * together (one list, or one paragraph with a line break), as an editor's text shows them, so an
 * editor that gets back its own blocks reads back the text it had.
 */
export function renderHtml(blocks: Block[], text: string, pick: Pick = acceptAll): string {
  const parts: string[] = [];
  let open: 'ul' | 'ol' | 'p' | null = null;
  const close = () => {
    if (open) parts.push(`</${open}>`);
    open = null;
  };
  // The posting's own blocks one line apart (no blank line) belong together.
  const adjacent = (a: DecidedBlock | undefined, b: DecidedBlock | undefined) =>
    !!a &&
    !!b &&
    a.state === 'kept' &&
    b.state === 'kept' &&
    !!a.block.source &&
    !!b.block.source &&
    a.block.source.end <= b.block.source.start &&
    !/\n\s*\n/.test(text.slice(a.block.source.end, b.block.source.start));
  const list = shown(decide(blocks, text, pick));
  let prev: DecidedBlock | undefined;
  list.forEach((d, at) => {
    const next = list[at + 1];
    const together = adjacent(prev, d);
    // A line taken for a heading but one line from prose is a line of that prose (an editor's text
    // always has a blank line after a heading).
    const prose = (together && open === 'p') || (adjacent(d, next) && next!.block.role !== 'item');
    units(d, text).forEach((raw, index) => {
      const unit: Unit = raw.tag === 'h' && prose ? { ...raw, tag: 'p' } : raw;
      const joined = index > 0 || together;
      if (unit.tag === 'li' || unit.tag === 'oli') {
        const kind = unit.tag === 'li' ? 'ul' : 'ol';
        // Items of two lists a blank line apart stay two lists; new items join the list before them.
        const apart = index === 0 && !together && prev?.state === 'kept' && d.state === 'kept';
        if (open !== kind || apart) {
          close();
          parts.push(`<${kind}>`);
          open = kind;
        }
        parts.push(`<li>${unit.html}</li>`);
      } else if (unit.tag === 'p') {
        if (open === 'p' && joined) parts.push(`<br>${unit.html}`);
        else {
          close();
          parts.push(`<p>${unit.html}`);
          open = 'p';
        }
      } else {
        close();
        parts.push(`<h${unit.level}>${unit.html}</h${unit.level}>`);
      }
    });
    prev = d;
  });
  close();
  return parts.join('');
}
