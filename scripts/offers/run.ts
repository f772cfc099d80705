/**
 * `npm run data:offers [-- options]`: build the learning-offer catalogue into .data/ and,
 * with --load, into the local D1.
 *   --csv FILE          a regional learning desk's CSV (repeatable; columns in scripts/offers/csv.ts)
 *   --ooapi DIR|FILE    OOAPI v5 JSON (repeatable)
 *   --if-missing        build only when .data/offers.json is missing or older than the taxonomy
 *   --load              apply to the local D1 when its catalogue is missing or stale
 *   --persist-to DIR    local D1 state (default .wrangler/state)
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalogue, OFFERS_META, writeCatalogue } from './build';
import { loadCatalogue } from './load';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, '.data');
const log = (line: string) => console.log(`offers: ${line}`);
const { values } = parseArgs({
  options: {
    csv: { type: 'string', multiple: true },
    ooapi: { type: 'string', multiple: true },
    'if-missing': { type: 'boolean' },
    load: { type: 'boolean' },
    'persist-to': { type: 'string', default: '.wrangler/state' },
  },
});

const meta = resolve(outDir, OFFERS_META);
const taxonomy = resolve(outDir, 'taxonomy.js');
const fresh = existsSync(meta) && (!existsSync(taxonomy) || statSync(meta).mtimeMs >= statSync(taxonomy).mtimeMs);
try {
  if (!values['if-missing'] || !fresh) {
    const dataDir = process.env.VAARDIG_DATA_DIR
      ? resolve(process.env.VAARDIG_DATA_DIR)
      : existsSync(resolve(root, '../shared/data'))
        ? resolve(root, '../shared/data')
        : null;
    const started = performance.now();
    const catalogue = buildCatalogue({ dataDir, csv: values.csv, ooapi: values.ooapi, log });
    await writeCatalogue(catalogue, outDir);
    const links = catalogue.records.reduce((sum, r) => sum + r.skills.length, 0);
    const linked = catalogue.records.filter((r) => r.skills.length || r.skillGroups).length;
    log(
      `wrote .data/offers.{json,sql}: ${catalogue.records.length} offers (${Object.entries(catalogue.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}), ${linked} linked to skills, ${links} skill links, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } else log('.data/offers.json is up to date (run `npm run data:offers` to rebuild)');
  if (values.load) loadCatalogue(outDir, values['persist-to']!, log);
} catch (error) {
  console.error(`offers: ${(error as Error).message}`);
  process.exit(1);
}
