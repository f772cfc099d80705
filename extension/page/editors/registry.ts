import type { EditorKind } from '../../../shared/vacancy';
import { ckeditor5 } from './ckeditor5';
import { contenteditable } from './contenteditable';
import { lexical } from './lexical';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { textarea } from './textarea';
import { tinymce } from './tinymce';
import type { EditorAdapter } from './types';

/** Every editor adapter, most specific first: a Quill root is also a contenteditable. */
export const EDITOR_ADAPTERS: EditorAdapter[] = [ckeditor5, tinymce, quill, lexical, prosemirror, contenteditable, textarea];

export function editorAdapter(kind: EditorKind): EditorAdapter {
  return EDITOR_ADAPTERS.find((adapter) => adapter.kind === kind)!;
}

/** The editor root an element belongs to, and which adapter reads it. */
export function editorAt(el: Element | null): { adapter: EditorAdapter; root: Element } | null {
  if (!el) return null;
  for (const adapter of EDITOR_ADAPTERS) {
    const root = el.closest(adapter.selector);
    if (root) return { adapter, root };
  }
  return null;
}
