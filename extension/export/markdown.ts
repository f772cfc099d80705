/**
 * The small Markdown subset Vaardig's rewrites use (headings, bullet and numbered lists,
 * paragraphs, **bold**), parsed into blocks. Rendering works from these blocks, never by
 * handing page or model text to innerHTML: untrusted text stays text.
 */
export interface Run {
  text: string;
  bold: boolean;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; runs: Run[] }
  | { type: 'list'; ordered: boolean; items: Run[][] }
  | { type: 'paragraph'; runs: Run[] };

const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

export function parseInline(text: string): Run[] {
  const runs: Run[] = [];
  // A whole line in _emphasis_ (the attribution) is shown as plain text.
  text = text.replace(/^_(.+)_$/, '$1');
  const parts = text.split(/(\*\*[^*]+\*\*)/);
  for (const part of parts) {
    if (!part) continue;
    const bold = part.startsWith('**') && part.endsWith('**') && part.length > 4;
    runs.push({ text: bold ? part.slice(2, -2) : part, bold });
  }
  return runs;
}

export function parseMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', runs: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = HEADING.exec(line);
    const item = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (!line.trim()) {
      flush();
    } else if (heading) {
      flush();
      const level = Math.min(heading[1]!.length, 3) as 1 | 2 | 3;
      blocks.push({ type: 'heading', level, runs: parseInline(heading[2]!.trim()) });
    } else if (item) {
      flush();
      const ordered = !BULLET.test(line);
      const last = blocks.at(-1);
      if (last?.type === 'list' && last.ordered === ordered) last.items.push(parseInline(item[1]!));
      else blocks.push({ type: 'list', ordered, items: [parseInline(item[1]!)] });
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

const runsToHtml = (runs: Run[]) => runs.map((run) => (run.bold ? `<strong>${escapeHtml(run.text)}</strong>` : escapeHtml(run.text))).join('');
const runsToText = (runs: Run[]) => runs.map((run) => run.text).join('');

/** HTML built from escaped text only: safe to paste into an editor or save as a file. */
export function blocksToHtml(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'heading') return `<h${block.level}>${runsToHtml(block.runs)}</h${block.level}>`;
      if (block.type === 'paragraph') return `<p>${runsToHtml(block.runs)}</p>`;
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${runsToHtml(item)}</li>`).join('')}</${tag}>`;
    })
    .join('\n');
}

/** Plain text for editors and fields that take no formatting. */
export function blocksToText(blocks: Block[], bullet = '•'): string {
  return blocks
    .map((block) => {
      if (block.type === 'list') return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : bullet} ${runsToText(item)}`).join('\n');
      return runsToText(block.runs);
    })
    .join('\n\n');
}
