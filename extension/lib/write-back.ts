import type { Vacancy } from '../../shared/schemas';
import { blocksToText, parseMarkdown } from './markdown';
import { undoWriteBack as undoOnPage, writeBack as writeOnPage } from './page';

/** Write-back needs the tab and the editor the vacancy was read from (capture sets `editor`). */
export function canWriteBack(tabId: number | null, vacancy: Vacancy): tabId is number {
  return tabId !== null && Boolean(vacancy.editor);
}

/**
 * The text an editor gets: headings as lines, bullets as "- ", as capture reads it. The engine puts
 * the title on top as a heading; an editor that held only the body does not get it added.
 */
export function editorText(markdown: string, original = ''): string {
  const blocks = parseMarkdown(markdown);
  const first = blocks[0];
  const title = first?.type === 'heading' && first.level === 1 ? first.runs.map((run) => run.text).join('').trim() : null;
  const keepTitle = !title || original.trimStart().toLowerCase().startsWith(title.toLowerCase());
  return blocksToText(keepTitle ? blocks : blocks.slice(1), '-');
}

export async function writeBack(tabId: number, vacancy: Vacancy, markdown: string): Promise<void> {
  if (!vacancy.editor) throw new Error('This vacancy was not read from an editor.');
  await writeOnPage(tabId, vacancy.editor, editorText(markdown, vacancy.text));
}

export async function undoWriteBack(tabId: number): Promise<void> {
  await undoOnPage(tabId);
}
