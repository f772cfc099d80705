import { blockText } from '../capture/text';
import { paste, selectAll } from './events';
import type { EditorAdapter } from './types';

type Editor = {
  getBody: () => Element;
  getContent: () => string;
  setContent: (html: string) => void;
  undoManager: { transact: (fn: () => void) => void };
  save: () => void;
  dispatch?: (name: string) => void;
  fire?: (name: string) => void;
};

/** TinyMCE edits a body inside an iframe; the page's global tinymce knows which editor owns it. */
function instance(root: Element): Editor | null {
  const tinymce = (globalThis as { tinymce?: { get: () => Editor[] } }).tinymce;
  return tinymce?.get().find((editor) => editor.getBody() === root) ?? null;
}

function set(editor: Editor, html: string): void {
  // One undo level, then the events host apps listen to ("change"), and the original textarea synced.
  editor.undoManager.transact(() => editor.setContent(html));
  (editor.dispatch ?? editor.fire)?.call(editor, 'change');
  editor.save();
}

export const tinymce: EditorAdapter = {
  kind: 'tinymce',
  selector: 'body#tinymce, body.mce-content-body',
  read: (root) => blockText(root),
  snapshot: (root) => instance(root)?.getContent() ?? root.innerHTML,
  write: (root, { text, html }) => {
    const editor = instance(root);
    if (editor) return set(editor, html);
    selectAll(root);
    paste(root, text, html);
  },
  restore: (root, snapshot) => {
    const editor = instance(root);
    if (editor) return set(editor, String(snapshot ?? ''));
    selectAll(root);
    paste(root, blockText(root), String(snapshot ?? ''));
  },
};
