import type { Requirement } from '../../shared/translation';

export interface Gold {
  quote: string;
  kind: string;
  legal: boolean;
  mandatory: boolean;
  note?: string;
  start: number;
  end: number;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** A predicted requirement matches a gold one when they share at least half of the shorter span. */
export function matches(pred: Requirement, gold: Gold): number {
  if (!pred.span) return 0;
  const o = overlap(pred.span, gold);
  const shorter = Math.min(pred.span.end - pred.span.start, gold.end - gold.start);
  return shorter > 0 && o / shorter >= 0.5 ? o : 0;
}

export function bestMatch<T>(items: T[], score: (item: T) => number): T | null {
  let best: T | null = null;
  let bestScore = 0;
  for (const item of items) {
    const s = score(item);
    if (s > bestScore) {
      best = item;
      bestScore = s;
    }
  }
  return best;
}
