import { blockText } from '../capture/text';
import { insertHtml, insertText, paste, selectAll } from './events';
import type { EditorAdapter } from './types';

/** A plain contenteditable (no known editor library): paste, else type, as a user would. */
export const contenteditable: EditorAdapter = {
  kind: 'contenteditable',
  selector: '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]',
  read: (root) => blockText(root),
  snapshot: (root) => root.innerHTML,
  write: (root, { text, html }) => {
    selectAll(root);
    if (paste(root, text, html)) return;
    // No script took the paste: the browser's own editing command (undoable, fires input).
    const plainOnly = (root as HTMLElement).contentEditable === 'plaintext-only';
    if (plainOnly || !insertHtml(root, html)) insertText(root, text);
  },
  restore: (root, snapshot) => {
    selectAll(root);
    // The page's own markup, given back through the browser's editing command (undoable, fires input).
    insertHtml(root, String(snapshot ?? ''));
  },
};
