import type { ComponentChildren } from 'preact';
import type { DecidedBlock, DecidedState } from '../../../shared/blocks';
import { i18n } from '@/lib/i18n';
import { parseMarkdown, type Block, type Run } from '@/export/markdown';

const runs = (items: Run[]): ComponentChildren => items.map((run, index) => (run.bold ? <strong key={index}>{run.text}</strong> : run.text));

/** What changed, said for screen readers too: colour alone is not enough. */
function Mark({ state, children }: { state: DecidedState; children: ComponentChildren }) {
  if (state === 'kept' || state === 'removed') return <>{children}</>;
  return (
    <ins>
      <span class="visually-hidden">{state === 'added' ? i18n.t('finish.blockAdded') : i18n.t('finish.blockChanged')}: </span>
      {children}
    </ins>
  );
}

type Piece = { state: DecidedState; id: string; block: Block };

/** The decided blocks as Markdown blocks, each knowing whether it is kept, changed or added. */
function pieces(blocks: DecidedBlock[]): Piece[] {
  return blocks.flatMap((decided) =>
    decided.state === 'removed'
      ? []
      : parseMarkdown(decided.markdown).map((block, index) => ({ state: decided.state, id: `${decided.block.id}.${index}`, block })),
  );
}

/** Changed and added blocks carry a class too, so the preview marks them beside the text (#17). */
const markClass = (state: DecidedState) => (state === 'changed' || state === 'added' ? `mark mark-${state}` : undefined);

function PieceView({ piece }: { piece: Piece }) {
  const { block, state } = piece;
  const mark = markClass(state);
  if (block.type === 'heading') {
    // Inside the panel the preview's headings sit below the panel's own h2.
    const Tag = (['h3', 'h4', 'h5'] as const)[Math.max(0, block.level - 2)] ?? 'h5';
    return (
      <Tag data-state={state} class={mark}>
        <Mark state={state}>{runs(block.runs)}</Mark>
      </Tag>
    );
  }
  if (block.type === 'paragraph')
    return (
      <p data-state={state} class={mark}>
        <Mark state={state}>{runs(block.runs)}</Mark>
      </p>
    );
  return (
    <>
      {block.items.map((item, index) => (
        <li key={index} data-state={state} class={mark}>
          <Mark state={state}>{runs(item)}</Mark>
        </li>
      ))}
    </>
  );
}

/**
 * The rewritten vacancy as decided, block by block: changed and added text is marked (what changed
 * is visible); what the rewrite removed is simply not there, so the preview can be copied as it is. Rendered as text nodes only: page and model text
 * never becomes HTML.
 */
export function RewrittenPreview({ blocks, language }: { blocks: DecidedBlock[]; language: string }) {
  const all = pieces(blocks);
  // Consecutive list items share one list, whichever blocks they came from.
  const groups: Piece[][] = [];
  for (const piece of all) {
    const last = groups.at(-1);
    if (piece.block.type === 'list' && last?.[0]?.block.type === 'list' && (last[0].block as { ordered: boolean }).ordered === piece.block.ordered)
      last.push(piece);
    else groups.push([piece]);
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is reached by keyboard (axe: scrollable-region-focusable)
    <section class="preview" data-testid="preview" aria-label={i18n.t('finish.preview')} lang={language} tabIndex={0}>
      {groups.map((group) => {
        const first = group[0]!;
        if (first.block.type !== 'list') return <PieceView key={first.id} piece={first} />;
        const List = first.block.ordered ? 'ol' : 'ul';
        return (
          <List key={first.id}>
            {group.map((piece) => (
              <PieceView key={piece.id} piece={piece} />
            ))}
          </List>
        );
      })}
    </section>
  );
}
