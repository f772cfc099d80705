/**
 * The elements the generic readers ask about, gathered once per page. Pages of 1 MB have ~10k
 * elements, so each list comes from a native query and cheap tests: in Chromium a walk over only the
 * elements that carry a class or id is 3-8x faster than one selector list of 48 `[class*=… i]` tests.
 */
export interface Scan {
  h1: Element[];
  h2: Element[];
  /** Elements whose class, id, test id or itemprop mention a title, company or location. */
  hinted: Element[];
  /** Short elements that may be a "Label:" (dt, th, td, strong, b, label, h2-h4). */
  labels: Element[];
  /** Link targets, for telling an overview from a posting. */
  hrefs: string[];
}

const HINT = /title|headline|company|employer|hiring|organi[sz]ation|bedrijf|werkgever|location|locatie|standplaats/i;
const RARE_ATTRIBUTES = ['data-testid', 'itemprop'];
const cache = new WeakMap<Document, Scan>();

/** Class and id first (nearly every element has one); the rare attributes are read only when present (2-3x faster). */
function isHinted(el: Element): boolean {
  const names = el.getAttribute('class');
  if (names && HINT.test(names)) return true;
  if (el.id && HINT.test(el.id)) return true;
  for (const name of RARE_ATTRIBUTES) if (el.hasAttribute(name) && HINT.test(el.getAttribute(name) ?? '')) return true;
  return false;
}

/** A label holds a few words, perhaps wrapped once (`<b><span>Locatie</span></b>`); a layout cell holds more. */
function mayBeLabel(el: Element): boolean {
  const child = el.firstElementChild;
  return !child || (el.childElementCount === 1 && child.childElementCount === 0);
}

export function scan(doc: Document): Scan {
  const cached = cache.get(doc);
  if (cached) return cached;
  const result: Scan = {
    h1: [...doc.getElementsByTagName('h1')],
    h2: [...doc.getElementsByTagName('h2')],
    hinted: [...doc.querySelectorAll('[class], [id], [data-testid], [itemprop]')].filter(isHinted),
    labels: [...doc.querySelectorAll('dt, th, td, strong, b, label, h2, h3, h4')].filter(mayBeLabel),
    hrefs: [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
  };
  cache.set(doc, result);
  return result;
}
