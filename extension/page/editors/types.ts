import type { EditorKind } from '../../../shared/vacancy';

/** What write-back puts into an editor: plain text (textareas, a paste's text/plain) and HTML (rich editors). */
export interface EditorContent {
  text: string;
  /** Built by shared/blocks.ts renderHtml: escaped text in p, br, h2, h3, ul, ol, li and strong only. */
  html: string;
}

/**
 * One editor kind: how to recognise it, read it (isolated world: DOM only) and write it back
 * (MAIN world: the editor's own API or the input events it listens to, so the host app sees it).
 */
export interface EditorAdapter {
  kind: EditorKind;
  /** Selector of the editor's root element, the element the user types in. */
  selector: string;
  read: (root: Element) => string;
  /** The editor's content in its own format, kept so that one action restores it. */
  snapshot: (root: Element) => unknown;
  write: (root: Element, content: EditorContent) => Promise<void> | void;
  restore: (root: Element, snapshot: unknown) => Promise<void> | void;
}
