import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../data/csv';
import { readZipEntry } from '../data/zip';

/** Occupation URI → its essential and optional skill URIs, from the ESCO relations pack. */
export async function occupationSkills(dataDir: string): Promise<Map<string, string[]>> {
  const candidates = [
    join(dataDir, 'esco/raw/v1.1.1-relations/esco-v1.1.1-relations-csv.zip'),
    join(import.meta.dirname, '../../.data/download/esco/raw/v1.1.1-relations/esco-v1.1.1-relations-csv.zip'),
  ];
  const zip = candidates.find((f) => existsSync(f));
  const map = new Map<string, string[]>();
  if (!zip) return map;
  for (const row of parseCsv(readZipEntry(readFileSync(zip), 'occupationSkillRelations.csv').toString('utf8'))) {
    const list = map.get(row.occupationUri ?? '') ?? [];
    list.push(row.skillUri ?? '');
    map.set(row.occupationUri ?? '', list);
  }
  return map;
}
