/** How sure the engine is of an occupation, in words (#15). */
export type Certainty = 'certain' | 'likely' | 'unsure';

/**
 * The calibrated certainty (functions/engine/offline/occupation.ts) in three words: at 0.85 and up
 * the title is an ESCO label, and such claims were right 30 of 34 times on the tune half; the
 * engine claims from 0.75; below 0.5 it is more often wrong than right.
 */
export function certainty(score: number): Certainty {
  if (score >= 0.85) return 'certain';
  if (score >= 0.5) return 'likely';
  return 'unsure';
}
