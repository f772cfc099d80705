import { describe, expect, it } from 'vitest';
import data from '../data/funding.json';
import { ENTRIES } from './funding';

describe('funding hints (functions/data/funding.json)', () => {
  it('gives every hint a source, a checked date and, where it links, a working http(s) link as written', () => {
    expect(ENTRIES.length).toBeGreaterThan(0);
    for (const [index, entry] of ENTRIES.entries()) {
      expect(entry.source, entry.id).not.toBe('');
      expect(entry.checked, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const written = (data.hints[index] as { url?: string | null }).url ?? null;
      // A deployer's typo (no scheme, javascript:) would show here as a changed or dropped link.
      expect(entry.url, entry.id).toBe(written === null ? null : new URL(written).href);
    }
  });
});
