import { locateEditor } from '../editors/locate';
import { captureDocument } from './index';
import type { Capture } from './types';

/**
 * What the capture script does in the tab (isolated world): the selection if the user made one,
 * else the editor they are in, else the page. Reads only; the page is not changed.
 */
export function captureInPage(doc: Document): Capture {
  const selection = doc.getSelection()?.toString() ?? '';
  if (selection.trim().length >= 40) return captureDocument(doc, { selection });
  const editor = locateEditor(doc);
  if (!editor) return captureDocument(doc);
  const text = editor.adapter.read(editor.root);
  const vacancy = captureDocument(doc, { editor: { source: 'editor', adapter: editor.adapter.kind, text } });
  return { ...vacancy, editor: editor.target };
}
