import { insertText } from './events';
import type { EditorAdapter } from './types';

type Field = HTMLTextAreaElement | HTMLInputElement;

/** Set the value so that frameworks notice: the native setter, then input and change events. */
function setValue(field: Field, value: string): void {
  field.focus();
  field.select();
  // execCommand keeps the browser's own undo (Ctrl+Z) and fires beforeinput/input like typing.
  if (insertText(field, value) && field.value === value) {
    field.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

export const textarea: EditorAdapter = {
  kind: 'textarea',
  selector: 'textarea',
  read: (root) => (root as Field).value,
  snapshot: (root) => (root as Field).value,
  write: (root, { text }) => setValue(root as Field, text),
  restore: (root, snapshot) => setValue(root as Field, String(snapshot ?? '')),
};
