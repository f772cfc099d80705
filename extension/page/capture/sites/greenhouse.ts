import type { SiteAdapter } from '../types';
import { blockOf, textOf } from './read';

// boards.greenhouse.io (classic: .app-title/.company-name) and job-boards.greenhouse.io (2024: .job__title).
export const greenhouse: SiteAdapter = {
  name: 'greenhouse',
  hosts: [/(^|\.)greenhouse\.io$/],
  markup: '#header .app-title, .job__title',
  read: (doc) => {
    const title = textOf(doc, '.job__title h1', '#header .app-title', 'h1.app-title');
    return {
      title,
      titleInBody: !!title,
      employer:
        textOf(doc, '#header .company-name')?.replace(/^at\s+/i, '') ??
        doc
          .querySelector('.logo img, .job__header img')
          ?.getAttribute('alt')
          ?.replace(/\s*logo$/i, '') ??
        null,
      location: textOf(doc, '.job__location', '#header .location'),
      text: blockOf(doc, '.job__description', '#content'),
      posting: !!title,
    };
  },
};
