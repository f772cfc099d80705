import { blockText } from '../text';
import type { Reading } from '../types';
import { readJobPosting, type JobPostingNode } from './job-posting';

const local = (name: string) => name.replace(/^.*[/#:]/, '');

function value(el: Element): unknown {
  if (el.hasAttribute('typeof')) return itemObject(el);
  if (el.hasAttribute('content')) return el.getAttribute('content');
  return local(el.getAttribute('property') ?? '') === 'description' ? el.innerHTML : el.textContent;
}

function itemObject(scope: Element): JobPostingNode {
  const node: JobPostingNode = { '@type': (scope.getAttribute('typeof') ?? '').split(/\s+/) };
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      const props = child.getAttribute('property');
      if (props) for (const prop of props.split(/\s+/)) node[local(prop)] ??= value(child);
      if (!child.hasAttribute('typeof')) walk(child);
    }
  };
  walk(scope);
  return node;
}

export function readRdfa(doc: Document): Reading | null {
  const scopes = [...doc.querySelectorAll('[typeof]')].filter((el) =>
    (el.getAttribute('typeof') ?? '').split(/\s+/).some((type) => local(type) === 'JobPosting'),
  );
  if (scopes.length === 0) return null;
  const reading = readJobPosting(itemObject(scopes[0]!), doc);
  // The scope holds more of the posting than its description property (responsibilities, skills, ...).
  const text = blockText(scopes[0]!);
  return { ...reading, text: text.length > (reading.text ?? '').length ? text : reading.text, source: 'rdfa', adapter: 'rdfa', listing: scopes.length > 1 };
}
