import { describe, expect, it } from 'vitest';
import { actionsFor, buildCards, effective, undecided } from '../review';
import { translation } from './translation-fixture';

describe('buildCards', () => {
  const cards = buildCards(translation);
  it.each([
    ['r1', 'translate', 2, 1],
    ['r2', 'legal', 0, 0],
    ['r3', 'rephrase', 1, 0],
    ['r4', 'profile', 0, 0],
  ])('%s is a %s card with %i day-one and %i learnable skills', (id, kind, dayOne, learnable) => {
    const card = cards.find((c) => c.id === id)!;
    expect(card.kind).toBe(kind);
    expect(card.dayOne).toHaveLength(dayOne);
    expect(card.learnable).toHaveLength(learnable);
    expect(card.why.length).toBeGreaterThan(0);
  });

  it('ties learning routes to the cards whose skills they cover', () => {
    expect(cards.find((c) => c.id === 'r1')!.routes).toHaveLength(1);
    expect(cards.find((c) => c.id === 'r4')!.routes).toHaveLength(0);
  });

  it('puts a requirement the rewrite moved up for review, even when the engine says keep', () => {
    const moved = { ...translation, changes: translation.changes.map((change) => (change.requirementId === 'r3' ? { ...change, action: 'keep' as const } : change)) };
    expect(buildCards(moved).find((c) => c.id === 'r3')!.kind).toBe('rephrase');
    const untouched = { ...moved, rewritten: { ...moved.rewritten, blocks: moved.rewritten.blocks.map((block) => ({ ...block, requirementIds: block.requirementIds.filter((id) => id !== 'r3') })) } };
    expect(buildCards(untouched).find((c) => c.id === 'r3')!.kind).toBe('keep');
  });

  it('keeps a legal requirement legal even when an engine says translate', () => {
    const odd = { ...translation, changes: [{ ...translation.changes[1]!, action: 'translate' as const }] };
    expect(buildCards(odd).find((c) => c.id === 'r2')!.kind).toBe('legal');
  });
});

describe('decisions', () => {
  const legal = buildCards(translation).find((c) => c.id === 'r2')!;
  const diploma = buildCards(translation).find((c) => c.id === 'r1')!;
  it.each([
    [diploma, undefined, 'accepted'],
    [diploma, { status: 'rejected' as const }, 'rejected'],
    [diploma, { status: 'edited' as const, text: '  ' }, 'rejected'],
    [legal, { status: 'rejected' as const }, 'rejected'],
    [legal, { status: 'edited' as const, text: '' }, 'accepted'],
  ])('%#: effective status', (card, decision, status) => {
    expect(effective(card, decision).status).toBe(status);
  });

  // Keeping the original of a legal card brings the posting's own line back (compose.test.ts checks
  // the requirement stays in the text whatever is decided); nothing offers to remove it.
  it('offers accept, keep original and edit on every card, legal ones too', () => {
    expect(actionsFor(legal)).toEqual(['accepted', 'rejected', 'edited']);
    expect(actionsFor(diploma)).toEqual(['accepted', 'rejected', 'edited']);
  });

  it('counts the cards still waiting', () => {
    const cards = buildCards(translation);
    expect(undecided(cards, {})).toBe(4);
    expect(undecided(cards, { r1: { status: 'accepted' } })).toBe(3);
  });
});
