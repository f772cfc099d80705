/**
 * Quality beside speed: the figures of `npm run eval` the issues set goals for, on the untuned half
 * of the corpus split (DEVELOPERS.md), with the tune half as the note. Runs the eval afresh.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Figure, Section } from './types';

interface Summary {
  requirements: { recall: number; notRequirements: number };
  diplomaSkillsOfTheJob: number;
  diplomasReplacedInText: number;
  plusesKept: number;
  occupation: { claimed: number; precision: number };
  legal: { gold: number; inText: number; noDiplomaContradictions: number };
  skills: { englishLabelsInDutchText: number };
  warnings: { precision: number };
  personProfile: { junk: number };
  qualitiesInBring: { share: number };
  plusesInBring: { share: number };
  bringNotSaid: { share: number };
  rewrite: { keptVerbatim: number; brokenLines: number; metadataHeadings: number; titleRepeated: number; attributionInText: number };
}

export async function bench(): Promise<Section> {
  execFileSync('npx', ['tsx', 'scripts/eval.ts'], { stdio: 'ignore' });
  const { untuned, tune } = JSON.parse(readFileSync('bench/results/eval.json', 'utf8')) as { untuned: Summary; tune: Summary };
  const pct = (x: number) => Math.round(1000 * x) / 10;
  const row = (metric: string, pick: (s: Summary) => number, unit: string, goal: string): Figure => ({
    metric,
    value: unit === '%' ? pct(pick(untuned)) : pick(untuned),
    unit,
    goal,
    note: `tune half ${unit === '%' ? pct(pick(tune)) : pick(tune)} ${unit}`.trim(),
  });
  return {
    name: 'quality (untuned half)',
    figures: [
      row('own sentences kept verbatim', (s) => s.rewrite.keptVerbatim, '%', '≥ 99 %'),
      row('broken lines written', (s) => s.rewrite.brokenLines, '', '0'),
      row('metadata headings', (s) => s.rewrite.metadataHeadings, '', '0'),
      row('postings with the title repeated', (s) => s.rewrite.titleRepeated, '', '0'),
      row('attribution inside the vacancy text', (s) => s.rewrite.attributionInText, '', '0'),
      row('occupation claimed (coverage)', (s) => s.occupation.claimed, '%', '≥ 70 %'),
      row('occupation precision when claimed', (s) => s.occupation.precision, '%', '≥ 90 %'),
      row('diploma skills of the job', (s) => s.diplomaSkillsOfTheJob, '%', '≥ 80 %'),
      row('demanded diplomas replaced by skills in the text', (s) => s.diplomasReplacedInText, '%', ''),
      row('English labels in Dutch text', (s) => s.skills.englishLabelsInDutchText, '', '0'),
      row('pluses kept as pluses', (s) => s.plusesKept, '%', '≥ 95 %'),
      row('legal requirements still in the text', (s) => s.legal.inText / s.legal.gold, '%', '100 %'),
      row('"no diploma" beside a required diploma', (s) => s.legal.noDiplomaContradictions, '', '0'),
      row('requirement recall', (s) => s.requirements.recall, '%', '≥ 92 %'),
      row('false requirements', (s) => s.requirements.notRequirements, '%', '≤ 5 %'),
      row('person-profile lines from non-requirements', (s) => s.personProfile.junk, '%', '≤ 5 %'),
      row('"Wat je meebrengt" lines that are qualities', (s) => s.qualitiesInBring.share, '%', ''),
      row('"Wat je meebrengt" lines that are pluses', (s) => s.plusesInBring.share, '%', ''),
      row('"Wat je meebrengt" lines not said to the reader', (s) => s.bringNotSaid.share, '%', ''),
      row('warning precision', (s) => s.warnings.precision, '%', '≥ 90 %'),
    ],
  };
}
