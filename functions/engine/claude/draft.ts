/**
 * The draft the model rewrites (issue #14): the offline engine's blocks of the same vacancy, one
 * JSON object a line, so that the model answers block by block and the engine can hold it to the
 * posting. Kept blocks are the posting's own text and marked fixed; changed blocks show the
 * posting's line they replace and the rules' proposal; added blocks the rules' new text. The
 * offline requirement ids are left out: the model links blocks to its own requirements.
 */
import type { Block } from '../../../shared/translation';

export interface DraftLine {
  id: string;
  kind: Block['kind'];
  role: Block['role'];
  /** Kept blocks: published as the posting has them. */
  fixed?: true;
  /** Kept blocks: the posting's text. */
  text?: string;
  /** Changed blocks: the posting's line the block replaces. */
  source?: string;
  /** Changed and added blocks: the rules' proposal ('' for a line that leaves its place). */
  draft?: string;
}

export function draftLines(blocks: Block[], text: string): DraftLine[] {
  return blocks.map((block): DraftLine => {
    const base = { id: block.id, kind: block.kind, role: block.role };
    if (block.kind === 'kept') return { ...base, fixed: true, text: block.markdown };
    if (block.kind === 'added') return { ...base, draft: block.markdown };
    const source = block.source ? text.slice(block.source.start, block.source.end).replace(/\s+/g, ' ').trim() : '';
    return { ...base, source, draft: block.markdown };
  });
}

export const draftText = (lines: DraftLine[]): string => lines.map((line) => JSON.stringify(line)).join('\n');
