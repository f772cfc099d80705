import type { Vacancy } from '../../shared/schemas';
import { editorText } from './editor-text';
import { undoWriteBack as undoOnPage, writeBack as writeOnPage } from './page';

/** Write-back needs the tab and the editor the vacancy was read from (capture sets `editor`). */
export function canWriteBack(tabId: number | null, vacancy: Vacancy): tabId is number {
  return tabId !== null && Boolean(vacancy.editor);
}

export async function writeBack(tabId: number, vacancy: Vacancy, markdown: string): Promise<void> {
  if (!vacancy.editor) throw new Error('This vacancy was not read from an editor.');
  await writeOnPage(tabId, vacancy.editor, editorText(markdown, vacancy.text));
}

export async function undoWriteBack(tabId: number): Promise<void> {
  await undoOnPage(tabId);
}
