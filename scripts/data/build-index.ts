import { deltaEncode, normalize, packUuids, preferredSkillKeys } from '../../functions/taxonomy/normalize';
import type { TaxonomyIndex } from '../../functions/taxonomy/types';
import { OCCUPATION_URI, SKILL_URI } from '../../shared/esco';
import { parseCsv } from './csv';
import { REUSE, splitLabels, type EscoRaw } from './esco';
import { readText } from './fetch';
import { linkProgrammes, type Programme } from './programmes';

type Rows = Array<Record<string, string>>;

export interface BuildInputs {
  /** The English and language-independent ESCO v1.1.1 packs. */
  esco: EscoRaw;
  /** Dutch occupation and skill-group labels: the official Dutch pack's, else the v1.1.1 Dutch CSVs. */
  occupationsNl: Rows;
  skillGroupsNl: Rows;
  /** Dutch skill collections of v1.1.1 and the merged partial file: Dutch labels where known. */
  skillLabelsNl: string[];
  /** Every Dutch skill label (the official pack's skills_nl.csv), when the build has it. */
  skillsNl: Rows | null;
  duo: string;
  mbo: string | null;
}

const MAX_OCCUPATIONS_PER_LABEL = 3;
const MAX_ALT_SKILL_WORDS = 1;
const MAX_ESSENTIAL = 16;
/** English alternative labels are many and long ("specialist in ..."); Dutch ones are the job titles Dutch postings use. */
const MAX_ALT_OCCUPATION_WORDS = { en: 2, nl: 3 };

/**
 * The taxonomy index from the reference data (run by `npm run data`, never in a request). Long: its
 * steps (skills, groups, labels, occupations, programmes) run in order, each using the maps the
 * ones before it built.
 */
export async function buildIndex(inputs: BuildInputs, versions: Record<string, string>): Promise<TaxonomyIndex> {
  const esco = inputs.esco;
  const csv = async (file: string) => parseCsv(await readText(file));

  // Dutch skill labels: the official file wins, then the partial/collection files.
  type NlLabel = { label: string; alt: string[] };
  const addNl = (into: Map<string, NlLabel>, rows: Rows) => {
    for (const row of rows) {
      const uri = row.conceptUri ?? '';
      const label = (row.preferredLabel_nl ?? row.preferredLabel ?? '').trim();
      if (!uri.startsWith(SKILL_URI) || !label || into.has(uri)) continue;
      into.set(uri, { label, alt: splitLabels(row.altLabels_nl ?? row.altLabels) });
    }
  };
  const partialNl = new Map<string, NlLabel>();
  for (const file of inputs.skillLabelsNl) addNl(partialNl, await csv(file));
  const officialNl = new Map<string, NlLabel>();
  if (inputs.skillsNl) addNl(officialNl, inputs.skillsNl);
  const nlSkill = (uri: string) => officialNl.get(uri) ?? partialNl.get(uri);

  // Skills worth shipping: those some occupation needs (essential) and those with a Dutch label.
  const essentialBy = new Map<string, string[]>();
  for (const r of esco.relations) {
    if (r.relationType !== 'essential') continue;
    const list = essentialBy.get(r.occupationUri ?? '') ?? [];
    list.push(r.skillUri ?? '');
    essentialBy.set(r.occupationUri ?? '', list);
  }
  // Keep the Worker bundle small: per occupation at most MAX_ESSENTIAL essential skills, knowledge
  // first (what an education teaches), then the most occupation-specific skills.
  const skillRow = new Map(esco.skills.map((s) => [s.conceptUri ?? '', s]));
  const frequency = new Map<string, number>();
  for (const list of essentialBy.values()) for (const uri of list) frequency.set(uri, (frequency.get(uri) ?? 0) + 1);
  for (const [occupation, list] of essentialBy) {
    const knowledge = (uri: string) => (skillRow.get(uri)?.skillType === 'knowledge' ? 0 : 1);
    const ranked = [...new Set(list)].sort((a, b) => knowledge(a) - knowledge(b) || (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) || a.localeCompare(b));
    essentialBy.set(occupation, ranked.slice(0, MAX_ESSENTIAL));
  }
  // Which skills ship does not depend on the official Dutch labels: with them every skill has one,
  // and all 13,896 would not fit the Worker (issue #15).
  const needed = new Set<string>([...essentialBy.values()].flat());
  for (const uri of partialNl.keys()) needed.add(uri);

  // Skill → its ESCO skill group (walk broader relations until a group).
  const broader = new Map<string, string>();
  const groupUris = new Set(esco.skillGroupsEn.map((g) => g.conceptUri ?? ''));
  for (const r of esco.broaderSkill) if (!broader.has(r.conceptUri ?? '')) broader.set(r.conceptUri ?? '', r.broaderUri ?? '');
  const groupOf = (uri: string): string | null => {
    let current = broader.get(uri);
    for (let depth = 0; current && depth < 8; depth++) {
      if (groupUris.has(current)) return current;
      current = broader.get(current);
    }
    return null;
  };

  const groupsNl = new Map(inputs.skillGroupsNl.map((g) => [g.conceptUri ?? '', g.preferredLabel ?? '']));
  const groupIndex = new Map<string, number>();
  const groups: TaxonomyIndex['groups'] = { nl: [] };
  for (const g of esco.skillGroupsEn) {
    const uri = g.conceptUri ?? '';
    groupIndex.set(uri, groups.nl.length);
    groups.nl.push(groupsNl.get(uri) ?? g.preferredLabel ?? '');
  }

  const skills: TaxonomyIndex['skills'] = { id: '', en: [], nl: [], group: [], type: [], reuse: [] };
  const skillIds: string[] = [];
  const skillIndex = new Map<string, number>();
  const skillLabels: Record<string, number> = {};
  const addSkillLabel = (label: string, id: number) => {
    const key = normalize(label);
    if (key && key.length >= 2 && !(key in skillLabels)) skillLabels[key] = id;
  };
  for (const s of esco.skills) {
    const uri = s.conceptUri ?? '';
    if (!needed.has(uri) || !uri.startsWith(SKILL_URI)) continue;
    const id = skillIds.length;
    skillIndex.set(uri, id);
    const group = groupOf(uri);
    skillIds.push(uri.slice(SKILL_URI.length));
    skills.en.push(s.preferredLabel ?? '');
    const nl = nlSkill(uri);
    skills.nl.push(nl?.label ?? '');
    // The group only labels skills that lack a Dutch label.
    skills.group.push(group && !nl ? (groupIndex.get(group) ?? -1) : -1);
    skills.type.push(s.skillType === 'knowledge' ? 0 : 1);
    skills.reuse.push(Math.max(0, REUSE.indexOf(s.reuseLevel ?? '')));
  }
  skills.narrow = deltaEncode(
    narrowSkills(esco)
      .map((uri) => skillIndex.get(uri))
      .filter((n): n is number => n !== undefined),
  );
  // Preferred labels are keyed at run time (see functions/taxonomy); ship only short alternative
  // labels ("Python", "MS Office") that no preferred label already claims.
  const preferredKeys = new Set<string>();
  for (const s of esco.skills) {
    if (!skillIndex.has(s.conceptUri ?? '')) continue;
    for (const key of preferredSkillKeys(s.preferredLabel ?? '')) preferredKeys.add(key);
    for (const key of preferredSkillKeys(nlSkill(s.conceptUri ?? '')?.label ?? '')) preferredKeys.add(key);
  }
  for (const s of esco.skills) {
    const id = skillIndex.get(s.conceptUri ?? '');
    if (id === undefined) continue;
    const alts = [...splitLabels(s.altLabels), ...(nlSkill(s.conceptUri ?? '')?.alt ?? [])];
    for (const alt of alts) {
      const key = normalize(alt);
      if (key.split(' ').length <= MAX_ALT_SKILL_WORDS && !preferredKeys.has(key)) addSkillLabel(alt, id);
    }
  }

  // Occupations with Dutch and English labels.
  const nlOcc = new Map(inputs.occupationsNl.map((o) => [o.conceptUri ?? '', o]));
  const occupations: TaxonomyIndex['occupations'] = { id: '', en: [], nl: [], alt: [], essential: [] };
  let isco = '';
  const occupationIds: string[] = [];
  const pref: Array<{ occupation: number; label: string }> = [];
  const alt: Array<{ occupation: number; label: string; language: 'en' | 'nl' }> = [];
  // ESCO's hidden labels are the job titles people search with ("psychiater" for a medical
  // specialist): matched in titles, not used to link programmes.
  const hidden: Array<{ occupation: number; label: string; language: 'nl' }> = [];
  for (const o of esco.occupationsEn) {
    const uri = o.conceptUri ?? '';
    const id = occupationIds.length;
    const nl = nlOcc.get(uri);
    occupationIds.push(uri.slice(OCCUPATION_URI.length));
    occupations.en.push(o.preferredLabel ?? '');
    occupations.nl.push(nl?.preferredLabel ?? o.preferredLabel ?? '');
    isco += /^\d{4}$/.test(o.iscoGroup ?? '') ? o.iscoGroup : '0000';
    occupations.essential.push(deltaEncode((essentialBy.get(uri) ?? []).map((u) => skillIndex.get(u)).filter((n): n is number => n !== undefined)));
    pref.push({ occupation: id, label: o.preferredLabel ?? '' });
    if (nl) pref.push({ occupation: id, label: nl.preferredLabel ?? '' });
    for (const a of splitLabels(o.altLabels)) alt.push({ occupation: id, label: a, language: 'en' });
    for (const a of splitLabels(nl?.altLabels)) alt.push({ occupation: id, label: a, language: 'nl' });
    for (const a of splitLabels(nl?.hiddenLabels)) hidden.push({ occupation: id, label: a, language: 'nl' });
  }
  skills.id = packUuids(skillIds);
  occupations.id = packUuids(occupationIds);
  occupations.isco = isco;
  const labelsOf = new Map<string, number[]>();
  // Preferred labels are keyed at run time; ship short alternative labels only.
  const preferredOccupationKeys = new Set(pref.map((p) => normalize(p.label)));
  for (const { occupation, label, language } of [...alt, ...hidden]) {
    const key = normalize(label.replace(/\/.*$/, ''));
    if (!key || key.split(' ').length > MAX_ALT_OCCUPATION_WORDS[language] || preferredOccupationKeys.has(key)) continue;
    const list = labelsOf.get(key) ?? [];
    if (!list.includes(occupation)) list.push(occupation);
    labelsOf.set(key, list);
  }
  // A label shared by many occupations names none of them; the rest are stored per occupation.
  const altOf: string[][] = occupations.en.map(() => []);
  for (const [key, list] of labelsOf) if (list.length <= MAX_OCCUPATIONS_PER_LABEL) for (const o of list) altOf[o]?.push(key);
  occupations.alt = altOf.map((keys) => keys.join('|'));

  // Programmes: MBO qualifications (crebo) and DUO higher-education programmes (CROHO).
  const list: Programme[] = [];
  const seen = new Set<string>();
  if (inputs.mbo) {
    for (const r of await csv(inputs.mbo)) {
      const key = normalize(r.name ?? '');
      if (!key || seen.has(`mbo:${key}`)) continue;
      seen.add(`mbo:${key}`);
      const level = Number(r.level) || 0;
      list.push({ name: r.name ?? '', altName: null, code: r.crebo ?? '', level: `MBO-${level}`, eqf: level });
    }
  }
  for (const r of await csv(inputs.duo)) {
    if (r.SOORT !== 'OPLEIDING' || !r.ERKENDEOPLEIDINGSCODE) continue;
    const key = `${r.NIVEAU}:${normalize(r.NAAM_LANG ?? '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push({
      name: r.NAAM_LANG ?? '',
      altName: r.INTERNATIONALE_NAAM || null,
      code: r.ERKENDEOPLEIDINGSCODE,
      level: r.NIVEAU ?? '',
      eqf: Number(r.EQF) || 0,
    });
  }
  const links = linkProgrammes(list, [...pref, ...alt]);
  const programmes: TaxonomyIndex['programmes'] = { name: [], alt: [], code: [], level: [], eqf: [], occupations: [] };
  list.forEach((p, i) => {
    programmes.name.push(p.name);
    programmes.alt.push(p.altName && normalize(p.altName) !== normalize(p.name) ? p.altName : '');
    programmes.code.push(p.code);
    programmes.level.push(p.level);
    programmes.eqf.push(p.eqf);
    programmes.occupations.push(links[i] ?? []);
  });

  return { version: 1, versions, skills, groups, occupations, skillLabels, programmes };
}

/**
 * Skills that are one tool or one language (issue #15): ESCO's language skills collection, and
 * the ICT knowledge that narrows another ICT skill (Java under computer programming, SQL under
 * query languages, Moodle, SAP R3); a course teaches them, a degree is never the route to one.
 */
export function narrowSkills(esco: Pick<EscoRaw, 'languageSkills' | 'broaderSkill' | 'skills'>): string[] {
  const knowledge = new Set(esco.skills.filter((s) => s.skillType === 'knowledge').map((s) => s.conceptUri ?? ''));
  const broader = new Map<string, string[]>();
  for (const r of esco.broaderSkill) {
    const list = broader.get(r.conceptUri ?? '') ?? [];
    list.push(r.broaderUri ?? '');
    broader.set(r.conceptUri ?? '', list);
  }
  const ict = (uri: string, depth = 0): boolean => depth < 8 && (broader.get(uri) ?? []).some((b) => b.includes('/isced-f/06') || ict(b, depth + 1));
  const tools = [...knowledge].filter((uri) => (broader.get(uri) ?? []).some((b) => knowledge.has(b)) && ict(uri));
  return [...new Set([...esco.languageSkills.map((s) => s.conceptUri ?? ''), ...tools])].filter((uri) => uri.startsWith(SKILL_URI));
}
