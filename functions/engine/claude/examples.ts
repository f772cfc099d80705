/**
 * Worked examples for the cached prefix: a Dutch and an English posting, the rules' draft of their
 * rewrite in blocks, and the answer we want. examples.test.ts checks every example answer against
 * the Answer schema and the blocks it names against the draft.
 */
import type { Answer } from './answer';
import { draftText, type DraftLine } from './draft';

const kept = (id: string, role: DraftLine['role'], text: string): DraftLine => ({ id, kind: 'kept', role, fixed: true, text });
const changed = (id: string, source: string, draft: string): DraftLine => ({ id, kind: 'changed', role: 'item', source, draft });
const added = (id: string, role: DraftLine['role'], draft: string): DraftLine => ({ id, kind: 'added', role, draft });

export const EXAMPLES: Array<{ posting: string; draft: DraftLine[]; answer: Answer }> = [
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
    draft: [
      kept('b1', 'paragraph', 'Chauffeur distributie'),
      kept('b2', 'heading', '### Wat ga je doen?'),
      kept('b3', 'item', '- Je rijdt dagelijks routes naar supermarkten in de regio Utrecht.'),
      kept('b4', 'heading', '### Wat vragen wij?'),
      changed(
        'b5',
        '- Mbo 2 diploma',
        '- Je kunt een vrachtwagen besturen.\n- Hoe je dit hebt geleerd, maakt niet uit: in een opleiding, in je werk of op een andere manier.',
      ),
      changed('b6', '- Rijbewijs C en code 95', ''),
      changed(
        'b7',
        '- Minimaal 5 jaar ervaring als chauffeur',
        '- Je hebt aantoonbaar ervaring als chauffeur — waar en hoe lang je die opdeed, maakt niet uit.',
      ),
      changed('b8', '- Je bent flexibel en klantvriendelijk', ''),
      kept('b9', 'item', '- VCA is een pré'),
      added('b10', 'heading', '### Wie je bent'),
      added('b11', 'item', '- Je bent flexibel en klantvriendelijk'),
      added('b12', 'heading', '### Wat de wet vraagt'),
      added('b13', 'item', '- Rijbewijs C en code 95. Wettelijke basis: art. 107 Wegenverkeerswet 1994. Dit heb je nodig voordat je begint.'),
      kept('b14', 'paragraph', 'Interesse? Mail [NAME_1] via [EMAIL_1].'),
    ],
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
        {
          label: 'vrachtwagen besturen',
          escoLabel: 'drive trucks',
          requirementIds: ['r1', 'r4'],
          mustHave: true,
          reason: 'Je rijdt vanaf de eerste dag zelf.',
        },
        { label: 'lading zekeren', escoLabel: 'secure goods', requirementIds: ['r1'], mustHave: true, reason: 'Veilig vervoer vraagt dit vanaf dag één.' },
        {
          label: 'routes plannen',
          escoLabel: 'plan transport routes',
          requirementIds: ['r1', 'r4'],
          mustHave: false,
          reason: 'De vaste routes leer je in de eerste weken.',
        },
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
        blocks: [
          {
            id: 'b5',
            markdown: '- Je kunt een vrachtwagen veilig besturen.\n- Je kunt lading zekeren.\n- Geen diploma? Ervaring telt ook.',
            requirementIds: ['r1'],
          },
          { id: 'b7', markdown: '- Je hebt ervaring met rijden op vaste routes; waar je die opdeed, maakt niet uit.', requirementIds: ['r4'] },
          { id: 'b9', markdown: '- VCA haal je bij ons, na je start.', requirementIds: ['r7'] },
          { id: 'b11', markdown: '- Je past je makkelijk aan als een route verandert.\n- Klanten kunnen op je rekenen.', requirementIds: ['r5', 'r6'] },
          {
            id: 'b13',
            markdown: '- Rijbewijs C (Wegenverkeerswet 1994) en code 95 (Wet rijonderricht motorrijtuigen 1993): nodig vanaf je eerste rit.',
            requirementIds: ['r2', 'r3'],
          },
        ],
        newBlocks: [
          { after: 'b9', role: 'heading', markdown: '### Wat je bij ons leert', requirementIds: ['r1'] },
          { after: 'b9', role: 'item', markdown: '- Je leert routes plannen.', requirementIds: ['r1'] },
          { after: 'b9', role: 'item', markdown: '- Je leert goederen laden en lossen.', requirementIds: ['r1'] },
        ],
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
    draft: [
      kept('b1', 'paragraph', 'Junior Data Analyst'),
      kept('b2', 'paragraph', 'You will build dashboards for our logistics team.'),
      kept('b3', 'heading', '### Requirements:'),
      changed(
        'b4',
        "- Bachelor's degree in Computer Science or equivalent experience",
        '- You can use SQL.\n- How you learned this does not matter: in a programme, at work or in another way.',
      ),
      kept('b5', 'item', '- Good knowledge of SQL'),
      kept('b6', 'item', '- Fluent English'),
      changed('b7', '- You are a young and dynamic team player', ''),
      added('b8', 'heading', '### Who you are'),
      added('b9', 'item', '- You are a young and dynamic team player'),
    ],
    answer: {
      language: 'en',
      title: 'Junior Data Analyst',
      requirements: [
        {
          id: 'r1',
          text: "Bachelor's degree in Computer Science or equivalent experience",
          kind: 'diploma',
          mandatory: true,
          legal: false,
          alternativeOffered: true,
        },
        { id: 'r2', text: 'Good knowledge of SQL', kind: 'skill', mandatory: true, legal: false, alternativeOffered: false },
        { id: 'r3', text: 'Fluent English', kind: 'language', mandatory: true, legal: false, alternativeOffered: false },
        { id: 'r4', text: 'You are a young and dynamic team player', kind: 'trait', mandatory: true, legal: false, alternativeOffered: false },
      ],
      skills: [
        { label: 'SQL', escoLabel: 'SQL', requirementIds: ['r1', 'r2'], mustHave: true, reason: 'Dashboards are built on SQL queries from day one.' },
        { label: 'analyse data', escoLabel: 'perform data analysis', requirementIds: ['r1'], mustHave: true, reason: 'The core of the job.' },
        {
          label: 'visualise data',
          escoLabel: 'deliver visual presentation of data',
          requirementIds: ['r1'],
          mustHave: false,
          reason: 'Our dashboard tooling can be learned on the job.',
        },
        {
          label: 'statistics',
          escoLabel: 'statistics',
          requirementIds: ['r1'],
          mustHave: false,
          reason: 'Basic statistics can be learned with a short course.',
        },
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
        blocks: [
          { id: 'b4', markdown: '- You can analyse data.\n- You can write SQL queries.\n- No degree? Experience counts too.', requirementIds: ['r1'] },
          { id: 'b9', markdown: '- You enjoy finding the story in data and sharing it with colleagues.', requirementIds: ['r4'] },
        ],
        newBlocks: [
          { after: 'b9', role: 'heading', markdown: '### What you learn with us', requirementIds: ['r1'] },
          { after: 'b9', role: 'item', markdown: '- You learn our dashboard tooling.', requirementIds: ['r1'] },
          { after: 'b9', role: 'item', markdown: '- You learn the basics of statistics.', requirementIds: ['r1'] },
        ],
      },
    },
  },
];

export const EXAMPLES_TEXT = [
  '## Examples',
  'Two postings, the draft of their rewrite and the answers Vaardig expects. They show the shape and the choices; the real posting decides the content.',
  ...EXAMPLES.map(
    (example, i) =>
      `### Example ${i + 1}\n<posting>\n${example.posting}\n</posting>\n<draft>\n${draftText(example.draft)}\n</draft>\n<answer>\n${JSON.stringify(example.answer)}\n</answer>`,
  ),
].join('\n\n');
