import type { SiteAdapter } from '../types';
import { clean } from '../text';
import { blockOf, metaOf, otherPart, textOf } from './read';

/** The cover line above the title reads "Department · Location" (or only the location): the last part is the place. */
function coverLocation(doc: Document): string | null {
  const cover = doc.querySelector('.text-center.uppercase > span')?.parentElement;
  const parts = [...(cover?.children ?? [])].map((span) => clean(span.textContent)).filter((part) => part && part !== '·');
  return parts.at(-1) ?? null;
}

// *.teamtailor.com and custom career domains (career.oneflow.com): the title bar is "Title - Company".
export const teamtailor: SiteAdapter = {
  name: 'teamtailor',
  hosts: [/(^|\.)teamtailor\.com$/],
  markup: 'link[href*="teamtailor-cdn"], script[src*="teamtailor-cdn"], img[src*="teamtailor-cdn"], [data-controller*="careersite"]',
  read: (doc) => {
    const bar = metaOf(doc, 'og:title') ?? doc.title;
    const title = textOf(doc, '[data-job-title]', 'h1.text-block-base-link-color', 'main h1') ?? (bar ? bar.split(/\s+-\s+/)[0]! : null);
    return {
      title,
      titleInBody: !!title && (doc.body?.textContent ?? '').includes(title),
      employer: metaOf(doc, 'og:site_name') ?? otherPart(bar, title),
      location: textOf(doc, '[data-location]') ?? coverLocation(doc),
      text: blockOf(doc, '[data-controller="job-description"]', '.prose'),
      posting: !!title,
    };
  },
};
