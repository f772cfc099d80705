/**
 * `npm run eval:routes`: every Dutch posting with a diploma requirement must get ≥ 3 learning
 * routes, at least one formal with a real identifier (CROHO code, crebo or catalogue id) and at
 * least one informal or non-formal, each saying which skills it covers (issue #5). Runs the
 * offline engine and the in-memory catalogue (.data/offers.json, the same records as D1) over
 * ../shared/corpus/postings.jsonl. Writes bench/results/eval-routes.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { translateOffline } from '../functions/engine/offline/translate';
import { isDiploma } from '../functions/learning/gap';
import { getTaxonomy } from '../functions/taxonomy';
import { Translation, Vacancy } from '../shared/schemas';
import { readPostings } from './lib/corpus';
import { memoryCatalogue, withRoutesInMemory } from './offers/memory';

const REAL_SOURCES = /^(duo|mbo|ooapi|csv:)/;
const taxonomy = getTaxonomy();
memoryCatalogue();

interface Row { id: string; routes: number; formal: boolean; outside: boolean; covers: boolean; coverage: string; ok: boolean; why: string[] }
const rows: Row[] = [];
const all = readPostings();
const started = performance.now();
for (const posting of all.filter((p) => p.lang === 'nl')) {
  const vacancy = Vacancy.parse({ isVacancy: true, title: posting.title, employer: null, location: null, language: 'nl', text: posting.text, source: 'text' });
  const translation = await withRoutesInMemory(Translation.parse(translateOffline(vacancy, taxonomy)));
  // The gold annotation says whether there is a diploma requirement; unannotated postings use the engine's reading.
  const hasDiploma = posting.requirements
    ? posting.requirements.some((r) => r.kind === 'diploma' || r.kind === 'education_level')
    : translation.requirements.some(isDiploma);
  if (!hasDiploma) continue;
  const routes = translation.learningRoutes;
  const formal = routes.some((r) => r.form === 'formal' && !!r.sourceId && REAL_SOURCES.test(r.source));
  const outside = routes.some((r) => r.form !== 'formal');
  const covers = routes.length > 0 && routes.every((r) => r.covers.length > 0);
  const gap = new Set(routes.flatMap((r) => r.covers));
  const why = [
    ...(routes.length < 3 ? [`${routes.length} routes`] : []),
    ...(formal ? [] : ['no formal route with an identifier']),
    ...(outside ? [] : ['no informal or non-formal route']),
    ...(covers ? [] : ['a route covers no skill']),
    ...(translation.requirements.some(isDiploma) ? [] : ['engine found no diploma requirement']),
  ];
  const ok = routes.length >= 3 && formal && outside;
  rows.push({ id: posting.id, routes: routes.length, formal, outside, covers, coverage: `${gap.size} skills`, ok, why });
}
const ms = performance.now() - started;

const share = (f: (r: Row) => boolean) => `${rows.filter(f).length}/${rows.length}`;
const table = [
  '| metric | value | goal |',
  '|---|---|---|',
  `| Dutch postings with a diploma requirement | ${rows.length} | |`,
  `| ≥ 3 routes, ≥ 1 formal with identifier, ≥ 1 informal/non-formal | ${share((r) => r.ok)} | all |`,
  `| ≥ 3 routes | ${share((r) => r.routes >= 3)} | all |`,
  `| formal route with a real identifier | ${share((r) => r.formal)} | all |`,
  `| informal or non-formal route | ${share((r) => r.outside)} | all |`,
  `| every route names the skills it covers | ${share((r) => r.covers)} | all |`,
  `| time per posting (engine + matching, in memory) | ${(ms / Math.max(1, rows.length)).toFixed(1)} ms | |`,
];
console.log(table.join('\n'));
for (const row of rows.filter((r) => !r.ok || !r.covers)) console.log(`  miss ${row.id}: ${row.why.join('; ')}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/eval-routes.json', `${JSON.stringify({ rows, ok: rows.filter((r) => r.ok).length, total: rows.length }, null, 2)}\n`);
if (rows.some((r) => !r.ok)) process.exitCode = 1;
