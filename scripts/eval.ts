/**
 * `npm run eval`: run the offline engine over the annotated postings in ../shared/corpus and
 * report, for each half of the fixed split (DEVELOPERS.md; the untuned half first): requirement
 * recall/precision/F1 per kind, diploma translation, legal requirements, ESCO grounding,
 * occupation, language, and whether the rewrite keeps the posting whole. Writes
 * bench/results/eval.json.
 *
 * Long: every figure of one report, each a few lines, over the same predictions.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RequirementKind, Translation } from '../shared/translation';
import { Vacancy } from '../shared/vacancy';
import type { Region } from '../shared/locale';
import { translateOffline } from '../functions/engine/offline/translate';
import { diplomaBound } from '../functions/legal';
import { getTaxonomy } from '../functions/taxonomy';
import { stem, STOPWORDS, tokens } from '../functions/taxonomy/normalize';
import { halfOf, type Half } from './lib/corpus';
import { bestMatch, matches, type Gold } from './eval/match';
import { occupationSkills } from './eval/relations';
import { attributionInText, brokenLines, keptVerbatim, metadataHeadings, nonRequirementSentences, titleLines } from './eval/rewrite-checks';

const root = resolve(import.meta.dirname, '..');
const corpusFile = process.env.VAARDIG_CORPUS ?? resolve(root, '../shared/corpus/postings.jsonl');
if (!existsSync(corpusFile)) {
  console.error(`eval: no corpus at ${corpusFile} (set VAARDIG_CORPUS)`);
  process.exit(1);
}
const dataDir = process.env.VAARDIG_DATA_DIR ?? resolve(root, '../shared/data');

interface Posting {
  id: string;
  lang: 'nl' | 'en';
  region?: Region | null;
  title: string;
  text: string;
  requirements?: Array<Omit<Gold, 'start' | 'end'>>;
  occupations?: string[];
}
const postings = readFileSync(corpusFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Posting)
  .filter((p) => p.requirements?.length);
const taxonomy = getTaxonomy();
const related = await occupationSkills(dataDir);

const kinds = RequirementKind.options;
const WORDING_WARNINGS = new Set(['experience-years', 'age-proxy', 'age-minimum', 'native-speaker', 'nationality', 'culture-fit', 'gendered']);
const isEdu = (k: string) => k === 'diploma' || k === 'education_level';
// "Experience counts instead", in the engine's words now and before: it replaces no diploma and contradicts one that stays.
const NO_DIPLOMA = /geen diploma[?,]|no (?:degree|diploma)[?,]|hoe (?:je|u) dit hebt geleerd, maakt niet uit|how you learned this does not matter/i;

const norm = (t: string) =>
  t
    .replace(/[*_#`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
/** The words a rewritten line opens with ("Je kunt", "You can", "kennis van"): no word of the job. */
const REGISTER_WORDS = new Set(['kunt', 'hebt', 'heeft', 'bent', 'kennis', 'knowledge', 'have', 'are', 'kent', 'able'].map(stem));
/** The same word in another form: "ontwikkelt" and "ontwikkelen", "kanaal" and "kanalen" (not a compound: "computer" and "computerprogrammering"). */
const sameWord = (a: string, b: string) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 3 && long.startsWith(short.slice(0, Math.max(4, short.length - 2)));
};
const contentWords = (text: string) =>
  tokens(text)
    .filter((w) => w.length > 3 && !STOPWORDS.has(w))
    .map(stem);
/** The posting names the skill itself: every content word of its English or Dutch label is in the text. */
function namedInPosting(uri: string, text: string): boolean {
  const id = taxonomy.skillIdByUri(uri);
  if (id === null) return false;
  const words = new Set(contentWords(text));
  const { en, nl } = taxonomy.skill(id);
  return [en, nl ?? ''].some((label) => {
    const w = contentWords(label);
    return w.length > 0 && w.every((x) => words.has(x));
  });
}

/** Region (#16): the assumed region against the gold one, and Dutch legal bases on Belgian postings and on those the engine puts abroad. */
function regionCheck(
  p: Posting,
  out: Translation,
  tally: { judged: number; right: number; belgian: number; dutchBasis: number; abroad: string[]; dutchBasisAbroad: number },
) {
  if (p.region) {
    tally.judged++;
    if (out.region === p.region) tally.right++;
  }
  const dutchBases = out.requirements.filter((r) => r.legalBasis && (r.legalBasis.jurisdiction ?? 'NL') === 'NL').length;
  if (out.region === 'abroad') {
    tally.abroad.push(p.id);
    tally.dutchBasisAbroad += dutchBases;
  }
  if (p.region !== 'BE') return;
  tally.belgian++;
  tally.dutchBasis += dutchBases;
}

/** Long: every figure of the report counted in one pass over the predictions (see the file's top). */
function evaluate(set: Posting[]) {
  const perKind = Object.fromEntries(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<string, { tp: number; fp: number; fn: number }>;
  const edu = { tp: 0, fp: 0, fn: 0 };
  let goldTotal = 0,
    goldFound = 0,
    predTotal = 0,
    predTrue = 0;
  let mandatoryRight = 0,
    mandatoryJudged = 0,
    plusGold = 0,
    plusKept = 0;
  let diplomaGold = 0,
    diplomaTranslated = 0,
    diplomaSkills = 0,
    diplomaSkillsRelated = 0;
  let legalInText = 0;
  let legalGold = 0,
    legalKept = 0,
    legalFlagged = 0,
    legalDiplomaGold = 0,
    legalDiplomaKept = 0,
    noDiplomaContradictions = 0;
  let skillsTotal = 0,
    skillsValid = 0,
    invented = 0,
    englishLabels = 0;
  let languageRight = 0,
    occTop1 = 0,
    occTop3 = 0,
    occClaimed = 0,
    occClaimedRight = 0;
  let diplomasDemanded = 0,
    diplomasReplaced = 0,
    replacementLines = 0,
    replacementOwnWords = 0;
  let profileLines = 0,
    profileJunk = 0,
    bringLines = 0,
    qualitiesInBring = 0,
    plusesInBring = 0,
    bringNotSaid = 0,
    warningsJudged = 0,
    warningsRight = 0;
  let sentences = 0,
    sentencesKept = 0,
    broken = 0,
    metaHeadings = 0,
    titleRepeated = 0,
    attribution = 0;
  const perPosting: unknown[] = [];
  const region = { judged: 0, right: 0, belgian: 0, dutchBasis: 0, abroad: [] as string[], dutchBasisAbroad: 0 };

  for (const p of set) {
    const vacancy = Vacancy.parse({ isVacancy: true, title: p.title, employer: null, location: null, language: p.lang, text: p.text, source: 'text' });
    const out = Translation.parse(translateOffline(vacancy, taxonomy));
    const gold: Gold[] = (p.requirements ?? [])
      .map((g) => {
        const start = p.text.indexOf(g.quote);
        return { ...g, start, end: start + g.quote.length };
      })
      .filter((g) => g.start >= 0);
    // What the engine read from the posting: a legal line it added from its table (no span) is no reading.
    const preds = out.requirements.filter((r) => r.span);
    const markdown = out.rewritten.markdown;
    // What the engine wrote itself, beside the posting's own kept lines.
    const written = out.rewritten.blocks
      .filter((b) => b.kind !== 'kept')
      .map((b) => b.markdown)
      .join('\n');
    if (out.language === p.lang) languageRight++;
    regionCheck(p, out, region);
    const occ = out.occupation?.uri;
    if (occ && p.occupations?.[0] && p.occupations.includes(occ)) occTop1++;
    if (occ && p.occupations?.includes(occ)) occTop3++;
    if (occ) {
      occClaimed++;
      if (p.occupations?.includes(occ)) occClaimedRight++;
    }

    const misses: unknown[] = [];
    const postingDiploma = { skills: 0, related: 0 };
    goldTotal += gold.length;
    predTotal += preds.length;
    for (const g of gold) {
      const m = bestMatch(preds, (r) => matches(r, g));
      if (m) goldFound++;
      if (m) {
        mandatoryJudged++;
        if (m.mandatory === g.mandatory) mandatoryRight++;
      }
      if (!g.mandatory) {
        plusGold++;
        if (m && !m.mandatory) plusKept++;
      }
      const predKind = m?.kind ?? null;
      if (predKind === g.kind) perKind[g.kind]!.tp++;
      else {
        perKind[g.kind]!.fn++;
        misses.push({ gold: g.quote, kind: g.kind, got: predKind ?? 'missed', text: m?.text });
      }
      if (isEdu(g.kind)) {
        if (m && isEdu(m.kind)) edu.tp++;
        else edu.fn++;
        // The product's core: a demanded diploma the law does not require, replaced in the text by skills.
        if (g.mandatory && !g.legal) {
          diplomasDemanded++;
          // In its own place, or (a diploma sentence in running text) in the section written for it.
          // ("Experience counts instead" replaces nothing.)
          // (Nor does the requirement moved in its own words, to "Mooi meegenomen" or "Praktisch".)
          if (
            m &&
            out.rewritten.blocks.some(
              (b) =>
                b.kind !== 'kept' &&
                b.role !== 'heading' &&
                b.requirementIds.includes(m.id) &&
                b.markdown.trim() &&
                !NO_DIPLOMA.test(b.markdown) &&
                !norm(b.markdown).includes(norm(m.text)),
            )
          ) {
            diplomasReplaced++;
            // EXEMPLARS principle 3: the lines that replaced it are the job's own abilities, said in
            // the posting's words (its tasks), not taxonomy labels the posting never uses.
            const postingWords = new Set(contentWords(p.text));
            for (const b of out.rewritten.blocks)
              if (b.kind !== 'kept' && b.role === 'item' && b.requirementIds.includes(m.id))
                for (const line of b.markdown.split('\n')) {
                  const words = contentWords(line.replace(/^[-*]\s*/u, '')).filter((w) => !REGISTER_WORDS.has(w));
                  if (!words.length || NO_DIPLOMA.test(line)) continue;
                  replacementLines++;
                  if (words.every((w) => postingWords.has(w) || [...postingWords].some((o) => sameWord(o, w)))) replacementOwnWords++;
                }
          }
        }
        diplomaGold++;
        const skills = m ? out.skills.filter((s) => s.requirementIds.includes(m.id) && s.uri && taxonomy.isKnownUri(s.uri)) : [];
        if (skills.length >= 3) diplomaTranslated++;
        diplomaSkills += skills.length;
        const jobSkills = new Set((p.occupations ?? []).flatMap((o) => related.get(o) ?? []));
        const ofTheJob = skills.filter((s) => jobSkills.has(s.uri ?? '') || namedInPosting(s.uri!, p.text)).length;
        diplomaSkillsRelated += ofTheJob;
        postingDiploma.skills += skills.length;
        postingDiploma.related += ofTheJob;
      }
      if (g.legal) {
        legalGold++;
        // Never dropped: the posting's own words of a legal requirement stand in the rewrite.
        if (norm(markdown).includes(norm(g.quote))) legalInText++;
        if (m && out.requirements.includes(m)) legalKept++;
        if (m?.legal) legalFlagged++;
        if (isEdu(g.kind)) {
          legalDiplomaGold++;
          if (m?.legal) legalDiplomaKept++;
        }
      }
    }
    // Person-profile lines that come from no gold requirement (offers, tasks, questions, company text).
    const profileItems = [
      ...out.personProfile.motivation,
      ...out.personProfile.values,
      ...out.personProfile.workingStyle,
      ...out.personProfile.teamContribution,
      ...out.personProfile.learningNeeds,
    ].map((i) => i.toLowerCase());
    for (const r of preds.filter((x) => x.kind === 'trait')) {
      const key = r.text
        .toLowerCase()
        .replace(/[.;,!]+$/u, '')
        .slice(0, 24);
      if (!profileItems.some((i) => i.includes(key))) continue;
      profileLines++;
      if (!bestMatch(gold, (x) => matches(r, x))) profileJunk++;
    }
    // Lines of the rewritten "Wat je meebrengt" that ask only what the annotators read as qualities:
    // a quality left among the must-haves (EXEMPLARS principle 2: it belongs under "Wie je bent").
    const goldOf = new Map(preds.flatMap((r) => (bestMatch(gold, (x) => matches(r, x)) ? [[r.id, bestMatch(gold, (x) => matches(r, x))!]] : [])));
    let bring = false;
    for (const b of out.rewritten.blocks) {
      if (b.role === 'heading') bring = /^#+\s*(?:Wat je meebrengt|Wat u meebrengt|What you bring)\s*$/u.test(b.markdown);
      else if (bring && b.markdown.trim()) {
        const asked = b.requirementIds.flatMap((id) => goldOf.get(id) ?? []);
        for (const line of b.markdown.split('\n').filter((l) => l.trim())) {
          bringLines++;
          // (Principle 3: a must-have is said to the reader, "Je kunt …", "Je hebt …", not left a fragment.)
          if (!/^(?:[-*•]\s+)?(?:Je|Jij|U|You)\s|^(?:Hoe (?:je|u) dit|How you learned)/u.test(line)) bringNotSaid++;
          if (asked.length && asked.every((g) => g.kind === 'trait')) qualitiesInBring++;
          // (A plus among the must-haves: it belongs under "Mooi meegenomen", principle 9.)
          if (asked.length && asked.every((g) => !g.mandatory)) plusesInBring++;
        }
      }
    }
    // A warning is right when it is about the candidate: a year count only where a gold experience
    // requirement asks it, a minimum age or a "hij/zij" only inside a gold requirement; a signal in the
    // wording itself ("jong team", "native speaker", "cultuurfit") wherever it stands, unless it is a
    // number ("15 jaar" of the staff's tenure is no age limit).
    for (const w of out.warnings.filter((x) => x.span && WORDING_WARNINGS.has(x.code))) {
      warningsJudged++;
      const on = gold.filter((g) => g.start < w.span!.end && g.end > w.span!.start);
      const words = p.text.slice(w.span!.start, w.span!.end);
      const right =
        w.code === 'experience-years'
          ? on.some((g) => g.kind === 'experience')
          : w.code === 'age-minimum' || w.code === 'gendered' || /\d/.test(words)
            ? on.length > 0
            : true;
      if (right) warningsRight++;
    }
    // "No diploma needed" beside a diploma the law ties to the job (gold) or that the engine itself kept.
    // A registration or qualification only a diploma opens (BIG, a teaching qualification) keeps it too.
    const diplomaStays =
      gold.some((g) => g.legal && isEdu(g.kind)) ||
      preds.some(
        (r) => (isEdu(r.kind) && (r.legal || (r.mandatory && markdown.includes(r.text)))) || (r.legal && !!r.legalBasis && diplomaBound(r.legalBasis.id)),
      );
    if (diplomaStays && NO_DIPLOMA.test(markdown)) noDiplomaContradictions++;
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
      if (p.lang === 'nl' && s.untranslated && written.includes(s.label)) englishLabels++;
    }

    const own = nonRequirementSentences(p.text, gold);
    const verbatim = keptVerbatim(own, markdown);
    const brokenHere = brokenLines(markdown, p.text);
    const metaHere = metadataHeadings(markdown);
    sentences += own.length;
    sentencesKept += verbatim.kept;
    broken += brokenHere.length;
    metaHeadings += metaHere.length;
    // The title written more often than the posting itself has it.
    if (titleLines(markdown, p.title) > Math.max(1, titleLines(p.text, p.title))) titleRepeated++;
    if (attributionInText(markdown)) attribution++;

    perPosting.push({
      id: p.id,
      half: halfOf(p.id),
      lang: p.lang,
      gold: gold.length,
      predicted: preds.length,
      occupation: out.occupation?.label ?? null,
      goldOccupation: p.occupations?.[0] ?? null,
      diplomaSkills: postingDiploma,
      rewrite: { sentences: own.length, kept: verbatim.kept, missing: verbatim.missing, broken: brokenHere, metadataHeadings: metaHere },
      misses,
    });
  }

  const f1 = (c: { tp: number; fp: number; fn: number }) => {
    const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support: c.tp + c.fn };
  };
  const recall = goldFound / goldTotal;
  const precision = predTrue / predTotal;
  const summary = {
    postings: set.length,
    requirements: {
      gold: goldTotal,
      predicted: predTotal,
      recall,
      precision,
      f1: (2 * recall * precision) / (recall + precision),
      notRequirements: 1 - precision,
    },
    mandatoryAccuracy: mandatoryRight / mandatoryJudged,
    plusesKept: plusGold ? plusKept / plusGold : 1,
    perKind: Object.fromEntries(kinds.map((k) => [k, f1(perKind[k]!)])),
    diplomaEducation: f1(edu),
    diplomaTranslatedShare: diplomaTranslated / diplomaGold,
    diplomasReplacedInText: diplomasDemanded ? diplomasReplaced / diplomasDemanded : 0,
    replacementOwnWords: { lines: replacementLines, share: replacementLines ? replacementOwnWords / replacementLines : 0 },
    diplomaSkillsPerRequirement: diplomaSkills / diplomaGold,
    diplomaSkillsOfTheJob: diplomaSkills ? diplomaSkillsRelated / diplomaSkills : 0,
    legal: {
      gold: legalGold,
      inText: legalInText,
      kept: legalKept,
      flagged: legalFlagged,
      diplomas: legalDiplomaGold,
      diplomasKeptLegal: legalDiplomaKept,
      noDiplomaContradictions,
    },
    skills: { total: skillsTotal, validUri: skillsTotal ? skillsValid / skillsTotal : 1, invented, englishLabelsInDutchText: englishLabels },
    languageRight: languageRight / set.length,
    region,
    occupation: {
      top1: occTop1 / set.length,
      anyGold: occTop3 / set.length,
      claimed: occClaimed / set.length,
      precision: occClaimed ? occClaimedRight / occClaimed : 1,
    },
    warnings: { judged: warningsJudged, precision: warningsJudged ? warningsRight / warningsJudged : 1 },
    personProfile: { lines: profileLines, junk: profileLines ? profileJunk / profileLines : 0 },
    qualitiesInBring: { lines: bringLines, share: bringLines ? qualitiesInBring / bringLines : 0 },
    plusesInBring: { lines: bringLines, share: bringLines ? plusesInBring / bringLines : 0 },
    bringNotSaid: { lines: bringLines, share: bringLines ? bringNotSaid / bringLines : 0 },
    rewrite: {
      sentences,
      keptVerbatim: sentences ? sentencesKept / sentences : 1,
      brokenLines: broken,
      metadataHeadings: metaHeadings,
      titleRepeated,
      attributionInText: attribution,
    },
  };
  return { summary, perPosting };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const goal = (ok: boolean) => (ok ? 'met' : 'NOT met');
function print(half: Half, summary: ReturnType<typeof evaluate>['summary']) {
  const s = summary;
  console.log(`\n== ${half} half: ${s.postings} annotated postings (${s.requirements.gold} gold requirements) ==\n`);
  console.log('kind             precision  recall    F1     support');
  for (const k of kinds) {
    const r = s.perKind[k]!;
    console.log(
      `${k.padEnd(16)} ${r.precision.toFixed(2).padStart(9)} ${r.recall.toFixed(2).padStart(7)} ${r.f1.toFixed(2).padStart(6)} ${String(r.support).padStart(8)}`,
    );
  }
  const rows: Array<[string, string, string, string]> = [
    ['requirement recall', pct(s.requirements.recall), '≥ 92 %', goal(s.requirements.recall >= 0.92)],
    ['not requirements (1 − precision)', pct(s.requirements.notRequirements), '≤ 5 %', goal(s.requirements.notRequirements <= 0.05)],
    ['diploma/education F1', s.diplomaEducation.f1.toFixed(2), '≥ 0.95', goal(s.diplomaEducation.f1 >= 0.95)],
    ['diploma reqs → ≥ 3 grounded skills', pct(s.diplomaTranslatedShare), '—', ''],
    ['demanded diplomas replaced by skills in the text', pct(s.diplomasReplacedInText), '—', ''],
    ["their lines in the posting's own words", `${pct(s.replacementOwnWords.share)} of ${s.replacementOwnWords.lines}`, '—', ''],
    ['diploma skills of the job (gold ESCO profile or named in the posting)', pct(s.diplomaSkillsOfTheJob), '≥ 80 %', goal(s.diplomaSkillsOfTheJob >= 0.8)],
    ['legal requirements still in the text', `${s.legal.inText}/${s.legal.gold}`, '100 %', goal(s.legal.inText === s.legal.gold)],
    ['legal requirements found as requirements', `${s.legal.kept}/${s.legal.gold}`, '100 %', goal(s.legal.kept === s.legal.gold)],
    ['legal requirements flagged legal', `${s.legal.flagged}/${s.legal.gold}`, '100 %', goal(s.legal.flagged === s.legal.gold)],
    ['legal diplomas kept as legal', `${s.legal.diplomasKeptLegal}/${s.legal.diplomas}`, '100 %', goal(s.legal.diplomasKeptLegal === s.legal.diplomas)],
    ['"no diploma" beside a required diploma', String(s.legal.noDiplomaContradictions), '0', goal(s.legal.noDiplomaContradictions === 0)],
    ['skills with a valid ESCO URI', pct(s.skills.validUri), '100 %', goal(s.skills.validUri === 1)],
    ['invented URIs', String(s.skills.invented), '0', goal(s.skills.invented === 0)],
    ['English labels in Dutch text', String(s.skills.englishLabelsInDutchText), '0', goal(s.skills.englishLabelsInDutchText === 0)],
    ['output language right', pct(s.languageRight), '100 %', goal(s.languageRight === 1)],
    ['region right (gold NL or BE)', `${s.region.right}/${s.region.judged}`, '100 %', goal(s.region.right === s.region.judged)],
    [`Dutch legal basis on ${s.region.belgian} Belgian postings`, String(s.region.dutchBasis), '0', goal(s.region.dutchBasis === 0)],
    ['postings assumed abroad (outside NL and BE)', String(s.region.abroad.length), '—', ''],
    [`Dutch legal basis on ${s.region.abroad.length} postings abroad`, String(s.region.dutchBasisAbroad), '0', goal(s.region.dutchBasisAbroad === 0)],
    ['mandatory vs plus right', pct(s.mandatoryAccuracy), '—', ''],
    ['pluses kept as pluses', pct(s.plusesKept), '≥ 95 %', goal(s.plusesKept >= 0.95)],
    ['occupation claimed (coverage)', pct(s.occupation.claimed), '≥ 70 %', goal(s.occupation.claimed >= 0.7)],
    ['occupation precision when claimed', pct(s.occupation.precision), '≥ 90 %', goal(s.occupation.precision >= 0.9)],
    ['occupation top-1 = gold best', pct(s.occupation.top1), '—', ''],
    ['warning precision (wording about the candidate)', `${pct(s.warnings.precision)} of ${s.warnings.judged}`, '≥ 90 %', goal(s.warnings.precision >= 0.9)],
    ['person-profile lines from non-requirements', `${pct(s.personProfile.junk)} of ${s.personProfile.lines}`, '≤ 5 %', goal(s.personProfile.junk <= 0.05)],
    ['"Wat je meebrengt" lines that are qualities', `${pct(s.qualitiesInBring.share)} of ${s.qualitiesInBring.lines}`, '—', ''],
    ['"Wat je meebrengt" lines that are pluses', `${pct(s.plusesInBring.share)} of ${s.plusesInBring.lines}`, '—', ''],
    ['"Wat je meebrengt" lines not said to the reader', `${pct(s.bringNotSaid.share)} of ${s.bringNotSaid.lines}`, '—', ''],
    ['own sentences kept verbatim', `${pct(s.rewrite.keptVerbatim)} of ${s.rewrite.sentences}`, '≥ 99 %', goal(s.rewrite.keptVerbatim >= 0.99)],
    ['broken lines written', String(s.rewrite.brokenLines), '0', goal(s.rewrite.brokenLines === 0)],
    ['metadata headings', String(s.rewrite.metadataHeadings), '0', goal(s.rewrite.metadataHeadings === 0)],
    ['postings with the title repeated', String(s.rewrite.titleRepeated), '0', goal(s.rewrite.titleRepeated === 0)],
    ['attribution inside the vacancy text', String(s.rewrite.attributionInText), '0', goal(s.rewrite.attributionInText === 0)],
  ];
  console.log('\nmetric                                   value           goal     ');
  for (const [m, v, g, ok] of rows) console.log(`${m.padEnd(40)} ${v.padStart(14)}  ${g.padEnd(8)} ${ok}`);
  if (s.region.abroad.length) console.log(`\nassumed abroad: ${s.region.abroad.join(', ')}`);
}

const results = {} as Record<Half, ReturnType<typeof evaluate>>;
for (const half of ['untuned', 'tune'] as const) {
  results[half] = evaluate(postings.filter((p) => halfOf(p.id) === half));
  print(half, results[half].summary);
}

mkdirSync(resolve(root, 'bench/results'), { recursive: true });
const file = resolve(root, 'bench/results/eval.json');
writeFileSync(
  file,
  JSON.stringify(
    { untuned: results.untuned.summary, tune: results.tune.summary, perPosting: [...results.untuned.perPosting, ...results.tune.perPosting] },
    null,
    2,
  ),
);
console.log(`\nper-posting misses: ${file}`);
