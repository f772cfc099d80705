import type { SiteAdapter } from '../types';
import { labeledFields } from '../generic/labels';
import { blockOf, textOf } from './read';

// www.werk.nl (UWV): vacancy pages show "Werkgever"/"Werklocatie" label pairs; /vacatures search is a list.
export const werkNl: SiteAdapter = {
  name: 'werk.nl',
  hosts: [/(^|\.)werk\.nl$/],
  read: (doc, url) => {
    const path = url?.pathname ?? '';
    if (/\/vacatures\/?$|\/zoeken/.test(path)) return { listing: true };
    const title = textOf(doc, 'main h1', 'h1');
    const labels = labeledFields(doc);
    return {
      title,
      titleInBody: !!title,
      employer: labels.employer ?? null,
      location: labels.location ?? null,
      text: blockOf(doc, 'main', 'article'),
      posting: !!title && /vacature/i.test(path),
    };
  },
};
