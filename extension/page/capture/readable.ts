import { Readability } from '@mozilla/readability';
import { blockText } from './text';
import type { Reading } from './types';

/** The readable-content fallback: Readability on a copy of the document, so the page is never changed. */
export function readReadable(doc: Document): Reading | null {
  const copy = doc.cloneNode(true) as Document;
  const article = new Readability(copy, { charThreshold: 300 }).parse();
  if (!article?.textContent) return null;
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  // A whole document around the fragment: linkedom (the CLI's DOM) parses a bare fragment into an empty body.
  const parsed = new Parser().parseFromString(`<!doctype html><html><body>${article.content ?? ''}</body></html>`, 'text/html');
  return {
    source: 'readability',
    adapter: 'readability',
    title: article.title?.trim() || null,
    text: parsed.body ? blockText(parsed.body) : article.textContent.trim(),
  };
}
