import { describe, expect, it } from 'vitest';
import { editorText } from '../editor-text';

describe('editorText', () => {
  it.each([
    ['# Kok\n\n## Wat je doet\n\n- koken', 'Kok\n\nWat je doet', 'Kok\n\nWat je doet\n\n- koken'],
    ['# Vacature bewerken\n\nKok (m/v/x)\n\n- koken', 'Kok (m/v/x)\n\n- koken', 'Kok (m/v/x)\n\n- koken'],
    ['## Eisen\n\n- **rijbewijs B**', '', 'Eisen\n\n- rijbewijs B'],
  ])('%#: writes headings as lines and bullets as "- ", without a title the editor did not have', (markdown, original, expected) => {
    expect(editorText(markdown, original)).toBe(expected);
  });
});
