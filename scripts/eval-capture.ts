/**
 * Capture on real pages: `npm run eval:capture` over ../shared/corpus/pages (gold in pages.jsonl).
 * Prints title, company and location accuracy on job pages, isVacancy accuracy, time per page,
 * and @mozilla/readability alone as the baseline (its title and its time) from the same run.
 */
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { captureDocument } from '../extension/capture';
import { parsePage, vacancyFromHtml } from './cli/extract';

const DIR = resolve(process.env.VAARDIG_CORPUS_DIR ?? join(process.env.VAARDIG_DATA_DIR ?? '../shared', 'corpus/pages'));

type Gold = { file: string; kind?: string; isVacancy: boolean | null; title: string | null; titleAlt?: string; company: string | null; location: string | null; url?: string };

/** Compare as a reader would: case, spacing, punctuation and legal suffixes do not matter. */
export function same(found: string | null, gold: string | null): boolean {
  const norm = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\b(inc|llc|ltd|corp|corporation|b\.?v|gmbh|sa)\b\.?/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (!found || !gold) return false;
  return norm(found) === norm(gold);
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a');
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

export function loadGold(): Gold[] {
  return readFileSync(join(DIR, 'pages.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Gold);
}

export function timeCapture(html: string, url?: string) {
  if (!/<html[\s>]/i.test(html)) {
    const start = performance.now();
    return { vacancy: vacancyFromHtml(html, url), ms: performance.now() - start };
  }
  const doc = parsePage(html);
  const start = performance.now();
  const vacancy = captureDocument(doc, { url: url ?? null });
  return { vacancy, ms: performance.now() - start };
}

export function timeReadability(html: string) {
  const doc = parsePage(html);
  const start = performance.now();
  let title: string | null = null;
  try {
    title = new Readability(doc).parse()?.title ?? null;
  } catch {
    title = null;
  }
  return { title, ms: performance.now() - start };
}

function main() {
  const verbose = process.argv.includes('--verbose');
  const gold = loadGold();
  const t = { pageJobs: 0, pageTitle: 0, pageCompanyN: 0, pageCompany: 0, jobs: 0, title: 0, rTitle: 0, company: 0, companyN: 0, location: 0, locationN: 0, vac: 0, vacN: 0, neg: 0, negN: 0 };
  const ours: number[] = [];
  const theirs: number[] = [];
  const misses: string[] = [];
  for (const page of gold) {
    const html = readFileSync(join(DIR, page.file), 'utf8');
    const { vacancy, ms } = timeCapture(html, page.url);
    const baseline = timeReadability(html);
    ours.push(ms);
    theirs.push(baseline.ms);
    if (page.isVacancy !== null) {
      t.vacN++;
      if (vacancy.isVacancy === page.isVacancy) t.vac++;
      else misses.push(`${page.file}: isVacancy ${vacancy.isVacancy} (${vacancy.reason})`);
    }
    if (page.isVacancy === false) {
      t.negN++;
      if (!vacancy.isVacancy) t.neg++;
    }
    if (page.isVacancy !== true) continue;
    t.jobs++;
    const titleOk = same(vacancy.title, page.title) || same(vacancy.title, page.titleAlt ?? null);
    // Editor fragments hold only the description: their title and employer live in other ATS fields.
    const fragment = page.kind === 'editor-fragment';
    if (!fragment) t.pageJobs++;
    if (titleOk) t.title++;
    if (titleOk && !fragment) t.pageTitle++;
    else misses.push(`${page.file}: title ${JSON.stringify(vacancy.title)} ≠ ${JSON.stringify(page.title)}`);
    if (same(baseline.title, page.title) || same(baseline.title, page.titleAlt ?? null)) t.rTitle++;
    if (page.company) {
      t.companyN++;
      if (!fragment) t.pageCompanyN++;
      if (same(vacancy.employer, page.company) && !fragment) t.pageCompany++;
      if (same(vacancy.employer, page.company)) t.company++;
      else misses.push(`${page.file}: company ${JSON.stringify(vacancy.employer)} ≠ ${JSON.stringify(page.company)}`);
    }
    if (page.location) {
      t.locationN++;
      if (same(vacancy.location, page.location)) t.location++;
      else if (verbose) misses.push(`${page.file}: location ${JSON.stringify(vacancy.location)} ≠ ${JSON.stringify(page.location)}`);
    }
  }
  const row = (name: string, value: string, baseline = '', goal = '') => console.log(`${name.padEnd(34)}${value.padEnd(22)}${baseline.padEnd(22)}${goal}`);
  console.log(`capture eval over ${gold.length} pages in ${DIR} (Node ${process.version}, linkedom DOM)\n`);
  row('metric', 'vaardig capture', 'readability alone', 'goal');
  row(`title right (${t.jobs} job pages)`, pct(t.title, t.jobs), pct(t.rTitle, t.jobs), '≥ 95 %');
  row(`company right (${t.companyN} with one)`, pct(t.company, t.companyN), '—', '≥ 90 %');
  row(`  title, pages (${t.pageJobs}, no fragments)`, pct(t.pageTitle, t.pageJobs), '', '');
  row(`  company, pages (${t.pageCompanyN})`, pct(t.pageCompany, t.pageCompanyN), '', '');
  row(`location right (${t.locationN} with one)`, pct(t.location, t.locationN), '—');
  row(`isVacancy right (${t.vacN} labelled)`, pct(t.vac, t.vacN), '—');
  row(`non-job/listing → false (${t.negN})`, pct(t.neg, t.negN), '—', '100 %');
  row('time per page, median', `${quantile(ours, 0.5).toFixed(2)} ms`, `${quantile(theirs, 0.5).toFixed(2)} ms`);
  row('time per page, p95', `${quantile(ours, 0.95).toFixed(2)} ms`, `${quantile(theirs, 0.95).toFixed(2)} ms`, '≤ 15 ms, ≤ ½ readability');
  if (misses.length) console.log(`\nmisses:\n  ${misses.join('\n  ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
