import type { SiteAdapter } from '../types';
import { blockOf, metaOf, otherPart, textOf } from './read';

// *.teamtailor.com and custom career domains (career.oneflow.com): the title bar is "Title - Company".
export const teamtailor: SiteAdapter = {
  name: 'teamtailor',
  hosts: [/(^|\.)teamtailor\.com$/],
  markup: 'link[href*="teamtailor-cdn"], script[src*="teamtailor-cdn"], img[src*="teamtailor-cdn"], [data-controller*="careersite"]',
  read: (doc) => {
    const bar = metaOf(doc, 'og:title') ?? doc.title;
    const title = textOf(doc, '[data-job-title]', 'h1.text-block-base-link-color', 'main h1') ?? (bar ? bar.split(/\s+-\s+/)[0]! : null);
    const cover = doc.querySelector('.text-center.uppercase span, [data-location]');
    return {
      title,
      titleInBody: !!title && (doc.body?.textContent ?? '').includes(title),
      employer: metaOf(doc, 'og:site_name') ?? otherPart(bar, title),
      location: cover?.textContent?.trim() || null,
      text: blockOf(doc, '[data-controller="job-description"]', '.prose'),
      posting: !!title,
    };
  },
};
