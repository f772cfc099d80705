/**
 * A regional learning desk's own catalogue as CSV (UTF-8, comma-separated, header row). Columns,
 * all optional except id and title; lists inside a cell are separated by ";":
 *
 *   id              the desk's own id for the offer (becomes sourceId)            required
 *   title           Dutch title                                                   required
 *   title_en        English title
 *   provider        who gives it
 *   form            formal | non-formal | informal                                 default non-formal
 *   type            course, training, workshop, coaching, … (free text)            default course
 *   nlqf            NLQF level 1–8 (EQF is taken equal)
 *   study_hours     study load in hours
 *   duration_months duration in months
 *   cost_eur        price in euros, 0 when free
 *   mode            online | on-site | hybrid | work-based
 *   work_based      yes/no: fits next to a job (default: yes when mode is work-based)
 *   region          place or region; empty means anywhere
 *   language        nl | en
 *   url             where to enrol (http or https; "www.…" is read as https, anything else is dropped)
 *   description     one or two sentences
 *   esco_skills     ESCO skill URIs (or UUIDs) the offer teaches                  link method "csv", confidence 0.9
 *   skills          skill names in Dutch or English, matched to ESCO labels        link method "csv-label", 0.7
 *   occupations     ESCO occupation URIs or labels it prepares for (their essential skills)  "csv-occupation", 0.6
 *
 * Rows with an unknown form or no title are reported and skipped.
 */
import type { OfferRecord } from '../../functions/learning/types';
import { webLink } from '../../shared/links';
import { OCCUPATION_URI } from '../../shared/esco';
import { normalize } from '../../functions/taxonomy/normalize';
import { parseCsv } from '../data/csv';
import { mergeLinks, type SkillLinker } from './link';

const FORMS = new Set(['formal', 'non-formal', 'informal']);
const MODES = new Set(['online', 'on-site', 'hybrid', 'work-based']);

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);
const num = (cell: string | undefined) => (cell && cell.trim() !== '' && Number.isFinite(Number(cell)) ? Number(cell) : null);

export function importCsv(csv: string, name: string, linker: SkillLinker, warn: (line: string) => void = () => {}): OfferRecord[] {
  const source = `csv:${name}`;
  const records: OfferRecord[] = [];
  parseCsv(csv).forEach((row, index) => {
    const id = (row.id ?? '').trim();
    const title = (row.title ?? '').trim();
    const form = (row.form ?? '').trim() || 'non-formal';
    if (!id || !title || !FORMS.has(form)) {
      warn(`${name}.csv row ${index + 2}: skipped (${!id ? 'no id' : !title ? 'no title' : `form "${form}" is not formal, non-formal or informal`})`);
      return;
    }
    const occupations = list(row.occupations).flatMap((o) => {
      const byUri = o.startsWith(OCCUPATION_URI) ? linker.taxonomy.occupationIdByUri(o) : null;
      return byUri !== null ? [byUri] : (linker.taxonomy.occupationsByKey(normalize(o)) ?? []).slice(0, 1);
    });
    const mode = MODES.has((row.mode ?? '').trim()) ? (row.mode!.trim() as OfferRecord['mode']) : null;
    const level = num(row.nlqf);
    const url = webLink(row.url);
    if (!url && (row.url ?? '').trim()) warn(`${name}.csv row ${index + 2}: url "${row.url!.trim().slice(0, 60)}" is not an http(s) link; imported without it`);
    records.push({
      key: `${source}:${id}`,
      source,
      sourceId: id,
      titleNl: title,
      titleEn: (row.title_en ?? '').trim() || null,
      provider: (row.provider ?? '').trim() || null,
      form: form as OfferRecord['form'],
      type: (row.type ?? '').trim() || 'course',
      nlqf: level,
      eqf: level,
      studyLoad: num(row.study_hours),
      studyLoadUnit: num(row.study_hours) === null ? null : 'hours',
      durationMonths: num(row.duration_months),
      costEur: num(row.cost_eur),
      mode,
      workBased: /^(yes|ja|1|true)$/i.test((row.work_based ?? '').trim()) || (!(row.work_based ?? '').trim() && mode === 'work-based'),
      region: (row.region ?? '').trim() || null,
      language: row.language?.trim() === 'en' ? 'en' : row.language?.trim() === 'nl' ? 'nl' : null,
      url,
      description: (row.description ?? '').trim() || null,
      legalIds: [],
      skillGroups: null,
      skills: mergeLinks(
        list(row.esco_skills)
          .map((uri) => linker.uriSkill(uri, 'csv', 0.9))
          .filter((l) => l !== null),
        list(row.skills).flatMap((label) => linker.labelSkills(label, 'csv-label', 0.7).slice(0, 1)),
        linker.occupationSkills(occupations, 'csv-occupation', 0.6),
      ),
    });
  });
  return records;
}
