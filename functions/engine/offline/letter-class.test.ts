import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
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

/**
 * The `u` flag only where the pattern needs it: a property escape (\p{Lu}), a code point escape
 * (\u{…}) or a character outside the BMP. V8 compiles an /iu regex about 1.5 times as long as the same
 * /i one (Unicode case folding), and the first translation compiles some 700 (#15). Without `u` a
 * pattern of BMP characters matches the same Dutch and English text (not a lone surrogate's half of
 * an emoji differently, nor "ſ" as "s": postings do not write those).
 */
const NEEDS_U = /\\[pP]\{|\\u\{|[\u{10000}-\u{10FFFF}]/u;

/** Each regex with the `u` flag that does not need it, as "line: pattern": literals, and `new RegExp(…, '…u…')` whose pattern argument names no \p. */
function needlessUnicode(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, pattern: string) => found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${pattern.slice(0, 60)}`);
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.getText();
      const end = text.lastIndexOf('/');
      if (text.slice(end + 1).includes('u') && !NEEDS_U.test(text.slice(1, end))) report(node, text);
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && flags && ts.isStringLiteralLike(flags) && flags.text.includes('u') && !/p\{|u\{/.test(pattern.getText())) report(node, pattern.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the engine regexes', () => {
  it.each(files)('%s has no \\p{L}', (file) => {
    expect(readFileSync(file, 'utf8')).not.toContain('p{L}');
  });

  // (Not region.ts: its case-insensitive cues fold "ſ" to "s" on purpose, region.test.ts.)
  it.each(files.filter((file) => file !== 'shared/region.ts'))('%s sets the u flag only where a pattern needs it', (file) => {
    expect(needlessUnicode(file)).toEqual([]);
  });

  it('finds a needless u flag', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'regex-')), 'sample.ts');
    writeFileSync(
      file,
      ['const a = /je|jij/iu;', 'const b = /\\p{Lu}/u;', "const c = new RegExp('x' + y, 'giu');", "const d = new RegExp('\\\\p{Ll}' + y, 'u');"].join('\n'),
    );
    expect(needlessUnicode(file).map((f) => f.split(':')[0])).toEqual(['1', '3']);
  });
});
