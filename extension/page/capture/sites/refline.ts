import type { SiteAdapter } from '../types';
import { blockOf, textOf } from './read';

// apply.refline.ch: Swiss ATS; the posting box carries .position-title.
export const refline: SiteAdapter = {
  name: 'refline',
  hosts: [/(^|\.)refline\.ch$/],
  markup: '.boxPositionTitle .position-title',
  read: (doc) => {
    const title = textOf(doc, '.position-title');
    return { title, titleInBody: !!title, text: blockOf(doc, '.boxPositionDescription', '.position-description'), posting: !!title };
  },
};
