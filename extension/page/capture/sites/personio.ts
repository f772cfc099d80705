import type { SiteAdapter } from '../types';
import { blockOf, textOf } from './read';

// {company}.jobs.personio.de: the title bar ends in "Jobs bei {Company}" / "Jobs at {Company}".
export const personio: SiteAdapter = {
  name: 'personio',
  hosts: [/\.jobs\.personio\.(de|com)$/],
  markup: '.job-header .jb-title, [class*="ApplyForm_jobTitle"]',
  read: (doc) => {
    const title = textOf(doc, '.jb-title', '.job-header h1', 'h1');
    const company = /\|\s*(?:Jobs|Karriere|Careers)\s+(?:bei|at|chez)\s+(.+)$/i.exec(doc.title ?? '')?.[1]?.trim() ?? null;
    return {
      title,
      titleInBody: !!title,
      employer: company,
      location: textOf(doc, '.job-header [class*="location" i]', '[class*="jobLocation" i]'),
      text: blockOf(doc, '.job-description', '[class*="jobDescription" i]'),
      posting: !!title,
    };
  },
};
