/**
 * Vaardig's NLQF/EQF crosswalk: Dutch and international education levels → NLQF, EQF and ISCO-08
 * skill level, with the phrases vacancies use for them. Facts from the NLQF level table (nlqf.nl),
 * the EQF Recommendation (2017/C 189/03, Annex II), ILO ISCO-08 vol. 1 and ISCED 2011, as collected
 * in ../shared/data/frameworks; to be checked against nlqf.nl before publishing.
 */
export interface EducationLevel {
  id: string;
  label: { nl: string; en: string };
  nlqf: string | null;
  eqf: number;
  iscoSkillLevel: number;
}

export const LEVELS: EducationLevel[] = [
  { id: 'vmbo', label: { nl: 'vmbo', en: 'pre-vocational secondary education (vmbo)' }, nlqf: '2', eqf: 2, iscoSkillLevel: 2 },
  { id: 'mbo-1', label: { nl: 'mbo niveau 1 (entree)', en: 'MBO level 1 (entry)' }, nlqf: '1', eqf: 1, iscoSkillLevel: 1 },
  { id: 'mbo-2', label: { nl: 'mbo niveau 2', en: 'MBO level 2' }, nlqf: '2', eqf: 2, iscoSkillLevel: 2 },
  { id: 'mbo-3', label: { nl: 'mbo niveau 3', en: 'MBO level 3' }, nlqf: '3', eqf: 3, iscoSkillLevel: 2 },
  { id: 'mbo-4', label: { nl: 'mbo niveau 4', en: 'MBO level 4' }, nlqf: '4', eqf: 4, iscoSkillLevel: 3 },
  { id: 'mbo', label: { nl: 'mbo', en: 'MBO (vocational)' }, nlqf: '2-4', eqf: 3, iscoSkillLevel: 2 },
  { id: 'havo', label: { nl: 'havo', en: 'senior general secondary (havo)' }, nlqf: '4', eqf: 4, iscoSkillLevel: 2 },
  { id: 'vwo', label: { nl: 'vwo', en: 'pre-university secondary (vwo)' }, nlqf: '4+', eqf: 4, iscoSkillLevel: 2 },
  { id: 'ad', label: { nl: 'Associate degree', en: 'Associate degree' }, nlqf: '5', eqf: 5, iscoSkillLevel: 3 },
  { id: 'graduaat', label: { nl: 'graduaat (hbo5)', en: 'graduate programme (HBO5)' }, nlqf: '5', eqf: 5, iscoSkillLevel: 3 },
  { id: 'bachelor', label: { nl: 'bachelor (hbo/wo)', en: "bachelor's degree" }, nlqf: '6', eqf: 6, iscoSkillLevel: 4 },
  { id: 'hbo', label: { nl: 'hbo', en: 'higher professional education (HBO)' }, nlqf: '6', eqf: 6, iscoSkillLevel: 4 },
  { id: 'wo', label: { nl: 'wo', en: 'university education (WO)' }, nlqf: '6-7', eqf: 7, iscoSkillLevel: 4 },
  { id: 'master', label: { nl: 'master', en: "master's degree" }, nlqf: '7', eqf: 7, iscoSkillLevel: 4 },
  { id: 'phd', label: { nl: 'promotie (PhD)', en: 'doctorate (PhD)' }, nlqf: '8', eqf: 8, iscoSkillLevel: 4 },
];

/** Vacancy phrases → level id, most specific first. Flags: u (Unicode), i (case-insensitive). */
export const LEVEL_PHRASES: Array<{ pattern: RegExp; level: string; worksAtLevel?: boolean }> = [
  { pattern: /\bmbo[- ]?(?:niveau|level)?[- ]?1\b|\bentree[- ]?opleiding\b/i, level: 'mbo-1' },
  { pattern: /\bmbo[- ]?(?:niveau|level)?[- ]?2\b|\bniveau 2\b/i, level: 'mbo-2' },
  { pattern: /\bmbo[- ]?(?:niveau|level)?[- ]?3\b|\bniveau 3\b/i, level: 'mbo-3' },
  { pattern: /\bmbo[- ]?(?:niveau|level)?[- ]?4\b|\bniveau 4\b|mbo\+/i, level: 'mbo-4' },
  { pattern: /\bph\.? ?d\b|\bdoctora(?:te|at)\b|\bgepromoveerd\b/i, level: 'phd' },
  {
    pattern:
      /\bmaster|\bm\.?sc\b|\bm\.?s\.?\b(?= |\/|,|$)(?! ?(?:office|excel|word|teams|access|project|sql|dynamics|azure|outlook|powerpoint|visio|365))|\bmba\b|\badvanced degree\b|\bdrs\.|\bir\.|\bmr\./i,
    level: 'master',
  },
  {
    pattern: /\b(?:wo|universit\w*|academisch\w*|academic|university)\b[- ]?(?:werk[- ]+(?:en\/of |en |& )?)?(?:denk)?niveau|\bacademic background\b/i,
    level: 'wo',
    worksAtLevel: true,
  },
  { pattern: /\bhbo[- ]*(?:\/ ?bachelor )?(?:werk[- ]*(?:en\/of |en |& |-en )?)?(?:denk)?niveau|\bhbo[- ]niveau/i, level: 'hbo', worksAtLevel: true },
  { pattern: /\bmbo[- ]*(?:werk[- ]*(?:en\/of |en |& )?)?denkniveau/i, level: 'mbo', worksAtLevel: true },
  {
    pattern:
      /\bbachelor|\bb\.?sc\b|\bb\.?a\.?\b(?=\/| |,)(?! ?(?:office|excel))|\bb\.?s\.?\b(?=\/| |,)(?! ?(?:office|excel))|\bundergraduate\b|\bprofessionele bachelor|\bcollege degree\b/i,
    level: 'bachelor',
  },
  { pattern: /\bassociate degree\b/i, level: 'ad' },
  { pattern: /\bgraduaat\b/i, level: 'graduaat' },
  { pattern: /\bhbo\b/i, level: 'hbo' },
  { pattern: /\bwo\b|\buniversit/i, level: 'wo' },
  { pattern: /\bmbo\b/i, level: 'mbo' },
  { pattern: /\bhavo\b/i, level: 'havo' },
  { pattern: /\bvwo\b/i, level: 'vwo' },
  { pattern: /\bvmbo\b/i, level: 'vmbo' },
];

export function levelById(id: string): EducationLevel | undefined {
  return LEVELS.find((l) => l.id === id);
}

/** EQF level descriptors (Annex II of 2017/C 189/03), English verbatim, with a Vaardig summary in Dutch. */
export const EQF_DESCRIPTORS: Record<number, { en: string; nl: string }> = {
  1: {
    en: 'Basic general knowledge; basic skills required to carry out simple tasks; work under direct supervision in a structured context',
    nl: 'eenvoudige taken uitvoeren onder directe begeleiding',
  },
  2: {
    en: 'Basic factual knowledge of a field of work; basic cognitive and practical skills to solve routine problems using simple rules and tools; work under supervision with some autonomy',
    nl: 'routinetaken uitvoeren met eenvoudige regels en hulpmiddelen, met enige zelfstandigheid',
  },
  3: {
    en: 'Knowledge of facts, principles, processes and general concepts in a field of work; a range of cognitive and practical skills to accomplish tasks by selecting and applying basic methods, tools, materials and information; take responsibility for completion of tasks',
    nl: 'zelfstandig vakwerk uitvoeren: passende methoden, gereedschap en materialen kiezen en toepassen, verantwoordelijk voor het eigen werk',
  },
  4: {
    en: 'Factual and theoretical knowledge in broad contexts within a field of work; cognitive and practical skills to generate solutions to specific problems; self-management within guidelines, supervising the routine work of others',
    nl: 'oplossingen bedenken voor specifieke problemen, zelfstandig werken binnen richtlijnen en het routinewerk van anderen begeleiden',
  },
  5: {
    en: 'Comprehensive, specialised, factual and theoretical knowledge within a field of work; a comprehensive range of cognitive and practical skills to develop creative solutions to abstract problems; manage and supervise in contexts of work where there is unpredictable change',
    nl: 'creatieve oplossingen voor abstracte problemen ontwikkelen en werk aansturen in een veranderende omgeving',
  },
  6: {
    en: 'Advanced knowledge of a field of work, involving a critical understanding of theories and principles; advanced skills, demonstrating mastery and innovation, to solve complex and unpredictable problems; manage complex technical or professional activities or projects, taking responsibility for decision-making',
    nl: 'complexe en onvoorspelbare problemen oplossen, complexe vakinhoudelijke activiteiten of projecten leiden en besluiten nemen',
  },
  7: {
    en: 'Highly specialised knowledge, some of which is at the forefront of knowledge in a field of work, as the basis for original thinking and/or research; specialised problem-solving skills required in research and/or innovation to develop new knowledge and procedures; manage and transform work contexts that are complex, unpredictable and require new strategic approaches',
    nl: 'met gespecialiseerde kennis nieuwe aanpakken en procedures ontwikkelen en complexe werkomgevingen veranderen',
  },
  8: {
    en: 'Knowledge at the most advanced frontier of a field of work; the most advanced and specialised skills and techniques, including synthesis and evaluation, required to solve critical problems in research and/or innovation; demonstrate substantial authority, innovation, autonomy, scholarly and professional integrity',
    nl: 'kritische vraagstukken in onderzoek en innovatie oplossen, met gezag, zelfstandigheid en integriteit',
  },
};
