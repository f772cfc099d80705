/**
 * Learning routes (issue #5): match time per translation in workerd with a local D1 holding a
 * synthetic catalogue of 1k, 10k and 100k offers built from real ESCO skills, and top-5 gap
 * coverage against a full-text baseline (MiniSearch over the same offers' titles and
 * descriptions) in the same run. Time is the loopback round trip of POST /v1/learning-routes/match with
 * the whole translation: an upper bound of the Worker's time (workerd freezes timers inside a
 * request, so the Worker cannot time itself).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { translateOffline } from '../../functions/engine/offline/translate';
import { gapFromTranslation } from '../../functions/learning/gap';
import { SKILL_URI } from '../../shared/esco';
import type { OfferRecord } from '../../functions/learning/types';
import { getTaxonomy } from '../../functions/taxonomy';
import { LearningRoutesMatchResponse } from '../../shared/learning-routes';
import { Translation } from '../../shared/translation';
import { Vacancy } from '../../shared/vacancy';
import { readPostings } from '../lib/corpus';
import { freePort } from '../lib/local-worker';
import { quantile } from '../lib/stats';
import { loadIntoLocalD1 } from '../offers/sqlite-load';
import { syntheticCatalogue } from '../offers/synthetic';
import { serveBundle } from '../start-worker';
import type { Figure, Section } from './types';

const SIZES = (process.env.VAARDIG_BENCH_ROUTES_SIZES ?? '1000,10000,100000').split(',').map(Number);
const ROUNDS = 3;

/** The Worker bundle in workerd over the local D1 in `persistTo` (as `npm start` serves it). */
async function worker(persistTo: string) {
  const port = await freePort();
  const served = await serveBundle(port, persistTo);
  return { origin: `http://127.0.0.1:${port}`, stop: () => served.stop() };
}

function queries(): Translation[] {
  const taxonomy = getTaxonomy();
  return readPostings()
    .map((p) =>
      Translation.parse(
        translateOffline(
          Vacancy.parse({ isVacancy: true, title: p.title, employer: null, location: null, language: p.lang, text: p.text, source: 'text' }),
          taxonomy,
        ),
      ),
    )
    .filter((t) => gapFromTranslation(t, taxonomy).skills.length >= 3);
}

/** Share of the gap the union of the routes' skills covers. */
function coverage(gap: Set<string>, covered: Iterable<string>): number {
  const hit = new Set([...covered].filter((s) => gap.has(s)));
  return gap.size ? hit.size / gap.size : 0;
}

/**
 * Full-text baseline: MiniSearch (BM25) over the offers' titles and descriptions, top 5. Two
 * queries: the vacancy's own words (title and requirements: what a keyword search has) and the
 * gap's skill labels (a strong baseline that already has the engine's ESCO grounding).
 */
function baseline(records: OfferRecord[], translations: Translation[]): { vacancy: number[]; labels: number[] } {
  const taxonomy = getTaxonomy();
  const search = new MiniSearch<{ id: number; title: string; description: string }>({ fields: ['title', 'description'] });
  search.addAll(records.map((r, id) => ({ id, title: r.titleNl, description: r.description ?? '' })));
  const top5 = (query: string, gap: Set<string>) =>
    coverage(
      gap,
      search
        .search(query)
        .slice(0, 5)
        .flatMap((hit) => records[hit.id as number]!.skills.map((s) => s.skill)),
    );
  const vacancy: number[] = [];
  const labels: number[] = [];
  for (const t of translations) {
    const gap = gapFromTranslation(t, taxonomy).skills;
    const ids = new Set(gap.map((g) => g.skill));
    vacancy.push(top5([t.title ?? '', ...t.requirements.map((r) => r.text)].join(' '), ids));
    labels.push(top5(gap.map((g) => g.label).join(' '), ids));
  }
  return { vacancy, labels };
}

/** Long: one benchmark over several catalogue sizes; each figure a few lines over the same runs. */
export async function bench(): Promise<Section> {
  const taxonomy = getTaxonomy();
  const catalogue = syntheticCatalogue(SIZES.at(-1)!, taxonomy);
  const translations = queries();
  const figures: Figure[] = [];
  const ours: number[] = [];
  const oursCatalogueOnly: number[] = [];
  for (const size of SIZES) {
    process.stderr.write(`routes: ${size} offers…\n`);
    const persistTo = `.wrangler/bench-routes-${size}`;
    rmSync(persistTo, { recursive: true, force: true });
    execFileSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'vaardig', '--local', '--persist-to', persistTo], {
      stdio: 'ignore',
      env: { ...process.env, CI: '1' },
    });
    const records = catalogue.slice(0, size + 6);
    loadIntoLocalD1(persistTo, records);
    const local = await worker(persistTo);
    try {
      const match = async (translation: Translation) => {
        const started = performance.now();
        const response = await fetch(`${local.origin}/v1/learning-routes/match`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ translation }),
        });
        const body = LearningRoutesMatchResponse.parse(await response.json());
        const server = Number(/match;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN);
        return { ms: performance.now() - started, server, body };
      };
      for (const t of translations.slice(0, 5)) await match(t);
      const times: number[] = [];
      const server: number[] = [];
      // The first round meets most skills and offers for the first time in this isolate (read from
      // D1); later rounds find them in the isolate's memo (catalogue-memo.ts).
      const firstRound: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        for (const t of translations) {
          const { ms, server: s } = await match(t);
          times.push(ms);
          server.push(s);
          if (round === 0) firstRound.push(s);
        }
      }
      const health: number[] = [];
      for (let i = 0; i < 30; i++) {
        const s = performance.now();
        await (await fetch(`${local.origin}/v1/health`)).arrayBuffer();
        health.push(performance.now() - s);
      }
      const label = `${size / 1000}k offers`;
      figures.push({
        metric: `match per translation p50, ${label}`,
        value: quantile(times, 0.5),
        unit: 'ms',
        note: `${times.length} requests; loopback round trip, workerd + local D1`,
      });
      figures.push({
        metric: `match per translation p95, ${label}`,
        value: quantile(times, 0.95),
        unit: 'ms',
        note: `GET /v1/health round trip p50 ${quantile(health, 0.5).toFixed(2)} ms on the same machine`,
      });
      figures.push({
        metric: `match in the Worker p50, ${label}`,
        value: quantile(server, 0.5),
        unit: 'ms',
        note: 'Server-Timing: request body parsed to last D1 answer',
      });
      figures.push({
        metric: `match in the Worker p95, ${label}`,
        value: quantile(server, 0.95),
        unit: 'ms',
        goal: size === 100_000 ? '≤ 10 ms' : undefined,
        note: `${ROUNDS} rounds over the same translations`,
      });
      figures.push({
        metric: `match in the Worker p50 / p95, first round, ${label}`,
        value: quantile(firstRound, 0.5),
        unit: 'ms',
        note: `p95 ${quantile(firstRound, 0.95).toFixed(1)} ms: skills and offers read from D1, not yet in the isolate's memo (a few warm-up requests before)`,
      });
      if (size === SIZES.at(-1)) {
        for (const t of translations) {
          const { body } = await match(t);
          const gap = new Set(gapFromTranslation(t, taxonomy).skills.map((g) => SKILL_URI + g.skill));
          ours.push(
            coverage(
              gap,
              body.routes.flatMap((r) => r.covers),
            ),
          );
          oursCatalogueOnly.push(
            coverage(
              gap,
              body.routes.filter((r) => r.source !== 'template').flatMap((r) => r.covers),
            ),
          );
        }
      }
    } finally {
      await local.stop();
    }
  }
  const base = baseline(catalogue, translations);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const ratio = (ours: number[], theirs: number[]) => `${(mean(ours) / Math.max(1e-9, mean(theirs))).toFixed(2)}×`;
  const n = `${translations.length} corpus translations, 100k offers`;
  figures.push({
    metric: 'top-5 gap coverage: matcher (catalogue offers only) vs full text on the vacancy',
    value: mean(oursCatalogueOnly) * 100,
    unit: '%',
    baseline: mean(base.vacancy) * 100,
    goal: '≥ 2× baseline',
    note: `${ratio(oursCatalogueOnly, base.vacancy)}; ${n}`,
  });
  figures.push({
    metric: 'top-5 gap coverage: matcher (catalogue offers only) vs full text on the gap labels',
    value: mean(oursCatalogueOnly) * 100,
    unit: '%',
    baseline: mean(base.labels) * 100,
    note: `${ratio(oursCatalogueOnly, base.labels)}; labels come from the engine's grounding`,
  });
  figures.push({
    metric: 'top-5 gap coverage: matcher incl. templates',
    value: mean(ours) * 100,
    unit: '%',
    note: 'templates cover skill groups, with lower confidence',
  });
  return { name: 'learning routes', figures };
}
