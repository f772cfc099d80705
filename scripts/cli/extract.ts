import { parseHTML } from 'linkedom';
import { parseArgs } from 'node:util';
import { captureDocument } from '../../extension/page/capture';
import { blockText } from '../../extension/page/capture/text';
import type { Vacancy } from '../../shared/vacancy';
import { printResults, readInput } from './io';

/** Parse a page with linkedom, the DOM that stands in for the browser's in Node. Scripts never run. */
export function parsePage(html: string): Document {
  // linkedom needs a whole document; fragments (an editor's HTML) get a body around them.
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}

/** Run the extension's capture pipeline on an HTML string. */
export function vacancyFromHtml(html: string, url: string | null = null): Vacancy {
  const doc = parsePage(html);
  if (/<html[\s>]/i.test(html)) return captureDocument(doc, { url });
  // A fragment (an editor's description HTML) is text the user chose, as if read from their editor.
  const text = blockText(doc.body ?? doc.documentElement);
  return captureDocument(doc, { url, editor: { source: 'editor', adapter: 'html-fragment', text } });
}

function checkHtml(file: string, html: string): void {
  if (!html.trim()) throw new Error(`${file}: the file is empty`);
  if (html.includes('\u0000')) throw new Error(`${file}: not an HTML file (binary content)`);
  if (!/<[a-z!][^>]*>/i.test(html)) throw new Error(`${file}: not an HTML file (no tags found)`);
}

/** `vaardig extract FILE.html... [--url URL]`: one Vacancy as JSON, or JSON Lines with `file` for several. */
export async function extract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' } } });
  if (positionals.length === 0) throw new Error('give one or more HTML files (or - for stdin)');
  if (values.url && !URL.canParse(values.url)) throw new Error(`--url ${values.url}: not a full address (https://...)`);
  const results = [];
  for (const file of positionals) {
    const html = await readInput(file);
    checkHtml(file, html);
    const vacancy = vacancyFromHtml(html, values.url ?? null);
    results.push(positionals.length > 1 ? { file, ...vacancy } : vacancy);
  }
  printResults(results);
  return 0;
}
