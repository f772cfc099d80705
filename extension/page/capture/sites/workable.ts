import type { SiteAdapter } from '../types';
import { blockOf, textOf } from './read';

// apply.workable.com/{company}/j/{id}: fields carry data-ui attributes.
export const workable: SiteAdapter = {
  name: 'workable',
  hosts: [/(^|\.)workable\.com$/],
  markup: '[data-ui="job-title"]',
  read: (doc) => {
    const title = textOf(doc, '[data-ui="job-title"]');
    return {
      title,
      titleInBody: !!title,
      employer: doc.querySelector('[data-ui="company-logo"] img')?.getAttribute('alt') ?? null,
      location: textOf(doc, '[data-ui="job-location"] [data-ellipsis-element]', '[data-ui="job-location"]'),
      text: blockOf(doc, '[data-ui="job-description"]'),
      posting: !!title,
    };
  },
};
