/**
 * The vacancy as the user decided it (issue #14). The engine writes one rewrite, in blocks; the
 * panel only picks per block which text stands: a card's decision applies to the blocks whose
 * requirementIds include the card's requirement. Nothing here rewrites or guesses.
 */
import { decide, renderHtml, renderMarkdown, spliceText, type DecidedBlock, type Pick } from '../../shared/blocks';
import type { Block, Translation } from '../../shared/translation';
import type { Vacancy } from '../../shared/vacancy';
import type { CardVerdict } from '../store/db';
import { buildCards, effective } from './review';

type Status = 'accepted' | 'rejected' | 'edited';

/** Each requirement's decision in force (undecided keeps the original, #17; an empty edit keeps the original). */
function statuses(
  translation: Translation,
  decisions: Record<string, CardVerdict>,
  cards = buildCards(translation),
): Map<string, CardVerdict & { status: Status }> {
  return new Map(cards.map((card) => [card.id, effective(card, decisions[card.id]) as CardVerdict & { status: Status }]));
}

/** A requirement's edit written into one block: an item stays an item, prose keeps its other words. */
function edited(block: Block, edits: Array<{ id: string; text: string }>, translation: Translation, text: string): string {
  const words = edits.map((edit) => edit.text.replace(/\s+/g, ' ').trim());
  if (block.role === 'item') return `- ${words.join(' ')}`;
  if (block.kind === 'kept' && block.source) {
    // The posting's own sentence with the requirement's words replaced by the user's.
    let own = text.slice(block.source.start, block.source.end);
    const spans = edits.map((edit) => ({ edit, span: translation.requirements.find((r) => r.id === edit.id)?.span ?? null }));
    const inside = spans.every(({ span }) => span && span.start >= block.source!.start && span.end <= block.source!.end);
    if (inside) {
      for (const { edit, span } of spans.sort((a, b) => b.span!.start - a.span!.start)) {
        own = own.slice(0, span!.start - block.source.start) + edit.text.trim() + own.slice(span!.end - block.source.start);
      }
      return own.replace(/\s+/g, ' ').trim();
    }
  }
  return [block.markdown.trim(), ...words].filter(Boolean).join(' ');
}

/**
 * The pick for a translation's blocks as the user decided its cards.
 * - accepted: the block's own markdown;
 * - keep original: `null` (a changed block returns to its source text; an added block disappears
 *   once none of its requirements is accepted);
 * - edited: the user's text in the requirement's changed (or kept) block; its added blocks go.
 * A changed heading comes back as soon as one requirement under it is not accepted, so a kept or
 * edited line is never left under another section's heading.
 */
export function decisionPick(translation: Translation, text: string, decisions: Record<string, CardVerdict>): Pick {
  const cards = buildCards(translation);
  const byId = statuses(translation, decisions, cards);
  const status = (id: string): Status => byId.get(id)?.status ?? 'accepted';
  // A change tied to no requirement goes with the rewrite as a whole: it stands while any change the
  // rewrite made is accepted (or it made none), and goes when every one keeps its original.
  const changedCards = cards.filter((card) => card.touched);
  const rewriteStands = changedCards.length === 0 || changedCards.some((card) => byId.get(card.id)?.status === 'accepted');
  const wording = (id: string) => byId.get(id)?.text?.trim() ?? '';
  const blocks = translation.rewritten.blocks;
  // An edit shows in the posting's own block; one whose requirement has none takes its first added item.
  const placed = new Set(blocks.filter((block) => block.kind !== 'added' && block.role !== 'heading').flatMap((block) => block.requirementIds));
  const orphanHome = new Map<string, string>();
  for (const block of blocks) {
    if (block.kind !== 'added' || block.role === 'heading') continue;
    for (const id of block.requirementIds) if (status(id) === 'edited' && !placed.has(id) && !orphanHome.has(id)) orphanHome.set(id, block.id);
  }

  return (block) => {
    const ids = block.requirementIds;
    const edits = ids.filter((id) => status(id) === 'edited').map((id) => ({ id, text: wording(id) }));
    if (block.kind === 'kept') return edits.length && block.role !== 'heading' ? edited(block, edits, translation, text) : null;
    if (block.kind === 'added') {
      const homed = edits.filter((edit) => orphanHome.get(edit.id) === block.id);
      if (homed.length) return block.role === 'item' ? `- ${homed.map((edit) => edit.text).join(' ')}` : homed.map((edit) => edit.text).join(' ');
      if (ids.length === 0) return rewriteStands ? block.markdown : null;
      return ids.some((id) => status(id) === 'accepted') ? block.markdown : null;
    }
    if (ids.length === 0) return rewriteStands ? block.markdown : null;
    if (block.role === 'heading') return ids.every((id) => status(id) === 'accepted') ? block.markdown : null;
    if (ids.some((id) => status(id) === 'rejected')) return null;
    return edits.length ? edited(block, edits, translation, text) : block.markdown;
  };
}

/** The vacancy as decided, in every form the panel hands out. */
export interface DecidedVacancy {
  blocks: DecidedBlock[];
  /** Preview, Markdown and Word exports, review. */
  markdown: string;
  /** Rich editors, rich copy, HTML export. */
  html: string;
  /** Textareas and plain copy: the posting with the decided blocks spliced in. */
  text: string;
}

/**
 * A translation without blocks (a draft saved before #14, an engine that sent none): its Markdown as
 * added blocks, shown as it came. Decisions cannot be applied to it per block.
 */
function blocksOf(markdown: string): Block[] {
  return markdown
    .split(/\n{2,}/)
    .flatMap((part) => (part.split('\n').every((line) => /^\s*(?:[-*•]|\d+[.)])\s+/.test(line)) ? part.split('\n') : [part]))
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part, index) => ({
      id: `m${index + 1}`,
      kind: 'added' as const,
      role: /^#{1,6}\s/.test(part) ? ('heading' as const) : /^\s*(?:[-*•]|\d+[.)])\s+/.test(part) ? ('item' as const) : ('paragraph' as const),
      markdown: part,
      requirementIds: [],
    }));
}

/** The ESCO attribution as a line of its own: it belongs in the panel and the exports' metadata, not the vacancy (#14). */
const attributionLine = (block: Block, attribution: string) =>
  block.kind !== 'kept' && !!attribution.trim() && block.markdown.replace(/^[\s_*]+|[\s_*]+$/g, '') === attribution.trim();

export function decidedVacancy(translation: Translation, vacancy: Vacancy, decisions: Record<string, CardVerdict>): DecidedVacancy {
  const own = translation.rewritten.blocks.filter((block) => !attributionLine(block, translation.attribution));
  const blocks = own.length
    ? own
    : blocksOf(translation.rewritten.markdown || vacancy.text).filter((block) => !attributionLine(block, translation.attribution));
  const text = own.length ? vacancy.text : '';
  const pick = own.length ? decisionPick(translation, text, decisions) : undefined;
  return {
    blocks: decide(blocks, text, pick),
    markdown: renderMarkdown(blocks, text, pick),
    html: renderHtml(blocks, text, pick),
    text: own.length ? spliceText(text, blocks, pick) : spliceText('', blocks),
  };
}

/** The translation as the user decided it: what goes to review and into history. */
export function appliedTranslation(translation: Translation, vacancy: Vacancy, decisions: Record<string, CardVerdict>): Translation {
  const decided = decidedVacancy(translation, vacancy, decisions);
  const dropped = new Set([...statuses(translation, decisions)].filter(([, decision]) => decision.status !== 'accepted').map(([id]) => id));
  return {
    ...translation,
    skills: translation.skills.filter((skill) => skill.requirementIds.length === 0 || skill.requirementIds.some((id) => !dropped.has(id))),
    rewritten: {
      ...translation.rewritten,
      markdown: decided.markdown,
      // The blocks as decided: what stands is each block's markdown now.
      blocks: decided.blocks
        .filter((d) => translation.rewritten.blocks.includes(d.block))
        .map((d) => ({ ...d.block, kind: d.state === 'kept' ? 'kept' : d.block.kind, markdown: d.markdown })),
    },
  };
}
