/**
 * The catalogue in D1. One query per lookup: the gap's skills go in as one JSON parameter
 * (json_each), so a gap of any size stays under D1's bound-parameter limit, and the covering
 * primary key (skill_id, offer_id) answers the lookup without touching the offers table first.
 */
import { rowToOffer, type OfferRow } from './catalogue-sql';
import { builtinTemplates } from './templates';
import type { Candidate, CatalogueSource, MatchFilters, Offer } from './types';

const FILTERS = `
  AND (?2 IS NULL OR o.region IS NULL OR lower(o.region) = lower(?2))
  AND (?3 IS NULL OR o.language IS NULL OR o.language = ?3)
  AND (?4 IS NULL OR o.eqf IS NULL OR o.eqf >= ?4)
  AND (?5 IS NULL OR o.eqf IS NULL OR o.eqf <= ?5)
  AND (?6 IS NULL OR o.cost_eur IS NULL OR o.cost_eur <= ?6)
  AND (?7 IS NULL OR o.duration_months IS NULL OR o.duration_months <= ?7)`;

const CANDIDATES = `
WITH hits AS (
  SELECT l.offer_id AS id, group_concat(l.skill_id || '=' || l.confidence) AS links, sum(l.confidence) AS score
  FROM offer_skills l JOIN offers o ON o.id = l.offer_id
  WHERE l.skill_id IN (SELECT value FROM json_each(?1)) ${FILTERS}
    AND (?8 IS NULL OR o.form = ?8)
  GROUP BY l.offer_id ORDER BY score DESC, l.offer_id LIMIT ?9)
SELECT o.*, hits.links FROM hits JOIN offers o ON o.id = hits.id ORDER BY hits.score DESC, o.id`;

const NAMED = `
SELECT o.*, (SELECT group_concat(l.skill_id || '=' || l.confidence) FROM offer_skills l
             WHERE l.offer_id = o.id AND l.skill_id IN (SELECT value FROM json_each(?1))) AS links
FROM offers o
WHERE o.form = 'formal' ${FILTERS}
  AND (o.source_id IN (SELECT value FROM json_each(?8))
       OR EXISTS (SELECT 1 FROM json_each(coalesce(o.legal_ids, '[]')) j WHERE j.value IN (SELECT value FROM json_each(?9))))
LIMIT ?10`;

type Row = OfferRow & { links: string | null };

function toCandidate(row: Row): Candidate {
  const covers = new Map<string, number>();
  for (const pair of row.links ? row.links.split(',') : []) {
    const at = pair.lastIndexOf('=');
    covers.set(pair.slice(0, at), Number(pair.slice(at + 1)));
  }
  return { offer: rowToOffer(row), covers };
}

function filterParams(filters: MatchFilters) {
  return [filters.region ?? null, filters.language ?? null, filters.minEqf ?? null, filters.maxEqf ?? null, filters.maxCostEur ?? null, filters.maxMonths ?? null];
}

/** Templates rarely change: read once per isolate and database. */
const templateCache = new WeakMap<D1Database, Promise<Offer[]>>();

export class D1Catalogue implements CatalogueSource {
  constructor(private readonly db: D1Database) {}

  async candidates(skills: string[], filters: MatchFilters, options: { limit: number; form?: 'formal' }): Promise<Candidate[]> {
    const { results } = await this.db.prepare(CANDIDATES)
      .bind(JSON.stringify(skills), ...filterParams(filters), options.form ?? null, options.limit)
      .all<Row>();
    return results.map(toCandidate);
  }

  async named(skills: string[], filters: MatchFilters, options: { sourceIds: string[]; legalIds: string[]; limit: number }): Promise<Candidate[]> {
    const { results } = await this.db.prepare(NAMED)
      .bind(JSON.stringify(skills), ...filterParams(filters), JSON.stringify(options.sourceIds), JSON.stringify(options.legalIds), options.limit)
      .all<Row>();
    return results.map(toCandidate);
  }

  templates(): Promise<Offer[]> {
    const known = templateCache.get(this.db);
    if (known) return known;
    const loading = this.db.prepare('SELECT * FROM offers WHERE skill_groups IS NOT NULL ORDER BY id').all<OfferRow>()
      .then(({ results }) => (results.length ? results.map(rowToOffer) : builtinTemplates()));
    // Do not cache a failure or a catalogue that may be loaded later.
    loading.then((list) => { if (list[0] && list[0].id < 0) templateCache.delete(this.db); }, () => templateCache.delete(this.db));
    templateCache.set(this.db, loading);
    return loading;
  }
}
