import { blockText } from '../capture/text';
import type { EditorAdapter } from './types';

type EditorState = { toJSON: () => unknown };
type Editor = {
  getEditorState: () => EditorState;
  parseEditorState: (json: string | object) => EditorState;
  setEditorState: (state: EditorState, options?: { tag?: string }) => void;
};

// Lexical puts its editor on the root element (rootElement.__lexicalEditor), in dev and prod builds.
const instance = (root: Element) => (root as Element & { __lexicalEditor?: Editor }).__lexicalEditor ?? null;

const element = { version: 1, direction: null, format: '', indent: 0 };
const textNode = (text: string, bold = false) => ({ type: 'text', version: 1, text, detail: 0, format: bold ? 1 : 0, mode: 'normal', style: '' });
const paragraph = (children: object[]) => ({ ...element, type: 'paragraph', textFormat: 0, textStyle: '', children });

/** Text, bold and line breaks of one element as Lexical's inline nodes. */
function inline(el: Element): object[] {
  return [...el.childNodes].flatMap((node): object[] => {
    if (node.nodeType === 3) return node.nodeValue ? [textNode(node.nodeValue)] : [];
    const tag = (node as Element).tagName;
    if (tag === 'BR') return [{ type: 'linebreak', version: 1 }];
    return node.textContent ? [textNode(node.textContent, tag === 'STRONG' || tag === 'B')] : [];
  });
}

/**
 * Lexical's serialised state for Vaardig's HTML (p, br, h2, h3, ul, ol, li, strong). An editor without
 * the list or heading nodes registered gets them as paragraphs ("- " items), as its users type them.
 */
function stateFor(html: string, doc: Document, rich: { lists: boolean; headings: boolean }): object {
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const body = new Parser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const children = [...body.children].flatMap((el): object[] => {
    if (/^H[1-6]$/.test(el.tagName))
      return [rich.headings ? { ...element, type: 'heading', tag: el.tagName.toLowerCase(), children: inline(el) } : paragraph(inline(el))];
    if (el.tagName === 'UL' || el.tagName === 'OL') {
      const items = [...el.children];
      if (!rich.lists) return items.map((li) => paragraph([textNode('- '), ...inline(li)]));
      const ordered = el.tagName === 'OL';
      return [
        {
          ...element,
          type: 'list',
          listType: ordered ? 'number' : 'bullet',
          start: 1,
          tag: ordered ? 'ol' : 'ul',
          children: items.map((li, i) => ({ ...element, type: 'listitem', value: i + 1, children: inline(li) })),
        },
      ];
    }
    return [paragraph(inline(el))];
  });
  return { root: { ...element, type: 'root', children } };
}

export const lexical: EditorAdapter = {
  kind: 'lexical',
  selector: '[data-lexical-editor="true"]',
  read: (root) => blockText(root),
  snapshot: (root) => instance(root)?.getEditorState().toJSON() ?? null,
  write: (root, { html }) => {
    const editor = instance(root);
    if (!editor) throw new Error('The Lexical editor on this page cannot be reached.');
    // parseEditorState throws on a node type the host did not register: then try with fewer kinds.
    const kinds = [
      { lists: true, headings: true },
      { lists: false, headings: true },
      { lists: false, headings: false },
    ];
    for (const [index, rich] of kinds.entries()) {
      try {
        const state = editor.parseEditorState(stateFor(html, root.ownerDocument, rich));
        // setEditorState runs update listeners (OnChangePlugin), so the host app registers the change.
        return editor.setEditorState(state);
      } catch (error) {
        if (index === kinds.length - 1) throw error;
      }
    }
  },
  restore: (root, snapshot) => {
    const editor = instance(root);
    if (!editor || !snapshot) throw new Error('The original Lexical content is not available.');
    editor.setEditorState(editor.parseEditorState(snapshot as object));
  },
};
