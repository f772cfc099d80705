import type { SiteAdapter } from '../types';
import { blockOf, textOf } from './read';

// jobs.smartrecruiters.com/{Company}/{id}: schema.org microdata plus its own classes.
export const smartrecruiters: SiteAdapter = {
  name: 'smartrecruiters',
  hosts: [/(^|\.)smartrecruiters\.com$/],
  markup: '.job-sections, spl-job-location',
  read: (doc) => {
    const title = textOf(doc, 'h1.job-title', '[itemprop="title"]');
    return {
      title,
      titleInBody: !!title,
      employer:
        doc.querySelector('[itemprop="hiringOrganization"] [itemprop="name"]')?.getAttribute('content') ??
        textOf(doc, '[itemprop="hiringOrganization"] [itemprop="name"]'),
      location: doc.querySelector('spl-job-location')?.getAttribute('formattedaddress') ?? textOf(doc, '.job-details [itemprop="jobLocation"]'),
      text: blockOf(doc, '.job-sections', '[itemprop="description"]'),
      posting: !!title,
    };
  },
};
