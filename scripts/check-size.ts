/**
 * `npm run check`'s size rule (#18): no source file over 250 lines and no function over 60 without
 * a reason written at its top, a comment that says `Long:` and why. A file's reason stands in its
 * opening comment; a function's in the comment above it or in the first lines of its body, or in
 * that of a function around it. Tests are left out.
 *   tsx scripts/check-size.ts          lists what lacks a reason, exits 1 when anything does
 *   tsx scripts/check-size.ts --all    lists every long file and function, with or without one
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOTS = ['functions', 'extension', 'shared', 'scripts'];
const MAX_FILE = 250;
const MAX_FUNCTION = 60;
const REASON = /\bLong:/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === '__tests__' || e.name.startsWith('.') ? [] : sources(path);
    return /\.(?:ts|tsx|mts|mjs)$/u.test(e.name) && !/\.(?:test|spec)\.tsx?$|\.d\.ts$/u.test(e.name) ? [path] : [];
  });
}

interface Long {
  where: string;
  lines: number;
  reason: boolean;
}

function check(path: string): Long[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const line = (pos: number) => file.getLineAndCharacterOfPosition(pos).line;
  const out: Long[] = [];
  const total = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  // The opening comment: everything before the first statement.
  const opening = text.slice(0, file.statements[0]?.getStart(file) ?? text.length);
  if (total > MAX_FILE) out.push({ where: path, lines: total, reason: REASON.test(opening) });

  const visit = (node: ts.Node, covered: boolean) => {
    let inner = covered;
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const lines = line(node.getEnd()) - line(node.getStart(file)) + 1;
      // The comment above: that of the outermost node starting on the function's line (the
      // `const x = () =>` or `export function`), then the body's first three lines.
      let owner: ts.Node = node;
      while (owner.parent && !ts.isSourceFile(owner.parent) && line(owner.parent.getStart(file)) === line(node.getStart(file))) owner = owner.parent;
      const head = text.slice(owner.getFullStart(), file.getPositionOfLineAndCharacter(Math.min(line(node.body.getStart(file)) + 3, line(node.getEnd())), 0));
      inner = covered || REASON.test(head);
      if (lines > MAX_FUNCTION) out.push({ where: `${path}:${line(node.getStart(file)) + 1} ${name(node, file)}`, lines, reason: inner });
    }
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(file, false);
  return out;
}

function name(node: ts.SignatureDeclaration, file: ts.SourceFile): string {
  if (node.name) return node.name.getText(file);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText(file);
  if (ts.isCallExpression(parent)) {
    // A handler in a chain (`.post('/', async (c) => …)`) by its method and path; a callback by its callee.
    const callee = parent.expression;
    const called = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText(file).slice(0, 40);
    const first = parent.arguments[0];
    return `(argument of ${called}${first && ts.isStringLiteral(first) ? ` '${first.text}'` : ''})`;
  }
  return '(anonymous)';
}

const all = process.argv.includes('--all');
const found = ROOTS.flatMap(sources).flatMap(check);
const missing = found.filter((l) => !l.reason);
for (const l of all ? found : missing) console.log(`${l.lines} lines${l.reason ? '' : ', no reason'}  ${l.where}`);
if (missing.length) {
  console.error(
    `${missing.length} file(s) or function(s) over ${MAX_FILE} / ${MAX_FUNCTION} lines without a reason: shorten them, or say at their top why they are long ("Long: …").`,
  );
  process.exit(1);
}
