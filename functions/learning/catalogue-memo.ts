/**
 * What a Worker isolate remembers of the D1 catalogue between requests: each skill's surest
 * offers (a row of skill_top_offers), each offer with all its skill links, and which formal
 * offers a programme code or a legal requirement names. The catalogue is
 * reference data that changes only when it is reloaded, so an isolate that has seen a skill or an
 * offer reads it from memory; its catalogue hash is checked at most every 30 s, and a new hash
 * empties the memo. Both maps are bounded (least recently used goes first), so the memo stays a
 * few MB whatever the catalogue's size (#5, #9).
 */
import type { Offer } from './types';

export interface MemoOffer {
  offer: Offer;
  /** All the offer's skills (ESCO UUID → confidence). */
  links: Map<string, number>;
}

/** A Map that forgets its least recently used entry beyond `max`. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  get size(): number {
    return this.map.size;
  }
}

const VERSION_TTL_MS = 30_000;

export class CatalogueMemo {
  /** "any:<skill>" or "formal:<skill>" → [offer id, confidence][], surest first. */
  readonly tops = new Lru<string, Array<[number, number]>>(8_000);
  readonly offers = new Lru<number, MemoOffer>(8_000);
  /** The formal offers a posting names or the law asks for: [filters, source ids, legal ids, limit] → offer ids. */
  readonly named = new Lru<string, number[]>(2_000);
  checkedAt = -Infinity;

  constructor(readonly version: string | null) {}
}

/** Reads the version row: alone, or in a request's D1 batch beside its first lookups (one round trip, #15). */
export type ReadVersion = (statement: D1PreparedStatement) => Promise<Array<{ version: string | null }>>;
const alone: ReadVersion = async (statement) => (await statement.all<{ version: string | null }>()).results;

/** Each database's memo, for the catalogue loaded in it now. */
export class CatalogueMemos {
  private readonly memos = new WeakMap<D1Database, CatalogueMemo>();
  /** Version checks in flight, so that concurrent lookups wait for one. */
  private readonly checks = new WeakMap<D1Database, Promise<CatalogueMemo>>();

  /** The catalogue's version is read at most every 30 s. */
  current(db: D1Database, now = Date.now(), read = alone): Promise<CatalogueMemo> {
    const memo = this.memos.get(db);
    if (memo && now - memo.checkedAt < VERSION_TTL_MS) return Promise.resolve(memo);
    let checking = this.checks.get(db);
    if (!checking) {
      checking = read(db.prepare('SELECT group_concat(hash) AS version FROM offer_catalogue'))
        .then((rows) => {
          const version = rows[0]?.version ?? null;
          let fresh = this.memos.get(db);
          if (!fresh || fresh.version !== version) this.memos.set(db, (fresh = new CatalogueMemo(version)));
          fresh.checkedAt = now;
          return fresh;
        })
        .finally(() => this.checks.delete(db));
      this.checks.set(db, checking);
    }
    return checking;
  }
}
