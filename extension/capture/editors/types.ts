import type { EditorKind } from '../../../shared/schemas';

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
  write: (root: Element, text: string) => Promise<void> | void;
  restore: (root: Element, snapshot: unknown) => Promise<void> | void;
}
