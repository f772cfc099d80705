/**
 * The vacancies in an uploaded file: CSV (`title`, `text`, optional `ref`), JSON Lines, or a ZIP
 * of .txt, .md, .html and .docx files. Each item comes back as found; whether it is valid is the
 * caller's question (one bad row never loses the others).
 */
import { strFromU8, unzipSync } from 'fflate';
import type { BatchErrorCode } from '../../shared/batch-errors';
import { MAX_BATCH_BYTES, MAX_BATCH_ITEMS, MAX_ITEM_TEXT } from '../../shared/batches';
import { parseCsv } from '../../shared/csv';
import { ProblemError } from '../lib/problem';

/** An item as read from the file, or why it could not be read (a code, the detail, its reference). */
export type RawItem = { value: unknown } | { error: BatchErrorCode; detail: string; ref: string | null; title: string | null };

export type FileKind = 'csv' | 'jsonl' | 'zip' | 'json';

/** The kind of an upload from its name or media type; null when neither says. */
export function fileKind(name: string | null, type: string | null): FileKind | null {
  const extension = /\.([a-z]+)$/i.exec(name ?? '')?.[1]?.toLowerCase();
  const media = (type ?? '').split(';')[0]!.trim().toLowerCase();
  if (extension === 'csv' || media === 'text/csv') return 'csv';
  if (extension === 'jsonl' || extension === 'ndjson' || (/^application\/(?:x-)?(?:nd)?jsonl?$/.test(media) && media !== 'application/json')) return 'jsonl';
  if (extension === 'zip' || media === 'application/zip' || media === 'application/x-zip-compressed') return 'zip';
  if (extension === 'json' || media === 'application/json') return 'json';
  return null;
}

const HEADERS: Record<string, 'title' | 'text' | 'ref'> = {
  title: 'title',
  titel: 'title',
  text: 'text',
  tekst: 'text',
  ref: 'ref',
  referentie: 'ref',
  reference: 'ref',
};

export function csvItems(text: string): RawItem[] {
  const [header, ...rows] = parseCsv(text);
  const columns = (header ?? []).map((name) => HEADERS[name.trim().toLowerCase()]);
  if (!columns.includes('text')) {
    throw new ProblemError(400, 'The CSV needs a header row with the columns title, text and (optionally) ref; no "text" column was found.');
  }
  return rows.map((row) => ({ value: Object.fromEntries(columns.flatMap((column, i) => (column ? [[column, row[i] ?? '']] : []))) }));
}

export function jsonLinesItems(text: string): RawItem[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, number]) => {
      try {
        return { value: JSON.parse(line) as unknown };
      } catch {
        return { error: 'not_json' as const, detail: `Line ${number} is not JSON.`, ref: null, title: null };
      }
    });
}

// --- ZIP ---

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

const tidyLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** Plain text of an HTML page: blocks on their own lines, list items as "- ". */
export function htmlToText(html: string): { title: string | null; text: string } {
  const title = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? null;
  const body = html
    .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|section|article|header|footer|main|h[1-6]|ul|ol|table|tr|blockquote)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]+>/g, '');
  const clean = (text: string) => tidyLines(decodeEntities(text.replace(/<[^>]+>/g, '')));
  return { title: title === null ? null : clean(title) || null, text: clean(body) };
}

/** Plain text of a Word document: one line per paragraph, numbered and bulleted paragraphs as "- ". */
export function docxToText(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('it has no word/document.xml (not a Word document)');
  const paragraphs = strFromU8(xml).match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? [];
  return tidyLines(
    paragraphs
      .map((p) => {
        const text = (p.match(/<w:t[^>]*>[^<]*<\/w:t>|<w:tab\/>|<w:br\/>/g) ?? [])
          .map((run) => (run === '<w:tab/>' ? '\t' : run === '<w:br/>' ? '\n' : decodeEntities(run.replace(/<[^>]+>/g, ''))))
          .join('');
        return /<w:numPr>/.test(p) && text.trim() ? `- ${text}` : text;
      })
      .join('\n'),
  );
}

const TEXT_FILE = /\.(?:txt|md|markdown|html?|docx)$/i;

/** One item per .txt, .md, .html and .docx file in the ZIP (folders, hidden files and __MACOSX skipped). */
export function zipItems(bytes: Uint8Array): RawItem[] {
  let uncompressed = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/') || /(?:^|\/)(?:__MACOSX|\.)/.test(file.name)) return false;
        uncompressed += file.originalSize;
        // A ZIP that unpacks to far more than its own size is refused before it is unpacked.
        if (uncompressed > 4 * MAX_BATCH_BYTES) throw new ProblemError(413, `The ZIP unpacks to more than ${(4 * MAX_BATCH_BYTES) / 1024 / 1024} MB.`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    throw new ProblemError(400, `The file is not a ZIP archive that can be read (${(error as Error).message}).`);
  }
  const names = Object.keys(files).sort();
  if (names.length > MAX_BATCH_ITEMS) throw new ProblemError(413, `The ZIP holds ${names.length} files; a batch holds at most ${MAX_BATCH_ITEMS}.`);
  return names.map((name): RawItem => {
    const data = files[name]!;
    if (!TEXT_FILE.test(name)) return { error: 'unsupported_file', detail: 'Only .txt, .md, .html and .docx files are read.', ref: name, title: null };
    if (data.length > 4 * MAX_ITEM_TEXT && !/\.docx$/i.test(name))
      return { error: 'file_too_large', detail: 'The file is larger than 1 MB.', ref: name, title: null };
    try {
      if (/\.docx$/i.test(name)) return { value: { text: docxToText(data), ref: name } };
      const text = strFromU8(data).replace(/^\uFEFF/, '');
      if (/\.html?$/i.test(name)) {
        const page = htmlToText(text);
        return { value: { title: page.title, text: page.text, ref: name } };
      }
      return { value: { text, ref: name } };
    } catch (error) {
      return { error: 'unreadable_file', detail: `The file could not be read: ${(error as Error).message}.`, ref: name, title: null };
    }
  });
}

/** The items of an uploaded file of the given kind. */
export function fileItems(kind: FileKind, bytes: Uint8Array): RawItem[] {
  if (kind === 'zip') return zipItems(bytes);
  const text = new TextDecoder().decode(bytes);
  if (kind === 'csv') return csvItems(text);
  if (kind === 'jsonl') return jsonLinesItems(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ProblemError(400, 'The file is not valid JSON. Send an array of {"title", "text", "ref"} objects, or use JSON Lines (.jsonl).');
  }
  const items = Array.isArray(parsed) ? parsed : (parsed as { items?: unknown })?.items;
  if (!Array.isArray(items)) throw new ProblemError(400, 'The JSON file must be an array of items or an object with "items".');
  return items.map((value) => ({ value }));
}
