/**
 * The rewritten vacancy as blocks (issue #14): one rewrite, written by the engine, rendered three
 * ways — Markdown (`rewritten.markdown`), plain text spliced into the posting (textareas), HTML
 * (rich editors). The side panel decides per block which text stands; nothing here rewrites.
 */
import type { Block } from './schemas';

/**
 * What stands for a block: its own markdown, an edit, or `null` for the original (a changed
 * block's source text; an added block disappears).
 */
export type Pick = (block: Block) => string | null;
export const acceptAll: Pick = (block) => block.markdown;

const sep = (prev: Block | undefined, next: Block) => (!prev ? '' : prev.role === 'item' && next.role === 'item' ? '\n' : '\n\n');

/** The blocks as Markdown, in order, each block's text as `pick` decides. */
export function renderMarkdown(blocks: Block[], text: string, pick: Pick = acceptAll): string {
  let out = '';
  let prev: Block | undefined;
  for (const block of blocks) {
    const chosen = pick(block);
    const md = chosen ?? (block.kind === 'added' ? '' : block.source ? text.slice(block.source.start, block.source.end) : block.markdown);
    if (!md.trim()) continue;
    out += sep(prev, block) + md.trim();
    prev = block;
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

/**
 * The posting with the chosen blocks spliced in. Text outside changed blocks stays byte for byte,
 * so a vacancy where every block keeps its original is returned exactly as it came.
 */
export function spliceText(text: string, blocks: Block[], pick: Pick = acceptAll): string {
  let out = '';
  let cursor = 0;
  let prev: Block | undefined;
  for (const block of blocks) {
    const chosen = pick(block);
    if (block.source) {
      const { start, end } = block.source;
      if (start < cursor) continue; // overlapping sources: the first one wins
      out += text.slice(cursor, start);
      cursor = end;
      if (block.kind === 'kept' || chosen === null) out += text.slice(start, end);
      else out += plain(chosen);
      prev = block;
      continue;
    }
    if (chosen === null || !chosen.trim()) continue;
    out += sep(prev ?? block, block) + plain(chosen.trim());
    prev = block;
  }
  return out + text.slice(cursor);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(markdown: string): string {
  return escape(markdown)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
}

/** The blocks as HTML for rich editors: headings, lists and paragraphs survive. */
export function renderHtml(blocks: Block[], text: string, pick: Pick = acceptAll): string {
  const parts: string[] = [];
  let list: string[] = [];
  const flush = () => { if (list.length) parts.push(`<ul>${list.join('')}</ul>`); list = []; };
  for (const line of renderMarkdown(blocks, text, pick).split(/\n{2,}/)) {
    for (const raw of line.split('\n')) {
      const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
      const item = /^\s*(?:[-*•]|\d+[.)])\s+(.*)$/u.exec(raw);
      if (item) { list.push(`<li>${inline(item[1]!)}</li>`); continue; }
      flush();
      if (heading) parts.push(`<h${Math.min(6, Math.max(2, heading[1]!.length))}>${inline(heading[2]!)}</h${Math.min(6, Math.max(2, heading[1]!.length))}>`);
      else if (raw.trim()) parts.push(`<p>${inline(raw.trim())}</p>`);
    }
    flush();
  }
  return parts.join('');
}
