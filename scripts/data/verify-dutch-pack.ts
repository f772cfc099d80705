import { parseCsv } from './csv';
import type { EscoRaw } from './esco';
import { listZip, readZipEntry } from './zip';

type Rows = Array<Record<string, string>>;

/** The Dutch labels the index uses, from the official pack (or a loose skills_nl.csv: skills only). */
export interface DutchLabels {
  skills: Rows;
  occupations: Rows | null;
  skillGroups: Rows | null;
}

export class DutchPackError extends Error {}

/**
 * No checksum of the Dutch pack could be pinned (issue #15), so a pack is trusted by its structure:
 * the files and columns of an ESCO CSV pack, the concept URIs of the v1.1.1 English pack, labels
 * for nearly every skill, and labels that are not the English ones.
 */
const FILES = {
  skills: { name: 'skills_nl.csv', columns: ['conceptUri', 'skillType', 'reuseLevel', 'preferredLabel', 'altLabels'] },
  occupations: { name: 'occupations_nl.csv', columns: ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels', 'hiddenLabels'] },
  skillGroups: { name: 'skillGroups_nl.csv', columns: ['conceptUri', 'preferredLabel'] },
};
/** Share of the English pack's skills that need a Dutch preferred label: 13,202 of v1.1.1's 13,896. */
export const MIN_LABELLED_SHARE = 0.95;
/** Share of the English pack's concepts a translation may lack (none did in v1.1.1's occupations_nl). */
const MAX_MISSING_SHARE = 0.01;
/** Tool names ("Haskell", "SAP R3") are the same in both languages; most labels are not. */
const MAX_ENGLISH_SHARE = 0.5;

export type EnglishConcepts = Pick<EscoRaw, 'skills' | 'occupationsEn' | 'skillGroupsEn'>;

export function verifyDutchPack(zip: Buffer, english: EnglishConcepts): DutchLabels {
  let names: string[];
  try {
    names = listZip(zip).map((e) => e.name.replace(/^.*\//, ''));
  } catch (error) {
    throw new DutchPackError(`${(error as Error).message}: not a zip archive (did the portal answer with a web page?)`);
  }
  const read = (file: { name: string; columns: string[] }): Rows => {
    if (!names.includes(file.name)) throw new DutchPackError(`it has no ${file.name} (has: ${names.join(', ') || 'nothing'}): not the Dutch CSV pack`);
    let rows: Rows;
    try {
      rows = parseCsv(readZipEntry(zip, file.name).toString('utf8'));
    } catch (error) {
      throw new DutchPackError(`${file.name} is corrupt (${(error as Error).message})`);
    }
    checkColumns(file.name, rows, file.columns);
    return rows;
  };
  const skills = read(FILES.skills);
  const occupations = read(FILES.occupations);
  const skillGroups = read(FILES.skillGroups);
  checkSkills(skills, english.skills);
  checkConcepts('occupations', occupations, english.occupationsEn);
  checkConcepts('skill groups', skillGroups, english.skillGroupsEn);
  return { skills, occupations, skillGroups };
}

/** The checks on skills alone, for a loose skills_nl.csv a deployer added. */
export function verifyDutchSkills(text: string, english: EnglishConcepts): DutchLabels {
  const skills = parseCsv(text);
  checkColumns(FILES.skills.name, skills, FILES.skills.columns);
  checkSkills(skills, english.skills);
  return { skills, occupations: null, skillGroups: null };
}

function checkColumns(name: string, rows: Rows, columns: string[]): void {
  if (!rows[0]) throw new DutchPackError(`${name} has no rows`);
  const missing = columns.filter((c) => !(c in rows[0]!));
  if (missing.length) throw new DutchPackError(`${name} lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: not an ESCO CSV export`);
}

function checkSkills(skills: Rows, englishSkills: Rows): void {
  checkConcepts('skills', skills, englishSkills);
  const labelled = skills.filter((s) => (s.preferredLabel ?? '').trim());
  const minimum = Math.ceil(MIN_LABELLED_SHARE * englishSkills.length);
  if (labelled.length < minimum) {
    throw new DutchPackError(
      `it has ${labelled.length} Dutch skill labels, fewer than the ${minimum} expected (${MIN_LABELLED_SHARE * 100} % of the ${englishSkills.length} skills of ESCO v1.1.1)`,
    );
  }
  const englishLabel = new Map(englishSkills.map((s) => [s.conceptUri ?? '', (s.preferredLabel ?? '').toLowerCase()]));
  const same = labelled.filter((s) => englishLabel.get(s.conceptUri ?? '') === (s.preferredLabel ?? '').trim().toLowerCase()).length;
  if (same > MAX_ENGLISH_SHARE * labelled.length) {
    throw new DutchPackError(`${Math.round((100 * same) / labelled.length)} % of its skill labels are the English ones: not the Dutch pack`);
  }
}

/** Every concept is one of the v1.1.1 English pack's (else it is another ESCO version), and nearly all are there. */
function checkConcepts(kind: string, rows: Rows, englishRows: Rows): void {
  const english = new Set(englishRows.map((r) => r.conceptUri ?? ''));
  const uris = new Set(rows.map((r) => r.conceptUri ?? ''));
  const foreign = [...uris].filter((uri) => !english.has(uri));
  if (foreign.length) {
    throw new DutchPackError(
      `${foreign.length} of its ${kind} are not in ESCO v1.1.1's English pack (e.g. ${foreign[0] || 'an empty conceptUri'}): another ESCO version?`,
    );
  }
  const missing = [...english].filter((uri) => !uris.has(uri)).length;
  if (missing > MAX_MISSING_SHARE * english.size) {
    throw new DutchPackError(`it lacks ${missing} of the ${english.size} ${kind} of ESCO v1.1.1's English pack`);
  }
}
