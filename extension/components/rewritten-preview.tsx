import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { i18n } from '@/lib/i18n';
import { parseMarkdown, type Block, type Run } from '@/lib/markdown';

const runs = (items: Run[]): ComponentChildren => items.map((run, index) => (run.bold ? <strong key={index}>{run.text}</strong> : run.text));

function BlockView({ block }: { block: Block }) {
  if (block.type === 'heading') {
    // Inside the panel the preview's headings sit below the panel's own h2.
    const Tag = (['h3', 'h4', 'h5'] as const)[block.level - 1]!;
    return <Tag>{runs(block.runs)}</Tag>;
  }
  if (block.type === 'paragraph') return <p>{runs(block.runs)}</p>;
  const List = block.ordered ? 'ol' : 'ul';
  return <List>{block.items.map((item, index) => <li key={index}>{runs(item)}</li>)}</List>;
}

/** The rewritten vacancy, rendered as text nodes only: page and model text never becomes HTML. */
export function RewrittenPreview({ markdown, language }: { markdown: string; language: string }) {
  const blocks = useMemo(() => parseMarkdown(markdown), [markdown]);
  return (
    <section class="preview" data-testid="preview" aria-label={i18n.t('finish.preview')} lang={language} tabIndex={0}>
      {blocks.map((block, index) => <BlockView key={index} block={block} />)}
    </section>
  );
}
