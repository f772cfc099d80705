import { parseHTML } from 'linkedom';
import { parseArgs } from 'node:util';
import { captureDocument } from '../../extension/capture';
import type { Vacancy } from '../../shared/schemas';
import { printResults, readInput } from './io';

/** Run the extension's capture pipeline on an HTML string (linkedom stands in for the browser DOM). */
export function vacancyFromHtml(html: string, url: string | null = null): Vacancy {
  const { document } = parseHTML(html);
  return captureDocument(document as unknown as Document, url);
}

export async function extract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' } } });
  if (positionals.length === 0) throw new Error('give one or more HTML files (or - for stdin)');
  const results = [];
  for (const file of positionals) {
    const vacancy = vacancyFromHtml(await readInput(file), values.url ?? null);
    results.push(positionals.length > 1 ? { file, ...vacancy } : vacancy);
  }
  printResults(results);
  return 0;
}
