/**
 * The Vaardig command line, over the same code as the extension and the Worker.
 *   npm run -s vaardig -- extract FILE.html... [--url URL]
 *   npm run -s vaardig -- admin create-org|link|create-token|list-orgs … (see scripts/cli/admin.ts)
 *   npm run -s vaardig -- batch FILE --api URL --token T [--submit] [--format csv] [--out FILE] (see scripts/cli/batch.ts)
 *   npm run -s vaardig -- batches --api URL --token T [--all] [--json] (see scripts/cli/batches.ts)
 *   npm run -s vaardig -- translate FILE... [--engine offline|claude|auto] [--region NL|BE|abroad] [--occupation ESCO-URI] [--jsonl FILE.jsonl]
 */
type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  admin: async () => (await import('./cli/admin')).admin,
  batch: async () => (await import('./cli/batch')).batch,
  batches: async () => (await import('./cli/batches')).batches,
  extract: async () => (await import('./cli/extract')).extract,
  translate: async () => (await import('./cli/translate')).translate,
};

const [name, ...args] = process.argv.slice(2);
const load = name ? COMMANDS[name] : undefined;
if (!load) {
  console.error(`usage: vaardig <${Object.keys(COMMANDS).join('|')}> FILE... (see README.md)`);
  process.exit(2);
}
try {
  process.exitCode = await (await load())(args);
} catch (error) {
  console.error(`vaardig ${name}: ${(error as Error).message}`);
  process.exitCode = 1;
}
