import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText } from './text';

const text = (html: string) => blockText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Element);

describe('blockText', () => {
  it.each([
    ['headings, paragraphs with a line break, lists', '<h2>Kop</h2><p>een<br>twee</p><ul><li>a</li><li>b</li></ul>', 'Kop\n\neen\ntwee\n\n- a\n- b'],
    // ProseMirror and TipTap lists: each item's text sits in a paragraph (#14: read back after write-back).
    ['list items holding paragraphs', '<ul><li><p>a</p></li><li><p>b</p><p>c</p></li></ul><p>na</p>', '- a\n- b\nc\n\nna'],
    ['list items holding a div', '<ul><li><div>a</div></li></ul>', '- a'],
  ])('%s', (_name, html, expected) => {
    expect(text(html)).toBe(expected);
  });
});
