import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Block, Translation } from '../../shared/translation';
import { Evidence } from './evidence';
import { i18n } from '@/lib/i18n';
import { Message } from '@/lib/message';
import { wordSides, type Row } from './text-rows';

export interface BlockEditing {
  /** The blocks as saved: a block that differs is marked as edited and can be undone. */
  saved: Block[];
  onEdit: (id: string, plain: string) => void;
  onRestore: (id: string) => void;
}

/** The row's state in words; the section a line moved to or from is named in the vacancy's language (#17). */
function stateLabel(row: Row, language: string) {
  if (row.state !== 'moved-out' && row.state !== 'moved-in') return i18n.t(`reviewPage.row.${row.state}`);
  if (!row.movedWith) return i18n.t('reviewPage.movedPlain');
  return (
    <Message id={row.state === 'moved-out' ? 'reviewPage.row.movedOut' : 'reviewPage.row.movedIn'} parts={[<span lang={language}>{row.movedWith}</span>]} />
  );
}

/** One side of a row: named for screen readers in the interface language, the words in the vacancy's (`lang`). */
function Side({ side, name, language, children }: { side: 'before' | 'after'; name: string; language: string; children: ComponentChildren }) {
  return (
    <div class={side}>
      {children !== null && (
        <>
          <span class="visually-hidden">{name}: </span>
          <span lang={language}>{children}</span>
        </>
      )}
    </div>
  );
}

function Cells({ row, columns, language }: { row: Row; columns: [string, string]; language: string }) {
  if (row.state === 'changed' && row.before !== null && row.after !== null) {
    const sides = wordSides(row.before, row.after);
    return (
      <>
        <Side side="before" name={columns[0]} language={language}>
          {sides.before.map((p) => (p.removed ? <del>{p.value}</del> : p.value))}
        </Side>
        <Side side="after" name={columns[1]} language={language}>
          {sides.after.map((p) => (p.added ? <ins>{p.value}</ins> : p.value))}
        </Side>
      </>
    );
  }
  return (
    <>
      <Side side="before" name={columns[0]} language={language}>
        {row.before === null ? null : row.state === 'removed' ? <del>{row.before}</del> : row.before}
      </Side>
      <Side side="after" name={columns[1]} language={language}>
        {row.after === null ? null : row.state === 'added' ? <ins>{row.after}</ins> : row.after}
      </Side>
    </>
  );
}

/** A block's edit in place: its words in a textarea, Ctrl+Enter applies, Escape cancels. */
function BlockEditor({ row, onApply, onCancel }: { row: Row; onApply: (plain: string) => void; onCancel: () => void }) {
  const [value, setValue] = useState(row.after ?? '');
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  const id = `block-text-${row.key}`;
  return (
    <div class="block-editor">
      <label for={id}>{i18n.t('reviewPage.blockText')}</label>
      <textarea
        id={id}
        ref={area}
        rows={Math.max(2, value.split('\n').length + 1)}
        value={value}
        aria-describedby={`${id}-hint`}
        onInput={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onApply(value);
          }
        }}
      />
      <p class="muted" id={`${id}-hint`}>
        {i18n.t('reviewPage.blockHint')}
      </p>
      <div class="row">
        <button type="button" class="primary" onClick={() => onApply(value)}>
          {i18n.t('reviewPage.blockApply')}
        </button>
        <button type="button" onClick={onCancel}>
          {i18n.t('reviewPage.blockCancel')}
        </button>
      </div>
    </div>
  );
}

const sameBlock = (a: Block | undefined, b: Block | undefined) => !!a && !!b && a.kind === b.kind && a.markdown === b.markdown;

/**
 * The text in one scroll: one row per line, the original and what stands now side by side, the
 * evidence under the first line of each change, and (when editable) each block editable in place.
 * Long: markup, each row's states (same, changed, added, removed, edited) with its evidence.
 */
export function TextDiff({
  rows,
  language,
  translation,
  editing,
  testId = 'text-diff',
  label,
  columns = [i18n.t('reviewPage.original'), i18n.t('reviewPage.proposal')],
}: {
  rows: Row[];
  /** What the two sides are: the original and the proposal, or two versions. */
  columns?: [string, string];
  language: string;
  /** For the evidence beside each change. */
  translation?: Translation;
  editing?: BlockEditing | null;
  testId?: string;
  label: string;
}) {
  const [open, setOpen] = useState<string | null>(null);
  // After an edit the focus goes back to the row's own button (or, when the row went, the list).
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!focusAfter) return;
    const target = list.current?.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusAfter)}"]`) ?? list.current;
    target?.focus();
    setFocusAfter(null);
  }, [focusAfter, rows]);

  const saved = new Map((editing?.saved ?? []).map((b) => [b.id, b]));
  // Each requirement's evidence once, beside the first line it changed.
  const explained = new Set<string>();
  return (
    <>
      <div class="text-diff-head" aria-hidden="true">
        <span>{columns[0]}</span>
        <span>{columns[1]}</span>
      </div>
      <ol class="text-diff" data-testid={testId} aria-label={label} ref={list} tabIndex={-1}>
        {rows.map((row) => {
          const block = row.block;
          const edited = !!editing && !!block && !sameBlock(block, saved.get(block.id));
          const ids = translation && row.state !== 'same' ? row.requirementIds.filter((id) => !explained.has(id)) : [];
          ids.forEach((id) => explained.add(id));
          const name = (row.after ?? row.before ?? '').slice(0, 60);
          // A button's name holds the block's words: built from marked parts (the words in the vacancy's
          // language), since an aria-label has one language only (#17).
          const labelId = (action: string) => `${testId}-${action}-${block?.id ?? row.key}`;
          const label = (action: string, key: 'editBlockLabel' | 'blockRemoveLabel' | 'blockRestoreLabel') => (
            <span id={labelId(action)} hidden>
              <Message id={`reviewPage.${key}`} parts={[<span lang={language}>{name}</span>]} />
            </span>
          );
          return (
            <li key={row.key} class={`text-row state-${row.state} role-${row.role}`} data-testid="text-row" data-state={row.state} data-block={block?.id ?? ''}>
              <Cells row={row} columns={columns} language={language} />
              <div class="row-meta">
                <span class={`row-state state-${row.state}`}>{stateLabel(row, language)}</span>
                {edited && (
                  <span class="badge" data-testid="block-edited">
                    {i18n.t('reviewPage.blockEdited')}
                  </span>
                )}
                {editing && block && open !== block.id && (
                  <>
                    {row.state !== 'removed' && row.state !== 'moved-out' && (
                      <>
                        {label('edit', 'editBlockLabel')}
                        <button type="button" class="link" data-focus={`edit-${block.id}`} aria-labelledby={labelId('edit')} onClick={() => setOpen(block.id)}>
                          {i18n.t('reviewPage.editBlock')}
                        </button>
                      </>
                    )}
                    {row.state !== 'removed' && row.state !== 'moved-out' && (
                      <>
                        {label('remove', 'blockRemoveLabel')}
                        <button
                          type="button"
                          class="link"
                          aria-labelledby={labelId('remove')}
                          onClick={() => {
                            editing.onEdit(block.id, '');
                            setFocusAfter(saved.has(block.id) ? `undo-${block.id}` : 'list');
                          }}
                        >
                          {i18n.t('reviewPage.blockRemove')}
                        </button>
                      </>
                    )}
                    {edited && saved.has(block.id) && (
                      <>
                        {label('undo', 'blockRestoreLabel')}
                        <button
                          type="button"
                          class="link"
                          data-focus={`undo-${block.id}`}
                          aria-labelledby={labelId('undo')}
                          onClick={() => {
                            editing.onRestore(block.id);
                            setFocusAfter(`edit-${block.id}`);
                          }}
                        >
                          {i18n.t('reviewPage.undo')}
                        </button>
                      </>
                    )}
                  </>
                )}
              </div>
              {editing && block && open === block.id && (
                <BlockEditor
                  row={row}
                  onApply={(plain) => {
                    editing.onEdit(block.id, plain);
                    setOpen(null);
                    setFocusAfter(plain.trim() ? `edit-${block.id}` : `undo-${block.id}`);
                  }}
                  onCancel={() => {
                    setOpen(null);
                    setFocusAfter(`edit-${block.id}`);
                  }}
                />
              )}
              {ids.length > 0 && (
                <div class="row-evidence">
                  <Evidence translation={translation!} ids={ids} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
