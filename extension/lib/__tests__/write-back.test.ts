import { describe, expect, it, vi } from 'vitest';

// write-back.ts imports page.ts, which needs the extension runtime; only editorText is tested here.
vi.mock('../page', () => ({ writeBack: vi.fn(), undoWriteBack: vi.fn() }));
const { editorText } = await import('../write-back');

describe('editorText', () => {
  it.each([
    ['# Kok\n\n## Wat je doet\n\n- koken', 'Kok\n\nWat je doet', 'Kok\n\nWat je doet\n\n- koken'],
    ['# Vacature bewerken\n\nKok (m/v/x)\n\n- koken', 'Kok (m/v/x)\n\n- koken', 'Kok (m/v/x)\n\n- koken'],
    ['## Eisen\n\n- **rijbewijs B**', '', 'Eisen\n\n- rijbewijs B'],
  ])('%#: writes headings as lines and bullets as "- ", without a title the editor did not have', (markdown, original, expected) => {
    expect(editorText(markdown, original)).toBe(expected);
  });
});
