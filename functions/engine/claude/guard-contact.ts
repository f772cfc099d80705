/**
 * Guard (#6, #14): the rewritten vacancy keeps what is not a requirement, contact details included.
 * Personal data went to the model as placeholders. Kept blocks come from the posting, so their
 * contact lines always stand; where the model's own text garbled a placeholder it goes, and where
 * a value is then missing from the text, the block that held it in the posting gets the draft's
 * text back, or the posting's lines that held it are added at the end, as they were.
 */
import { renderMarkdown } from '../../../shared/blocks';
import type { Warning } from '../../../shared/translation';
import { revert, rewriteModel, type Piece, type TextContext } from './blocks';

const TEXT = {
  nl: 'Het model liet contactgegevens weg; Vaardig heeft de oorspronkelijke regels teruggezet.',
  en: 'The model left out contact details; Vaardig put the original lines back.',
};
const PLACEHOLDER = /\[(?:EMAIL|PHONE|IBAN|NAME)_\d+\]/g;

export function guardContact(pieces: Piece[], ctx: TextContext, placeholders: Record<string, string>): { pieces: Piece[]; warnings: Warning[] } {
  let garbled = 0;
  let out = rewriteModel(pieces, ctx, (markdown) => markdown.replace(PLACEHOLDER, () => (garbled++, '')).replace(/[ \t]{2,}/g, ' '));
  const absent = () => {
    const markdown = renderMarkdown(
      out.map((piece) => piece.block),
      ctx.text,
    );
    return Object.values(placeholders).filter((value) => !markdown.includes(value));
  };
  let missing = absent();
  const restored = missing.length > 0;
  if (missing.length) {
    const held = (piece: Piece) =>
      !!piece.block.source && missing.some((value) => ctx.text.slice(piece.block.source!.start, piece.block.source!.end).includes(value));
    out = out.flatMap((piece) => (piece.from === 'model' && held(piece) ? (revert(piece, ctx.mapIds) ?? []) : [piece]));
    missing = absent();
  }
  if (missing.length) {
    const lines = ctx.text
      .split('\n')
      .filter((line) => missing.some((value) => line.includes(value)))
      .map((line) => line.trim());
    out = [...out, { block: { id: 'contact', kind: 'added', role: 'paragraph', markdown: lines.join('\n'), requirementIds: [] }, from: 'draft' }];
  }
  const warnings: Warning[] = garbled || restored ? [{ code: 'claude.contact-restored', message: TEXT[ctx.language], span: null }] : [];
  return { pieces: out, warnings };
}
