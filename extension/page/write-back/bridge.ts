import type { EditorTarget } from '../../../shared/vacancy';
import { editorAdapter } from '../editors/registry';
import type { WriteBackRequest, WriteBackResult } from '../capture/messages';

/** The global the MAIN-world bridge installs; a Symbol.for key stays out of the page's own names. */
export const BRIDGE_KEY = 'vaardig.write-back';

function resolve(target: EditorTarget): Element | null {
  let doc: Document | null = document;
  if (target.frame) doc = (document.querySelector(target.frame) as HTMLIFrameElement | null)?.contentDocument ?? null;
  return doc?.querySelector(target.path) ?? null;
}

/**
 * Runs in the page's MAIN world, where editor instances live (CKEditor, Quill, TinyMCE, Lexical):
 * writes through the editor's API or its input events, and returns the original for undo.
 */
export async function handleWriteBack(request: WriteBackRequest): Promise<WriteBackResult> {
  const root = resolve(request.target);
  if (!root) return { ok: false, error: 'The editor is no longer on the page (was it closed or reloaded?).' };
  const adapter = editorAdapter(request.target.kind);
  try {
    if (request.action === 'write') {
      const snapshot = adapter.snapshot(root);
      const before = adapter.read(root);
      await adapter.write(root, { text: request.text, html: request.html });
      return { ok: true, snapshot, before, text: adapter.read(root) };
    }
    await adapter.restore(root, request.snapshot);
    return { ok: true, text: adapter.read(root) };
  } catch (error) {
    return { ok: false, error: `Could not write into the ${adapter.kind} editor: ${(error as Error).message}` };
  }
}
