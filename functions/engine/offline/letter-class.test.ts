import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The engine's regexes spell a letter [A-Za-zÀ-ÖØ-öø-ɏ], not \p{L}: V8 compiles a \p{L} regex in
 * ~0.2 ms, with /i ~0.5 ms (684 ranges and their case closure), again when it tiers up and again for
 * two-byte text; a cold Worker isolate's first translation spent ~60 of its ~230 ms CPU on them (#15).
 * Vaardig translates Dutch and English postings only: Latin letters are the letters they have.
 */
const ENGINE = ['functions/engine/offline', 'functions/legal'];
const SHARED_ON_THE_PATH = ['shared/region.ts', 'shared/skill-wording.ts'];

const files = [
  ...ENGINE.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => join(dir, file)),
  ),
  ...SHARED_ON_THE_PATH,
];

describe('the engine regexes', () => {
  it.each(files)('%s has no \\p{L}', (file) => {
    expect(readFileSync(file, 'utf8')).not.toContain('p{L}');
  });
});
