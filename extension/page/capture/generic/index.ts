import { scan } from '../scan';
import { blockText, clean } from '../text';
import type { Reading } from '../types';
import { hintedFields, siteName } from './hints';
import { labeledFields } from './labels';
import { docTitle, pageTitle } from './page-title';

const CONTENT = 'main, article, [role="main"], #content, .content, #main, .main';

/** The smallest block around the title heading that holds a posting's worth of text. */
function postingRoot(doc: Document, heading: Element | null): Element | null {
  for (let el = heading?.parentElement ?? null; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
    if ((el.textContent ?? '').length > 1500) return el;
  }
  // The whole document, not body: malformed pages can leave content outside the first <body>.
  return doc.querySelector(CONTENT) ?? doc.documentElement;
}

/** An employer named in the title bar next to the job title ("Title - Company", "Title @ Company", "Title bij Company"). */
function employerFromTitleBar(doc: Document, title: string | null, url: URL | null): string | null {
  const bar = docTitle(doc);
  const site = siteName(doc);
  const slug = url?.pathname.split('/').filter(Boolean)[0]?.toLowerCase() ?? '';
  const host = url?.hostname.toLowerCase() ?? '';
  for (const part of bar.split(/\s+[-–—|@·]\s+|\s+\|\s+|\s+(?:at|bij|chez)\s+/)) {
    const segment = clean(part).replace(/^jobs (bei|at|chez) /i, '');
    if (!segment || segment === title || segment.length > 60) continue;
    const key = segment
      .toLowerCase()
      .replace(/\b(sa|ag|bv|b\.v\.|nv|gmbh|inc|ltd|llc)\.?$/, '')
      .replace(/[^a-z0-9]/g, '');
    const domain =
      host
        .split('.')
        .slice(-2, -1)[0]
        ?.replace(/[^a-z0-9]/g, '') ?? '';
    // Only trust a segment something else confirms: the site name, or the company slug in an ATS address.
    if (site && site.toLowerCase() === segment.toLowerCase()) return segment;
    if (key.length > 2 && (slug === key || domain === key || host.startsWith(`${key}.`) || host.includes(`${key}-`))) return segment;
  }
  return null;
}

/** Title, employer, location and text from the page's visible markup, with no knowledge of the site. */
export function readGeneric(doc: Document, url: URL | null): Reading {
  const { labels, hinted: hintedElements } = scan(doc);
  const labeled = labeledFields(labels);
  const hinted = hintedFields(hintedElements);
  const site = siteName(doc);
  const found = pageTitle(doc, labeled.title, [site ?? '']);
  const title = found?.text ?? null;
  const root = postingRoot(doc, found?.el ?? null);
  return {
    titleInBody: !!found?.inBody,
    source: 'text',
    adapter: 'generic',
    title,
    employer: labeled.employer ?? hinted.employer ?? employerFromTitleBar(doc, title, url),
    location: labeled.location ?? hinted.location,
    text: root ? blockText(root) : '',
  };
}
