import { blocksToText, parseMarkdown } from './markdown';

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
