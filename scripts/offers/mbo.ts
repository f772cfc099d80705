/**
 * The official MBO qualification list (mbo_qualifications.csv): each qualification of the 2015
 * list as a formal route per learning path, BBL (learn and work, for working adults) and BOL,
 * with its crebo. Linked to skills through its occupation; carries the legal-table ids of the
 * statutory professional requirements built into it.
 */
import type { OfferRecord } from '../../functions/learning/types';
import { parseCsv } from '../data/csv';
import { mergeLinks, type SkillLinker } from './link';

/** Indicative nominal duration per level, in months (qualification files allow shorter or longer). */
const MONTHS: Record<number, number> = { 1: 12, 2: 24, 3: 36, 4: 36 };
const PATHS = {
  BBL: { nl: 'BBL, leren en werken', en: 'BBL, learn and work', type: 'mbo-bbl', workBased: true, mode: 'work-based' as const },
  BOL: { nl: 'BOL, voltijd', en: 'BOL, full-time', type: 'mbo-bol', workBased: false, mode: 'on-site' as const },
};

export function importMbo(csv: string, linker: SkillLinker, options: { years?: string[] } = {}): OfferRecord[] {
  const years = new Set(options.years ?? ['2015']);
  const records: OfferRecord[] = [];
  for (const row of parseCsv(csv)) {
    const crebo = (row.crebo ?? '').trim();
    const level = Number(row.level);
    if (!/^\d{5}$/.test(crebo) || !years.has(row.source_year ?? '') || !(level >= 1 && level <= 4)) continue;
    const name = (row.name ?? '').trim();
    const { occupations, method } = linker.occupations(crebo, [name]);
    const skills = mergeLinks(
      linker.occupationSkills(occupations, method, method === 'programme-occupation' ? 0.8 : 0.7),
      linker.labelSkills(`${name} ${row.kwalificatiedossier ?? ''}`, 'name-label', 0.6),
    );
    const legalIds = (row.legal_kb_ids ?? '')
      .split(';')
      .map((id) => id.trim())
      .filter(Boolean);
    const paths = (row.leerweg || 'BOL/BBL')
      .split('/')
      .map((p) => p.trim().toUpperCase())
      .filter((p): p is keyof typeof PATHS => p in PATHS);
    for (const path of paths.sort()) {
      const p = PATHS[path];
      records.push({
        key: `mbo:${crebo}:${path.toLowerCase()}`,
        source: 'mbo',
        sourceId: crebo,
        titleNl: `${name} (mbo ${level}, ${p.nl})`,
        titleEn: `${name} (mbo level ${level}, ${p.en})`,
        provider: null,
        form: 'formal',
        type: p.type,
        nlqf: level,
        eqf: level,
        studyLoad: null,
        studyLoadUnit: null,
        durationMonths: MONTHS[level] ?? null,
        costEur: null,
        mode: p.mode,
        workBased: p.workBased,
        region: null,
        language: 'nl',
        url: null,
        description: [row.kwalificatiedossier && `Kwalificatiedossier ${row.kwalificatiedossier}`, row.domain].filter(Boolean).join(' · ') || null,
        legalIds,
        skillGroups: null,
        skills,
      });
    }
  }
  return records;
}
