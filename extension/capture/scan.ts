/**
 * One pass over the page's elements, shared by the generic readers. Pages of 1 MB have ~10k
 * elements; walking them once instead of once per question keeps capture within its time budget.
 */
export interface Scan {
  h1: Element[];
  h2: Element[];
  /** Elements whose class, id or test id mention a title, company or location. */
  hinted: Element[];
  /** Short elements that may be a "Label:" (dt, th, td, strong, b, label, h2-h4). */
  labels: Element[];
  /** Link targets, for telling an overview from a posting. */
  hrefs: string[];
}

const HINT = /title|headline|company|employer|hiring|organi[sz]ation|bedrijf|werkgever|location|locatie|standplaats/i;
const LABEL_TAGS = new Set(['DT', 'TH', 'TD', 'STRONG', 'B', 'LABEL', 'H2', 'H3', 'H4']);
const cache = new WeakMap<Document, Scan>();

export function scan(doc: Document): Scan {
  const cached = cache.get(doc);
  if (cached) return cached;
  const result: Scan = { h1: [], h2: [], hinted: [], labels: [], hrefs: [] };
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'H1') result.h1.push(el);
    else if (tag === 'H2') result.h2.push(el);
    else if (tag === 'A') {
      const href = el.getAttribute('href');
      if (href) result.hrefs.push(href);
    }
    if (LABEL_TAGS.has(tag) && el.childElementCount <= 1) result.labels.push(el);
    const hint = `${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (hint.length > 3 && HINT.test(hint)) result.hinted.push(el);
  }
  cache.set(doc, result);
  return result;
}
