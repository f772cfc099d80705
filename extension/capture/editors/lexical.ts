import { blockText } from '../text';
import type { EditorAdapter } from './types';

type EditorState = { toJSON: () => unknown };
type Editor = {
  getEditorState: () => EditorState;
  parseEditorState: (json: string | object) => EditorState;
  setEditorState: (state: EditorState, options?: { tag?: string }) => void;
};

// Lexical puts its editor on the root element (rootElement.__lexicalEditor), in dev and prod builds.
const instance = (root: Element) => (root as Element & { __lexicalEditor?: Editor }).__lexicalEditor ?? null;

const textNode = (text: string) => ({ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' });
const paragraph = (text: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: text ? [textNode(text)] : [] });

/** Lexical's serialised state for plain text: one paragraph per line (the engine's bullets stay "- "). */
function stateFor(text: string): object {
  const children = text.split('\n').filter((line, i, lines) => line.trim() || (i > 0 && lines[i - 1]!.trim())).map(paragraph);
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

export const lexical: EditorAdapter = {
  kind: 'lexical',
  selector: '[data-lexical-editor="true"]',
  read: (root) => blockText(root),
  snapshot: (root) => instance(root)?.getEditorState().toJSON() ?? null,
  write: (root, text) => {
    const editor = instance(root);
    if (!editor) throw new Error('The Lexical editor on this page cannot be reached.');
    // setEditorState runs update listeners (OnChangePlugin), so the host app registers the change.
    editor.setEditorState(editor.parseEditorState(stateFor(text)));
  },
  restore: (root, snapshot) => {
    const editor = instance(root);
    if (!editor || !snapshot) throw new Error('The original Lexical content is not available.');
    editor.setEditorState(editor.parseEditorState(snapshot as object));
  },
};
