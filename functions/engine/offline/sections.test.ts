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

describe('a Markdown heading is a heading whatever it says (#16)', () => {
  it.each([
    ['## Conditions of employment', 'offer'],
    ['## Job requirements', 'requirements'],
    ['## Faculty of Applied Things and Sciences', 'other'],
    ['#### A long title line of a posting that runs on well past sixty characters', 'other'],
  ])('%s → %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });
});
