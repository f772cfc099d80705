import { blockText } from '../capture/text';
import { paste, selectAll } from './events';
import type { EditorAdapter } from './types';

type Editor = { getData: () => string; setData: (html: string) => void; model: { change: (fn: () => void) => void } };

// CKEditor 5 puts its instance on the editable element (editable.ckeditorInstance).
const instance = (root: Element) => (root as Element & { ckeditorInstance?: Editor }).ckeditorInstance ?? null;

export const ckeditor5: EditorAdapter = {
  kind: 'ckeditor5',
  selector: '.ck-editor__editable',
  read: (root) => blockText(root),
  snapshot: (root) => instance(root)?.getData() ?? root.innerHTML,
  write: (root, { text, html }) => {
    const editor = instance(root);
    // setData fires change:data, which is what host apps listen to.
    if (editor) return editor.setData(html);
    selectAll(root);
    paste(root, text, html);
  },
  restore: (root, snapshot) => {
    const editor = instance(root);
    if (editor) return editor.setData(String(snapshot ?? ''));
    selectAll(root);
    paste(root, blockText(root), String(snapshot ?? ''));
  },
};
