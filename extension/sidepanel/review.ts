import type { Change, LearningRoute, Requirement, Skill, Translation } from '../../shared/translation';
import type { CardVerdict } from '../store/db';

/**
 * What a card proposes: the engine's action that decides the requirement, by its own name. A warning
 * makes no card, and dropping a wording is proposed as other words (see `cardKind`).
 */
export type CardKind = Exclude<Change['action'], 'warn' | 'drop-wording'>;

/** One change as the user reviews it: the original requirement, the proposal, and why. */
export interface Card {
  id: string;
  kind: CardKind;
  requirement: Requirement;
  dayOne: Skill[];
  learnable: Skill[];
  /** The provenance: every engine change that concerns this requirement. */
  why: Change[];
  /** Learning routes that cover one of this card's skills. */
  routes: LearningRoute[];
  /** The rewrite changed or added lines for this requirement. */
  touched: boolean;
  /** What the rewrite proposes in the text: its added and changed lines, as the engine tied them. */
  lines: string[];
  /** The proposal says nothing new: the text stays as it is, or its lines repeat the original (#17). */
  same: boolean;
}

/** The card a change makes: its own action; dropping a wording is a rephrase, a warning no card. */
const cardKind = (action: Change['action']): CardKind | undefined => (action === 'warn' ? undefined : action === 'drop-wording' ? 'rephrase' : action);

function kindOf(requirement: Requirement, why: Change[], skills: Skill[]): CardKind {
  // The law wins over anything else an engine says: a legal requirement is never translated away.
  if (requirement.legal) return 'keep-legal';
  const fromChange = why.map((change) => cardKind(change.action)).find(Boolean);
  if (fromChange) return fromChange;
  if (requirement.kind === 'trait') return 'move-to-profile';
  if (skills.length === 0) return 'keep';
  return requirement.kind === 'diploma' || requirement.kind === 'education_level' ? 'translate' : 'rephrase';
}

/** Words only: a repeated line with another list mark, case or full stop is the same line. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** What the rewrite proposes for one requirement: its added and changed lines (never guessed). */
export function proposedLines(translation: Translation, requirementId: string): string[] {
  return translation.rewritten.blocks
    .filter((block) => block.kind !== 'kept' && block.role !== 'heading' && block.markdown.trim() && block.requirementIds.includes(requirementId))
    .map((block) => block.markdown.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim());
}

/** Cards in the vacancy's order; requirements that are kept unchanged come too, marked "keep". */
export function buildCards(translation: Translation): Card[] {
  // A requirement whose lines the rewrite changed or added to is always up for review, whatever the
  // engine called it: every change can be kept original (#14).
  const touched = new Set(translation.rewritten.blocks.filter((block) => block.kind !== 'kept').flatMap((block) => block.requirementIds));
  return translation.requirements.map((requirement) => {
    const skills = translation.skills.filter((skill) => skill.requirementIds.includes(requirement.id));
    const why = translation.changes.filter((change) => change.requirementId === requirement.id);
    const uris = new Set(skills.flatMap((skill) => (skill.uri ? [skill.uri] : [])));
    const base = kindOf(requirement, why, skills);
    const kind = base === 'keep' && touched.has(requirement.id) ? 'rephrase' : base;
    const lines = proposedLines(translation, requirement.id);
    const own = words(requirement.text);
    // Skills a diploma stands for are a proposal even when the text keeps its line; the law is always shown.
    const proposesSkills = kind === 'translate' && skills.length > 0;
    // A line that left its place for another section ("Je bent flexibel" to "Wie je bent") is a move
    // the user can undo, even in the same words.
    const moved = translation.rewritten.blocks.some(
      (block) => block.kind === 'changed' && !block.markdown.trim() && block.requirementIds.includes(requirement.id),
    );
    const same =
      kind !== 'keep-legal' && !proposesSkills && (!touched.has(requirement.id) || (!moved && lines.length > 0 && lines.every((line) => words(line) === own)));
    return {
      id: requirement.id,
      kind,
      requirement,
      dayOne: skills.filter((skill) => skill.mustHave),
      learnable: skills.filter((skill) => !skill.mustHave),
      why,
      routes: translation.learningRoutes.filter((route) => route.covers.some((uri) => uris.has(uri))),
      touched: touched.has(requirement.id),
      lines,
      same,
    };
  });
}

/**
 * Whether the user has anything to decide on this card: kept requirements need no review, and a
 * card whose proposal equals the original is not a card (#17). The law is always shown.
 */
export const reviewable = (card: Card): boolean => card.kind === 'keep-legal' || (card.kind !== 'keep' && !card.same);

/**
 * What the user can do with a card: accept, keep the original, edit. Legal requirements are pinned:
 * they can be reworded, never removed. Keeping the original removes nothing: the posting's own line
 * comes back in place of the cited one (#14), so a legal card offers it too.
 */
export function actionsFor(_card: Card): Array<CardVerdict['status']> {
  return ['accepted', 'rejected', 'edited'];
}

/**
 * The decision in force. An undecided card keeps the original (#17): only what the user accepted
 * (one by one, or all at once) changes the text. A requirement the rewrite left alone has nothing
 * to keep, so it stands as accepted (its skills stay with the vacancy).
 */
export function effective(card: Card, decision: CardVerdict | undefined): CardVerdict {
  if (!decision || decision.status === 'pending') return card.touched || reviewable(card) ? { status: 'rejected' } : { status: 'accepted' };
  if (decision.status === 'edited' && !decision.text?.trim()) return card.kind === 'keep-legal' ? { status: 'accepted' } : { status: 'rejected' };
  return decision;
}

/** Which kind of decision a card is, for the order and the filter (#17). */
export type Category = 'diploma' | 'legal' | 'experience' | 'other' | 'profile';
/** The order of the review: decisions that matter first, the person profile last. */
export const CATEGORIES: Category[] = ['diploma', 'legal', 'experience', 'other', 'profile'];

export function categoryOf(card: Card): Category {
  if (card.kind === 'keep-legal') return 'legal';
  if (card.kind === 'translate' || card.requirement.kind === 'diploma' || card.requirement.kind === 'education_level') return 'diploma';
  if (card.kind === 'move-to-profile' || card.requirement.kind === 'trait' || card.why.some((change) => change.action === 'drop-wording')) return 'profile';
  if (card.requirement.kind === 'experience') return 'experience';
  return 'other';
}

/** One decision in the review: a single card, or the person-profile card that groups the traits and wording (#17). */
export interface Decidable {
  id: string;
  category: Category;
  cards: Card[];
}

export const PROFILE_GROUP = 'person-profile';

/** The reviewable cards as decisions: diploma, law and experience first; traits and wording in one person-profile card. */
export function decidables(cards: Card[]): Decidable[] {
  const items: Decidable[] = [];
  const profile: Card[] = [];
  for (const card of cards.filter(reviewable)) {
    const category = categoryOf(card);
    if (category === 'profile') profile.push(card);
    else items.push({ id: card.id, category, cards: [card] });
  }
  if (profile.length) items.push({ id: PROFILE_GROUP, category: 'profile', cards: profile });
  // Stable: within a category the vacancy's order stays.
  return items.sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
}

/** A decision's status as the user set it: a group is decided when all its cards agree. */
export function statusOf(item: Decidable, decisions: Record<string, CardVerdict>): CardVerdict['status'] {
  const statuses = new Set(item.cards.map((card) => decisions[card.id]?.status ?? 'pending'));
  return statuses.size === 1 ? [...statuses][0]! : 'pending';
}

/** How many decisions still wait (a group counts once). */
export function undecided(cards: Card[], decisions: Record<string, CardVerdict>): number {
  return decidables(cards).filter((item) => statusOf(item, decisions) === 'pending').length;
}

/** "Accept all": every card not decided yet becomes accepted; what the user decided stays. */
export function acceptRest(cards: Card[], decisions: Record<string, CardVerdict>): Record<string, CardVerdict> {
  return Object.fromEntries(
    cards
      .filter((card) => reviewable(card) && (decisions[card.id]?.status ?? 'pending') === 'pending')
      .map((card) => [card.id, { status: 'accepted' as const }]),
  );
}
