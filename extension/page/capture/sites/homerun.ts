import type { SiteAdapter } from '../types';
import { blockOf, metaOf, textOf } from './read';

// {company}.homerun.co/{job-slug}: Homerun job pages carry og:site_name (the company) and a JobPosting.
export const homerun: SiteAdapter = {
  name: 'homerun',
  hosts: [/(^|\.)homerun\.co$/],
  markup: 'a[href*="homerun.co"][href*="powered"], meta[name="author"][content*="Homerun" i]',
  read: (doc, url) => {
    const title = textOf(doc, 'h1');
    const path = url?.pathname.split('/').filter(Boolean) ?? [];
    return {
      title,
      titleInBody: !!title,
      employer: metaOf(doc, 'og:site_name') ?? url?.hostname.split('.')[0] ?? null,
      text: blockOf(doc, '[class*="job-description" i]', 'main', 'article'),
      posting: !!title && path.length >= 1,
      listing: path.length === 0 && doc.querySelectorAll('a[href*="homerun.co/"]').length > 2,
    };
  },
};
