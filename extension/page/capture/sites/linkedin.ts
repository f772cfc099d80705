import type { SiteAdapter } from '../types';
import { blockOf, textOf } from './read';

// linkedin.com/jobs/view/{id} (guest top card or signed-in unified top card); /jobs/search and
// "/jobs/{keywords}-jobs-{place}" are result lists.
export const linkedin: SiteAdapter = {
  name: 'linkedin',
  hosts: [/(^|\.)linkedin\.com$/],
  markup: '.top-card-layout__title, .job-details-jobs-unified-top-card__job-title, .jobs-search__results-list',
  read: (doc, url) => {
    const title = textOf(
      doc,
      '.job-details-jobs-unified-top-card__job-title h1',
      '.job-details-jobs-unified-top-card__job-title',
      'h1.top-card-layout__title',
      '.topcard__title',
    );
    const listing = !!doc.querySelector('.jobs-search__results-list') || /^\/jobs\/(search|[^/]*-jobs)/.test(url?.pathname ?? '');
    if (listing && !/\/jobs\/view\//.test(url?.pathname ?? '')) return { listing: true };
    return {
      title,
      titleInBody: !!title,
      employer: textOf(
        doc,
        '.job-details-jobs-unified-top-card__company-name a',
        '.job-details-jobs-unified-top-card__company-name',
        'a.topcard__org-name-link',
        '.topcard__flavor a',
      ),
      location: textOf(doc, '.topcard__flavor--bullet', '.job-details-jobs-unified-top-card__primary-description-container .tvm__text'),
      text: blockOf(doc, '#job-details', '.show-more-less-html__markup', '.description__text'),
      posting: !!title,
    };
  },
};
