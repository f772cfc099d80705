import { renderMarkdown } from '../../../shared/blocks';
import { Translation, type Block } from '../../../shared/translation';
import { Vacancy } from '../../../shared/vacancy';
import type { CardVerdict } from '../../store/db';

const text = [
  'Medewerker logistiek',
  '',
  'Wat ga je doen',
  '- Orders verzamelen en klaarzetten',
  '',
  'Wat vragen wij',
  '- Een afgeronde mbo niveau 3 opleiding',
  '- Rijbewijs B',
  '- 3 jaar ervaring in een magazijn',
  '- Je bent flexibel en een echte teamspeler',
  '',
  'Wat bieden wij',
  '- Een goed salaris',
].join('\n');
const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

/**
 * The engine's rewrite in blocks (issue #14): the requirements' lines are changed (removed, their
 * content moved into added sections that name the requirements they came from); everything else is
 * kept in place. Sources are whole lines of the vacancy text, list marks included.
 */
const kept = (line: string, role: Block['role']): Omit<Block, 'id'> => ({
  kind: 'kept',
  role,
  markdown: role === 'heading' ? `### ${line}` : line,
  source: at(line),
  requirementIds: [],
});
const changed = (line: string, role: Block['role'], requirementIds: string[], markdown = ''): Omit<Block, 'id'> => ({
  kind: 'changed',
  role,
  markdown,
  source: at(line),
  requirementIds,
});
const added = (markdown: string, requirementIds: string[]): Omit<Block, 'id'> => ({
  kind: 'added',
  role: markdown.startsWith('#') ? 'heading' : markdown.startsWith('- ') ? 'item' : 'paragraph',
  markdown,
  requirementIds,
});
export const blocks: Block[] = [
  kept('Medewerker logistiek', 'heading'),
  kept('Wat ga je doen', 'heading'),
  kept('- Orders verzamelen en klaarzetten', 'item'),
  changed('Wat vragen wij', 'heading', ['r1', 'r2', 'r3', 'r4']),
  changed('- Een afgeronde mbo niveau 3 opleiding', 'item', ['r1']),
  changed('- Rijbewijs B', 'item', ['r2']),
  changed('- 3 jaar ervaring in een magazijn', 'item', ['r3']),
  changed('- Je bent flexibel en een echte teamspeler', 'item', ['r4']),
  added('### Wat je meebrengt', ['r1', 'r3']),
  added('- Voorraad beheren', ['r1']),
  added('- Orders verzamelen', ['r1', 'r3']),
  added('- Je hebt aantoonbaar ervaring in een magazijn, waar en hoe lang maakt niet uit.', ['r3']),
  added('### Wat je bij ons leert', ['r1']),
  added('- Heftruck besturen', ['r1']),
  added('### Wie je bent', ['r4']),
  added('Je werkt graag samen.', ['r4']),
  added('- Flexibel', ['r4']),
  added('### Wat de wet vraagt', ['r2']),
  added('- Rijbewijs B (art. 107 Wegenverkeerswet 1994). Dit heb je nodig voordat je begint.', ['r2']),
  kept('Wat bieden wij', 'heading'),
  kept('- Een goed salaris', 'item'),
].map((block, index) => ({ ...block, id: `b${index + 1}` }));

export const vacancy = Vacancy.parse({
  isVacancy: true,
  title: 'Medewerker logistiek',
  employer: 'Transport BV',
  location: 'Utrecht',
  language: 'nl',
  text,
  source: 'editor',
  adapter: 'textarea',
});

export const translation = Translation.parse({
  language: 'nl',
  engine: 'offline',
  title: 'Medewerker logistiek',
  requirements: [
    {
      id: 'r1',
      text: 'Een afgeronde mbo niveau 3 opleiding',
      kind: 'education_level',
      mandatory: true,
      legal: false,
      span: at('Een afgeronde mbo niveau 3 opleiding'),
    },
    {
      id: 'r2',
      text: 'Rijbewijs B',
      kind: 'licence',
      mandatory: true,
      legal: true,
      span: at('Rijbewijs B'),
      legalBasis: {
        id: 'nl.rijbewijs.b',
        name: 'Rijbewijs B',
        citation: 'art. 107 Wegenverkeerswet 1994',
        law: 'Wegenverkeerswet 1994',
        article: '107',
        bwbr: 'BWBR0006622',
        url: null,
        obtainableAfterHiring: false,
        obtainableDetail: '',
      },
    },
    { id: 'r3', text: '3 jaar ervaring in een magazijn', kind: 'experience', mandatory: true, legal: false, span: at('3 jaar ervaring in een magazijn') },
    {
      id: 'r4',
      text: 'Je bent flexibel en een echte teamspeler',
      kind: 'trait',
      mandatory: true,
      legal: false,
      span: at('Je bent flexibel en een echte teamspeler'),
    },
  ],
  skills: [
    { label: 'voorraad beheren', uri: 'http://data.europa.eu/esco/skill/a', requirementIds: ['r1'], mustHave: true },
    { label: 'orders verzamelen', uri: 'http://data.europa.eu/esco/skill/b', requirementIds: ['r1', 'r3'], mustHave: true },
    { label: 'heftruck besturen', uri: 'http://data.europa.eu/esco/skill/c', requirementIds: ['r1'], mustHave: false },
  ],
  personProfile: { summary: 'Je werkt graag samen.', teamContribution: ['Je helpt collega’s'], workingStyle: ['flexibel'] },
  learningRoutes: [{ form: 'informal', title: 'Leren op de werkvloer met een buddy', source: 'template', covers: ['http://data.europa.eu/esco/skill/c'] }],
  rewritten: {
    markdown: renderMarkdown(blocks, text),
    blocks,
    jsonLd: { '@type': 'JobPosting', datePosted: '2026-01-01' },
  },
  changes: [
    { requirementId: 'r1', action: 'translate', rule: 'education-level', reason: 'mbo 3 staat voor deze vaardigheden' },
    { requirementId: 'r2', action: 'keep-legal', rule: 'legal', reason: 'wettelijk verplicht voor rijden' },
    { requirementId: 'r3', action: 'rephrase', rule: 'experience-years', reason: 'jaren ervaring zeggen niets over kunnen' },
    { requirementId: 'r4', action: 'move-to-profile', rule: 'trait', reason: 'hoort in het persoonsprofiel' },
  ],
  attribution: 'This service uses the ESCO classification of the European Commission.',
});

/** What "accept all" stores for this translation (#17): every card accepted. */
export const acceptAll: Record<string, CardVerdict> = Object.fromEntries(translation.requirements.map((r) => [r.id, { status: 'accepted' as const }]));
