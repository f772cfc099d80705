/**
 * Worked examples for the cached prefix: a Dutch and an English posting with the answer we want.
 * examples.test.ts checks every example answer against the Answer schema.
 */
import type { Answer } from './answer';

export const EXAMPLES: Array<{ posting: string; answer: Answer }> = [
  {
    posting: `Chauffeur distributie

Wat ga je doen?
- Je rijdt dagelijks routes naar supermarkten in de regio Utrecht.

Wat vragen wij?
- Mbo 2 diploma
- Rijbewijs C en code 95
- Minimaal 5 jaar ervaring als chauffeur
- Je bent flexibel en klantvriendelijk
- VCA is een pré

Interesse? Mail [NAME_1] via [EMAIL_1].`,
    answer: {
      language: 'nl',
      title: 'Chauffeur distributie',
      requirements: [
        { id: 'r1', text: 'Mbo 2 diploma', kind: 'education_level', mandatory: true, legal: false, alternativeOffered: false },
        { id: 'r2', text: 'Rijbewijs C', kind: 'licence', mandatory: true, legal: true, alternativeOffered: false },
        { id: 'r3', text: 'code 95', kind: 'licence', mandatory: true, legal: true, alternativeOffered: false },
        { id: 'r4', text: 'Minimaal 5 jaar ervaring als chauffeur', kind: 'experience', mandatory: true, legal: false, alternativeOffered: false },
        { id: 'r5', text: 'Je bent flexibel', kind: 'trait', mandatory: true, legal: false, alternativeOffered: false },
        { id: 'r6', text: 'klantvriendelijk', kind: 'trait', mandatory: true, legal: false, alternativeOffered: false },
        { id: 'r7', text: 'VCA is een pré', kind: 'certificate', mandatory: false, legal: false, alternativeOffered: false },
      ],
      skills: [
        { label: 'vrachtwagen besturen', escoLabel: 'drive trucks', requirementIds: ['r1', 'r4'], mustHave: true, reason: 'Je rijdt vanaf de eerste dag zelf.' },
        { label: 'lading zekeren', escoLabel: 'secure goods', requirementIds: ['r1'], mustHave: true, reason: 'Veilig vervoer vraagt dit vanaf dag één.' },
        { label: 'routes plannen', escoLabel: 'plan transport routes', requirementIds: ['r1', 'r4'], mustHave: false, reason: 'De vaste routes leer je in de eerste weken.' },
        { label: 'goederen laden en lossen', escoLabel: 'load cargo', requirementIds: ['r1'], mustHave: false, reason: 'Dit leer je op de werkvloer.' },
      ],
      personProfile: {
        summary: 'Je houdt van zelfstandig op pad zijn en zorgt dat klanten op je kunnen rekenen. Je past je makkelijk aan als een route verandert.',
        motivation: ['Zelfstandig werken onderweg'],
        values: ['Betrouwbaarheid'],
        workingStyle: ['Flexibel bij wijzigingen in de planning'],
        teamContribution: ['Klantvriendelijk contact met winkels en collega’s'],
        learningNeeds: ['VCA-training na indiensttreding'],
      },
      experienceInPlaceOfEducation: true,
      changes: [
        { requirementId: 'r1', action: 'translate', reason: 'Het diploma staat voor rijden, lading zekeren en laden; die vaardigheden vragen we nu.' },
        { requirementId: 'r2', action: 'keep-legal', reason: 'Rijbewijs C is wettelijk verplicht voor het besturen van een vrachtwagen.' },
        { requirementId: 'r3', action: 'keep-legal', reason: 'Code 95 is wettelijk verplicht voor beroepschauffeurs.' },
        { requirementId: 'r4', action: 'rephrase', reason: 'Een aantal jaren zegt weinig en kan leeftijd uitsluiten; we noemen wat je moet kunnen.' },
        { requirementId: 'r5', action: 'move-to-profile', reason: 'Een eigenschap hoort in het persoonsprofiel.' },
        { requirementId: 'r6', action: 'move-to-profile', reason: 'Een eigenschap hoort in het persoonsprofiel.' },
        { requirementId: 'r7', action: 'rephrase', reason: 'VCA is niet wettelijk verplicht; je kunt het na indiensttreding halen.' },
      ],
      rewritten: {
        markdown: `# Chauffeur distributie (m/v/x)

## Wat ga je doen?
- Je rijdt dagelijks routes naar supermarkten in de regio Utrecht.

## Wat je vanaf dag één kunt
- Een vrachtwagen veilig besturen
- Lading zekeren

## Wat je bij ons leert
- Routes plannen
- Goederen laden en lossen
- VCA: die training volg je bij ons

## Wie ben jij?
Je houdt van zelfstandig op pad zijn en zorgt dat klanten op je kunnen rekenen. Je past je makkelijk aan als een route verandert.

## Wettelijke eisen
- Rijbewijs C (Wegenverkeerswet 1994): nodig vanaf de eerste rit.
- Code 95 (Wet rijonderricht motorrijtuigen 1993): nodig vanaf de eerste rit.

Geen diploma? Ervaring telt ook.

Interesse? Mail [NAME_1] via [EMAIL_1].`,
      },
    },
  },
  {
    posting: `Junior Data Analyst

You will build dashboards for our logistics team.

Requirements:
- Bachelor's degree in Computer Science or equivalent experience
- Good knowledge of SQL
- Fluent English
- You are a young and dynamic team player`,
    answer: {
      language: 'en',
      title: 'Junior Data Analyst',
      requirements: [
        { id: 'r1', text: "Bachelor's degree in Computer Science or equivalent experience", kind: 'diploma', mandatory: true, legal: false, alternativeOffered: true },
        { id: 'r2', text: 'Good knowledge of SQL', kind: 'skill', mandatory: true, legal: false, alternativeOffered: false },
        { id: 'r3', text: 'Fluent English', kind: 'language', mandatory: true, legal: false, alternativeOffered: false },
        { id: 'r4', text: 'You are a young and dynamic team player', kind: 'trait', mandatory: true, legal: false, alternativeOffered: false },
      ],
      skills: [
        { label: 'SQL', escoLabel: 'SQL', requirementIds: ['r1', 'r2'], mustHave: true, reason: 'Dashboards are built on SQL queries from day one.' },
        { label: 'analyse data', escoLabel: 'perform data analysis', requirementIds: ['r1'], mustHave: true, reason: 'The core of the job.' },
        { label: 'visualise data', escoLabel: 'deliver visual presentation of data', requirementIds: ['r1'], mustHave: false, reason: 'Our dashboard tooling can be learned on the job.' },
        { label: 'statistics', escoLabel: 'statistics', requirementIds: ['r1'], mustHave: false, reason: 'Basic statistics can be learned with a short course.' },
      ],
      personProfile: {
        summary: 'You enjoy finding the story in data and sharing it with colleagues. You like to keep learning.',
        motivation: ['Curiosity about how logistics works'],
        values: ['Accuracy'],
        workingStyle: ['Structured'],
        teamContribution: ['Shares insights with the logistics team'],
        learningNeeds: ['Dashboard tooling', 'Statistics basics'],
      },
      experienceInPlaceOfEducation: true,
      changes: [
        { requirementId: 'r1', action: 'translate', reason: 'The degree stands for SQL, data analysis and visualisation; we ask for those.' },
        { requirementId: 'r2', action: 'keep', reason: 'A skill the job needs.' },
        { requirementId: 'r3', action: 'keep', reason: 'The team works in English.' },
        { requirementId: 'r4', action: 'drop-wording', reason: '"Young" is an age proxy; team contribution moves to the person profile.' },
      ],
      rewritten: {
        markdown: `# Junior Data Analyst

You will build dashboards for our logistics team.

## What you bring from day one
- SQL
- Analysing data

## What you learn with us
- Visualising data in dashboards
- Statistics basics

## Who you are
You enjoy finding the story in data and sharing it with colleagues. You like to keep learning.

## Language
- Fluent English

No degree? Experience counts too.`,
      },
    },
  },
];

export const EXAMPLES_TEXT = [
  '## Examples',
  'Two postings with the answers Vaardig expects. They show the shape and the choices; the real posting decides the content.',
  ...EXAMPLES.map((example, i) => `### Example ${i + 1}\n<posting>\n${example.posting}\n</posting>\n<answer>\n${JSON.stringify(example.answer)}\n</answer>`),
].join('\n\n');
