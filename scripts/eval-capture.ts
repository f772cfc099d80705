/**
 * Capture on real pages: `npm run eval:capture` over ../shared/corpus/pages (gold in pages.jsonl).
 * Prints title, company and location accuracy on job pages, isVacancy accuracy, time per page,
 * and @mozilla/readability alone as the baseline (its title and its time) from the same run.
 * Editor fragments (description HTML without title or employer) are counted apart: there the
 * right answer for title and company is "none". `--verbose` also lists location misses.
 */
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { captureDocument } from '../extension/page/capture';
import { parsePage, vacancyFromHtml } from './cli/extract';

const DIR = resolve(process.env.VAARDIG_CORPUS_DIR ?? join(process.env.VAARDIG_DATA_DIR ?? '../shared', 'corpus/pages'));

type Gold = {
  file: string;
  kind?: string;
  isVacancy: boolean | null;
  title: string | null;
  titleAlt?: string;
  company: string | null;
  location: string | null;
  url?: string;
};

/** Compare as a reader would: case, spacing, punctuation and legal suffixes do not matter. */
export function same(found: string | null, gold: string | null): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\b(inc|llc|ltd|corp|corporation|b\.?v|gmbh|sa)\b\.?/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  if (!found || !gold) return false;
  return norm(found) === norm(gold);
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a');
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

export function loadGold(): Gold[] {
  return readFileSync(join(DIR, 'pages.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Gold);
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

interface Tally {
  right: number;
  of: number;
}
const tally = (): Tally => ({ right: 0, of: 0 });
const count = (t: Tally, ok: boolean) => {
  t.of++;
  if (ok) t.right++;
};

/** Long: every figure of the capture report over the same gold set. */
function main() {
  const verbose = process.argv.includes('--verbose');
  const gold = loadGold();
  // Job pages: title, company and location where the page shows them (the goals).
  const page = { title: tally(), rTitle: tally(), company: tally(), location: tally() };
  // Editor fragments hold only the description: their title and employer live in other ATS fields, so
  // the right answer from the fragment is "none"; the gold (from the job board) is shown beside it.
  const fragment = { titleNone: tally(), titleGold: tally(), companyNone: tally(), companyGold: tally(), location: tally() };
  // Every job record, fragments included, each counted right when it equals the gold
  // (the figures this eval printed before fragments were split out).
  const all = { title: tally(), company: tally(), location: tally() };
  const vac = tally();
  const neg = tally();
  const ours: number[] = [];
  const theirs: number[] = [];
  const misses: string[] = [];
  for (const record of gold) {
    const html = readFileSync(join(DIR, record.file), 'utf8');
    const { vacancy, ms } = timeCapture(html, record.url);
    const baseline = timeReadability(html);
    ours.push(ms);
    theirs.push(baseline.ms);
    if (record.isVacancy !== null) {
      count(vac, vacancy.isVacancy === record.isVacancy);
      if (vacancy.isVacancy !== record.isVacancy) misses.push(`${record.file}: isVacancy ${vacancy.isVacancy} (${vacancy.reason})`);
    }
    if (record.isVacancy === false) count(neg, !vacancy.isVacancy);
    if (record.isVacancy !== true) continue;
    const titleOk = same(vacancy.title, record.title) || same(vacancy.title, record.titleAlt ?? null);
    const companyOk = same(vacancy.employer, record.company);
    const locationOk = same(vacancy.location, record.location);
    count(all.title, titleOk);
    if (record.company) count(all.company, companyOk);
    if (record.location) count(all.location, locationOk);
    const miss = (field: string, found: string | null, want: string | null) =>
      misses.push(`${record.file}: ${field} ${JSON.stringify(found)} ≠ ${JSON.stringify(want)}`);
    if (record.kind === 'editor-fragment') {
      count(fragment.titleNone, vacancy.title === null || titleOk);
      count(fragment.titleGold, titleOk);
      if (vacancy.title !== null && !titleOk) miss('title (fragment, expected none)', vacancy.title, record.title);
      if (record.company) {
        count(fragment.companyNone, vacancy.employer === null || companyOk);
        count(fragment.companyGold, companyOk);
        if (vacancy.employer !== null && !companyOk) miss('company (fragment, expected none)', vacancy.employer, record.company);
      }
      if (record.location) {
        count(fragment.location, locationOk);
        if (verbose && !locationOk) miss('location (fragment)', vacancy.location, record.location);
      }
      continue;
    }
    count(page.title, titleOk);
    count(page.rTitle, same(baseline.title, record.title) || same(baseline.title, record.titleAlt ?? null));
    if (!titleOk) miss('title', vacancy.title, record.title);
    if (record.company) {
      count(page.company, companyOk);
      if (!companyOk) miss('company', vacancy.employer, record.company);
    }
    if (record.location) {
      count(page.location, locationOk);
      if (verbose && !locationOk) miss('location', vacancy.location, record.location);
    }
  }
  const p = (t: Tally) => pct(t.right, t.of);
  const n = (t: Tally) => `${t.right}/${t.of}`;
  const row = (name: string, value: string, baseline = '', goal = '') => console.log(`${name.padEnd(50)}${value.padEnd(22)}${baseline.padEnd(22)}${goal}`);
  console.log(`capture eval over ${gold.length} pages in ${DIR} (Node ${process.version}, linkedom DOM)\n`);
  row('metric', 'vaardig capture', 'readability alone', 'goal');
  row(`title right, job pages (${page.title.of})`, `${p(page.title)} (${n(page.title)})`, `${p(page.rTitle)} (${n(page.rTitle)})`, '≥ 95 %');
  row(`company right, job pages with one (${page.company.of})`, `${p(page.company)} (${n(page.company)})`, '—', '≥ 90 %');
  row(`location right, job pages with one (${page.location.of})`, `${p(page.location)} (${n(page.location)})`, '—');
  row(`isVacancy right (${vac.of} labelled)`, `${p(vac)} (${n(vac)})`, '—');
  row(`non-job/listing → false (${neg.of})`, `${p(neg)} (${n(neg)})`, '—', '100 %');
  console.log(`\neditor fragments (${fragment.titleNone.of}): description HTML only; title and company are not in it, so "none" is right`);
  row('  title: none or the gold title', n(fragment.titleNone), `gold title: ${n(fragment.titleGold)}`);
  row('  company: none or the gold company', n(fragment.companyNone), `gold company: ${n(fragment.companyGold)}`);
  row('  location equal to the gold (from the text)', n(fragment.location));
  console.log(`\nall ${all.title.of} job records, fragments included, right only when equal to the gold`);
  row('  title', `${p(all.title)} (${n(all.title)})`);
  row(`  company (${all.company.of} with one)`, `${p(all.company)} (${n(all.company)})`);
  row(`  location (${all.location.of} with one)`, `${p(all.location)} (${n(all.location)})`);
  console.log('');
  row('time per page, median', `${quantile(ours, 0.5).toFixed(2)} ms`, `${quantile(theirs, 0.5).toFixed(2)} ms`);
  row('time per page, p95', `${quantile(ours, 0.95).toFixed(2)} ms`, `${quantile(theirs, 0.95).toFixed(2)} ms`, 'Chromium: npm run bench -- capture');
  if (misses.length) console.log(`\nmisses:\n  ${misses.join('\n  ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
