/**
 * Benchmark section: in-process CPU time of the offline engine per posting (p50/p95) over the
 * corpus, plus index load time and memory. The bench runner calls `bench()`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Vacancy } from '../../shared/vacancy';

interface Figure {
  metric: string;
  value: number;
  unit: string;
  goal?: string;
  baseline?: number;
  note?: string;
}

const root = resolve(import.meta.dirname, '../..');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Long: one benchmark, its set-up, runs and figures together. */
export async function bench(): Promise<{ name: string; figures: Figure[] }> {
  const heapBefore = process.memoryUsage().heapUsed;
  const loadStart = process.cpuUsage();
  const t0 = performance.now();
  const { getTaxonomy } = await import('../../functions/taxonomy');
  const { translateOffline } = await import('../../functions/engine/offline/translate');
  const taxonomy = getTaxonomy();
  const importMs = performance.now() - t0;
  // Building the label maps again shows what the module load spent on them (once per isolate in workerd).
  const { Taxonomy } = await import('../../functions/taxonomy/taxonomy');
  const t1 = performance.now();
  new Taxonomy(taxonomy.index).warm();
  const warmMs = performance.now() - t1;
  const loadCpu = process.cpuUsage(loadStart);
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;

  const corpus = process.env.VAARDIG_CORPUS ?? resolve(root, '../shared/corpus/postings.jsonl');
  const postings = existsSync(corpus)
    ? readFileSync(corpus, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { title: string; text: string; lang: 'nl' | 'en' })
    : [{ title: 'Chauffeur', text: 'Wat vragen wij\n- mbo niveau 3\n- rijbewijs C\n- Je bent flexibel', lang: 'nl' as const }];
  const vacancies = postings.map((p) =>
    Vacancy.parse({ isVacancy: true, title: p.title, employer: null, location: null, language: p.lang, text: p.text, source: 'text' }),
  );
  for (const v of vacancies) translateOffline(v, taxonomy); // JIT warm-up, as in an isolate that has served requests
  // Per posting: the median of 5 runs, taken in 5 rounds over the whole corpus so that a burst of
  // other work on a shared machine inflates one run of many postings, not every run of a few.
  const RUNS = 5;
  const runs: number[][] = vacancies.map(() => []);
  for (let round = 0; round < RUNS; round++) {
    vacancies.forEach((v, i) => {
      const start = process.cpuUsage();
      translateOffline(v, taxonomy);
      const used = process.cpuUsage(start);
      runs[i]?.push((used.user + used.system) / 1000);
    });
  }
  const times = runs.map((r) => r.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0);
  times.sort((a, b) => a - b);
  const load = (await import('node:os')).loadavg()[0] ?? 0;
  const indexFile = resolve(root, '.data/taxonomy.js');
  return {
    name: 'offline engine (in-process, Node)',
    figures: [
      {
        metric: 'CPU per posting p50',
        value: round2(percentile(times, 50)),
        unit: 'ms',
        note: `${vacancies.length} postings, median of ${RUNS} runs each (interleaved rounds, after one warm-up pass); load average ${load.toFixed(1)}`,
      },
      { metric: 'CPU per posting p95', value: round2(percentile(times, 95)), unit: 'ms', goal: '≤ 5 ms' },
      { metric: 'CPU per posting max', value: round2(times[times.length - 1] ?? 0), unit: 'ms' },
      { metric: 'index import (parse, module load, label maps)', value: round2(importMs), unit: 'ms', note: 'once per process / Worker isolate, at startup' },
      { metric: 'of which label maps', value: round2(warmMs), unit: 'ms' },
      { metric: 'index load CPU', value: round2((loadCpu.user + loadCpu.system) / 1000), unit: 'ms' },
      { metric: 'heap after loading the index', value: round2((heapAfter - heapBefore) / 1048576), unit: 'MiB' },
      { metric: 'index file size', value: existsSync(indexFile) ? round2(readFileSync(indexFile).length / 1048576) : 0, unit: 'MiB' },
    ],
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await bench();
  console.log(result.name);
  for (const f of result.figures) console.log(`  ${f.metric.padEnd(38)} ${String(f.value).padStart(9)} ${f.unit}${f.goal ? `  (goal ${f.goal})` : ''}`);
}
