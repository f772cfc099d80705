/**
 * Plain text from DOM and HTML, keeping the block structure the engine needs:
 * blocks separated by blank lines, list items as "- ". Reads only; never writes to the page.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'HEAD', 'FORM']);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
  'BODY',
  'CENTER',
]);

/** Whitespace-normalised text of one short element (a title, a name). */
export function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Block-structured text of an element; `skipForms` keeps form controls' labels out. */
export function blockText(root: Element): string {
  const lines: string[] = [];
  let line = '';
  /** Inside a list item: its paragraphs (ProseMirror and TipTap write <li><p>…</p></li>) are its lines. */
  let item = 0;
  const flush = (gap: boolean) => {
    const text = clean(line);
    if (text) lines.push(text);
    if (gap && lines.length && lines[lines.length - 1] !== '') lines.push('');
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        line += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || isHidden(el)) continue;
      if (tag === 'BR') {
        flush(false);
        continue;
      }
      if (!BLOCK.has(tag)) {
        if (tag === 'TD' || tag === 'TH') line += ' ';
        walk(el);
        continue;
      }
      if (item > 0 && tag !== 'LI' && tag !== 'UL' && tag !== 'OL') {
        // The item's first paragraph continues its "- "; a second one starts a line of its own.
        if (line.trim() !== '-') flush(false);
        walk(el);
        continue;
      }
      flush(tag !== 'LI' && tag !== 'DT' && tag !== 'DD' && tag !== 'TR');
      if (tag === 'LI') line = '- ';
      if (tag === 'LI') item++;
      walk(el);
      if (tag === 'LI') item--;
      flush(tag !== 'LI' && tag !== 'DT' && tag !== 'DD' && tag !== 'TR');
    }
  };
  walk(root);
  flush(false);
  return lines
    .join('\n')
    .replace(/^- $/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The visible text of a short element on one line: hidden parts ("Loading Map...") and controls left out. */
export function inlineText(el: Element): string {
  return clean(blockText(el));
}

/** Text of an HTML string (e.g. a JSON-LD description), parsed inertly: no script runs, nothing is attached to the page. */
export function htmlToText(html: string, doc: Document): string {
  if (!/[<&]/.test(html)) return html.trim();
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  const parsed = new Parser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  // Descriptions are sometimes HTML-escaped twice ("&lt;p&gt;"): decode once more when no tags came out.
  const body = parsed.body ?? parsed.documentElement;
  const text = blockText(body);
  if (/<\/?(p|li|ul|br|div|strong)\b/i.test(text)) return htmlToText(text, doc);
  return text;
}
