import type { SiteAdapter } from '../types';
import { blockOf, textOf } from './read';

// {tenant}.wd{n}.myworkdayjobs.com: Workday marks its fields with data-automation-id.
export const workday: SiteAdapter = {
  name: 'workday',
  hosts: [/\.myworkdayjobs\.com$/, /\.myworkdaysite\.com$/],
  markup: '[data-automation-id="jobPostingHeader"]',
  read: (doc, url) => {
    const title = textOf(doc, '[data-automation-id="jobPostingHeader"]');
    return {
      title,
      titleInBody: !!title,
      employer: url?.hostname.split('.')[0] ?? null,
      location: textOf(doc, '[data-automation-id="locations"] dd', '[data-automation-id="locations"]'),
      text: blockOf(doc, '[data-automation-id="jobPostingDescription"]'),
      posting: !!title,
    };
  },
};
