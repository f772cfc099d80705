import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseYAML as parse } from 'confbox';
import { describe, expect, it } from 'vitest';
import { Role } from '../../../shared/profiles';
import { Change, LearningForm, RequirementKind } from '../../../shared/translation';
import { keyPart } from '../message-key';

const dir = join(__dirname, '../../locales');
const load = (name: string) => parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
const PLURAL = /^(0|1|n)$/;

function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    const isPlural = value && typeof value === 'object' && Object.keys(value).every((k) => PLURAL.test(k));
    return value && typeof value === 'object' && !isPlural ? keys(value as Record<string, unknown>, `${path}.`) : [path];
  });
}

describe('locales', () => {
  const en = keys(load('en.yml'));
  it.each(readdirSync(dir).filter((file) => file.endsWith('.yml')))('%s has exactly the English keys', (file) => {
    expect(keys(load(file)).sort()).toEqual([...en].sort());
  });

  it('names every requirement kind and every decision status (keys built at run time)', () => {
    for (const kind of RequirementKind.options) expect(en).toContain(`kind.${kind}`);
    for (const status of ['pending', 'accepted', 'rejected', 'edited']) expect(en).toContain(`review.status.${status}`);
    for (const form of LearningForm.options) expect(en).toContain(`routes.form.${keyPart(form)}`);
  });

  it('names what the review page builds keys from at run time: kinds, actions, learning forms, roles', () => {
    for (const kind of RequirementKind.options) expect(en).toContain(`reviewPage.kind.${kind}`);
    for (const action of [...Change.shape.action.options, 'none']) expect(en).toContain(`reviewPage.action.${keyPart(action)}`);
    for (const form of LearningForm.options) expect(en).toContain(`reviewPage.form.${keyPart(form)}`);
    for (const role of [...Role.options, 'bootstrap']) expect(en).toContain(`reviewPage.role.${role}`);
  });

  // WXT reads a group whose keys are all numbers (or n) as one plural message, so `{ 400: …, 413: … }` would be one message.
  it('has groups of number keys only as plurals (0, 1, n)', () => {
    const groups = (tree: Record<string, unknown>): string[][] =>
      Object.values(tree).flatMap((value) => (value && typeof value === 'object' ? [Object.keys(value), ...groups(value as Record<string, unknown>)] : []));
    const numbered = groups(load('en.yml')).filter((names) => names.every((name) => name === 'n' || Number.isFinite(Number(name))));
    for (const names of numbered)
      expect(
        names.every((name) => PLURAL.test(name)),
        names.join(', '),
      ).toBe(true);
  });

  // Vaardig rewrites a vacancy; "vertalen" and "translate" read as changing its language (#17).
  // (An ESCO label that is not translated into Dutch is about language, and stays.)
  it.each([
    ['nl.yml', /vertaal|vertal/i],
    ['en.yml', /translat/i],
  ])('%s speaks of rewriting, not translating', (file, word) => {
    const values = (tree: unknown): string[] => (typeof tree === 'string' ? [tree] : Object.values(tree as object).flatMap(values));
    expect(values(load(file)).filter((text) => word.test(text))).toEqual([]);
  });

  it('uses only characters browsers accept in message names', () => {
    for (const key of en) expect(key.replaceAll('.', '_')).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});
