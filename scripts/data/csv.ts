/** Parse RFC 4180 CSV (quoted fields may hold commas, quotes and newlines) into rows of objects. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows = parseRows(text.replace(/^\uFEFF/, ''));
  const header = rows.shift() ?? [];
  return rows.filter((row) => row.length > 1 || (row[0] ?? '') !== '').map((row) => Object.fromEntries(header.map((key, i) => [key, row[i] ?? ''])));
}

function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
