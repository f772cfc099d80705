/**
 * One real translation, cut short (three of its eight skills, one of its learning routes): the example
 * of the `Translation` schema wherever the document shows one. Made by the offline engine from
 * `POSTING` below; the test checks it against the schema, not against the engine's current output.
 */
import { renderMarkdown } from '../../shared/blocks';
import type { Skill, Translation } from '../../shared/translation';

export const POSTING = `Medewerker logistiek (m/v/x)

Wat ga je doen?
- Je verzamelt orders en laadt vrachtwagens.

Wat vragen wij?
- Een afgeronde mbo niveau 3 opleiding
- Rijbewijs B

Wat bieden wij?
- Een goed salaris`;

const ESCO = 'http://data.europa.eu/esco';
const OCCUPATION = `${ESCO}/occupation/c8b296be-54ae-48cf-be21-031fa8457937`;
const SPREADSHEETS = `${ESCO}/skill/1973c966-f236-40c9-b2d4-5d71a89019be`;
const OFFICE_ROUTINE = `${ESCO}/skill/7c3865d1-e5a9-4043-a7a4-2e9e30468c0b`;
const CORE = 'Kern van het beroep logistiek medewerker (ESCO, essentieel): nodig vanaf dag één. (Beroep herkend uit de tekst van de vacature.)';
const LICENCE_CITATION = 'art. 107 Wegenverkeerswet 1994 (BWBR0006622); categorieën: Reglement rijbewijzen';
const LICENCE_DETAIL =
  'Nodig vóór de eerste rit: wie in deze functie vanaf de start rijdt, heeft het rijbewijs van die categorie bij de start (art. 107 WVW 1994).';

const DUTCH_CORE_SKILL: Omit<Skill, 'label' | 'uri'> = {
  requirementIds: ['r1'],
  mustHave: true,
  reason: CORE,
  verified: true,
  labelLanguage: 'nl',
  untranslated: false,
  groupLabel: null,
};

const blocks: Translation['rewritten']['blocks'] = [
  { id: 'b1', kind: 'kept', role: 'paragraph', markdown: 'Medewerker logistiek (m/v/x)', source: { start: 0, end: 28 }, requirementIds: [] },
  { id: 'b2', kind: 'kept', role: 'heading', markdown: '### Wat ga je doen?', source: { start: 30, end: 45 }, requirementIds: [] },
  { id: 'b3', kind: 'kept', role: 'item', markdown: '- Je verzamelt orders en laadt vrachtwagens.', source: { start: 46, end: 90 }, requirementIds: [] },
  { id: 'b4', kind: 'kept', role: 'heading', markdown: '### Wat vragen wij?', source: { start: 92, end: 107 }, requirementIds: [] },
  {
    id: 'b5',
    kind: 'changed',
    role: 'item',
    markdown: '- Kennis van kantoorsoftware.\n- Je kunt software voor spreadsheets gebruiken.',
    source: { start: 108, end: 146 },
    requirementIds: ['r1'],
  },
  { id: 'b6', kind: 'changed', role: 'item', markdown: '', source: { start: 147, end: 160 }, requirementIds: ['r2'] },
  {
    id: 'b9',
    kind: 'added',
    role: 'item',
    markdown: '- Hoe je dit hebt geleerd, maakt niet uit: in een opleiding, in je werk of op een andere manier.',
    requirementIds: ['r1'],
  },
  { id: 'b10', kind: 'added', role: 'heading', markdown: '### Wat je bij ons leert', requirementIds: ['r1'] },
  { id: 'b11', kind: 'added', role: 'item', markdown: '- Je leert algemene administratieve taken uitvoeren.', requirementIds: ['r1'] },
  { id: 'b12', kind: 'added', role: 'heading', markdown: '### Wat de wet vraagt', requirementIds: ['r2'] },
  {
    id: 'b13',
    kind: 'added',
    role: 'item',
    markdown: '- Rijbewijs B. Wettelijke basis: art. 107 Wegenverkeerswet 1994; categorieën: Reglement rijbewijzen. Dit heb je nodig voordat je begint.',
    requirementIds: ['r2'],
  },
  { id: 'b7', kind: 'kept', role: 'heading', markdown: '### Wat bieden wij?', source: { start: 162, end: 177 }, requirementIds: [] },
  { id: 'b8', kind: 'kept', role: 'item', markdown: '- Een goed salaris', source: { start: 178, end: 196 }, requirementIds: [] },
];

export const TRANSLATION: Translation = {
  language: 'nl',
  engine: 'offline',
  fallback: null,
  title: null,
  occupation: { uri: OCCUPATION, label: 'logistiek medewerker', score: 0.87 },
  occupationCandidates: [
    { uri: OCCUPATION, label: 'logistiek medewerker', score: 0.87 },
    { uri: `${ESCO}/occupation/8188136d-df82-4910-91e1-b185ec17c3c9`, label: 'medewerker melkontvangst', score: 0.19 },
    { uri: `${ESCO}/occupation/c4071145-a774-4cf4-aefa-ae18a385cca4`, label: 'logistiek ingenieur', score: 0.06 },
  ],
  region: 'NL',
  requirements: [
    {
      id: 'r1',
      text: 'Een afgeronde mbo niveau 3 opleiding',
      kind: 'education_level',
      mandatory: true,
      legal: false,
      legalBasis: null,
      alternativeOffered: false,
      span: { start: 110, end: 146 },
    },
    {
      id: 'r2',
      text: 'Rijbewijs B',
      kind: 'licence',
      mandatory: true,
      legal: true,
      legalBasis: {
        id: 'nl.transport.rijbewijs',
        name: 'Rijbewijs van de juiste categorie',
        citation: LICENCE_CITATION,
        law: 'Wegenverkeerswet 1994',
        article: '107 lid 1',
        bwbr: 'BWBR0006622',
        url: 'https://wetten.overheid.nl/BWBR0006622',
        obtainableAfterHiring: false,
        obtainableDetail: LICENCE_DETAIL,
        diplomaRequired: false,
        profession: null,
        dependsOn: null,
        jurisdiction: 'NL',
        verified: true,
        label: 'wettelijk vereist',
      },
      alternativeOffered: false,
      span: { start: 149, end: 160 },
    },
  ],
  skills: [
    { ...DUTCH_CORE_SKILL, label: 'kantoorsoftware', uri: `${ESCO}/skill/cf310cff-0d28-4dbc-9dbb-cc500a3196c2` },
    { ...DUTCH_CORE_SKILL, label: 'software voor spreadsheets gebruiken', uri: SPREADSHEETS },
    {
      label: 'perform office routine activities',
      uri: OFFICE_ROUTINE,
      requirementIds: ['r1'],
      mustHave: false,
      reason: 'Essentiële vaardigheid voor logistiek medewerker (ESCO) die de vacature niet apart vraagt: te leren op de werkvloer.',
      verified: true,
      labelLanguage: 'en',
      untranslated: true,
      groupLabel: 'uitvoeren van algemene administratieve taken',
    },
  ],
  personProfile: { summary: '', motivation: [], values: [], workingStyle: [], teamContribution: [], learningNeeds: [] },
  learningRoutes: [
    {
      form: 'informal',
      title: 'Mentor of werkcoach',
      provider: null,
      source: 'template',
      sourceId: null,
      covers: [SPREADSHEETS, OFFICE_ROUTINE],
      type: 'mentoring',
      level: null,
      url: null,
      explanation: 'Dekt 2 van 3 vaardigheden. Een mentor in of buiten het bedrijf spreekt elke twee weken door wat goed ging en wat de volgende stap is.',
      funding: [
        {
          id: 'slim',
          name: 'SLIM-regeling (Subsidieregeling leren en ontwikkelen in het mkb)',
          summary: 'Subsidie van het ministerie van SZW voor mkb-bedrijven die leren en ontwikkelen op het werk opzetten.',
          source: 'Ministerie van Sociale Zaken en Werkgelegenheid',
          url: 'https://www.uitvoeringvanbeleidszw.nl/subsidies/slim',
          checked: '2024-10-01',
        },
      ],
    },
  ],
  experienceInPlaceOfEducation: true,
  rewritten: {
    markdown: renderMarkdown(blocks, POSTING),
    blocks,
    jsonLd: null,
    readingLevel: 'B1 (Flesch-Douma 65)',
  },
  changes: [
    {
      requirementId: 'r1',
      action: 'translate',
      rule: 'education.level→vacancy-occupation→essential-skills',
      concept: OCCUPATION,
      span: { start: 110, end: 146 },
      reason: 'Diploma-eis vervangen door de vaardigheden waar mbo niveau 3 voor staat; ervaring telt als alternatief.',
    },
    {
      requirementId: 'r2',
      action: 'keep-legal',
      rule: 'legal.nl.transport.rijbewijs',
      concept: 'BWBR0006622',
      span: { start: 149, end: 160 },
      reason: `Wettelijk vereist (${LICENCE_CITATION}); blijft staan. Moet er zijn vóór de start: ${LICENCE_DETAIL}`,
    },
  ],
  warnings: [],
  attribution: 'This service uses the ESCO classification of the European Commission.',
  dataVersions: { esco: 'v1.1.1', escoSkillsNl: 'partial', mbo: '2015', duo: 'ho_opleidingsoverzicht', built: '2026-06-01' },
};
