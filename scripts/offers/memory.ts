/** The catalogue for Node tools without D1 (the CLI, the eval): .data/offers.json in memory. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { attachLearningRoutes } from '../../functions/learning/attach';
import { MemoryCatalogue } from '../../functions/learning/memory-source';
import { templateRecords } from '../../functions/learning/templates';
import type { Translation } from '../../shared/translation';
import type { CatalogueFile } from './build';

const FILE = resolve(import.meta.dirname, '../../.data/offers.json');
let catalogue: MemoryCatalogue | null = null;

/** The built catalogue, or the project's templates alone (with a hint) when it is not built. */
export function memoryCatalogue(file = FILE): MemoryCatalogue {
  if (catalogue) return catalogue;
  if (!existsSync(file)) {
    process.stderr.write('vaardig: no .data/offers.json, so learning routes come from templates only; run `npm run data:offers`.\n');
    return (catalogue = new MemoryCatalogue(templateRecords()));
  }
  return (catalogue = new MemoryCatalogue((JSON.parse(readFileSync(file, 'utf8')) as CatalogueFile).records));
}

export function withLearningRoutesInMemory(translation: Translation): Promise<Translation> {
  return attachLearningRoutes(translation, memoryCatalogue());
}
