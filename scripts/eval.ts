/**
 * `npm run eval`: run the offline engine over the annotated postings in ../shared/corpus and
 * report requirement recall/precision/F1 per kind, diploma translation, legal requirements, ESCO
 * grounding, occupation and language. Writes bench/results/eval.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RequirementKind, Translation, Vacancy } from '../shared/schemas';
import { translateOffline } from '../functions/engine/offline/translate';
import { getTaxonomy } from '../functions/taxonomy';
import { bestMatch, matches, type Gold } from './eval/match';
import { occupationSkills } from './eval/relations';

const root = resolve(import.meta.dirname, '..');
const corpusFile = process.env.VAARDIG_CORPUS ?? resolve(root, '../shared/corpus/postings.jsonl');
if (!existsSync(corpusFile)) {
  console.error(`eval: no corpus at ${corpusFile} (set VAARDIG_CORPUS)`);
  process.exit(1);
}
const dataDir = process.env.VAARDIG_DATA_DIR ?? resolve(root, '../shared/data');

interface Posting { id: string; lang: 'nl' | 'en'; title: string; text: string; requirements?: Array<Omit<Gold, 'start' | 'end'>>; occupations?: string[] }
const postings = readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Posting).filter((p) => p.requirements?.length);
const taxonomy = getTaxonomy();
const related = await occupationSkills(dataDir);

const kinds = RequirementKind.options;
const perKind = Object.fromEntries(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<string, { tp: number; fp: number; fn: number }>;
const edu = { tp: 0, fp: 0, fn: 0 };
const isEdu = (k: string) => k === 'diploma' || k === 'education_level';
let goldTotal = 0, goldFound = 0, predTotal = 0, predTrue = 0;
let mandatoryRight = 0, mandatoryJudged = 0;
let diplomaGold = 0, diplomaTranslated = 0, diplomaSkills = 0, diplomaSkillsRelated = 0;
let legalGold = 0, legalKept = 0, legalFlagged = 0;
let skillsTotal = 0, skillsValid = 0, invented = 0;
let languageRight = 0, occTop1 = 0, occTop3 = 0;
const perPosting: unknown[] = [];

for (const p of postings) {
  const vacancy = Vacancy.parse({ isVacancy: true, title: p.title, employer: null, location: null, language: p.lang, text: p.text, source: 'text' });
  const out = Translation.parse(translateOffline(vacancy, taxonomy));
  const gold: Gold[] = (p.requirements ?? []).map((g) => { const start = p.text.indexOf(g.quote); return { ...g, start, end: start + g.quote.length }; }).filter((g) => g.start >= 0);
  const preds = out.requirements;
  if (out.language === p.lang) languageRight++;
  const occ = out.occupation?.uri;
  if (occ && p.occupations?.[0] && p.occupations.includes(occ)) occTop1++;
  if (occ && p.occupations?.includes(occ)) occTop3++;

  const misses: unknown[] = [];
  const postingDiploma = { skills: 0, related: 0 };
  goldTotal += gold.length;
  predTotal += preds.length;
  for (const g of gold) {
    const m = bestMatch(preds, (r) => matches(r, g));
    if (m) goldFound++;
    if (m) { mandatoryJudged++; if (m.mandatory === g.mandatory) mandatoryRight++; }
    const predKind = m?.kind ?? null;
    if (predKind === g.kind) perKind[g.kind]!.tp++;
    else { perKind[g.kind]!.fn++; misses.push({ gold: g.quote, kind: g.kind, got: predKind ?? 'missed', text: m?.text }); }
    if (isEdu(g.kind)) {
      if (m && isEdu(m.kind)) edu.tp++; else edu.fn++;
      diplomaGold++;
      const skills = m ? out.skills.filter((s) => s.requirementIds.includes(m.id) && s.uri && taxonomy.isKnownUri(s.uri)) : [];
      if (skills.length >= 3) diplomaTranslated++;
      diplomaSkills += skills.length;
      const jobSkills = new Set((p.occupations ?? []).flatMap((o) => related.get(o) ?? []));
      const ofTheJob = skills.filter((s) => jobSkills.has(s.uri ?? '')).length;
      diplomaSkillsRelated += ofTheJob;
      postingDiploma.skills += skills.length;
      postingDiploma.related += ofTheJob;
    }
    if (g.legal) {
      legalGold++;
      if (m && out.requirements.includes(m)) legalKept++;
      if (m?.legal) legalFlagged++;
    }
  }
  for (const r of preds) {
    const g = bestMatch(gold, (x) => matches(r, x));
    if (g) predTrue++;
    else misses.push({ extra: r.text, kind: r.kind });
    if (!g || g.kind !== r.kind) perKind[r.kind]!.fp++;
    if (isEdu(r.kind) && !(g && isEdu(g.kind))) edu.fp++;
  }
  for (const s of out.skills) {
    skillsTotal++;
    if (s.uri && taxonomy.isKnownUri(s.uri)) skillsValid++;
    if (s.uri && !taxonomy.isKnownUri(s.uri)) invented++;
  }
  perPosting.push({ id: p.id, lang: p.lang, gold: gold.length, predicted: preds.length, occupation: out.occupation?.label ?? null, goldOccupation: p.occupations?.[0] ?? null, diplomaSkills: postingDiploma, misses });
}

const f1 = (c: { tp: number; fp: number; fn: number }) => {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support: c.tp + c.fn };
};
const recall = goldFound / goldTotal;
const precision = predTrue / predTotal;
const summary = {
  postings: postings.length,
  requirements: { gold: goldTotal, predicted: predTotal, recall, precision, f1: (2 * recall * precision) / (recall + precision), notRequirements: 1 - precision },
  mandatoryAccuracy: mandatoryRight / mandatoryJudged,
  perKind: Object.fromEntries(kinds.map((k) => [k, f1(perKind[k]!)])),
  diplomaEducation: f1(edu),
  diplomaTranslatedShare: diplomaTranslated / diplomaGold,
  diplomaSkillsPerRequirement: diplomaSkills / diplomaGold,
  diplomaSkillsOfTheJob: diplomaSkills ? diplomaSkillsRelated / diplomaSkills : 0,
  legal: { gold: legalGold, kept: legalKept, flagged: legalFlagged },
  skills: { total: skillsTotal, validUri: skillsTotal ? skillsValid / skillsTotal : 1, invented },
  languageRight: languageRight / postings.length,
  occupation: { top1: occTop1 / postings.length, anyGold: occTop3 / postings.length },
};

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const goal = (ok: boolean) => (ok ? 'met' : 'NOT met');
console.log(`\nOffline engine on ${postings.length} annotated postings (${goldTotal} gold requirements)\n`);
console.log('kind             precision  recall    F1     support');
for (const k of kinds) {
  const s = summary.perKind[k]!;
  console.log(`${k.padEnd(16)} ${s.precision.toFixed(2).padStart(9)} ${s.recall.toFixed(2).padStart(7)} ${s.f1.toFixed(2).padStart(6)} ${String(s.support).padStart(8)}`);
}
const rows: Array<[string, string, string, string]> = [
  ['requirement recall', pct(recall), '≥ 95 %', goal(recall >= 0.95)],
  ['not requirements (1 − precision)', pct(1 - precision), '≤ 5 %', goal(1 - precision <= 0.05)],
  ['diploma/education F1', summary.diplomaEducation.f1.toFixed(2), '≥ 0.95', goal(summary.diplomaEducation.f1 >= 0.95)],
  ['diploma reqs → ≥ 3 grounded skills', pct(summary.diplomaTranslatedShare), '100 %', goal(summary.diplomaTranslatedShare >= 1)],
  ['diploma skills of the gold occupations', pct(summary.diplomaSkillsOfTheJob), '—', ''],
  ['legal requirements kept', `${legalKept}/${legalGold}`, '100 %', goal(legalKept === legalGold)],
  ['legal requirements flagged legal', `${legalFlagged}/${legalGold}`, '—', ''],
  ['skills with a valid ESCO URI', pct(summary.skills.validUri), '100 %', goal(summary.skills.validUri === 1)],
  ['invented URIs', String(invented), '0', goal(invented === 0)],
  ['output language right', pct(summary.languageRight), '100 %', goal(summary.languageRight === 1)],
  ['mandatory vs plus right', pct(summary.mandatoryAccuracy), '—', ''],
  ['occupation top-1 = gold best', pct(summary.occupation.top1), '—', ''],
  ['occupation top-1 in gold list', pct(summary.occupation.anyGold), '—', ''],
];
console.log('\nmetric                                   value      goal     ');
for (const [m, v, g, ok] of rows) console.log(`${m.padEnd(40)} ${v.padStart(9)}  ${g.padEnd(8)} ${ok}`);

mkdirSync(resolve(root, 'bench/results'), { recursive: true });
const file = resolve(root, 'bench/results/eval.json');
writeFileSync(file, JSON.stringify({ summary, perPosting }, null, 2));
console.log(`\nper-posting misses: ${file}`);
