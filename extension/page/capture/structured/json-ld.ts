import type { Reading } from '../types';
import { isJobPosting, readJobPosting, type JobPostingNode } from './job-posting';

/** Real pages ship JSON-LD with raw newlines in strings and trailing commas: repair, never throw. */
function parseLoose(source: string): unknown {
  const text = source
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
      return JSON.parse(repaired);
    } catch {
      return null;
    }
  }
}

/** Every object in the JSON-LD blocks of the page: arrays and @graph flattened. */
export function* jsonLdNodes(doc: Document): Generator<JobPostingNode> {
  for (const script of doc.getElementsByTagName('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const queue: unknown[] = [parseLoose(script.textContent ?? '')];
    while (queue.length) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const graph = (node as JobPostingNode)['@graph'];
        if (graph) queue.push(graph);
        yield node as JobPostingNode;
      }
    }
  }
}

export function readJsonLd(doc: Document): Reading | null {
  const postings = [...jsonLdNodes(doc)].filter(isJobPosting);
  if (postings.length === 0) return null;
  const readings = postings.map((node) => readJobPosting(node, doc));
  // Several postings on one page means a list of vacancies, not one.
  const withTitle = readings.filter((r) => r.title);
  const best = withTitle[0] ?? readings[0]!;
  return { ...best, source: 'json-ld', adapter: 'json-ld', listing: withTitle.length > 1 };
}
