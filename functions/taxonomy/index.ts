/**
 * The taxonomy the engines read: a lazy singleton over the index `npm run data` builds into
 * .data/taxonomy.js, bundled into the Worker script and imported as-is by Node tools.
 */
import index from '../../.data/taxonomy.js';
import { Taxonomy } from './taxonomy';

export { Taxonomy } from './taxonomy';
export type { SkillRef, OccupationRef, ProgrammeRef } from './taxonomy';

let instance: Taxonomy | null = null;

export function getTaxonomy(): Taxonomy {
  return (instance ??= new Taxonomy(index));
}

// Build the label maps while the script starts (in workerd: global scope, outside any request's
// CPU budget), so that no request pays for them.
getTaxonomy().warm();

export function dataVersions(): Record<string, string> {
  return { ...index.versions };
}
