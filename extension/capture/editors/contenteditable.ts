import { blockText } from '../text';
import { insertText, paste, selectAll } from './events';
import type { EditorAdapter } from './types';

/** A plain contenteditable (no known editor library): paste, else type, as a user would. */
export const contenteditable: EditorAdapter = {
  kind: 'contenteditable',
  selector: '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]',
  read: (root) => blockText(root),
  snapshot: (root) => root.innerHTML,
  write: (root, text) => {
    selectAll(root);
    if (!paste(root, text)) insertText(root, text);
  },
  restore: (root, snapshot) => {
    selectAll(root);
    // The page's own markup, given back through the browser's editing command (undoable, fires input).
    root.ownerDocument.execCommand('insertHTML', false, String(snapshot ?? ''));
  },
};
