import { renderMarkdown } from '../../shared/blocks';
import { Translation, type Block } from '../../shared/translation';
import type { Vacancy } from '../../shared/vacancy';

const HEADINGS = new Set(['Medewerker logistiek', 'Wat ga je doen', 'Wat vragen wij', 'Wat bieden wij']);
const REQUIREMENTS = [
  { id: 'r1', text: 'Een afgeronde mbo niveau 3 opleiding logistiek', kind: 'education_level', legal: false },
  { id: 'r2', text: 'Rijbewijs B', kind: 'licence', legal: true },
  { id: 'r3', text: '3 jaar ervaring in een magazijn', kind: 'experience', legal: false },
] as const;
const ADDED: Array<[string, string[]]> = [
  ['### Wat je meebrengt', ['r1', 'r3']],
  ['- Je plant en controleert zendingen', ['r1']],
  ['- Je werkt nauwkeurig met een **handscanner**', ['r3']],
  ['### Wat de wet vraagt', ['r2']],
  ['- Rijbewijs B (art. 107 Wegenverkeerswet 1994). Dit heb je nodig voordat je begint.', ['r2']],
];

/**
 * The translation the engine gives for the rich-editor fixture vacancy (tests/fixtures/rich-editors),
 * cut from the text an editor gave capture, as the engine cuts it (#14): a block per line, the
 * requirements' lines changed, the new sections added after them, every other line kept.
 */
export function translationFor(vacancy: Vacancy): Translation {
  const { text } = vacancy;
  const blocks: Block[] = [];
  let at = 0;
  let inRequirements = false;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const own = line.trim();
    if (!own) continue;
    const source = { start, end: start + line.length };
    const item = /^[-•*]\s/.test(own);
    const heading = HEADINGS.has(own.replace(/:$/, ''));
    const role: Block['role'] = heading ? 'heading' : item ? 'item' : 'paragraph';
    if (heading) inRequirements = own.startsWith('Wat vragen wij');
    const ids = REQUIREMENTS.filter((r) => own.includes(r.text)).map((r) => r.id);
    if (inRequirements) {
      blocks.push({ id: `b${blocks.length + 1}`, kind: 'changed', role, markdown: '', source, requirementIds: heading ? REQUIREMENTS.map((r) => r.id) : ids });
      continue;
    }
    if (blocks.at(-1)?.kind === 'changed') {
      for (const [markdown, requirementIds] of ADDED) {
        blocks.push({ id: `b${blocks.length + 1}`, kind: 'added', role: markdown.startsWith('#') ? 'heading' : 'item', markdown, requirementIds });
      }
    }
    const markdown = heading ? `### ${own}` : item ? `- ${own.replace(/^[-•*]\s+/, '')}` : own;
    blocks.push({ id: `b${blocks.length + 1}`, kind: 'kept', role, markdown, source, requirementIds: ids });
  }
  return Translation.parse({
    language: 'nl',
    engine: 'offline',
    title: 'Medewerker logistiek',
    requirements: REQUIREMENTS.map((r) => ({
      ...r,
      mandatory: true,
      span: { start: text.indexOf(r.text), end: text.indexOf(r.text) + r.text.length },
      legalBasis: r.legal
        ? {
            id: 'nl.rijbewijs.b',
            name: 'Rijbewijs B',
            citation: 'art. 107 Wegenverkeerswet 1994',
            law: 'Wegenverkeerswet 1994',
            article: '107',
            bwbr: 'BWBR0006622',
            url: null,
            obtainableAfterHiring: false,
            obtainableDetail: '',
          }
        : null,
    })),
    skills: [],
    personProfile: {},
    rewritten: { markdown: renderMarkdown(blocks, text), blocks },
    changes: [],
    attribution: 'This service uses the ESCO classification of the European Commission.',
  });
}
