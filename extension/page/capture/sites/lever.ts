import type { SiteAdapter } from '../types';
import { blockOf, metaOf, otherPart, textOf } from './read';

// jobs.lever.co/{company}/{id}[/apply]: the headline is an <h2>, the company only in the title bar.
export const lever: SiteAdapter = {
  name: 'lever',
  hosts: [/(^|\.)lever\.co$/],
  markup: '.posting-header .posting-categories, .posting-headline',
  read: (doc) => {
    const title = textOf(doc, '.posting-headline h2', '.posting-header h2', '.posting-headline h1');
    return {
      title,
      titleInBody: !!title,
      employer:
        doc
          .querySelector('.main-header-logo img')
          ?.getAttribute('alt')
          ?.replace(/\s*logo$/i, '') || otherPart(metaOf(doc, 'og:title'), title),
      location: textOf(doc, '.posting-categories .location', '.posting-category.location') ?? metaOf(doc, 'twitter:data1'),
      text: blockOf(doc, '[data-qa="job-description"]', '.posting-page .content', '.section-wrapper.page-full-width'),
      posting: !!title,
    };
  },
};
