/**
 * Property (#14): an editor that gets back its own blocks reads back the text it had. Random editor
 * documents (headings, paragraphs with line breaks, lists) are read as capture reads them, cut into
 * blocks the way the engine cuts them (one per line, some changed, some added), and written back as
 * `renderHtml` builds them with every block keeping its original: capture reads the same text.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { acceptAll, keepAll, renderHtml } from '../../../shared/blocks';
import type { Block } from '../../../shared/translation';
import { blockText } from '../capture/text';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const textOf = (html: string) => blockText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Element);

const words = fc
  .stringMatching(/^[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9 .,:;€&<>"'*#()-]{0,25}$/)
  .map((s) => s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!));
const element = fc.oneof(
  words.map((w) => `<h2>${w}</h2>`),
  fc.array(words, { minLength: 1, maxLength: 3 }).map((lines) => `<p>${lines.join('<br>')}</p>`),
  fc.array(words, { minLength: 1, maxLength: 4 }).map((items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`),
);

/** The text cut as the engine cuts it: a block per line, whatever role it guesses for prose. */
function cut(text: string, guesses: boolean[]): Block[] {
  const blocks: Block[] = [];
  let at = 0;
  text.split('\n').forEach((line, index) => {
    const start = at;
    at += line.length + 1;
    if (!line.trim()) return;
    const role = line.startsWith('- ') ? 'item' : guesses[index % guesses.length] ? 'heading' : 'paragraph';
    const change = guesses[(index + 1) % guesses.length]!;
    blocks.push({
      id: `b${index}`,
      kind: change ? 'changed' : 'kept',
      role,
      markdown: change ? '' : role === 'heading' ? `### ${line}` : line,
      source: { start, end: start + line.length },
      requirementIds: ['r'],
    });
    if (change) blocks.push({ id: `a${index}`, kind: 'added', role: 'item', markdown: '- Nieuw', requirementIds: ['r'] });
  });
  return blocks;
}

describe('rich editors get their own text back (property)', () => {
  it('renderHtml with every original kept reads back as the captured text', () => {
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 7 }), (elements, guesses) => {
        const captured = textOf(elements.join(''));
        const blocks = cut(captured, guesses);
        expect(textOf(renderHtml(blocks, captured, keepAll))).toBe(captured);
        if (blocks.some((block) => block.kind === 'added')) expect(textOf(renderHtml(blocks, captured, acceptAll))).not.toBe(captured);
      }),
      { numRuns: RUNS },
    );
  });
});
