import type { EditorContent } from '@/page/editors/types';
import type { Vacancy } from '../../shared/vacancy';
import { tabView, undoWriteBack as undoOnPage, writeBack as writeOnPage } from '../page/tab';
import type { PageRef } from '../page/tab';
import { writeTarget } from './tab-binding';

/** Write-back needs the tab and the editor the vacancy was read from (capture sets `editor`). */
export function canWriteBack(tabId: number | null, vacancy: Vacancy): tabId is number {
  return tabId !== null && Boolean(vacancy.editor);
}

/** Vaardig did not touch the tab: it is closed, shows another page, or its address cannot be checked (#17). */
export class WriteBackRefused extends Error {
  constructor(readonly why: 'gone' | 'moved' | 'unknown') {
    super(`Write-back refused: ${why}`);
    this.name = 'WriteBackRefused';
  }
}

/** Only the tab the vacancy was read from, and only while it still shows that page: never another tab. */
async function ensureSamePage(tabId: number, page: PageRef | null): Promise<void> {
  const verdict = writeTarget(page, await tabView(tabId));
  if (!verdict.ok) throw new WriteBackRefused(verdict.why);
}

/**
 * The decided vacancy into the editor it came from: a textarea gets the posting with the decided
 * blocks spliced in, a rich editor the HTML built from the blocks (compose.ts decidedVacancy).
 * The editor's content before is kept, so one action undoes it.
 */
export async function writeBack(tabId: number, page: PageRef | null, vacancy: Vacancy, content: EditorContent): Promise<void> {
  if (!vacancy.editor) throw new Error('This vacancy was not read from an editor.');
  await ensureSamePage(tabId, page);
  await writeOnPage(tabId, vacancy.editor, content);
}

export async function undoWriteBack(tabId: number, page: PageRef | null): Promise<void> {
  await ensureSamePage(tabId, page);
  await undoOnPage(tabId);
}

/** The page a draft was read from: recorded at reading; for drafts from before #17, the address capture saw. */
export function pageOf(draft: { page: PageRef | null; vacancy: Vacancy }): PageRef | null {
  if (draft.page) return draft.page;
  return draft.vacancy.url ? { title: draft.vacancy.title ?? '', url: draft.vacancy.url } : null;
}
