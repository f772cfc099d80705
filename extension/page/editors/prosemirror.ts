import { blockText } from '../capture/text';
import { paste, selectAll, settle } from './events';
import type { EditorAdapter } from './types';

type TiptapHost = Element & { editor?: { commands: { setContent: (content: unknown, emit?: boolean) => void }; getJSON: () => unknown } };

/**
 * ProseMirror keeps its view private; it handles paste events into its own transactions.
 * TipTap exposes its editor on the root element: then use its commands.
 */
export const prosemirror: EditorAdapter = {
  kind: 'prosemirror',
  selector: '.ProseMirror',
  read: (root) => blockText(root),
  snapshot: (root) => (root as TiptapHost).editor?.getJSON() ?? { html: root.innerHTML },
  write: async (root, { text, html }) => {
    const tiptap = (root as TiptapHost).editor;
    if (tiptap) return tiptap.commands.setContent(html, true);
    selectAll(root);
    await settle();
    paste(root, text, html);
  },
  restore: async (root, snapshot) => {
    const tiptap = (root as TiptapHost).editor;
    if (tiptap) return tiptap.commands.setContent(snapshot, true);
    selectAll(root);
    await settle();
    const html = (snapshot as { html?: string }).html ?? '';
    paste(root, blockText(root), html);
  },
};
