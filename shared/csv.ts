/**
 * CSV as RFC 4180 has it (quoted fields with commas, quotes doubled, line breaks inside quotes),
 * with what spreadsheets add: a byte-order mark, CRLF, and the semicolon that Dutch Excel writes.
 */

/** Rows of fields. The delimiter is read from the first line: `;` when it has more of those than commas. */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const firstLine = input.slice(0, input.search(/\r?\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const delimiter = count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') (field += '"'), i++;
        else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  // Lines with nothing in them (a trailing newline, a blank row) are no rows.
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** One CSV field: quoted when it holds a delimiter, a quote or a line break; formulas defused. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  // A spreadsheet would run a cell that starts with these as a formula (CSV injection).
  if (/^(?:[=+@\t\r]|-(?!\s))/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: unknown[]) => `${values.map(csvField).join(',')}\r\n`;
