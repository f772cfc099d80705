import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GATES } from './cues';
import { RULES } from './warnings';
// (They add the gates of their own patterns.)
import './extract';
import './person-profile';
import './posting-tasks';

/**
 * A gate may only skip texts its pattern cannot match: every string the pattern matches must pass
 * the gate. fast-check writes strings matching each pattern without its look-arounds (they only
 * narrow where a match may sit) and without the `i` flag, which it cannot generate for: the gates
 * ignore case too, so a string and its other-case forms pass or fail a gate together.
 */
function core(pattern: RegExp): RegExp {
  const source = pattern.source.replace(/\(\?<?[!=](?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)/g, '').replaceAll('\\b', '');
  return new RegExp(`^(?:${source})$`, pattern.flags.replace(/[gi]/g, ''));
}

const gated = [
  ...[...GATES].map(([pattern, gate]) => ({ name: pattern.source.slice(0, 40), pattern, gate })),
  ...RULES.filter((r) => r.gate).map((r) => ({ name: r.code, pattern: r.pattern, gate: r.gate! })),
];

describe('plain-word gates before patterns', () => {
  it.each(gated.map((g) => [g.name, g] as const))('%s: whatever the pattern matches passes its gate', (_, { pattern, gate }) => {
    const matching = core(pattern);
    fc.assert(
      fc.property(fc.stringMatching(matching), (text) => {
        expect(gate.test(text)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('notices a gate that misses a word of its pattern', () => {
    expect(() =>
      fc.assert(
        fc.property(fc.stringMatching(/^(?:rijbewijs|vaarbewijs)$/), (text) => {
          expect(/rijbewijs/i.test(text)).toBe(true);
        }),
        { numRuns: 500 },
      ),
    ).toThrow();
  });
});
