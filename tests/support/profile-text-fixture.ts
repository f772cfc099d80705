/**
 * A Dutch translation whose blocks have the shape the offline engine writes (#14): the posting's
 * own lines kept with their source span, the diploma line replaced by the skills it stood for, a
 * trait moved to the person profile, and the new sections. For the tests of the regenerated
 * profile text (#19): functions/profiles/text.test.ts and tests/worker/profiles-text.test.ts.
 */
import { renderMarkdown } from '../../shared/blocks';
import type { Block, Skill, Translation } from '../../shared/translation';

export const TEXT = [
  'Wat ga je doen',
  'Je verzorgt cliënten en dient medicatie toe.',
  '',
  'Wat vragen wij',
  '- Diploma Verzorgende IG niveau 3',
  '- Je bent geduldig',
  '',
  'Wat bieden wij',
  '- Salaris volgens cao VVT',
].join('\n');

const span = (line: string) => {
  const start = TEXT.indexOf(line);
  if (start < 0) throw new Error(`not in the text: ${line}`);
  return { start, end: start + line.length };
};

export const skill = (label: string, mustHave: boolean, extra: Partial<Skill> = {}): Skill => ({
  label,
  uri: `http://data.europa.eu/esco/skill/${label.replace(/\W+/g, '-')}`,
  requirementIds: ['r1'],
  mustHave,
  reason: '',
  verified: true,
  labelLanguage: 'nl',
  untranslated: false,
  groupLabel: null,
  ...extra,
});

export function blocks(): Block[] {
  return [
    { id: 'b1', kind: 'kept', role: 'heading', markdown: '### Wat ga je doen', source: span('Wat ga je doen'), requirementIds: [] },
    {
      id: 'b2',
      kind: 'kept',
      role: 'paragraph',
      markdown: 'Je verzorgt cliënten en dient medicatie toe.',
      source: span('Je verzorgt cliënten en dient medicatie toe.'),
      requirementIds: [],
    },
    { id: 'b3', kind: 'kept', role: 'heading', markdown: '### Wat vragen wij', source: span('Wat vragen wij'), requirementIds: [] },
    {
      id: 'b4',
      kind: 'changed',
      role: 'item',
      markdown: '- Je kunt medicatie toedienen.\n- Je kunt wonden verzorgen.',
      source: span('- Diploma Verzorgende IG niveau 3'),
      requirementIds: ['r1'],
    },
    { id: 'b5', kind: 'changed', role: 'item', markdown: '', source: span('- Je bent geduldig'), requirementIds: ['r2'] },
    { id: 'b6', kind: 'added', role: 'heading', markdown: '### Wat je bij ons leert', requirementIds: ['r1'] },
    { id: 'b7', kind: 'added', role: 'item', markdown: '- Je leert hulp bieden bij persoonlijke verzorging.', requirementIds: ['r1'] },
    { id: 'b8', kind: 'added', role: 'heading', markdown: '### Wie je bent', requirementIds: ['r2'] },
    { id: 'b9', kind: 'added', role: 'paragraph', markdown: 'Voor ons telt wie je bent.', requirementIds: ['r2'] },
    { id: 'b10', kind: 'added', role: 'item', markdown: '- Je bent geduldig.', requirementIds: ['r2'] },
    { id: 'b11', kind: 'kept', role: 'heading', markdown: '### Wat bieden wij', source: span('Wat bieden wij'), requirementIds: [] },
    { id: 'b12', kind: 'kept', role: 'item', markdown: '- Salaris volgens cao VVT', source: span('- Salaris volgens cao VVT'), requirementIds: [] },
  ];
}

export function careTranslation(): Translation {
  const all = blocks();
  return {
    language: 'nl',
    engine: 'offline',
    fallback: null,
    title: 'Verzorgende IG',
    occupation: null,
    requirements: [
      {
        id: 'r1',
        text: 'Diploma Verzorgende IG niveau 3',
        kind: 'diploma',
        mandatory: true,
        legal: false,
        legalBasis: null,
        alternativeOffered: false,
        span: span('Diploma Verzorgende IG niveau 3'),
      },
      {
        id: 'r2',
        text: 'Je bent geduldig',
        kind: 'trait',
        mandatory: true,
        legal: false,
        legalBasis: null,
        alternativeOffered: false,
        span: span('Je bent geduldig'),
      },
    ],
    skills: [skill('medicatie toedienen', true), skill('wonden verzorgen', true), skill('hulp bieden bij persoonlijke verzorging', false)],
    personProfile: {
      summary: 'Voor ons telt wie je bent.',
      motivation: [],
      values: [],
      workingStyle: ['Je bent geduldig.'],
      teamContribution: [],
      learningNeeds: [],
    },
    learningRoutes: [],
    experienceInPlaceOfEducation: true,
    rewritten: { markdown: renderMarkdown(all, TEXT), blocks: all, jsonLd: null, readingLevel: null },
    changes: [],
    warnings: [],
    attribution: 'This service uses the ESCO classification of the European Commission.',
    dataVersions: {},
  };
}
