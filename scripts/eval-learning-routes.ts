/**
 * `npm run eval:learning-routes`: every Dutch posting with a diploma requirement must get ≥ 3 learning
 * routes, at least one formal with a real identifier (CROHO code, crebo or catalogue id) and at
 * least one informal or non-formal, each saying which skills it covers (issue #5). Runs the
 * offline engine and the in-memory catalogue (.data/offers.json, the same records as D1) over
 * ../shared/corpus/postings.jsonl. Writes bench/results/eval-learning-routes.json.
 *
 * Honesty (issue #15), on every Dutch posting (routes come with every translation), per half of the
 * corpus split, the untuned half first (DEVELOPERS.md):
 * - a false "leads to the diploma" claim: the route claims it, but neither its code nor its
 *   programme name (DUO/MBO name of its code, or its own Dutch or English title without kind and form) appears in a
 *   diploma requirement of the posting (the gold annotation's quotes; the engine's when unannotated);
 * - a formal route outside the job's field: not a true named programme, no legal claim, and none of
 *   the occupations its code is linked to (the taxonomy's programme links, as the catalogue linked
 *   its skills) shares an ISCO-08 minor group (3 digits) with the posting's gold occupations (the
 *   engine's claimed occupation when unannotated). A programme linked to no occupation counts as outside;
 * - a degree for a one-tool or one-language gap: the gap is nothing but tools and languages (ESCO's
 *   language collection, ICT knowledge narrower than another ICT skill) and a formal route is offered,
 *   or a formal route teaches nothing but tools and languages of the gap;
 * - covers more than the offer teaches: a catalogue route lists a gap skill that no catalogue record
 *   with its source, code and title links to; a template route "covers" what its skill groups hold,
 *   and recognition of prior learning (EVC) must say it assesses, not that it covers;
 * - full time while part time exists: a full-time formal route whose programme the catalogue also
 *   has part-time, dual or as BBL.
 * Postings abroad (#16), in any language: the engine puts them outside the Netherlands and Belgium,
 * so they must get no formal route, no EVC or BBL place and no "leads to the diploma" claim.
 * Long: each honesty check a few lines over the same routes, and the report of both halves.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { translateOffline } from '../functions/engine/offline/translate';
import { diplomaEqf, gapFromTranslation, isDiploma } from '../functions/learning/gap';
import type { OfferRecord } from '../functions/learning/types';
import { getTaxonomy } from '../functions/taxonomy';
import { deltaDecode, normalize } from '../functions/taxonomy/normalize';
import { SKILL_URI } from '../shared/esco';
import { type LearningRoute, Translation } from '../shared/translation';
import { Vacancy } from '../shared/vacancy';
import { type Half, halfOf, readPostings } from './lib/corpus';
import { memoryCatalogue, withLearningRoutesInMemory } from './offers/memory';

const REAL_SOURCES = /^(duo|mbo|ooapi|csv:)/;
const taxonomy = getTaxonomy();
const catalogue = memoryCatalogue();
const CLAIM = /Leidt tot het diploma waar de vacature om vraagt|Leads to the (?:kind of )?diploma the vacancy asks for/;
const LEGAL_CLAIM = /De wet vraagt hier een diploma|The law requires a diploma here/;

// The judge reads the index itself, so that it also runs against an older matcher.
const isco = (occupation: number): string | null => taxonomy.index.occupations.isco?.slice(occupation * 4, occupation * 4 + 4) ?? null;
const narrowIds = new Set(deltaDecode(taxonomy.index.skills.narrow ?? []));
const narrowUri = (uri: string) => narrowIds.has(taxonomy.skillIdByUri(uri) ?? -1);
const programmesByCode = new Map<string, number[]>();
taxonomy.index.programmes.code.forEach((code, id) => programmesByCode.set(code, [...(programmesByCode.get(code) ?? []), id]));
const KIND = /^(?:associate degree|ad|bachelor|master|b|m|ba|ma|bsc|msc|hbo|wo|mbo)\s+/;
const bareName = (title: string) =>
  normalize(title.replace(/\s*\([^)]*\)/g, ' '))
    .replace(KIND, '')
    .trim();
const offersOf = (route: LearningRoute) =>
  catalogue.offers.filter((o) => o.source === route.source && o.sourceId === route.sourceId && (o.titleNl === route.title || o.titleEn === route.title));
/** Each catalogue record's own skill links (UUIDs), by key: what the offer teaches. */
const OFFERS_FILE = resolve(import.meta.dirname, '../.data/offers.json');
const linksByKey = new Map<string, string[]>(
  existsSync(OFFERS_FILE)
    ? (JSON.parse(readFileSync(OFFERS_FILE, 'utf8')) as { records: OfferRecord[] }).records.map((r) => [r.key, r.skills.map((l) => l.skill)])
    : [],
);

/** The route is the programme a diploma requirement names: its code or its name is in the requirement's words. */
function namedIn(route: LearningRoute, diplomas: string[]): boolean {
  const texts = diplomas.map((d) => ` ${normalize(d)} `);
  if (route.sourceId && diplomas.some((d) => d.includes(route.sourceId!))) return true;
  const titles = offersOf(route).flatMap((o) => [o.titleNl, o.titleEn ?? '']);
  const names = [route.title, ...titles, ...(programmesByCode.get(route.sourceId ?? '') ?? []).map((id) => taxonomy.programme(id).name)]
    .map(bareName)
    .filter((n) => n.length >= 4);
  return names.some((name) => texts.some((t) => t.includes(` ${name} `)));
}

function inJobField(route: LearningRoute, occupations: number[]): boolean {
  const groups = new Set(occupations.map((o) => isco(o)?.slice(0, 3)));
  const linked = (programmesByCode.get(route.sourceId ?? '') ?? []).flatMap((id) => taxonomy.programme(id).occupations);
  return linked.some((o) => occupations.includes(o) || groups.has(isco(o)?.slice(0, 3)));
}

interface Honesty {
  offLevel: number;
  claims: number;
  falseClaims: number;
  formal: number;
  outsideField: number;
  narrowGaps: number;
  degreeForNarrow: number;
  routes: number;
  overCovers: number;
  fullTime: number;
  fullTimeWithVariant: number;
}
const honesty: Record<Half, Honesty> = {
  untuned: {
    offLevel: 0,
    claims: 0,
    falseClaims: 0,
    formal: 0,
    outsideField: 0,
    narrowGaps: 0,
    degreeForNarrow: 0,
    routes: 0,
    overCovers: 0,
    fullTime: 0,
    fullTimeWithVariant: 0,
  },
  tune: {
    offLevel: 0,
    claims: 0,
    falseClaims: 0,
    formal: 0,
    outsideField: 0,
    narrowGaps: 0,
    degreeForNarrow: 0,
    routes: 0,
    overCovers: 0,
    fullTime: 0,
    fullTimeWithVariant: 0,
  },
};
const honestyMisses: string[] = [];
const abroad: Record<Half, { postings: string[]; routes: number; countryBound: number }> = {
  untuned: { postings: [], routes: 0, countryBound: 0 },
  tune: { postings: [], routes: 0, countryBound: 0 },
};

interface Row {
  id: string;
  routes: number;
  formal: boolean;
  outside: boolean;
  covers: boolean;
  coverage: string;
  ok: boolean;
  why: string[];
}
const rows: Row[] = [];
const all = readPostings();
const started = performance.now();
for (const posting of all.filter((p) => p.lang === 'nl')) {
  const vacancy = Vacancy.parse({ isVacancy: true, title: posting.title, employer: null, location: null, language: 'nl', text: posting.text, source: 'text' });
  const translation = await withLearningRoutesInMemory(Translation.parse(translateOffline(vacancy, taxonomy)));
  judge(posting, translation);
  judgeAbroad(posting.id, translation);
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
// The other languages' postings, for the check abroad only (routes come with every translation).
for (const posting of all.filter((p) => p.lang !== 'nl')) {
  const vacancy = Vacancy.parse({
    isVacancy: true,
    title: posting.title,
    employer: null,
    location: null,
    language: posting.lang,
    text: posting.text,
    source: 'text',
  });
  judgeAbroad(posting.id, await withLearningRoutesInMemory(Translation.parse(translateOffline(vacancy, taxonomy))));
}

/** A posting abroad: its routes, and those a Dutch or Flemish programme or procedure stands behind. */
function judgeAbroad(id: string, translation: Translation) {
  if (translation.region !== 'abroad') return;
  const a = abroad[halfOf(id)];
  a.postings.push(id);
  a.routes += translation.learningRoutes.length;
  for (const route of translation.learningRoutes) {
    const countryBound =
      route.form === 'formal' || route.type === 'evc' || route.type === 'bbl-workplace' || route.source !== 'template' || CLAIM.test(route.explanation);
    if (countryBound) {
      a.countryBound++;
      honestyMisses.push(`${halfOf(id)} ${id}: a Dutch route abroad: ${route.title}`);
    }
  }
}

/** Long: each honesty check of one posting's routes, a few lines each. */
function judge(posting: ReturnType<typeof readPostings>[number], translation: Translation) {
  const h = honesty[halfOf(posting.id)];
  const miss = (what: string, route: LearningRoute) => honestyMisses.push(`${halfOf(posting.id)} ${posting.id}: ${what}: ${route.title}`);
  const diplomas = posting.requirements
    ? posting.requirements.filter((r) => r.kind === 'diploma' || r.kind === 'education_level').map((r) => r.quote)
    : translation.requirements.filter(isDiploma).map((r) => r.text);
  const gold = (posting.occupations ?? []).map((uri) => taxonomy.occupationIdByUri(uri)).filter((o): o is number => o !== null);
  const claimed = translation.occupation ? taxonomy.occupationIdByUri(translation.occupation.uri) : null;
  const occupations = gold.length ? gold : claimed !== null ? [claimed] : [];
  const gap = gapFromTranslation(translation, taxonomy).skills.map((g) => `${SKILL_URI}${g.skill}`);
  const narrowGap = gap.length > 0 && gap.every(narrowUri);
  const asked = diplomaEqf(diplomas);
  if (narrowGap) h.narrowGaps++;
  for (const route of translation.learningRoutes) {
    h.routes++;
    const named = route.form === 'formal' && namedIn(route, diplomas);
    if (CLAIM.test(route.explanation)) {
      h.claims++;
      if (!named) {
        h.falseClaims++;
        miss('false "leads to the diploma"', route);
      }
    }
    if (route.form === 'formal') {
      h.formal++;
      if (!named && !LEGAL_CLAIM.test(route.explanation) && !inJobField(route, occupations)) {
        h.outsideField++;
        miss('outside the field', route);
      }
      if (narrowGap || (route.covers.length > 0 && route.covers.every(narrowUri))) {
        h.degreeForNarrow++;
        miss('a degree for a tool or language', route);
      }
      const offers = offersOf(route);
      // The level the vacancy asks (gold diplomas): one above is growth, two below still teaches the
      // basics; a vacancy that asks no level gets no master's or doctorate.
      const eqf = offers[0]?.eqf ?? null;
      if (!named && !LEGAL_CLAIM.test(route.explanation) && eqf && (asked ? eqf > asked + 1 || eqf < asked - 2 || (eqf > asked && eqf >= 7) : eqf > 6)) {
        h.offLevel++;
        miss(`far from the level asked (EQF ${asked ?? '—'})`, route);
      }
      if (offers.length && offers.every((o) => !o.workBased)) {
        h.fullTime++;
        if (catalogue.offers.some((o) => o.source === route.source && o.sourceId === route.sourceId && o.workBased)) {
          h.fullTimeWithVariant++;
          miss('full time while part time exists', route);
        }
      }
    }
    if (route.source === 'template') {
      if (route.type === 'evc' && /^(Dekt|Covers)\b/.test(route.explanation)) {
        h.overCovers++;
        miss('recognition claims to cover', route);
      }
    } else {
      const links = new Set(offersOf(route).flatMap((o) => linksByKey.get(o.key) ?? []));
      if (route.covers.some((uri) => !links.has(uri.slice(SKILL_URI.length)))) {
        h.overCovers++;
        miss('covers more than it teaches', route);
      }
    }
  }
}

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
const honest = (label: string, f: (h: Honesty) => string, goal: string) => `| ${label} | ${f(honesty.untuned)} | ${f(honesty.tune)} | ${goal} |`;
table.push(
  '',
  'Honest routes (#15), every Dutch posting: untuned half | tune half',
  '',
  '| metric | untuned | tune | goal |',
  '|---|---|---|---|',
  honest('false "leads to the diploma" claims', (h) => `${h.falseClaims}/${h.claims}`, '0'),
  honest("formal routes outside the job's field (ISCO minor group of the gold occupations)", (h) => `${h.outsideField}/${h.formal}`, '0'),
  honest('degrees for a gap of tools or languages only (gaps of that kind)', (h) => `${h.degreeForNarrow} (${h.narrowGaps})`, '0'),
  honest('routes that claim to cover more than the offer teaches', (h) => `${h.overCovers}/${h.routes}`, '0'),
  honest(
    'formal routes far from the level asked (> 1 above, > 2 below, a master above it; above EQF 6 where none is asked)',
    (h) => `${h.offLevel}/${h.formal}`,
    '0',
  ),
  honest('full-time routes whose programme exists part-time, dual or BBL', (h) => `${h.fullTimeWithVariant}/${h.fullTime}`, '0'),
  `| postings abroad (any language) | ${abroad.untuned.postings.length} | ${abroad.tune.postings.length} | |`,
  `| their formal, catalogue, EVC or BBL routes or "leads to the diploma" claims | ${abroad.untuned.countryBound}/${abroad.untuned.routes} | ${abroad.tune.countryBound}/${abroad.tune.routes} | 0 |`,
);
console.log(table.join('\n'));
for (const line of honestyMisses) console.log(`  honesty ${line}`);
for (const row of rows.filter((r) => !r.ok || !r.covers)) console.log(`  miss ${row.id}: ${row.why.join('; ')}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/eval-learning-routes.json',
  `${JSON.stringify({ rows, ok: rows.filter((r) => r.ok).length, total: rows.length, honesty, honestyMisses }, null, 2)}\n`,
);
if (rows.some((r) => !r.ok)) process.exitCode = 1;
