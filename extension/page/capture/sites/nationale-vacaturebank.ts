import type { SiteAdapter } from '../types';
import { blockOf, textOf } from './read';

// www.nationalevacaturebank.nl/vacature/{id}/{slug} is one vacancy; /vacatures/... are search results.
export const nationaleVacaturebank: SiteAdapter = {
  name: 'nationale-vacaturebank',
  hosts: [/(^|\.)nationalevacaturebank\.nl$/],
  read: (doc, url) => {
    const path = url?.pathname ?? '';
    if (/^\/vacatures?\/?(zoeken|$)|^\/vacatures\//.test(path)) return { listing: true };
    const title = textOf(doc, 'main h1', 'h1');
    return {
      title,
      titleInBody: !!title,
      employer: textOf(doc, '[data-testid*="company" i]', '[class*="company-name" i]'),
      location: textOf(doc, '[data-testid*="location" i]', '[class*="location" i]'),
      text: blockOf(doc, '[class*="description" i]', 'main'),
      posting: !!title && /^\/vacature\//.test(path),
    };
  },
};
