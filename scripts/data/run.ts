import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildIndex } from './build-index';
import { resolveSources } from './fetch';
import { SKILLS_NL_HOW_TO_GET, SKILLS_NL_PATHS, SOURCES, type Source } from './sources';

export const INDEX_FILE = 'taxonomy.js';

export interface BuildOptions {
  dataDir: string | null;
  outDir: string;
  mirror?: string | null;
  sources?: Source[];
  log?: (line: string) => void;
}

/** The official full Dutch skills file (skills_nl.csv), when a deployer added it to the data directory. */
export function findSkillsNl(dataDir: string | null): string | null {
  if (!dataDir) return null;
  return SKILLS_NL_PATHS.map((p) => join(dataDir, p)).find((p) => existsSync(p)) ?? null;
}

/** Resolve sources, build the index and write .data/taxonomy.js (+ .d.ts and a manifest). */
export async function buildData(options: BuildOptions): Promise<{ file: string; bytes: number; versions: Record<string, string> }> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  log(options.dataDir ? `reading reference data from ${options.dataDir}` : 'no data directory: downloading pinned public files');
  const resolved = await resolveSources(options.sources ?? SOURCES, {
    dataDir: options.dataDir, cacheDir: join(options.outDir, 'download'), mirror: options.mirror, log,
  });
  const missing = resolved.filter((r) => !r.file);
  const missingRequired = missing.filter((r) => r.source.required);
  if (missingRequired.length) {
    throw new Error(`missing required reference files:\n${missingRequired.map((r) => `  - ${r.source.path}: get it from ${r.source.howToGet}`).join('\n')}`);
  }
  for (const r of missing) log(`optional file not found: ${r.source.path} — ${r.source.howToGet}`);
  const file = (id: string) => resolved.find((r) => r.source.id === id)?.file ?? null;
  const skillsNl = findSkillsNl(options.dataDir);
  log(skillsNl ? `official Dutch skill labels found: ${skillsNl}` : `no official skills_nl.csv: Dutch skill labels are partial. To add them: ${SKILLS_NL_HOW_TO_GET}`);

  const versions: Record<string, string> = {
    esco: 'v1.1.1',
    escoSkillsNl: skillsNl ? 'official' : 'partial',
    mbo: file('mbo') ? '2015' : 'absent',
    duo: 'ho_opleidingsoverzicht',
    built: new Date().toISOString().slice(0, 10),
  };
  const index = await buildIndex({
    enZip: file('esco-en') ?? '',
    relationsZip: file('esco-relations') ?? '',
    occupationsNl: file('esco-nl-occupations_nl.csv') ?? '',
    skillGroupsNl: file('esco-nl-skillGroups_nl.csv') ?? '',
    skillLabelsNl: [
      file('esco-nl-skills-partial'),
      ...resolved.filter((r) => /SkillsCollection_nl/.test(r.source.path)).map((r) => r.file),
    ].filter((f): f is string => !!f),
    skillsNl,
    duo: file('duo-ho') ?? '',
    mbo: file('mbo'),
  }, versions);

  await mkdir(options.outDir, { recursive: true });
  const js = `// Built by \`npm run data\` from ESCO v1.1.1 (European Commission), DUO and MBO lists. Do not edit.\nexport default ${JSON.stringify(index)};\n`;
  const out = join(options.outDir, INDEX_FILE);
  await writeFile(out, js);
  await writeFile(join(options.outDir, 'taxonomy.d.ts'),
    "import type { TaxonomyIndex } from '../functions/taxonomy/types';\ndeclare const index: TaxonomyIndex;\nexport default index;\n");
  await writeFile(join(options.outDir, 'manifest.json'), JSON.stringify({ versions, sources: resolved.map((r) => ({ id: r.source.id, origin: r.origin })) }, null, 2));
  log(`wrote .data/${INDEX_FILE} (${(js.length / 1024).toFixed(0)} KiB: ${index.skills.en.length} skills, ${index.occupations.en.length} occupations, ${index.programmes.name.length} programmes) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { file: out, bytes: js.length, versions };
}
