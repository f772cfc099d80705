import { SKILL_URI } from '../../shared/esco';
import type { OfferRecord } from '../../functions/learning/types';
import { getTaxonomy } from '../../functions/taxonomy';

/** The essential skills of the occupation the Verzorgende IG qualification (crebo 25491) prepares for. */
export const taxonomy = getTaxonomy();
export const occupation = taxonomy.programmesByKey('verzorgende ig').find((p) => p.code === '25491')?.occupations[0] ?? 0;
export const skills = taxonomy.essentialSkills(occupation).map((id) => taxonomy.skill(id));
export const uuid = (i: number) => skills[i]!.uri.slice(SKILL_URI.length);

/** A catalogue offer (a regional course unless `fields` say otherwise) teaching the skills at `covered`. */
export function offerRecord(key: string, fields: Partial<OfferRecord>, covered: number[]): OfferRecord {
  return {
    key,
    source: 'csv:test',
    sourceId: key,
    titleNl: key,
    titleEn: null,
    provider: 'Leerwerkloket Test',
    form: 'non-formal',
    type: 'course',
    nlqf: null,
    eqf: null,
    studyLoad: null,
    studyLoadUnit: null,
    durationMonths: 2,
    costEur: null,
    mode: null,
    workBased: false,
    region: null,
    language: 'nl',
    url: null,
    description: null,
    legalIds: [],
    skillGroups: null,
    skills: covered.map((i) => ({ skill: uuid(i), method: 'csv', confidence: 0.9 })),
    ...fields,
  };
}
