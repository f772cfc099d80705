import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surest } from './d1-source';

/** The plain definition: sum per offer, sort by sum (then id), take the first `limit`. */
function bySorting(lists: Array<Array<[number, number]>>, limit: number): number[] {
  const sums = new Map<number, number>();
  for (const list of lists) for (const [id, c] of list) sums.set(id, (sums.get(id) ?? 0) + c);
  return [...sums]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([id]) => id);
}

describe('surest', () => {
  it('keeps the offers a full sort would put first, in the same order', () => {
    const pair = fc.tuple(fc.integer({ min: 1, max: 60 }), fc.constantFrom(0.5, 0.6, 0.72, 0.75, 0.9, 1));
    fc.assert(
      fc.property(fc.array(fc.array(pair, { maxLength: 40 }), { maxLength: 30 }), fc.integer({ min: 1, max: 70 }), (lists, limit) => {
        expect(surest(lists, limit)).toEqual(bySorting(lists, limit));
      }),
      { numRuns: 500 },
    );
  });

  it('breaks ties by the lower id', () => {
    expect(
      surest(
        [
          [
            [7, 0.5],
            [3, 0.5],
          ],
          [[9, 1]],
        ],
        2,
      ),
    ).toEqual([9, 3]);
  });
});
