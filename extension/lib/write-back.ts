import type { EditorContent } from '@/capture/editors/types';
import type { Vacancy } from '../../shared/schemas';
import { undoWriteBack as undoOnPage, writeBack as writeOnPage } from './page';

/** Write-back needs the tab and the editor the vacancy was read from (capture sets `editor`). */
export function canWriteBack(tabId: number | null, vacancy: Vacancy): tabId is number {
  return tabId !== null && Boolean(vacancy.editor);
}

/**
 * The decided vacancy into the editor it came from: a textarea gets the posting with the decided
 * blocks spliced in, a rich editor the HTML built from the blocks (compose.ts decidedVacancy).
 * The editor's content before is kept, so one action undoes it.
 */
export async function writeBack(tabId: number, vacancy: Vacancy, content: EditorContent): Promise<void> {
  if (!vacancy.editor) throw new Error('This vacancy was not read from an editor.');
  await writeOnPage(tabId, vacancy.editor, content);
}

export async function undoWriteBack(tabId: number): Promise<void> {
  await undoOnPage(tabId);
}
