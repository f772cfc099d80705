import { blockText } from '../text';
import type { Reading } from '../types';
import { readJobPosting, type JobPostingNode } from './job-posting';

/** The value of one microdata property element, per the HTML microdata spec. */
function propValue(el: Element): unknown {
  if (el.hasAttribute('itemscope')) return itemObject(el);
  const tag = el.tagName.toLowerCase();
  if (el.hasAttribute('content')) return el.getAttribute('content');
  if (tag === 'meta') return el.getAttribute('content');
  if (['a', 'link', 'area'].includes(tag)) return el.getAttribute('href');
  if (['img', 'audio', 'video', 'source', 'embed', 'iframe'].includes(tag)) return el.getAttribute('src');
  if (tag === 'time') return el.getAttribute('datetime') ?? el.textContent;
  // Keep the markup of descriptions so block structure survives into the text.
  return el.getAttribute('itemprop') === 'description' ? el.innerHTML : el.textContent;
}

function itemObject(scope: Element): JobPostingNode {
  const node: JobPostingNode = { '@type': (scope.getAttribute('itemtype') ?? '').split(/\s+/) };
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      const props = child.getAttribute('itemprop');
      if (props) for (const prop of props.split(/\s+/)) node[prop] ??= propValue(child);
      if (!child.hasAttribute('itemscope')) walk(child);
    }
  };
  walk(scope);
  return node;
}

export function readMicrodata(doc: Document): Reading | null {
  const scopes = [...doc.querySelectorAll('[itemscope][itemtype*="JobPosting" i]')];
  if (scopes.length === 0) return null;
  const reading = readJobPosting(itemObject(scopes[0]!), doc);
  // The scope holds more of the posting than its description property (responsibilities, skills, ...).
  const text = blockText(scopes[0]!);
  return {
    ...reading,
    text: text.length > (reading.text ?? '').length ? text : reading.text,
    source: 'microdata',
    adapter: 'microdata',
    listing: scopes.length > 1,
  };
}
