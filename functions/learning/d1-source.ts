/**
 * The catalogue in D1. Without filters (every translation), each gap skill's surest offers come
 * from skill_top_offers (one row per skill, built when the catalogue is loaded); with filters
 * (region, level, budget, time), per gap skill the surest offers that pass (an index range scan
 * that stops early). The offers found for most of the gap rank first. Top lists, offers with all
 * their links and named formal offers are remembered by the isolate (catalogue-memo.ts), so D1 is
 * asked only for what this isolate has not seen since the catalogue was loaded. Lists go in as
 * JSON (json_each), under D1's parameter limit.
 */
import { CatalogueMemos, type CatalogueMemo, type MemoOffer } from './catalogue-memo';
import { D1Batch } from './d1-batch';
import { rowToOffer, TOP_OFFERS_PER_SKILL, type OfferRow } from './catalogue-sql';
import { builtinTemplates } from './templates';
import type { Candidate, CatalogueSource, MatchFilters, Offer } from './types';

const FILTERS = `
  AND (?2 IS NULL OR o.region IS NULL OR lower(o.region) = lower(?2))
  AND (?3 IS NULL OR o.language IS NULL OR o.language = ?3)
  AND (?4 IS NULL OR o.eqf IS NULL OR o.eqf >= ?4)
  AND (?5 IS NULL OR o.eqf IS NULL OR o.eqf <= ?5)
  AND (?6 IS NULL OR o.cost_eur IS NULL OR o.cost_eur <= ?6)
  AND (?7 IS NULL OR o.duration_months IS NULL OR o.duration_months <= ?7)`;

/** The offers that teach one skill most surely (index offer_skills_skill_confidence). */
const PER_SKILL = `
SELECT l.offer_id AS id, l.confidence AS c
FROM offer_skills l JOIN offers o ON o.id = l.offer_id
WHERE l.skill_id = ?1 ${FILTERS}
  AND (?8 IS NULL OR o.form = ?8)
ORDER BY l.confidence DESC LIMIT ?9`;

/** Unfiltered: the gap skills' top lists (skill_top_offers). */
const TOP_LISTS = `
SELECT skill_id AS skill, offers FROM skill_top_offers
WHERE form = ?2 AND skill_id IN (SELECT value FROM json_each(?1))`;

/** The templates, which cover skill groups rather than skills (index offers_templates_id, in id order). */
export const TEMPLATES = 'SELECT * FROM offers WHERE skill_groups IS NOT NULL ORDER BY id';

/** Offers by id with all their skill links (index offer_skills_offer_cover), for the memo. */
const OFFERS_WITH_LINKS = `
SELECT o.*, (SELECT json_group_array(json_array(l.skill_id, l.confidence)) FROM offer_skills l WHERE l.offer_id = o.id) AS links
FROM offers o WHERE o.id IN (SELECT value FROM json_each(?1))`;

/** Formal offers a posting names (CROHO code, crebo) or the law asks for (legal-table ids). */
const NAMED_IDS = `
SELECT o.id FROM offers o
WHERE o.source_id IN (SELECT value FROM json_each(?8)) AND o.form = 'formal' ${FILTERS}
UNION
SELECT o.id FROM offers o
WHERE o.legal_ids IS NOT NULL AND o.form = 'formal' ${FILTERS}
  AND EXISTS (SELECT 1 FROM json_each(o.legal_ids) j WHERE j.value IN (SELECT value FROM json_each(?9)))
LIMIT ?10`;

/** How many offers to read per gap skill: enough to find the offers that cover many gap skills. */
const PER_SKILL_LIMIT = TOP_OFFERS_PER_SKILL;

function hasFilters(filters: MatchFilters): boolean {
  return Object.values(filters).some((value) => value != null && value !== '');
}

/** Highest summed confidence first, then lower id: the order of both catalogues. */
function byScore(candidates: Candidate[]): Candidate[] {
  const scores = new Map(
    candidates.map((c) => {
      let sum = 0;
      for (const v of c.covers.values()) sum += v;
      return [c, sum];
    }),
  );
  return candidates.sort((a, b) => scores.get(b)! - scores.get(a)! || a.offer.id - b.offer.id);
}

const ahead = (a: readonly [number, number], b: readonly [number, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);

/**
 * The `limit` offer ids with the highest sum of confidences over the gap skills' lists (found for
 * more of the gap first). A gap's lists hold a thousand or so offers; the best few are kept in
 * order as they come, so most offers cost one comparison rather than a place in a full sort.
 */
export function surest(lists: Iterable<ReadonlyArray<readonly [number, number]>>, limit: number): number[] {
  const partial = new Map<number, number>();
  for (const list of lists) for (const [id, c] of list) partial.set(id, (partial.get(id) ?? 0) + c);
  const best: Array<[number, number]> = [];
  for (const entry of partial) {
    if (best.length === limit && !ahead(entry, best[limit - 1]!)) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ahead(best[mid]!, entry)) low = mid + 1;
      else high = mid;
    }
    best.splice(low, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(([id]) => id);
}

function filterParams(filters: MatchFilters) {
  return [
    filters.region ?? null,
    filters.language ?? null,
    filters.minEqf ?? null,
    filters.maxEqf ?? null,
    filters.maxCostEur ?? null,
    filters.maxMonths ?? null,
  ];
}

/** Templates rarely change: read once per isolate and database. */
const templateCache = new WeakMap<D1Database, Promise<Offer[]>>();
const memos = new CatalogueMemos();

export class D1Catalogue implements CatalogueSource {
  /** This request's lookups, sent to D1 a turn at a time. */
  private readonly batch: D1Batch;
  /** Offers this request is reading from D1, and what it read (the memo may have let them go). */
  private readonly reading = new Map<number, Promise<void>>();
  private readonly read = new Map<number, MemoOffer>();

  constructor(private readonly db: D1Database) {
    this.batch = new D1Batch(db);
  }

  async candidates(skills: string[], filters: MatchFilters, options: { limit: number; form?: 'formal' }): Promise<Candidate[]> {
    if (!skills.length) return [];
    const memo = await this.memo();
    if (!hasFilters(filters)) return this.fromTopLists(memo, skills, options.form ?? 'any', options.limit);
    // Filtered: per skill, its best offers that pass.
    const statement = this.db.prepare(PER_SKILL);
    const lists = await this.batch.all<{ id: number; c: number }>(
      skills.map((skill) => statement.bind(skill, ...filterParams(filters), options.form ?? null, PER_SKILL_LIMIT)),
    );
    const top = surest(
      lists.map((list) => list.map(({ id, c }) => [id, c] as const)),
      options.limit,
    );
    return byScore(await this.remembered(memo, top, skills));
  }

  async named(skills: string[], filters: MatchFilters, options: { sourceIds: string[]; legalIds: string[]; limit: number }): Promise<Candidate[]> {
    const memo = await this.memo();
    const params = [...filterParams(filters), JSON.stringify(options.sourceIds), JSON.stringify(options.legalIds), options.limit];
    const key = JSON.stringify(params);
    let ids = memo.named.get(key);
    if (!ids) {
      const results = await this.batch.one<{ id: number }>(this.db.prepare(NAMED_IDS).bind(null, ...params));
      ids = results.map((row) => row.id).sort((a, b) => a - b);
      memo.named.set(key, ids);
    }
    return this.remembered(memo, ids, skills);
  }

  /** Unfiltered, the top lists the matching candidates() call will read. */
  async prefetch(skills: string[], filters: MatchFilters, form: 'any' | 'formal'): Promise<void> {
    if (skills.length && !hasFilters(filters)) await this.topLists(await this.memo(), skills, form);
  }

  /** The isolate's memo; its version check, when due, goes to D1 with this request's first lookups. */
  private memo(): Promise<CatalogueMemo> {
    return memos.current(this.db, Date.now(), (statement) => this.batch.one(statement));
  }

  /** The offers found among the gap skills' top lists, most found first, with their links to the gap. */
  private async fromTopLists(memo: CatalogueMemo, skills: string[], form: 'any' | 'formal', limit: number): Promise<Candidate[]> {
    const top = surest(await this.topLists(memo, skills, form), limit);
    return byScore(await this.remembered(memo, top, skills));
  }

  /** Each skill's top list (once per skill), from the memo, else from D1 (skill_top_offers). */
  private async topLists(memo: CatalogueMemo, gap: string[], form: 'any' | 'formal'): Promise<Array<Array<[number, number]>>> {
    const skills = [...new Set(gap)];
    const lists = skills.map((skill) => memo.tops.get(`${form}:${skill}`));
    const unseen = skills.filter((_, i) => !lists[i]);
    if (!unseen.length) return lists as Array<Array<[number, number]>>;
    const results = await this.batch.one<{ skill: string; offers: string }>(this.db.prepare(TOP_LISTS).bind(JSON.stringify(unseen), form));
    const read = new Map(results.map((row) => [row.skill, JSON.parse(row.offers) as Array<[number, number]>]));
    return skills.map((skill, i) => {
      let list = lists[i];
      if (!list) memo.tops.set(`${form}:${skill}`, (list = read.get(skill) ?? []));
      return list;
    });
  }

  /**
   * Offers by id from the memo (D1 for those it lacks), each with its links to the gap, in the order
   * of `ids`. The lookups of one match share their reads: an offer another lookup is already
   * reading is waited for, not read again.
   */
  private async remembered(memo: CatalogueMemo, ids: number[], skills: string[]): Promise<Candidate[]> {
    const known = (id: number) => this.read.get(id) ?? memo.offers.get(id);
    const missing = ids.filter((id) => !this.reading.has(id) && !known(id));
    if (missing.length) {
      const reading = this.batch.one<OfferRow & { links: string }>(this.db.prepare(OFFERS_WITH_LINKS).bind(JSON.stringify(missing))).then((rows) => {
        for (const row of rows) {
          const entry: MemoOffer = { offer: rowToOffer(row), links: new Map(JSON.parse(row.links) as Array<[string, number]>) };
          memo.offers.set(row.id, entry);
          this.read.set(row.id, entry);
        }
      });
      for (const id of missing) this.reading.set(id, reading);
    }
    await Promise.all(new Set(ids.map((id) => this.reading.get(id))));
    const gap = [...new Set(skills)];
    return ids
      .map(known)
      .filter((entry): entry is MemoOffer => entry !== undefined)
      .map(({ offer, links }) => ({ offer, covers: new Map(gap.filter((s) => links.has(s)).map((s) => [s, links.get(s)!])) }));
  }

  // async: a statement D1 refuses at prepare becomes a rejection, never a throw out of the
  // Promise.all that starts the other lookups (which would leave theirs unhandled).
  async templates(): Promise<Offer[]> {
    const known = templateCache.get(this.db);
    if (known) return known;
    const loading = this.batch.one<OfferRow>(this.db.prepare(TEMPLATES)).then((results) => (results.length ? results.map(rowToOffer) : builtinTemplates()));
    // Do not cache a failure or a catalogue that may be loaded later.
    loading.then(
      (list) => {
        if (list[0] && list[0].id < 0) templateCache.delete(this.db);
      },
      () => templateCache.delete(this.db),
    );
    templateCache.set(this.db, loading);
    return loading;
  }
}
