import * as page from './page';

/** What goes back into the editor: the host decides which form it can take. */
export interface WriteBackContent {
  markdown: string;
  html: string;
  text: string;
}

type PageModule = typeof page & {
  writeBack?: (tabId: number, content: WriteBackContent) => Promise<unknown>;
  undoWriteBack?: (tabId: number) => Promise<unknown>;
};
const pageModule = page as PageModule;

/** Write-back comes from the capture engineer's page.ts (issue 3); until it is there, no button. */
export function canWriteBack(tabId: number | null): tabId is number {
  return tabId !== null && typeof pageModule.writeBack === 'function';
}

export async function writeBack(tabId: number, content: WriteBackContent): Promise<void> {
  if (!pageModule.writeBack) throw new Error('write-back is not available');
  await pageModule.writeBack(tabId, content);
}

export async function undoWriteBack(tabId: number): Promise<void> {
  if (!pageModule.undoWriteBack) throw new Error('undo is not available');
  await pageModule.undoWriteBack(tabId);
}
