/** Where the model's quotes sit in the vacancy, and whether two requirements are the same one. */
import type { Requirement, Span } from '../../../shared/translation';
import { normalize } from '../../taxonomy/normalize';

/** [start, end) of quote in text: exact, then case-insensitive, then ignoring runs of whitespace. */
export function locate(quote: string, text: string): Span | null {
  const needle = quote.trim();
  if (!needle) return null;
  let start = text.indexOf(needle);
  if (start < 0) start = text.toLowerCase().indexOf(needle.toLowerCase());
  if (start >= 0) return { start, end: start + needle.length };
  const pattern = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const match = new RegExp(pattern, 'i').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The same requirement: overlapping spans, or one's wording contains the other's. */
export function sameRequirement(a: Pick<Requirement, 'text' | 'span'>, b: Pick<Requirement, 'text' | 'span'>): boolean {
  if (a.span && b.span && overlaps(a.span, b.span)) return true;
  const x = normalize(a.text);
  const y = normalize(b.text);
  if (x.length < 3 || y.length < 3) return x === y;
  return x.includes(y) || y.includes(x);
}
