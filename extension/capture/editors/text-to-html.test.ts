import { describe, expect, it } from 'vitest';
import { textToHtml } from './text-to-html';

describe('textToHtml', () => {
  it.each([
    ['paragraphs', 'Eén\n\nTwee', '<p>Eén</p><p>Twee</p>'],
    ['bullets', 'Wat vragen wij\n\n- mbo 4\n- rijbewijs B', '<p>Wat vragen wij</p><ul><li>mbo 4</li><li>rijbewijs B</li></ul>'],
    ['markup as text, never as HTML', '<script>x</script> & co', '<p>&lt;script&gt;x&lt;/script&gt; &amp; co</p>'],
  ])('%s', (_name, text, html) => {
    expect(textToHtml(text)).toBe(html);
  });
});
