import type { SiteAdapter } from '../types';
import { blockOf, otherPart, textOf } from './read';

// jobs.ashbyhq.com/{company}/{id}: the title bar is "Title @ Company"; fields are headed sections.
export const ashby: SiteAdapter = {
  name: 'ashby',
  hosts: [/(^|\.)ashbyhq\.com$/],
  markup: '.ashby-job-posting-heading',
  read: (doc) => {
    const title = textOf(doc, '.ashby-job-posting-heading', 'h1');
    let location: string | null = null;
    for (const heading of doc.querySelectorAll('.ashby-job-posting-left-pane h2')) {
      if (/^location$/i.test(heading.textContent?.trim() ?? '')) location = heading.nextElementSibling?.textContent?.trim() ?? null;
    }
    return {
      title,
      titleInBody: !!title,
      employer: otherPart(doc.title, title, /\s+@\s+/),
      location,
      text: blockOf(doc, '.ashby-job-posting-right-pane [class*="descriptionText"]'),
      posting: !!title,
    };
  },
};
