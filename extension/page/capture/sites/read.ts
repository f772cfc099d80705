import { blockText, clean } from '../text';

/** Short text of the first element matching any selector, in order of preference. */
export function textOf(root: ParentNode, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const text = clean(root.querySelector(selector)?.textContent);
    if (text) return text;
  }
  return null;
}

/** Block text (paragraphs, bullets) of the first element matching any selector. */
export function blockOf(root: ParentNode, ...selectors: string[]): string {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return blockText(el);
  }
  return '';
}

export function metaOf(doc: Document, name: string): string | null {
  return clean(doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')) || null;
}

/** The first path segment of an ATS address is the company's slug (jobs.lever.co/highspot/...). */
export function slugOf(url: URL | null, index = 0): string | null {
  return url?.pathname.split('/').filter(Boolean)[index] ?? null;
}

/** "Title - Company" or "Company - Title" in a title bar: the part that is not the job title. */
export function otherPart(bar: string | null, title: string | null, separator = /\s+[-–|@]\s+/): string | null {
  if (!bar || !title) return null;
  const parts = bar
    .split(separator)
    .map(clean)
    .filter((part) => part && part !== title);
  return parts[0] ?? null;
}
