import { readFile } from 'node:fs/promises';
import { parseCsv } from './csv';
import { readZipEntry } from './zip';

export const ESCO_PREFIX = 'http://data.europa.eu/esco/';

export interface EscoRaw {
  skills: Array<Record<string, string>>;
  occupationsEn: Array<Record<string, string>>;
  skillGroupsEn: Array<Record<string, string>>;
  relations: Array<Record<string, string>>;
  broaderSkill: Array<Record<string, string>>;
  /** ESCO's language skills collection: every language and every way of using one. */
  languageSkills: Array<Record<string, string>>;
}

export async function readEscoZips(enZip: string, relationsZip: string): Promise<EscoRaw> {
  const en = await readFile(enZip);
  const rel = await readFile(relationsZip);
  const csv = (zip: Buffer, name: string) => parseCsv(readZipEntry(zip, name).toString('utf8'));
  return {
    skills: csv(en, 'skills_en.csv'),
    occupationsEn: csv(en, 'occupations_en.csv'),
    skillGroupsEn: csv(en, 'skillGroups_en.csv'),
    relations: csv(rel, 'occupationSkillRelations.csv'),
    broaderSkill: csv(rel, 'broaderRelationsSkillPillar.csv'),
    languageSkills: csv(en, 'languageSkillsCollection_en.csv'),
  };
}

/** Split an ESCO multi-value cell (newline- or " | "-separated). */
export function splitLabels(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/\n| \| /)
    .map((s) => s.trim())
    .filter(Boolean);
}

export const REUSE = ['transversal', 'cross-sector', 'sector-specific', 'occupation-specific'];
