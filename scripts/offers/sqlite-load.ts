/**
 * Bench only: write a catalogue straight into the SQLite file behind a local D1 (Miniflare keeps
 * one per database under <persist>/v3/d1/miniflare-D1DatabaseObject/). `wrangler d1 execute`
 * needs minutes for a million rows; this takes seconds and runs the very same statements.
 * It relies on Miniflare's storage layout, so the product's own load path stays `load.ts`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { catalogueStatements } from '../../functions/learning/catalogue-sql';
import type { OfferRecord } from '../../functions/learning/types';

export function loadIntoLocalD1(persistTo: string, records: OfferRecord[], name = 'synthetic'): void {
  const dir = join(persistTo, 'v3/d1/miniflare-D1DatabaseObject');
  const file = readdirSync(dir).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite');
  if (!file) throw new Error(`no local D1 database under ${dir}: apply the migrations first`);
  const db = new DatabaseSync(join(dir, file));
  try {
    db.exec('BEGIN');
    for (const sql of catalogueStatements(records, { name, hash: name, loadedAt: new Date().toISOString() })) db.exec(sql);
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}
