/**
 * Claude's rewrite as blocks (issue #14). The offline engine's blocks of the same vacancy are the
 * draft; the model rewrites its changed and added blocks by id and may add new ones. Every kept
 * block is the posting's own, taken from the draft and never from the model's text: a model block
 * for a kept line stands only where the line holds a requirement (it then becomes a changed block
 * with the draft's source), otherwise the posting's line stays and a warning says so. The model
 * never gives a source: kinds, roles and sources come from the draft.
 */
import type { Block, Requirement, Span, Translation, Warning } from '../../../shared/translation';
import type { Answer } from './answer';
import { sameRequirement } from './spans';

export interface Piece {
  block: Block;
  /** Who wrote the text: the posting itself (kept), the rules' draft, or the model. */
  from: 'posting' | 'draft' | 'model';
  /** The draft block the model's text stands in for; none for a block the model added. */
  draft?: Block;
}

const TEXT = {
  nl: {
    kept: (ids: string) => `Het model herschreef regels van de vacature die geen eis bevatten (${ids}); Vaardig houdt de oorspronkelijke tekst.`,
    unknown: (ids: string) => `Het model noemde blokken die de vacature niet heeft (${ids}); Vaardig liet ze weg.`,
  },
  en: {
    kept: (ids: string) => `The model rewrote lines of the posting that hold no requirement (${ids}); Vaardig keeps the original text.`,
    unknown: (ids: string) => `The model named blocks the posting does not have (${ids}); Vaardig left them out.`,
  },
};

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
/** Requirements that change where they stand; skills, languages and conditions stay word for word. */
const CHANGING = new Set<Requirement['kind']>(['diploma', 'education_level', 'experience', 'trait', 'certificate', 'licence']);
const unique = (ids: string[]) => [...new Set(ids)];

/** Offline requirement ids → the ids of the same requirements in the Claude translation. */
export function idMapper(offline: Translation, requirements: Requirement[]): (ids: string[]) => string[] {
  const byId = new Map(offline.requirements.map((r) => [r.id, r]));
  return (ids) =>
    unique(
      ids.flatMap((id) => {
        const rule = byId.get(id);
        return rule ? requirements.filter((r) => sameRequirement(r, rule)).map((r) => r.id) : [];
      }),
    );
}

/** A draft block as it stands in Claude's rewrite: the posting's or the rules' text, ids mapped. */
export function fromDraft(block: Block, mapIds: (ids: string[]) => string[]): Piece {
  return { block: { ...block, requirementIds: mapIds(block.requirementIds) }, from: block.kind === 'kept' ? 'posting' : 'draft' };
}

const BULLET = /^\s*(?:[-–—•*·▪●◦○■□➢➤►✓✔+]|\d+[.)])\s+/u;
const HEADING = /^\s*#{1,6}\s+/;

/** The model's text held to the block's role: one heading line, list items, or prose without heading marks. */
export function shape(markdown: string, role: Block['role']): string {
  const lines = markdown
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (role === 'heading') {
    const first = lines[0]?.replace(HEADING, '').replace(BULLET, '').trim();
    return first ? `### ${first}` : '';
  }
  if (role === 'item') {
    return lines
      .map((line) =>
        line
          .replace(HEADING, '')
          .replace(BULLET, '')
          .replace(/^[-–—•*+]$/u, '')
          .trim(),
      )
      .filter(Boolean)
      .map((line) => `- ${line}`)
      .join('\n');
  }
  return lines.map((line) => line.replace(HEADING, '')).join('\n');
}

export interface Merged {
  pieces: Piece[];
  warnings: Warning[];
}

/**
 * The draft with the model's blocks merged in. `answerIds` maps the answer's requirement ids to the
 * translation's; `requirements` are the translation's after the requirement guards.
 * Long: the model's blocks merged into the draft in order; the steps share its id maps.
 */
export function mergeBlocks(answer: Answer, offline: Translation, requirements: Requirement[], answerIds: Map<string, string>): Merged {
  const lang = offline.language;
  const mapIds = idMapper(offline, requirements);
  const ownIds = (ids: string[]) => ids.flatMap((id) => answerIds.get(id) ?? []);
  const inSource = (source: Span | undefined) => (source ? requirements.filter((r) => r.span && overlaps(r.span, source)).map((r) => r.id) : []);
  const draft = offline.rewritten.blocks;
  const byId = new Map(draft.map((block) => [block.id, block]));
  const written = new Map<string, Answer['rewritten']['blocks'][number]>();
  const unknown: string[] = [];
  const refused: string[] = [];
  for (const block of answer.rewritten.blocks) {
    if (!byId.has(block.id)) unknown.push(block.id);
    else if (!written.has(block.id)) written.set(block.id, block);
  }

  const pieces: Piece[] = draft.map((block) => {
    const own = written.get(block.id);
    if (!own) return fromDraft(block, mapIds);
    if (block.kind === 'kept') {
      // Only a line that holds a requirement that changes may change; headings and metadata never do.
      const holds = inSource(block.source);
      const changing = requirements.some((r) => holds.includes(r.id) && CHANGING.has(r.kind));
      if (!changing || block.role === 'heading' || block.role === 'meta') {
        refused.push(block.id);
        return fromDraft(block, mapIds);
      }
      const ids = unique([...ownIds(own.requirementIds), ...holds]);
      return { block: { ...block, kind: 'changed', markdown: shape(own.markdown, block.role), requirementIds: ids }, from: 'model', draft: block };
    }
    const ids = unique([...ownIds(own.requirementIds), ...mapIds(block.requirementIds), ...inSource(block.source)]);
    return { block: { ...block, markdown: shape(own.markdown, block.role), requirementIds: ids }, from: 'model', draft: block };
  });

  // New blocks follow the draft block they name, in the model's order; an unknown anchor means
  // after the last block the rules changed or added (where the requirements were).
  const anchor = pieces.reduce((last, piece, i) => (piece.block.kind !== 'kept' ? i : last), pieces.length - 1);
  const after = new Map<number, Piece[]>();
  const taken = new Set(draft.map((block) => block.id));
  let n = 0;
  const newId = () => {
    let id: string;
    do id = `c${++n}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
  for (const extra of answer.rewritten.newBlocks) {
    const markdown = shape(extra.markdown, extra.role);
    if (!markdown) continue;
    const at = pieces.findIndex((piece) => piece.block.id === extra.after);
    if (at < 0) unknown.push(extra.after);
    const index = at < 0 ? anchor : at;
    const list = after.get(index) ?? [];
    list.push({ block: { id: newId(), kind: 'added', role: extra.role, markdown, requirementIds: unique(ownIds(extra.requirementIds)) }, from: 'model' });
    after.set(index, list);
  }
  const out = pieces.flatMap((piece, i) => [piece, ...(after.get(i) ?? [])]);
  if (!pieces.length) out.push(...(after.get(-1) ?? []));

  const warnings: Warning[] = [];
  if (refused.length) warnings.push({ code: 'claude.kept-block', message: TEXT[lang].kept(refused.join(', ')), span: null });
  if (unknown.length) warnings.push({ code: 'claude.block-unknown', message: TEXT[lang].unknown(unique(unknown).join(', ')), span: null });
  return { pieces: out, warnings };
}

/** A model block back to the draft's text (a block the model added disappears). */
export function revert(piece: Piece, mapIds: (ids: string[]) => string[]): Piece | null {
  if (piece.from !== 'model') return piece;
  return piece.draft ? fromDraft(piece.draft, mapIds) : null;
}

/** What the text guards work with. */
export interface TextContext {
  /** The request text the blocks' sources point into. */
  text: string;
  language: Translation['language'];
  mapIds: (ids: string[]) => string[];
}

/**
 * Model pieces with new text; one that a guard left empty (while the model had written something)
 * goes back to the draft's text, or disappears when the model added it.
 */
export function rewriteModel(pieces: Piece[], ctx: TextContext, edit: (markdown: string, piece: Piece) => string): Piece[] {
  return pieces.flatMap((piece) => {
    if (piece.from !== 'model') return [piece];
    const markdown = edit(piece.block.markdown, piece);
    if (markdown === piece.block.markdown) return [piece];
    if (!markdown.trim()) return revert(piece, ctx.mapIds) ?? [];
    return [{ ...piece, block: { ...piece.block, markdown } }];
  });
}

/**
 * What Claude's blocks must be, whatever happened before: kept blocks exactly the draft's (the
 * posting's own text and span), changed blocks on a draft block's source, added blocks without
 * one, ids unique. Returns what is wrong, or null.
 */
export function blockProblem(blocks: Block[], offline: Translation): string | null {
  const draft = new Map(offline.rewritten.blocks.map((block) => [block.id, block]));
  const seen = new Set<string>();
  for (const block of blocks) {
    if (seen.has(block.id)) return `block ${block.id} twice`;
    seen.add(block.id);
    const own = draft.get(block.id);
    if (
      block.kind === 'kept' &&
      (own?.kind !== 'kept' || own.markdown !== block.markdown || own.source?.start !== block.source?.start || own.source?.end !== block.source?.end)
    ) {
      return `kept block ${block.id} differs from the posting`;
    }
    if (block.kind === 'changed' && (!own?.source || !block.source || own.source.start !== block.source.start || own.source.end !== block.source.end)) {
      return `changed block ${block.id} has a source the posting does not give it`;
    }
    if (block.kind === 'added' && block.source) return `added block ${block.id} has a source`;
  }
  return null;
}
