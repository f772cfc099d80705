/**
 * DUO's register of higher-education programmes (ho_opleidingsoverzicht.csv, CC0): every
 * Associate degree, bachelor and master as it is offered (institution, place, form). Part-time
 * and dual forms are the routes for working adults. Linked to skills through occupations.
 */
import type { OfferRecord } from '../../functions/learning/types';
import { webLink } from '../../shared/links';
import { parseCsv } from '../data/csv';
import { mergeLinks, type SkillLinker } from './link';

const TYPES: Record<string, { type: string; nl: string; en: string }> = {
  AD: { type: 'associate-degree', nl: 'Associate degree', en: 'Associate degree' },
  BA: { type: 'bachelor', nl: 'Bachelor', en: 'Bachelor' },
  MA: { type: 'master', nl: 'Master', en: 'Master' },
  PM: { type: 'postinitial-master', nl: 'Master (post-initieel)', en: 'Post-initial master' },
};
const FORMS: Record<string, { nl: string; en: string; workBased: boolean; mode: OfferRecord['mode'] }> = {
  VOLTIJD: { nl: 'voltijd', en: 'full-time', workBased: false, mode: 'on-site' },
  DEELTIJD: { nl: 'deeltijd', en: 'part-time', workBased: true, mode: 'on-site' },
  DUAAL: { nl: 'duaal', en: 'dual', workBased: true, mode: 'work-based' },
};
const LANGUAGES: Record<string, OfferRecord['language'] | undefined> = { NLD: 'nl', ENG: 'en', 'ENG,NLD': null, 'NLD,ENG': null, '': null };

function ended(date: string, today: string): boolean {
  return !!date && date < today;
}

function named(prefix: string, name: string): string {
  return new RegExp(`^(${prefix}|ad|b|m|ba|ma|bsc|msc)\\b`, 'i').test(name) ? name : `${prefix} ${name}`;
}

export function importDuo(csv: string, linker: SkillLinker, today = new Date().toISOString().slice(0, 10)): OfferRecord[] {
  const records = new Map<string, OfferRecord>();
  const skillsByCode = new Map<string, OfferRecord['skills']>();
  for (const row of parseCsv(csv)) {
    const code = row.ERKENDEOPLEIDINGSCODE ?? '';
    const kind = TYPES[(row.NIVEAU ?? '').split('-')[1] ?? ''];
    const form = FORMS[row.VORM ?? ''];
    const language = LANGUAGES[row.VOERTAAL ?? ''];
    if (row.SOORT !== 'OPLEIDING' || !code || !kind || !form || language === undefined) continue;
    if (ended(row.EINDDATUM ?? '', today) || ended(row.AANGEBODEN_OPLEIDING_EINDDATUM ?? '', today)) continue;
    const place = (row.ONDERWIJSLOCATIEPLAATS ?? '').trim() || null;
    const key = `duo:${code}:${(row.VORM ?? '').toLowerCase()}:${row.AANGEBODEN_OPLEIDINGCODE || row.ONDERWIJSAANBIEDERID}:${place ?? ''}`.toLowerCase();
    if (records.has(key)) continue;
    const nameNl = (row.EIGENNAAM || row.NAAM_LANG || '').trim();
    const nameEn = (row.EIGENNAAM_ENGELS || row.INTERNATIONALE_NAAM || '').trim() || null;
    let skills = skillsByCode.get(code);
    if (!skills) {
      const { occupations, method } = linker.occupations(code, [row.NAAM_LANG ?? null, row.INTERNATIONALE_NAAM ?? null]);
      skills = mergeLinks(
        linker.occupationSkills(occupations, method, method === 'programme-occupation' ? 0.8 : 0.7),
        linker.labelSkills(`${row.NAAM_LANG} ${row.INTERNATIONALE_NAAM}`, 'name-label', 0.6),
      );
      skillsByCode.set(code, skills);
    }
    const ects = Number(row.STUDIELAST) || null;
    records.set(key, {
      key,
      source: 'duo',
      sourceId: code,
      titleNl: `${named(kind.nl, nameNl)} (${form.nl})`,
      titleEn: nameEn ? `${named(kind.en, nameEn)} (${form.en})` : null,
      // (The register writes some names with a stray underscore: "HAN_ University of Applied Sciences".)
      provider: (row.ONDERWIJSAANBIEDER_NAAM || row.PENVOERDER || row.ONDERWIJSBESTUUR_NAAM || '').replace(/_(?=\s)/g, '').trim() || null,
      form: 'formal',
      type: kind.type,
      nlqf: Number(row.NLQF) || null,
      eqf: Number(row.EQF) || null,
      studyLoad: ects,
      studyLoadUnit: ects ? 'ects' : null,
      durationMonths: ects ? Math.round((ects / 60) * 12) : null,
      costEur: null,
      mode: form.mode,
      workBased: form.workBased,
      region: place,
      language,
      url: webLink(row.WEBSITE),
      description: (row.OMSCHRIJVING ?? '').trim() || null,
      legalIds: [],
      skillGroups: null,
      skills,
    });
  }
  return [...records.values()];
}
