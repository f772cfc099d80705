/**
 * The catalogue as SQL for D1 (`wrangler d1 execute --file`, or `db.exec` in tests) and the
 * mapping back from D1 rows. Offer ids follow the records' order, as in MemoryCatalogue.
 */
import type { Offer, OfferRecord } from './types';

const OFFER_COLUMNS = [
  'id',
  'source',
  'source_id',
  'key',
  'title_nl',
  'title_en',
  'provider',
  'form',
  'type',
  'nlqf',
  'eqf',
  'study_load',
  'study_load_unit',
  'duration_months',
  'cost_eur',
  'mode',
  'work_based',
  'region',
  'language',
  'url',
  'description',
  'legal_ids',
  'skill_groups',
] as const;
/** D1 refuses statements over 100 KB. */
const MAX_STATEMENT = 10_000;

/** How many offers per skill matching reads (skill_top_offers, migration 0006). */
export const TOP_OFFERS_PER_SKILL = 40;

/** Rebuilds skill_top_offers from offer_skills: each skill's surest offers, all forms and formal only. */
const TOP_OFFERS = (['any', 'formal'] as const).map(
  (form) => `
INSERT INTO skill_top_offers (skill_id, form, offers)
SELECT skill_id, '${form}', json_group_array(json_array(offer_id, confidence)) FROM (
  SELECT l.skill_id, l.offer_id, l.confidence,
    row_number() OVER (PARTITION BY l.skill_id ORDER BY l.confidence DESC, l.offer_id) AS n
  FROM offer_skills l JOIN offers o ON o.id = l.offer_id${form === 'formal' ? " AND o.form = 'formal'" : ''}
) WHERE n <= ${TOP_OFFERS_PER_SKILL} GROUP BY skill_id`,
);

export interface OfferRow {
  id: number;
  source: string;
  source_id: string | null;
  key: string;
  title_nl: string;
  title_en: string | null;
  provider: string | null;
  form: string;
  type: string;
  nlqf: number | null;
  eqf: number | null;
  study_load: number | null;
  study_load_unit: string | null;
  duration_months: number | null;
  cost_eur: number | null;
  mode: string | null;
  work_based: number;
  region: string | null;
  language: string | null;
  url: string | null;
  description: string | null;
  legal_ids: string | null;
  skill_groups: string | null;
}

function literal(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
  return `'${value.replaceAll("'", "''")}'`;
}

function offerValues(record: OfferRecord, id: number): Array<string | number | null> {
  return [
    id,
    record.source,
    record.sourceId,
    record.key,
    record.titleNl,
    record.titleEn,
    record.provider,
    record.form,
    record.type,
    record.nlqf,
    record.eqf,
    record.studyLoad,
    record.studyLoadUnit,
    record.durationMonths,
    record.costEur,
    record.mode,
    record.workBased ? 1 : 0,
    record.region,
    record.language,
    record.url,
    record.description,
    record.legalIds.length ? JSON.stringify(record.legalIds) : null,
    record.skillGroups ? JSON.stringify(record.skillGroups) : null,
  ];
}

/** Multi-row INSERTs, each under D1's statement size limit. */
function* inserts(head: string, rows: string[]): Generator<string> {
  let batch: string[] = [];
  let size = head.length;
  for (const row of rows) {
    if (batch.length && size + row.length + 1 > MAX_STATEMENT) {
      yield `${head} ${batch.join(',')}`;
      [batch, size] = [[], head.length];
    }
    batch.push(row);
    size += row.length + 1;
  }
  if (batch.length) yield `${head} ${batch.join(',')}`;
}

/** Statements that replace the whole catalogue and record its name and hash. */
export function catalogueStatements(records: OfferRecord[], meta: { name: string; hash: string; loadedAt: string }): string[] {
  const statements = ['DELETE FROM skill_top_offers', 'DELETE FROM offer_skills', 'DELETE FROM offers', 'DELETE FROM offer_catalogue'];
  const numbered = records.map((record, index) => ({ record, id: index + 1 }));
  const offerRows = numbered.map(({ record, id }) => `(${offerValues(record, id).map(literal).join(',')})`);
  statements.push(...inserts(`INSERT INTO offers (${OFFER_COLUMNS.join(',')}) VALUES`, offerRows));
  const linkRows = numbered.flatMap(({ record, id }) => record.skills.map((s) => `(${[s.skill, id, s.method, s.confidence].map(literal).join(',')})`));
  statements.push(...inserts('INSERT OR IGNORE INTO offer_skills (skill_id,offer_id,method,confidence) VALUES', linkRows));
  statements.push(...TOP_OFFERS);
  statements.push(
    `INSERT INTO offer_catalogue (name,hash,offers,loaded_at) VALUES (${[meta.name, meta.hash, records.length, meta.loadedAt].map(literal).join(',')})`,
  );
  return statements;
}

export function catalogueSql(records: OfferRecord[], meta: { name: string; hash: string; loadedAt: string }): string {
  return `${catalogueStatements(records, meta).join(';\n')};\n`;
}

export function rowToOffer(row: OfferRow): Offer {
  return {
    id: row.id,
    key: row.key,
    source: row.source,
    sourceId: row.source_id,
    titleNl: row.title_nl,
    titleEn: row.title_en,
    provider: row.provider,
    form: row.form as Offer['form'],
    type: row.type,
    nlqf: row.nlqf,
    eqf: row.eqf,
    studyLoad: row.study_load,
    studyLoadUnit: row.study_load_unit as Offer['studyLoadUnit'],
    durationMonths: row.duration_months,
    costEur: row.cost_eur,
    mode: row.mode as Offer['mode'],
    workBased: row.work_based === 1,
    region: row.region,
    language: row.language as Offer['language'],
    url: row.url,
    description: row.description,
    legalIds: row.legal_ids ? (JSON.parse(row.legal_ids) as string[]) : [],
    skillGroups: row.skill_groups ? (JSON.parse(row.skill_groups) as string[]) : null,
  };
}
