import { blockText } from '../capture/text';
import { paste, selectAll, settle } from './events';
import type { EditorAdapter } from './types';

type Quill = {
  getContents: () => unknown;
  setContents: (delta: unknown, source: string) => void;
  clipboard: { dangerouslyPasteHTML: (html: string, source: string) => void };
};
type QuillClass = { find: (node: Element) => Quill | null };

/** Quill 2 keeps instances private; the page's global Quill (when it has one) finds them. */
function instance(root: Element): Quill | null {
  const container = root.closest('.ql-container') ?? root.parentElement;
  const Q = (globalThis as { Quill?: QuillClass }).Quill;
  const found = container && Q?.find(container);
  return found && typeof found === 'object' && 'setContents' in found ? found : null;
}

export const quill: EditorAdapter = {
  kind: 'quill',
  selector: '.ql-editor',
  read: (root) => blockText(root),
  snapshot: (root) => instance(root)?.getContents() ?? { html: root.innerHTML },
  write: async (root, { text, html }) => {
    // source "user" makes Quill emit text-change as for typing, so the host app registers it. The
    // HTML is Vaardig's own (escaped text in a few formatting tags), so pasting it is not dangerous.
    const editor = instance(root);
    if (editor) return editor.clipboard.dangerouslyPasteHTML(html, 'user');
    selectAll(root);
    await settle();
    paste(root, text, html);
  },
  restore: async (root, snapshot) => {
    const editor = instance(root);
    if (editor && !(snapshot as { html?: string }).html) return editor.setContents(snapshot, 'user');
    selectAll(root);
    await settle();
    paste(root, blockText(root), (snapshot as { html?: string }).html);
  },
};
