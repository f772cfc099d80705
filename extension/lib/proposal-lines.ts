import type { Translation } from '../../shared/schemas';
import type { Card } from './review';

/** A bullet line of the engine's rewrite, with its place in the Markdown. */
export interface ProposalLine {
  index: number;
  text: string;
}

const BULLET = /^\s*[-*•]\s+(.*)$/;
const normal = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const words = (text: string) => new Set(normal(text).split(/[^\p{L}]+/u).filter((word) => word.length >= 4));

/** How well a rewritten line matches a card: its original text, its skills, or shared words. */
function score(line: string, card: Card): number {
  const text = normal(line);
  if (text.includes(normal(card.requirement.text))) return 3;
  if ([...card.dayOne, ...card.learnable].some((skill) => text.includes(normal(skill.label)))) return 2;
  const own = words(card.requirement.text);
  if (own.size === 0) return 0;
  const shared = [...words(line)].filter((word) => own.has(word)).length;
  return shared / own.size >= 0.5 ? shared / own.size : 0;
}

/**
 * Which lines of the engine's rewritten Markdown came from which requirement. The engine says
 * what it did per requirement (changes) but writes the new wording as one text; this ties them
 * back together, each line to the one card it fits best.
 */
export function proposalLines(translation: Translation, cards: Card[], original = ''): Map<string, ProposalLine[]> {
  const source = new Set(original.split('\n').map((raw) => normal(raw.replace(BULLET, '$1').trim())));
  const byCard = new Map<string, ProposalLine[]>(cards.map((card) => [card.id, []]));
  translation.rewritten.markdown.split('\n').forEach((raw, index) => {
    const bullet = BULLET.exec(raw);
    if (!bullet) return;
    // A line the vacancy already had that is no requirement (a task, the offer) belongs to no card.
    const line = normal(bullet[1]!.trim());
    if (source.has(line) && !cards.some((card) => line.includes(normal(card.requirement.text)))) return;
    let best: { card: Card; value: number } | null = null;
    for (const card of cards) {
      const value = score(bullet[1]!, card);
      if (value > 0 && (!best || value > best.value)) best = { card, value };
    }
    if (best) byCard.get(best.card.id)!.push({ index, text: bullet[1]!.trim() });
  });
  return byCard;
}
