import { describe, expect, it } from 'vitest';
import { headingKind } from './sections';

describe('"About X" / "Over X" introduces the employer or its place, not the reader', () => {
  it.each([
    ['About Fort Worth?', 'about'],
    ['Over Adapta', 'about'],
    ['About you', 'requirements'],
    ['Over de functie', 'tasks'],
  ])('%s → %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });
});
