import type { Change, LearningRoute, Requirement, Skill, Translation } from '../../shared/schemas';
import type { Decision } from './db';

/** How a requirement is handled: what the card proposes. */
export type CardKind = 'translate' | 'legal' | 'profile' | 'rephrase' | 'keep';

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
}

const FROM_ACTION: Partial<Record<Change['action'], CardKind>> = {
  'keep-legal': 'legal',
  translate: 'translate',
  'move-to-profile': 'profile',
  rephrase: 'rephrase',
  'drop-wording': 'rephrase',
  keep: 'keep',
};

function kindOf(requirement: Requirement, why: Change[], skills: Skill[]): CardKind {
  // The law wins over anything else an engine says: a legal requirement is never translated away.
  if (requirement.legal) return 'legal';
  const fromChange = why.map((change) => FROM_ACTION[change.action]).find(Boolean);
  if (fromChange) return fromChange;
  if (requirement.kind === 'trait') return 'profile';
  if (skills.length === 0) return 'keep';
  return requirement.kind === 'diploma' || requirement.kind === 'education_level' ? 'translate' : 'rephrase';
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
    return {
      id: requirement.id,
      kind: ((kind) => (kind === 'keep' && touched.has(requirement.id) ? 'rephrase' : kind))(kindOf(requirement, why, skills)),
      requirement,
      dayOne: skills.filter((skill) => skill.mustHave),
      learnable: skills.filter((skill) => !skill.mustHave),
      why,
      routes: translation.learningRoutes.filter((route) => route.covers.some((uri) => uris.has(uri))),
    };
  });
}

/** Whether the user has anything to decide on this card (kept requirements need no review). */
export const reviewable = (card: Card): boolean => card.kind !== 'keep';

/**
 * What the user can do with a card: accept, keep the original, edit. Legal requirements are pinned:
 * they can be reworded, never removed. Keeping the original removes nothing: the posting's own line
 * comes back in place of the cited one (#14), so a legal card offers it too.
 */
export function actionsFor(_card: Card): Array<Decision['status']> {
  return ['accepted', 'rejected', 'edited'];
}

/** The decision in force: an undecided card counts as accepted, as the engine proposed it. */
export function effective(card: Card, decision: Decision | undefined): Decision {
  if (!decision || decision.status === 'pending') return { status: 'accepted' };
  if (decision.status === 'edited' && !decision.text?.trim()) return card.kind === 'legal' ? { status: 'accepted' } : { status: 'rejected' };
  return decision;
}

/** How many reviewable cards still wait for a decision. */
export function undecided(cards: Card[], decisions: Record<string, Decision>): number {
  return cards.filter((card) => reviewable(card) && (decisions[card.id]?.status ?? 'pending') === 'pending').length;
}
