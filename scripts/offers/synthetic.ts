/**
 * A synthetic catalogue for the benchmark, built from real ESCO occupations and their essential
 * skills: titles and descriptions name the skills in Dutch and English, so a full-text baseline
 * over the same offers sees what the matcher sees. Deterministic for a seed.
 */
import { templateRecords } from '../../functions/learning/templates';
import { SKILL_URI } from '../../shared/esco';
import type { OfferRecord } from '../../functions/learning/types';
import type { Taxonomy } from '../../functions/taxonomy';

const PROVINCES = [
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Noord-Brabant',
  'Gelderland',
  'Overijssel',
  'Limburg',
  'Groningen',
  'Friesland',
  'Drenthe',
  'Zeeland',
  'Flevoland',
];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticCatalogue(count: number, taxonomy: Taxonomy, seed = 5): OfferRecord[] {
  const rnd = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(rnd() * items.length)]!;
  const occupations = Array.from({ length: taxonomy.occupationCount }, (_, id) => id).filter((id) => taxonomy.essentialSkills(id).length >= 5);
  const label = (id: number) => {
    const s = taxonomy.skill(id);
    return s.nl && s.nl !== s.en ? `${s.nl} (${s.en})` : s.en;
  };
  const records: OfferRecord[] = templateRecords();
  for (let i = 0; i < count; i++) {
    const occupation = taxonomy.occupation(pick(occupations));
    const essential = [...taxonomy.essentialSkills(occupation.id)];
    const chosen = new Set<number>();
    const size = 4 + Math.floor(rnd() * 9);
    while (chosen.size < Math.min(size, essential.length)) chosen.add(pick(essential));
    if (rnd() < 0.3) chosen.add(Math.floor(rnd() * taxonomy.skillCount));
    const skills = [...chosen];
    const r = rnd();
    const form = r < 0.15 ? 'formal' : r < 0.75 ? 'non-formal' : 'informal';
    const name = occupation.nl || occupation.en;
    const titleNl = form === 'formal' ? `Opleiding ${name}` : form === 'non-formal' ? `Cursus ${label(skills[0]!)}` : `Werkplekleren ${name}`;
    records.push({
      key: `synthetic:${i}`,
      source: 'csv:synthetic',
      sourceId: `S${i}`,
      titleNl,
      titleEn: null,
      provider: `Aanbieder ${1 + Math.floor(rnd() * 500)}`,
      form,
      type: form === 'formal' ? pick(['mbo-bbl', 'associate-degree', 'bachelor']) : form === 'non-formal' ? 'course' : 'on-the-job',
      nlqf: form === 'formal' ? 2 + Math.floor(rnd() * 5) : null,
      eqf: form === 'formal' ? 2 + Math.floor(rnd() * 5) : null,
      studyLoad: null,
      studyLoadUnit: null,
      durationMonths: form === 'formal' ? 12 + Math.floor(rnd() * 36) : 1 + Math.floor(rnd() * 6),
      costEur: form === 'informal' ? 0 : Math.round(rnd() * 4000),
      mode: pick(['online', 'on-site', 'hybrid', 'work-based'] as const),
      workBased: rnd() < 0.4,
      region: rnd() < 0.5 ? pick(PROVINCES) : null,
      language: rnd() < 0.85 ? 'nl' : 'en',
      url: null,
      description: `Voor ${name}. Je leert: ${skills.map(label).join(', ')}.`,
      legalIds: [],
      skillGroups: null,
      skills: skills.map((id) => ({
        skill: taxonomy.skill(id).uri.slice(SKILL_URI.length),
        method: 'synthetic',
        confidence: Math.round((0.6 + rnd() * 0.3) * 100) / 100,
      })),
    });
  }
  return records;
}
