/** Postings and scripted answers for the Claude engine's tests; pure data, also used by the Worker tests in workerd. */
import type { Block } from '../../../../shared/translation';
import type { Answer } from '../answer';

/**
 * A draft block's id by what it holds (its text, or for a changed block the posting's line it
 * replaces), so that scripted answers name the blocks the engine sends whatever ids the rules give.
 */
export type DraftFinder = (pattern: RegExp, kind?: Block['kind']) => string;

export function draftFinder(blocks: Block[], text: string): DraftFinder {
  return (pattern, kind) => {
    const found = blocks.find(
      (block) =>
        (!kind || block.kind === kind) && (pattern.test(block.markdown) || (!!block.source && pattern.test(text.slice(block.source.start, block.source.end)))),
    );
    if (!found) throw new Error(`no ${kind ?? ''} draft block matches ${pattern}`);
    return found.id;
  };
}

export const LOGISTICS = `Medewerker logistiek (m/v/x)

Bij Distributiecentrum Midden in Nieuwegein werk je in een hecht team.

Wat ga je doen?
- Je verzamelt orders en laadt vrachtwagens.
- Je houdt de voorraad bij.

Wat vragen wij?
- Een afgeronde mbo niveau 3 opleiding
- Minimaal 3 jaar ervaring in een magazijn
- Heftruckcertificaat is een pré
- Je bent stressbestendig

Wat bieden wij?
- Een goed salaris en reiskostenvergoeding

Vragen? Neem contact op met Petra Jansen via 06-12345678 of p.jansen@dcmidden.nl.`;

export const NURSE = `Verpleegkundige VVT (m/v/x)

Voor onze locatie in Utrecht zoeken we een verpleegkundige.

Wat ga je doen?
- Je verzorgt en begeleidt cliënten.

Wat vragen wij?
- Een afgerond mbo diploma Verpleegkunde (niveau 4)
- Een geldige BIG-registratie als verpleegkundige
- Je bent stressbestendig en flexibel

Wat bieden wij?
- Salaris € 2.800 - € 3.900

Contact: Jan de Vries, 030 123 4567, j.devries@zorggroep.nl`;

export const PII = ['Petra Jansen', '06-12345678', 'p.jansen@dcmidden.nl', 'Jan de Vries', '030 123 4567', 'j.devries@zorggroep.nl'];

const profile = {
  summary: 'Je houdt van aanpakken en zorgt dat orders op tijd de deur uit gaan. Je blijft rustig als het druk is.',
  motivation: ['Zien wat je gedaan hebt aan het eind van de dag'],
  values: ['Betrouwbaarheid'],
  workingStyle: ['Rustig onder druk'],
  teamContribution: ['Helpt collega’s als het druk is'],
  learningNeeds: ['Heftrucktraining na indiensttreding'],
};

export function logisticsAnswer(find: DraftFinder): Answer {
  return {
    language: 'nl',
    title: 'Medewerker logistiek',
    requirements: [
      { id: 'r1', text: 'Een afgeronde mbo niveau 3 opleiding', kind: 'education_level', mandatory: true, legal: false, alternativeOffered: false },
      { id: 'r2', text: 'Minimaal 3 jaar ervaring in een magazijn', kind: 'experience', mandatory: true, legal: false, alternativeOffered: false },
      { id: 'r3', text: 'Heftruckcertificaat is een pré', kind: 'certificate', mandatory: false, legal: false, alternativeOffered: false },
      { id: 'r4', text: 'Je bent stressbestendig', kind: 'trait', mandatory: true, legal: false, alternativeOffered: false },
    ],
    skills: [
      {
        label: 'orders verzamelen',
        escoLabel: 'pick orders for dispatching',
        requirementIds: ['r1', 'r2'],
        mustHave: true,
        reason: 'Dit doe je vanaf de eerste dag.',
      },
      { label: 'lading laden', escoLabel: 'load cargo', requirementIds: ['r1'], mustHave: true, reason: 'Vrachtwagens laden is dagelijks werk.' },
      {
        label: 'samenwerken in een logistiek team',
        escoLabel: 'work in a logistics team',
        requirementIds: ['r1', 'r2'],
        mustHave: true,
        reason: 'Je werkt in een hecht team.',
      },
      {
        label: 'veilig werken',
        escoLabel: 'apply health and safety standards',
        requirementIds: ['r1'],
        mustHave: false,
        reason: 'De regels leer je bij de start.',
      },
      { label: 'heftruck besturen', escoLabel: 'operate forklift', requirementIds: ['r3'], mustHave: false, reason: 'Het certificaat haal je bij ons.' },
    ],
    personProfile: profile,
    experienceInPlaceOfEducation: true,
    changes: [
      { requirementId: 'r1', action: 'translate', reason: 'Het diploma staat voor orders verzamelen, laden en veilig werken.' },
      { requirementId: 'r2', action: 'rephrase', reason: 'Jaren zeggen weinig; we noemen wat je moet kunnen.' },
      { requirementId: 'r3', action: 'rephrase', reason: 'Niet wettelijk verplicht; je haalt het bij ons.' },
      { requirementId: 'r4', action: 'move-to-profile', reason: 'Een eigenschap hoort in het persoonsprofiel.' },
    ],
    rewritten: {
      blocks: [
        {
          id: find(/mbo niveau 3/, 'changed'),
          markdown: '- Je kunt orders verzamelen en vrachtwagens laden.\n- Je kunt samenwerken in een team.\n- Geen diploma? Ervaring telt ook.',
          requirementIds: ['r1'],
        },
        { id: find(/3 jaar ervaring/, 'changed'), markdown: '- Je hebt ervaring in een magazijn; waar je die opdeed, maakt niet uit.', requirementIds: ['r2'] },
        { id: find(/stressbestendig/, 'added'), markdown: `- ${profile.workingStyle[0]}.`, requirementIds: ['r4'] },
      ],
      newBlocks: [
        { after: find(/Je bent stressbestendig/, 'changed'), role: 'heading', markdown: '### Wat je bij ons leert', requirementIds: ['r1', 'r3'] },
        { after: find(/Je bent stressbestendig/, 'changed'), role: 'item', markdown: '- Je leert veilig werken in het magazijn.', requirementIds: ['r1'] },
        { after: find(/Je bent stressbestendig/, 'changed'), role: 'item', markdown: '- Je haalt je heftruckcertificaat bij ons.', requirementIds: ['r3'] },
      ],
    },
  };
}

export function nurseAnswer(find: DraftFinder): Answer {
  return {
    language: 'nl',
    title: 'Verpleegkundige VVT',
    requirements: [
      { id: 'r1', text: 'Een afgerond mbo diploma Verpleegkunde (niveau 4)', kind: 'diploma', mandatory: true, legal: false, alternativeOffered: false },
      { id: 'r2', text: 'Een geldige BIG-registratie als verpleegkundige', kind: 'licence', mandatory: true, legal: true, alternativeOffered: false },
      { id: 'r3', text: 'Je bent stressbestendig en flexibel', kind: 'trait', mandatory: true, legal: false, alternativeOffered: false },
    ],
    skills: [
      { label: 'eerste hulp verlenen', escoLabel: 'provide first aid', requirementIds: ['r1'], mustHave: true, reason: 'Nodig vanaf de eerste dienst.' },
    ],
    personProfile: { ...profile, summary: 'Je zorgt met aandacht voor cliënten en blijft rustig als het druk is.' },
    experienceInPlaceOfEducation: false,
    changes: [
      { requirementId: 'r1', action: 'keep', reason: 'Het diploma hoort bij de BIG-registratie.' },
      { requirementId: 'r2', action: 'keep-legal', reason: 'Wettelijk verplicht (Wet BIG).' },
      { requirementId: 'r3', action: 'move-to-profile', reason: 'Een eigenschap hoort in het persoonsprofiel.' },
    ],
    rewritten: {
      blocks: [
        { id: find(/stressbestendig/, 'added'), markdown: '- Je blijft rustig als het druk is.\n- Je past je makkelijk aan.', requirementIds: ['r3'] },
        {
          id: find(/BIG-registratie/, 'added'),
          markdown: '- Een geldige BIG-registratie als verpleegkundige (art. 3 en 4 Wet BIG). Die heb je nodig voordat je begint.',
          requirementIds: ['r2'],
        },
      ],
      newBlocks: [],
    },
  };
}
