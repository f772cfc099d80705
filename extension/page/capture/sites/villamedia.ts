import type { SiteAdapter } from '../types';
import { clean } from '../text';
import { blockOf, textOf } from './read';

// villamedia.nl/vacatures: "Employer, Place, geplaatst op ..." above the title. Its JSON-LD sometimes
// names an umbrella body (NLPO) or a full legal name instead of the visible employer, so this wins.
export const villamedia: SiteAdapter = {
  name: 'villamedia',
  hosts: [/(^|\.)villamedia\.nl$/],
  markup: '.article.vacature p.meta',
  read: (doc) => {
    const meta = clean(doc.querySelector('.article.vacature p.meta')?.textContent).replace(/,?\s*geplaatst op.*$/i, '');
    const parts = meta.split(/\s*,\s*/).filter(Boolean);
    const title = textOf(doc, '.article.vacature h1');
    if (!title) return { listing: doc.querySelectorAll('a[href*="/vacatures/functie/"]').length > 3 };
    return {
      title,
      titleInBody: true,
      employer: parts.length > 1 ? parts.slice(0, -1).join(', ') : (parts[0] ?? null),
      location: parts.length > 1 ? parts[parts.length - 1]! : null,
      // The first .text block under the header is empty; the whole article holds the posting.
      text: blockOf(doc, '.article.vacature'),
      posting: true,
    };
  },
};
