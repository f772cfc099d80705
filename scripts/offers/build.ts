/**
 * Build the learning-offer catalogue from every importer into .data/offers.json (records, read by
 * the CLI's in-memory matcher) and .data/offers.sql (loaded into D1). Never commits source data.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { catalogueSql } from '../../functions/learning/catalogue-sql';
import { templateRecords } from '../../functions/learning/templates';
import type { OfferRecord } from '../../functions/learning/types';
import { getTaxonomy } from '../../functions/taxonomy';
import { importCsv } from './csv';
import { importDuo } from './duo';
import { SkillLinker } from './link';
import { importMbo } from './mbo';
import { importOoapi } from './ooapi';

export const OFFERS_JSON = 'offers.json';
export const OFFERS_SQL = 'offers.sql';
export const OFFERS_META = 'offers.meta.json';

export interface CatalogueOptions {
  dataDir: string | null;
  /** Regional learning-desk CSV files. */
  csv?: string[];
  /** Directories or files of OOAPI v5 JSON (programs, courses, offerings; paged or not). */
  ooapi?: string[];
  log?: (line: string) => void;
}

export interface CatalogueFile {
  name: string;
  hash: string;
  built: string;
  counts: Record<string, number>;
  records: OfferRecord[];
}

function jsonFiles(path: string): string[] {
  if (!existsSync(path)) throw new Error(`OOAPI input not found: ${path}`);
  if (path.endsWith('.json')) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(path, f));
}

export function buildCatalogue(options: CatalogueOptions): CatalogueFile {
  const log = options.log ?? (() => {});
  const linker = new SkillLinker(getTaxonomy());
  const records: OfferRecord[] = [...templateRecords()];
  const counts: Record<string, number> = { template: records.length };
  const add = (source: string, list: OfferRecord[]) => {
    counts[source] = (counts[source] ?? 0) + list.length;
    records.push(...list);
  };
  const file = (path: string) => (options.dataDir && existsSync(join(options.dataDir, path)) ? join(options.dataDir, path) : null);
  const mbo = file('mbo/mbo_qualifications.csv');
  if (mbo) add('mbo', importMbo(readFileSync(mbo, 'utf8'), linker));
  else log('mbo/mbo_qualifications.csv not found: no MBO routes (see ../shared/data/README.md)');
  const duo = file('duo/ho_opleidingsoverzicht.csv');
  if (duo) add('duo', importDuo(readFileSync(duo, 'utf8'), linker));
  else log('duo/ho_opleidingsoverzicht.csv not found: no higher-education routes. Get it from DUO open onderwijsdata, "HO Opleidingsoverzicht" (CC0)');
  for (const path of options.ooapi ?? []) {
    const payloads = jsonFiles(path).map((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown);
    add('ooapi', importOoapi(payloads, linker));
  }
  for (const path of options.csv ?? []) add(`csv:${basename(path, '.csv')}`, importCsv(readFileSync(path, 'utf8'), basename(path, '.csv'), linker, log));

  const unique = new Map(records.map((r) => [r.key, r]));
  const all = [...unique.values()];
  const hash = createHash('sha256').update(JSON.stringify(all)).digest('hex').slice(0, 16);
  return { name: 'catalogue', hash, built: new Date().toISOString(), counts, records: all };
}

export async function writeCatalogue(catalogue: CatalogueFile, outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, OFFERS_JSON), JSON.stringify(catalogue));
  await writeFile(join(outDir, OFFERS_SQL), catalogueSql(catalogue.records, { name: catalogue.name, hash: catalogue.hash, loadedAt: catalogue.built }));
  const { records: _records, ...meta } = catalogue;
  await writeFile(join(outDir, OFFERS_META), JSON.stringify(meta, null, 2));
}
