/**
 * A tiny ESCO v1.1.1 for tests of the data build: six skills, two occupations, one skill group,
 * as the English, relations and Dutch CSV packs (zips) and the loose files of a data directory.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { OCCUPATION_URI, SKILL_URI } from '../../shared/esco';
import { SOURCES } from './sources';

export const URI = {
  spreadsheets: `${SKILL_URI}1973c966-f236-40c9-b2d4-5d71a89019be`,
  nursing: `${SKILL_URI}2b1c5a0e-4d5e-4b8a-9a83-0c6a1e7f3b21`,
  java: `${SKILL_URI}3c2d6b1f-5e6f-4c9b-8b94-1d7b2f804c32`,
  customers: `${SKILL_URI}4d3e7c20-6f70-4dac-9ca5-2e8c30915d43`,
  english: `${SKILL_URI}5e4f8d31-7081-4ebd-8db6-3f9d41a26e54`,
  forklift: `${SKILL_URI}6f509e42-8192-4fce-9ec7-40ae52b37f65`,
  communication: `${SKILL_URI}7061af53-92a3-40df-afd8-51bf63c48076`,
  nurse: `${OCCUPATION_URI}8172b064-a3b4-41e0-b0e9-62c074d59187`,
  developer: `${OCCUPATION_URI}9283c175-b4c5-42f1-81fa-73d1850a6298`,
};

type Row = Record<string, string>;
type Table = Row[];

/** RFC 4180 CSV with every field quoted, as ESCO exports it. */
export function toCsv(rows: Table, columns = Object.keys(rows[0] ?? {})): string {
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  return [columns.join(','), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(','))].join('\n') + '\n';
}

const skill = (uri: string, preferredLabel: string, skillType: string, altLabels = ''): Row => ({
  conceptType: 'KnowledgeSkillCompetence',
  conceptUri: uri,
  skillType,
  reuseLevel: 'sector-specific',
  preferredLabel,
  altLabels,
  hiddenLabels: '',
  status: 'released',
  modifiedDate: '2022-01-01T00:00:00Z',
  scopeNote: '',
  definition: '',
  inScheme: '',
  description: '',
});
const occupation = (uri: string, iscoGroup: string, preferredLabel: string, altLabels = ''): Row => ({
  conceptType: 'Occupation',
  conceptUri: uri,
  iscoGroup,
  preferredLabel,
  altLabels,
  hiddenLabels: '',
  status: 'released',
  modifiedDate: '2022-01-01T00:00:00Z',
  regulatedProfessionNote: '',
  scopeNote: '',
  definition: '',
  inScheme: '',
  description: '',
  code: '',
});
const group = (uri: string, preferredLabel: string): Row => ({ conceptType: 'SkillGroup', conceptUri: uri, preferredLabel, altLabels: '', code: 'S1' });

export const ENGLISH = {
  skills: [
    skill(URI.spreadsheets, 'use spreadsheets software', 'skill/competence', 'use Excel'),
    skill(URI.nursing, 'nursing science', 'knowledge'),
    skill(URI.java, 'Java (computer programming)', 'knowledge'),
    skill(URI.customers, 'communicate with customers', 'skill/competence'),
    skill(URI.english, 'English', 'knowledge'),
    skill(URI.forklift, 'operate forklift', 'skill/competence'),
  ],
  occupations: [
    occupation(URI.nurse, '2221', 'nurse responsible for general care', 'general nurse'),
    occupation(URI.developer, '2512', 'software developer', 'software engineer'),
  ],
  skillGroups: [group(URI.communication, 'communication')],
};

/** The official Dutch pack's rows: every skill labelled, occupations with their Dutch alternative labels. */
export const DUTCH = {
  skills: [
    skill(URI.spreadsheets, 'spreadsheetsoftware gebruiken', 'skill/competence', 'rekenbladsoftware'),
    skill(URI.nursing, 'verpleegkunde', 'knowledge'),
    skill(URI.java, 'Java (computerprogrammering)', 'knowledge'),
    skill(URI.customers, 'communiceren met klanten', 'skill/competence'),
    skill(URI.english, 'Engels', 'knowledge'),
    skill(URI.forklift, 'heftruck besturen', 'skill/competence'),
  ],
  occupations: [
    occupation(URI.nurse, '2221', 'verpleegkundige algemene zorg', 'verpleegkundige'),
    occupation(URI.developer, '2512', 'softwareontwikkelaar', 'programmeur'),
  ],
  skillGroups: [group(URI.communication, 'communicatie')],
};

export function englishPack(): Buffer {
  return writeZip({
    'skills_en.csv': toCsv(ENGLISH.skills),
    'occupations_en.csv': toCsv(ENGLISH.occupations),
    'skillGroups_en.csv': toCsv(ENGLISH.skillGroups),
    'languageSkillsCollection_en.csv': toCsv([{ conceptType: 'KnowledgeSkillCompetence', conceptUri: URI.english, preferredLabel: 'English' }]),
  });
}

export function dutchPack(tables: Partial<typeof DUTCH> = {}): Buffer {
  const t = { ...DUTCH, ...tables };
  return writeZip({
    'skills_nl.csv': toCsv(t.skills),
    'occupations_nl.csv': toCsv(t.occupations),
    'skillGroups_nl.csv': toCsv(t.skillGroups),
    'ISCOGroups_nl.csv': 'conceptType,conceptUri,code,preferredLabel\n',
  });
}

function relationsPack(): Buffer {
  const essential = (occupationUri: string, skillUri: string) => ({ occupationUri, relationType: 'essential', skillType: '', skillUri });
  return writeZip({
    'occupationSkillRelations.csv': toCsv([
      essential(URI.nurse, URI.nursing),
      essential(URI.nurse, URI.customers),
      essential(URI.developer, URI.spreadsheets),
      essential(URI.developer, URI.java),
      essential(URI.developer, URI.customers),
    ]),
    'broaderRelationsSkillPillar.csv': toCsv([
      { conceptType: 'KnowledgeSkillCompetence', conceptUri: URI.customers, broaderType: 'SkillGroup', broaderUri: URI.communication },
      { conceptType: 'KnowledgeSkillCompetence', conceptUri: URI.spreadsheets, broaderType: 'SkillGroup', broaderUri: URI.communication },
    ]),
  });
}

/**
 * A data directory as ../shared/data lays it out, with today's Dutch files: occupations without
 * alternative labels and one partial Dutch skill label. Returns the sources it holds.
 */
export async function writeDataDir(dir: string): Promise<typeof SOURCES> {
  const files: Record<string, string | Buffer> = {
    'esco-en': englishPack(),
    'esco-relations': relationsPack(),
    'esco-nl-occupations_nl.csv': toCsv(DUTCH.occupations.map((o) => ({ ...o, altLabels: '' }))),
    'esco-nl-skillGroups_nl.csv': toCsv(DUTCH.skillGroups),
    'esco-nl-skills-partial': toCsv([{ conceptUri: URI.customers, preferredLabel_nl: 'communiceren met klanten', altLabels_nl: '' }]),
    'duo-ho': toCsv([
      { SOORT: 'OPLEIDING', ERKENDEOPLEIDINGSCODE: '34560', NAAM_LANG: 'B Verpleegkunde', INTERNATIONALE_NAAM: 'Nursing', NIVEAU: 'HBO-BA', EQF: '6' },
    ]),
  };
  const sources = SOURCES.filter((s) => s.id in files);
  for (const source of sources) {
    const file = join(dir, source.path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, files[source.id]!);
  }
  return sources;
}

/** A zip archive (deflated entries), enough for the build's reader. */
export function writeZip(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.from(content);
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name);
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(8, at); // deflate
      header.writeUInt32LE(crc32(data), at + 6);
      header.writeUInt32LE(packed.length, at + 10);
      header.writeUInt32LE(data.length, at + 14);
      header.writeUInt16LE(fileName.length, at + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local, 8);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    fields(central, 10);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
