import type { SiteAdapter } from '../types';
import { clean } from '../text';
import { blockOf } from './read';

// culturele-vacatures.nl (WordPress): the post title is "<b>Employer:</b> Job title".
export const cultureleVacatures: SiteAdapter = {
  name: 'culturele-vacatures',
  hosts: [/(^|\.)culturele-vacatures\.nl$/],
  read: (doc) => {
    const heading = doc.querySelector('article h1.entry-title');
    if (!heading) return { listing: doc.querySelectorAll('article').length > 3 };
    const employer = clean(heading.querySelector('b, strong')?.textContent).replace(/:$/, '') || null;
    const whole = clean(heading.textContent);
    const title = employer && whole.startsWith(`${employer}:`) ? clean(whole.slice(employer.length + 1)) : whole;
    return { title, titleInBody: true, employer, text: blockOf(doc, 'article .entry-content'), posting: true };
  },
};
