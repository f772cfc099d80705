import { describe, expect, it } from 'vitest';
import { certainty } from '../occupation';

describe('certainty', () => {
  it.each([
    [0.9, 'certain'],
    [0.85, 'certain'],
    [0.84, 'likely'],
    [0.75, 'likely'],
    [0.49, 'unsure'],
    [0.05, 'unsure'],
  ] as const)('%s is %s', (score, words) => {
    expect(certainty(score)).toBe(words);
  });
});
