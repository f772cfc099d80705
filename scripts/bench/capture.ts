/**
 * Benchmark section (#3): capture time per page against @mozilla/readability alone, in the same
 * run, in Debian Chromium (Playwright) over ../shared/corpus/pages. Page scripts are stripped and
 * the network is blocked, as capture never runs them; each library is bundled with esbuild and
 * timed on the parsed page, each run on a freshly loaded page (Readability changes the document).
 * Every page is timed RUNS times per library, alternating, and its median kept: on a shared 2-core
 * machine one run per page let a single scheduler stall set the p95. Capture gets the page's address
 * where the corpus records it, as the extension always has it. The first page is run once untimed
 * first, for both libraries (browser warm-up). Falls back to Node + linkedom when
 * Chromium is missing, and says so.
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadGold, timeCapture, timeReadability } from '../eval-capture';

interface Figure {
  metric: string;
  value: number;
  unit: string;
  goal?: string;
  baseline?: number;
  note?: string;
}

const DIR = resolve(process.env.VAARDIG_CORPUS_DIR ?? join(process.env.VAARDIG_DATA_DIR ?? '../shared', 'corpus/pages'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 3;

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const median = (xs: number[]) => quantile(xs, 0.5);
const round = (value: number) => Math.round(value * 100) / 100;

async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { captureDocument } from './extension/page/capture';
        import { Readability } from '@mozilla/readability';
        globalThis.__bench = {
          capture: (url) => { const t = performance.now(); captureDocument(document, { url }); return performance.now() - t; },
          readability: () => { const t = performance.now(); new Readability(document).parse(); return performance.now() - t; },
        };`,
      resolveDir: resolve(import.meta.dirname, '../..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

interface Page {
  file: string;
  url: string | null;
}

async function inChromium(pages: Page[]): Promise<{ ours: number[]; theirs: number[] }> {
  const code = await bundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const ours: number[] = [];
  const theirs: number[] = [];
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    // One untimed pass over the first page for each library: a fresh browser pays one-off costs (regex and
    // Unicode tables, code caches) on its first page, which a user's long-running browser has long paid.
    const queue = [...pages.slice(0, 1), ...pages];
    for (const [index, { file, url }] of queue.entries()) {
      const html = readFileSync(join(DIR, file), 'utf8')
        .replace(/<script\b(?![^>]*ld\+json)[\s\S]*?<\/script>/gi, '')
        .replace(/<meta[^>]+http-equiv=["']?refresh[^>]*>/gi, '');
      if (process.env.BENCH_DEBUG) console.error(file);
      const load = async () => {
        await page.setContent(html, { waitUntil: 'domcontentloaded' });
        await page.evaluate(code);
      };
      const a: number[] = [];
      const b: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await load();
        a.push(
          await page.evaluate((address) => (globalThis as unknown as { __bench: { capture: (url: string | null) => number } }).__bench.capture(address), url),
        );
        await load();
        b.push(await page.evaluate(() => (globalThis as unknown as { __bench: { readability: () => number } }).__bench.readability()));
      }
      if (index === 0) continue;
      ours.push(median(a));
      theirs.push(median(b));
    }
  } finally {
    await browser.close();
  }
  return { ours, theirs };
}

function inNode(pages: Page[]): { ours: number[]; theirs: number[] } {
  const ours = pages.map(({ file, url }) => timeCapture(readFileSync(join(DIR, file), 'utf8'), url ?? undefined).ms);
  const theirs = pages.map(({ file }) => timeReadability(readFileSync(join(DIR, file), 'utf8')).ms);
  return { ours, theirs };
}

export async function bench(): Promise<{ name: string; figures: Figure[] }> {
  const pages = loadGold()
    .map((gold) => ({ file: gold.file, url: gold.url ?? null }))
    .filter(({ file }) => /<html[\s>]/i.test(readFileSync(join(DIR, file), 'utf8')));
  const chromiumThere = existsSync(CHROMIUM);
  const { ours, theirs } = chromiumThere ? await inChromium(pages) : inNode(pages);
  const where = chromiumThere
    ? `Chromium (Playwright), ${pages.length} corpus pages, median of ${RUNS} runs per page and library`
    : `Node + linkedom (Chromium not found at ${CHROMIUM}), ${pages.length} corpus pages`;
  const slowest = pages
    .map(({ file }, i) => ({ file, ms: ours[i]! }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map(({ file, ms }) => `${file} ${ms.toFixed(1)} ms`)
    .join(', ');
  const p95 = quantile(ours, 0.95);
  const rp95 = quantile(theirs, 0.95);
  return {
    name: 'capture',
    figures: [
      {
        metric: 'capture time per page, median',
        value: round(median(ours)),
        unit: 'ms',
        baseline: round(median(theirs)),
        note: `${where}; baseline: Readability alone`,
      },
      { metric: 'capture time per page, p95', value: round(p95), unit: 'ms', goal: '≤ 15 ms', baseline: round(rp95), note: `${where}; slowest: ${slowest}` },
      { metric: 'capture time / Readability time, p95', value: round(p95 / rp95), unit: 'ratio', goal: '≤ 0.5', note: 'same run, same pages' },
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await bench(), null, 2));
