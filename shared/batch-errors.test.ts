import { describe, expect, it } from 'vitest';
import { BatchItemInput } from './batches';
import { BatchErrorCode, batchErrorMessage, inputErrorCode, readErrorCode } from './batch-errors';

const ENGLISH = /\b(the|this|and|upload it|again|file|text is)\b/i;
const DUTCH = /\b(de|het|dit|een|opnieuw|bestand)\b/i;

describe('batchErrorMessage', () => {
  it.each(BatchErrorCode.options)('%s says what happened and what to do, in Dutch and in English', (code) => {
    const nl = batchErrorMessage(code, 'nl', { attempts: 4 });
    const en = batchErrorMessage(code, 'en', { attempts: 4 });
    // Two sentences at least: what was wrong, then what to do.
    for (const words of [nl, en]) expect(words.split(/[.;]\s/).length, words).toBeGreaterThanOrEqual(2);
    expect(nl).not.toMatch(ENGLISH);
    expect(en).not.toMatch(DUTCH);
  });

  it('names the attempts when they are known', () => {
    expect(batchErrorMessage('not_translated', 'nl', { attempts: 5 })).toMatch(/^Dit item is na 5 pogingen niet vertaald/);
    expect(batchErrorMessage('not_translated', 'en', {})).toMatch(/^This item was not translated because of a fault/);
  });
});

describe('readErrorCode', () => {
  it.each([
    ['not_json', 'not_json'],
    [null, 'unknown'],
    ['Line 2 is not JSON; each line must be an object', 'unknown'],
  ] as const)('%s → %s', (stored, code) => expect(readErrorCode(stored)).toBe(code));
});

describe('inputErrorCode', () => {
  it.each([
    [{ text: '' }, 'empty_text'],
    [{ text: '  \n ' }, 'empty_text'],
    [{ title: 'Monteur' }, 'empty_text'],
    [{ title: 'Monteur', text: null }, 'empty_text'],
    [{ text: 'x'.repeat(256 * 1024 + 1) }, 'text_too_long'],
    [{ text: 'Monteur', title: 't'.repeat(501) }, 'title_too_long'],
    [{ text: 'Monteur', ref: 'r'.repeat(201) }, 'ref_too_long'],
    [{ text: 'Monteur', title: 't'.repeat(501), ref: 'r'.repeat(201) }, 'title_too_long'],
    [{ text: 42 }, 'not_an_item'],
    [{ text: 'Monteur', title: ['a'] }, 'not_an_item'],
    ['Monteur', 'not_an_item'],
    [[{ text: 'Monteur' }], 'not_an_item'],
    [null, 'not_an_item'],
  ] as const)('%j → %s', (value, code) => {
    const parsed = BatchItemInput.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(inputErrorCode(value, parsed.error!.issues)).toBe(code);
  });
});
