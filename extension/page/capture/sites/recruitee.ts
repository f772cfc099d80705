import type { SiteAdapter } from '../types';
import { blockOf, textOf } from './read';

// {company}.recruitee.com/o/{slug} (and custom domains): Recruitee career sites ship a JobPosting in
// JSON-LD; the subdomain names the company when the page does not.
export const recruitee: SiteAdapter = {
  name: 'recruitee',
  hosts: [/(^|\.)recruitee\.com$/],
  markup: 'script[src*="recruitee"], link[href*="recruiteecdn"], meta[content*="recruitee" i]',
  read: (doc, url) => {
    const title = textOf(doc, '[data-testid="offer-title"]', 'main h1', 'h1');
    const sub = url?.hostname.endsWith('.recruitee.com') ? url.hostname.split('.')[0]! : null;
    return {
      title,
      titleInBody: !!title,
      employer: sub && sub !== 'app' ? sub : null,
      location: textOf(doc, '[data-testid="offer-location"]', '[class*="location" i]'),
      text: blockOf(doc, '[data-testid="offer-description"]', '.description', 'main'),
      posting: !!title && /\/o\//.test(url?.pathname ?? ''),
      listing: /^\/?$/.test(url?.pathname ?? '/x') && doc.querySelectorAll('a[href*="/o/"]').length > 1,
    };
  },
};
