/**
 * Property (#9): page text and model output never become live HTML. Whatever text goes in, the
 * HTML Vaardig builds from it (for rich editors, the clipboard and the HTML export) holds only
 * Vaardig's own formatting tags, no attributes, and no markup from the text itself.
 * FUZZ_RUNS sets the number of runs (`npm run fuzz`: 10,000; CI: 200).
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../shared/blocks';
import type { Block } from '../../shared/translation';
import { htmlDocument } from './export';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const LONG = 60 * 60 * 1000;
const FORMATTING = new Set(['P', 'BR', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'STRONG', 'B']);
const DOCUMENT = new Set(['HTML', 'HEAD', 'BODY', 'META', 'TITLE']);

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'",
  '&lt;b&gt;',
  '<!--',
  ']]>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe srcdoc="<script>1</script>">',
  '**',
  '# ',
  '- ',
  '1. ',
  '\n',
  '\n\n',
  '<p',
  '</li>',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** Every element in the parsed HTML, and whether any carries an attribute. */
function elements(html: string) {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return [...document.querySelectorAll('*')].map((el) => ({ tag: el.tagName, attributes: el.attributes.length }));
}

describe('untrusted text is never live HTML (property)', () => {
  // The same text as the posting's own (kept) block, as new (added) text of every role, and as an edit.
  const asBlocks = (input: string): Block[] => [
    { id: 'k', kind: 'kept', role: 'paragraph', markdown: input, source: { start: 0, end: input.length }, requirementIds: [] },
    ...(['heading', 'item', 'paragraph', 'meta'] as const).map((role) => ({ id: role, kind: 'added' as const, role, markdown: input, requirementIds: [] })),
  ];
  it.each([
    ['the posting’s own text (rich-editor write-back, rich copy, HTML export)', (input: string) => renderHtml(asBlocks(input).slice(0, 1), input, () => null)],
    ['new and edited text (rich-editor write-back, rich copy, HTML export)', (input: string) => renderHtml(asBlocks(input).slice(1), '')],
  ])(
    '%s yields only formatting tags without attributes',
    (_name, toHtml) => {
      fc.assert(
        fc.property(text, (input) => {
          for (const el of elements(toHtml(input))) {
            if (DOCUMENT.has(el.tag)) continue;
            expect(FORMATTING, `<${el.tag}> from ${JSON.stringify(input)}`).toContain(el.tag);
            expect(el.attributes, `<${el.tag}> with attributes from ${JSON.stringify(input)}`).toBe(0);
          }
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );

  it(
    'the exported HTML page keeps a hostile title and language as text',
    () => {
      fc.assert(
        fc.property(text, text, text, text, (input, language, title, credit) => {
          const { document } = parseHTML(htmlDocument(renderHtml(asBlocks(input), input), language, title, credit));
          expect(document.querySelectorAll('script, img, svg, iframe, a, style, link, object, embed').length).toBe(0);
          expect(document.querySelector('title')?.textContent).toBe(title.replace(/\r\n?/g, '\n'));
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );
});
