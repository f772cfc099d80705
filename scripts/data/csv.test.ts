import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it.each([
    ['plain', 'a,b\n1,2\n', [{ a: '1', b: '2' }]],
    ['quoted comma and newline', 'a,b\n"x, y","line1\nline2"\n', [{ a: 'x, y', b: 'line1\nline2' }]],
    ['escaped quote', 'a\n"say ""hi"""\n', [{ a: 'say "hi"' }]],
    ['CRLF and BOM', '\uFEFFa,b\r\n1,2\r\n', [{ a: '1', b: '2' }]],
  ])('%s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});
