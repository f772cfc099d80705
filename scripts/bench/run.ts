/**
 * `npm run bench`: runs every section in scripts/bench/ (each exports `bench(): Promise<Section>`)
 * and writes one report, bench/report.md and bench/report.json, with the machine it ran on.
 *   npm run bench [-- section…]   e.g. npm run bench -- engine worker
 */
import { readdir, mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem, platform, release } from 'node:os';
import { basename } from 'node:path';
import type { Bench, Section } from './types';

const NOT_SECTIONS = new Set(['run', 'types']);
const wanted = new Set(process.argv.slice(2));
const dir = new URL('.', import.meta.url);
const all = (await readdir(dir))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => basename(file, '.ts'))
  .filter((name) => !NOT_SECTIONS.has(name));
const files = all.filter((name) => wanted.size === 0 || wanted.has(name)).sort();

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
  date: new Date().toISOString(),
};

type Result = Section & { file: string; error?: string };

/** A partial run (`npm run bench -- engine`) keeps the other sections of the last report. */
async function previousSections(): Promise<Result[]> {
  if (wanted.size === 0) return [];
  try {
    const report = JSON.parse(await readFile('bench/report.json', 'utf8')) as { sections: Result[] };
    // (A section whose file is gone, renamed or removed, goes with it.)
    return report.sections.filter((section) => !files.includes(section.file) && all.includes(section.file));
  } catch {
    return [];
  }
}

const sections: Result[] = await previousSections();
for (const name of files) {
  process.stderr.write(`bench: ${name}…\n`);
  try {
    const { bench } = (await import(new URL(`${name}.ts`, dir).href)) as { bench: Bench };
    sections.push({ ...(await bench()), file: name });
  } catch (error) {
    sections.push({ name, file: name, figures: [], error: (error as Error).message });
  }
}

sections.sort((a, b) => a.file.localeCompare(b.file));
const rows = sections.flatMap((section) =>
  section.error
    ? [`| ${section.name} | failed: ${section.error} | | | | |`]
    : section.figures.map(
        (f) =>
          `| ${section.name} | ${f.metric} | ${format(f.value)} ${f.unit} | ${f.baseline === undefined ? '' : `${format(f.baseline)} ${f.unit}`} | ${f.goal ?? ''} | ${f.note ?? ''} |`,
      ),
);
const markdown = [
  '# Vaardig benchmark report',
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}. Run ${machine.date}.`,
  '',
  '| section | metric | value | baseline (same run) | goal | note |',
  '|---|---|---|---|---|---|',
  ...rows,
  '',
].join('\n');

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}

await mkdir('bench', { recursive: true });
await writeFile('bench/report.json', `${JSON.stringify({ machine, sections }, null, 2)}\n`);
await writeFile('bench/report.md', markdown);
process.stdout.write(markdown);
if (sections.some((section) => section.error)) process.exitCode = 1;
