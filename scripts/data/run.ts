import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildIndex } from './build-index';
import { parseCsv } from './csv';
import { loadOfficialDutch } from './dutch-pack';
import { readEscoZips } from './esco';
import { readText, resolveSources } from './fetch';
import { SOURCES, type Source } from './sources';

export const INDEX_FILE = 'taxonomy.js';

export interface BuildOptions {
  dataDir: string | null;
  outDir: string;
  mirror?: string | null;
  /** Replaces the ESCO portal's download path for the official Dutch pack; 'off' skips it. */
  portal?: string | null;
  /** Overrides the Dutch pack's pinned sha256 (tests). */
  dutchPackSha256?: string | null;
  sources?: Source[];
  log?: (line: string) => void;
}

/**
 * Resolve sources, build the index and write .data/taxonomy.js (+ .d.ts and a manifest).
 * Long: the data build's steps in order, each logged.
 */
export async function buildData(options: BuildOptions): Promise<{ file: string; bytes: number; versions: Record<string, string> }> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  log(options.dataDir ? `reading reference data from ${options.dataDir}` : 'no data directory: downloading pinned public files');
  const resolved = await resolveSources(options.sources ?? SOURCES, {
    dataDir: options.dataDir,
    cacheDir: join(options.outDir, 'download'),
    mirror: options.mirror,
    log,
  });
  const missing = resolved.filter((r) => !r.file);
  const missingRequired = missing.filter((r) => r.source.required);
  if (missingRequired.length) {
    throw new Error(`missing required reference files:\n${missingRequired.map((r) => `  - ${r.source.path}: get it from ${r.source.howToGet}`).join('\n')}`);
  }
  for (const r of missing) log(`optional file not found: ${r.source.path} — ${r.source.howToGet}`);
  const file = (id: string) => resolved.find((r) => r.source.id === id)?.file ?? null;
  const csv = async (id: string) => parseCsv(await readText(file(id) ?? ''));
  const esco = await readEscoZips(file('esco-en') ?? '', file('esco-relations') ?? '');
  const official = await loadOfficialDutch(esco, {
    dataDir: options.dataDir,
    cacheDir: join(options.outDir, 'download'),
    portal: options.portal,
    sha256: options.dutchPackSha256,
    log,
  });

  const versions: Record<string, string> = {
    esco: 'v1.1.1',
    escoSkillsNl: official ? 'official' : 'partial',
    mbo: file('mbo') ? '2015' : 'absent',
    duo: 'ho_opleidingsoverzicht',
    built: new Date().toISOString().slice(0, 10),
  };
  const index = await buildIndex(
    {
      esco,
      occupationsNl: official?.labels.occupations ?? (await csv('esco-nl-occupations_nl.csv')),
      skillGroupsNl: official?.labels.skillGroups ?? (await csv('esco-nl-skillGroups_nl.csv')),
      skillLabelsNl: [file('esco-nl-skills-partial'), ...resolved.filter((r) => /SkillsCollection_nl/.test(r.source.path)).map((r) => r.file)].filter(
        (f): f is string => !!f,
      ),
      skillsNl: official?.labels.skills ?? null,
      duo: file('duo-ho') ?? '',
      mbo: file('mbo'),
    },
    versions,
  );

  await mkdir(options.outDir, { recursive: true });
  const js = `// Built by \`npm run data\` from ESCO v1.1.1 (European Commission), DUO and MBO lists. Do not edit.\nexport default ${JSON.stringify(index)};\n`;
  const out = join(options.outDir, INDEX_FILE);
  await writeFile(out, js);
  await writeFile(
    join(options.outDir, 'taxonomy.d.ts'),
    "import type { TaxonomyIndex } from '../functions/taxonomy/types';\ndeclare const index: TaxonomyIndex;\nexport default index;\n",
  );
  const sources = [...resolved.map((r) => ({ id: r.source.id, origin: r.origin })), ...(official ? [{ id: 'esco-nl-pack', origin: official.origin }] : [])];
  await writeFile(join(options.outDir, 'manifest.json'), JSON.stringify({ versions, sources }, null, 2));
  const dutch = index.skills.nl.filter(Boolean).length;
  log(
    `wrote .data/${INDEX_FILE} (${(js.length / 1024).toFixed(0)} KiB: ${index.skills.en.length} skills, ${dutch} with a Dutch label, ${index.occupations.en.length} occupations, ${index.programmes.name.length} programmes) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { file: out, bytes: js.length, versions };
}
