import type { SiteAdapter } from '../types';
import { blockOf, textOf } from './read';

// indeed.com and its country sites (au.indeed.com, nl.indeed.com): fields carry data-testid.
export const indeed: SiteAdapter = {
  name: 'indeed',
  hosts: [/(^|\.)indeed\.(com|nl|de|fr|be|co\.uk|com\.au|ca)$/],
  markup: '[data-testid="jobsearch-JobInfoHeader-title"], #jobDescriptionText',
  read: (doc, url) => {
    const title = textOf(doc, '[data-testid="jobsearch-JobInfoHeader-title"]', 'h1.jobsearch-JobInfoHeader-title')?.replace(/\s*-\s*job post$/i, '') ?? null;
    return {
      title,
      titleInBody: !!title,
      employer: textOf(doc, '[data-testid="inlineHeader-companyName"] a', '[data-testid="inlineHeader-companyName"]', '[data-company-name]'),
      location: textOf(
        doc,
        '[data-testid="inlineHeader-companyLocation"]',
        '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
        '[data-testid="job-location"]',
      ),
      text: blockOf(doc, '#jobDescriptionText'),
      posting: !!title,
      listing: !title && /^\/(jobs|q-)/.test(url?.pathname ?? ''),
    };
  },
};
