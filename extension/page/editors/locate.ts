import type { EditorTarget } from '../../../shared/vacancy';
import { EDITOR_ADAPTERS, editorAt } from './registry';
import type { EditorAdapter } from './types';

export interface FoundEditor {
  adapter: EditorAdapter;
  root: Element;
  target: EditorTarget;
}

const escapeId = (id: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/[^\w-]/g, '\\$&'));

/** A CSS path that finds the element again: an id when the page has a unique one, else nth-of-type steps. */
export function cssPath(el: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node.tagName.toLowerCase() !== 'html'; node = node.parentElement) {
    if (node.id && node.ownerDocument.querySelectorAll(`#${escapeId(node.id)}`).length === 1) {
      steps.unshift(`#${escapeId(node.id)}`);
      return steps.join(' > ');
    }
    const tag = node.tagName.toLowerCase();
    const same = node.parentElement ? [...node.parentElement.children].filter((child) => child.tagName === node!.tagName) : [node];
    steps.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(node) + 1})` : tag);
  }
  return ['html', ...steps].join(' > ');
}

/** Same-origin iframes (TinyMCE's editing frame); cross-origin ones are out of reach, by design. */
function frames(doc: Document): { frame: HTMLIFrameElement; doc: Document }[] {
  return [...doc.querySelectorAll('iframe')].flatMap((frame) => {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      return inner?.body ? [{ frame: frame as HTMLIFrameElement, doc: inner }] : [];
    } catch {
      return [];
    }
  });
}

function found(hit: { adapter: EditorAdapter; root: Element } | null, frame: HTMLIFrameElement | null): FoundEditor | null {
  if (!hit) return null;
  return { ...hit, target: { kind: hit.adapter.kind, path: cssPath(hit.root), frame: frame ? cssPath(frame) : null } };
}

/** The editor the user is in; else the one editor on the page with the most text (≥ 200 characters). */
export function locateEditor(doc: Document): FoundEditor | null {
  const active = doc.activeElement;
  if (active?.tagName === 'IFRAME') {
    const inner = frames(doc).find((f) => f.frame === active);
    if (inner) {
      const hit = found(editorAt(inner.doc.activeElement ?? inner.doc.body), inner.frame);
      if (hit) return hit;
    }
  }
  const focused = found(editorAt(active && active !== doc.body ? active : null), null);
  if (focused) return focused;
  let best: FoundEditor | null = null;
  let bestLength = 199;
  const consider = (scope: Document, frame: HTMLIFrameElement | null) => {
    for (const adapter of EDITOR_ADAPTERS) {
      for (const root of scope.querySelectorAll(adapter.selector)) {
        const length = adapter.read(root).length;
        if (length > bestLength && !best?.root.contains(root)) {
          best = found(editorAt(root), frame);
          bestLength = length;
        }
      }
    }
  };
  consider(doc, null);
  for (const inner of frames(doc)) consider(inner.doc, inner.frame);
  return best;
}
