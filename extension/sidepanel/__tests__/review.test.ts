import { describe, expect, it } from 'vitest';
import { acceptRest, actionsFor, buildCards, decidables, effective, reviewable, statusOf, undecided } from '../review';
import { translation } from './translation-fixture';

describe('buildCards', () => {
  const cards = buildCards(translation);
  it.each([
    ['r1', 'translate', 2, 1],
    ['r2', 'keep-legal', 0, 0],
    ['r3', 'rephrase', 1, 0],
    ['r4', 'move-to-profile', 0, 0],
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
    const moved = {
      ...translation,
      changes: translation.changes.map((change) => (change.requirementId === 'r3' ? { ...change, action: 'keep' as const } : change)),
    };
    expect(buildCards(moved).find((c) => c.id === 'r3')!.kind).toBe('rephrase');
    const untouched = {
      ...moved,
      rewritten: {
        ...moved.rewritten,
        blocks: moved.rewritten.blocks.map((block) => ({ ...block, requirementIds: block.requirementIds.filter((id) => id !== 'r3') })),
      },
    };
    expect(buildCards(untouched).find((c) => c.id === 'r3')!.kind).toBe('keep');
  });

  it('keeps a legal requirement legal even when an engine says translate', () => {
    const odd = { ...translation, changes: [{ ...translation.changes[1]!, action: 'translate' as const }] };
    expect(buildCards(odd).find((c) => c.id === 'r2')!.kind).toBe('keep-legal');
  });
});

describe('decisions', () => {
  const legal = buildCards(translation).find((c) => c.id === 'r2')!;
  const diploma = buildCards(translation).find((c) => c.id === 'r1')!;
  it.each([
    // Skipping keeps the original (#17): only what the user accepts changes the text.
    [diploma, undefined, 'rejected'],
    [legal, undefined, 'rejected'],
    [diploma, { status: 'accepted' as const }, 'accepted'],
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

describe('decisions that matter first (#17)', () => {
  const cards = buildCards(translation);

  it('orders diploma, law and experience before the person profile, which groups the traits', () => {
    expect(decidables(cards).map((item) => [item.category, item.cards.map((card) => card.id)])).toEqual([
      ['diploma', ['r1']],
      ['legal', ['r2']],
      ['experience', ['r3']],
      ['profile', ['r4']],
    ]);
  });

  it('groups every trait and wording proposal into one person-profile card', () => {
    const traits = {
      ...translation,
      requirements: [...translation.requirements, { ...translation.requirements[3]!, id: 'r5', text: 'Je bent stressbestendig' }],
      changes: [
        ...translation.changes,
        { requirementId: 'r5', action: 'drop-wording' as const, rule: 'wording', concept: null, span: null, reason: 'woordkeuze' },
      ],
      rewritten: {
        ...translation.rewritten,
        blocks: [
          ...translation.rewritten.blocks,
          { id: 'x', kind: 'added' as const, role: 'item' as const, markdown: '- Je blijft rustig als het druk is', requirementIds: ['r5'] },
        ],
      },
    };
    const items = decidables(buildCards(traits));
    expect(items.filter((item) => item.category === 'profile')).toHaveLength(1);
    expect(items.at(-1)!.cards.map((card) => card.id)).toEqual(['r4', 'r5']);
  });

  it.each([
    ['the rewrite leaves it alone', [] as string[]],
    ['its proposal repeats the original', ['- Je bent flexibel en een echte teamspeler.']],
  ])('a card whose proposal equals the original is not a card: %s', (_name, markdown) => {
    const blocks = translation.rewritten.blocks
      .filter((block) => !block.requirementIds.includes('r4') || block.kind === 'kept')
      .concat(markdown.map((line, index) => ({ id: `s${index}`, kind: 'added' as const, role: 'item' as const, markdown: line, requirementIds: ['r4'] })));
    const card = buildCards({ ...translation, rewritten: { ...translation.rewritten, blocks } }).find((c) => c.id === 'r4')!;
    expect(card.same).toBe(true);
    expect(reviewable(card)).toBe(false);
  });

  it('a line moved to another section in the same words is a card: the user can keep it in place', () => {
    const blocks = translation.rewritten.blocks
      .filter((block) => !block.requirementIds.includes('r4') || block.kind === 'kept')
      .concat([
        { id: 'gone', kind: 'changed' as const, role: 'item' as const, markdown: '', requirementIds: ['r4'] },
        { id: 'who', kind: 'added' as const, role: 'item' as const, markdown: '- Je bent flexibel en een echte teamspeler.', requirementIds: ['r4'] },
      ]);
    const card = buildCards({ ...translation, rewritten: { ...translation.rewritten, blocks } }).find((c) => c.id === 'r4')!;
    expect(card.same).toBe(false);
    expect(reviewable(card)).toBe(true);
  });

  it('a legal card is always shown, and a diploma card that names skills is a proposal', () => {
    const untouched = {
      ...translation,
      rewritten: { ...translation.rewritten, blocks: translation.rewritten.blocks.filter((block) => block.kind === 'kept') },
    };
    const byId = new Map(buildCards(untouched).map((card) => [card.id, card]));
    expect(reviewable(byId.get('r2')!)).toBe(true);
    expect(reviewable(byId.get('r1')!)).toBe(true);
    expect(reviewable(byId.get('r3')!)).toBe(false);
    // Left alone, a requirement has no original to go back to: it stands (its skills stay).
    expect(effective(byId.get('r3')!, undefined).status).toBe('accepted');
  });

  it('a group is decided when all its cards agree', () => {
    const [group] = decidables(cards).filter((item) => item.category === 'profile');
    expect(statusOf(group!, {})).toBe('pending');
    expect(statusOf(group!, { r4: { status: 'accepted' } })).toBe('accepted');
  });

  it('"accept all" accepts only what is still open', () => {
    expect(acceptRest(cards, { r1: { status: 'rejected' }, r3: { status: 'edited', text: 'x' } })).toEqual({
      r2: { status: 'accepted' },
      r4: { status: 'accepted' },
    });
  });
});
