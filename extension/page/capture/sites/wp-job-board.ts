import type { SiteAdapter } from '../types';
import { blockOf, textOf } from './read';

// WPJobBoard, the WordPress plugin behind boards such as oneworld.nl: its JSON-LD may leave
// hiringOrganization empty, while the header names the employer.
export const wpJobBoard: SiteAdapter = {
  name: 'wpjobboard',
  hosts: [],
  markup: '.wpjb-top-header-title, .wpjb-job-content',
  read: (doc) => {
    const employer = textOf(doc, '.wpjb-top-header-title a', '.wpjb-top-header-title');
    const title = textOf(doc, 'h1.entry-title', '.wpjb-job-title', 'h1');
    return {
      title,
      titleInBody: !!title,
      employer,
      location: textOf(doc, '.wpjb-row-meta-_location .wpjb-col-60', '.wpjb-grid-row.wpjb-row-meta-_location div:last-child'),
      text: blockOf(doc, '.wpjb-job-content .wpjb-text', '.wpjb-text'),
      posting: !!title && !!employer,
    };
  },
};
