/** Input the way a user gives it: select everything in the editor, then paste or type. */

export function selectAll(root: Element): void {
  const doc = root.ownerDocument;
  (root as HTMLElement).focus();
  const range = doc.createRange();
  range.selectNodeContents(root);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Paste through a real ClipboardEvent: editors parse it into their own model. True when one handled it. */
export function paste(root: Element, text: string, html?: string): boolean {
  const view = root.ownerDocument.defaultView ?? window;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  if (html) data.setData('text/html', html);
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  root.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Insert HTML as one editing step (undoable with Ctrl+Z; fires beforeinput and input). */
export function insertHtml(root: Element, html: string): boolean {
  return root.ownerDocument.execCommand('insertHTML', false, html);
}

/** Type the text as one insertion (fires beforeinput and input; keeps the browser's undo stack). */
export function insertText(root: Element, text: string): boolean {
  return root.ownerDocument.execCommand('insertText', false, text);
}

/** Let the editor's own observers (selectionchange, MutationObserver) run before the next step. */
export const settle = () => new Promise((done) => setTimeout(done, 30));
