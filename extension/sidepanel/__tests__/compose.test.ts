import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../shared/blocks';
import { blockText } from '../../page/capture/text';
import { appliedTranslation, decidedVacancy, decisionPick } from '../compose';
import type { CardVerdict } from '../../store/db';
import { acceptAll, blocks, translation, vacancy } from './translation-fixture';

const keepAll: Record<string, CardVerdict> = { r1: { status: 'rejected' }, r2: { status: 'rejected' }, r3: { status: 'rejected' }, r4: { status: 'rejected' } };
/** Every card accepted but these. */
const but = (decisions: Record<string, CardVerdict>) => ({ ...acceptAll, ...decisions });
const picked = (decisions: Record<string, CardVerdict>) => {
  const pick = decisionPick(translation, vacancy.text, decisions);
  return Object.fromEntries(blocks.map((block) => [block.id, pick(block)]));
};
const textOf = (html: string) => blockText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Element);

describe('decisionPick: a card’s decision applies to the blocks of its requirement', () => {
  it.each<[string, Record<string, CardVerdict>, Record<string, string | null>]>([
    [
      'accepted: the engine’s blocks',
      acceptAll,
      { b5: '', b10: '- Voorraad beheren', b9: '### Wat je meebrengt', b19: expect.stringContaining('Wegenverkeerswet') },
    ],
    [
      'undecided keeps the original (#17): skipping changes nothing',
      {},
      { b4: null, b5: null, b6: null, b7: null, b8: null, b9: null, b10: null, b15: null, b19: null },
    ],
    [
      'an undecided card keeps its original beside accepted ones',
      { r1: { status: 'accepted' } },
      { b5: '', b10: '- Voorraad beheren', b7: null, b12: null, b15: null, b19: null },
    ],
    [
      'keep original: the changed line returns, the added lines of that requirement alone go',
      but({ r1: { status: 'rejected' } }),
      { b5: null, b10: null, b13: null, b14: null, b11: '- Orders verzamelen', b9: '### Wat je meebrengt', b4: null },
    ],
    [
      'a section heading goes only when none of its requirements is accepted',
      but({ r1: { status: 'rejected' }, r3: { status: 'rejected' } }),
      { b9: null, b11: null, b10: null },
    ],
    [
      'an edit takes the requirement’s own line; its added lines go',
      but({ r3: { status: 'edited', text: 'Je kunt orders  zelfstandig verwerken' } }),
      { b7: '- Je kunt orders zelfstandig verwerken', b12: null, b11: '- Orders verzamelen', b4: null },
    ],
    [
      'keep original on a legal card brings its own line back (the requirement never leaves)',
      but({ r2: { status: 'rejected' } }),
      { b6: null, b18: null, b19: null, b4: null },
    ],
    ['an empty edit keeps the original', { r4: { status: 'edited', text: '  ' } }, { b8: null, b15: null, b16: null, b17: null }],
    ['kept blocks stay the posting’s own', keepAll, { b1: null, b2: null, b3: null, b20: null, b21: null }],
  ])('%s', (_name, decisions, expected) => {
    expect(picked(decisions)).toMatchObject(expected);
  });

  it('a change tied to no requirement stands with the rewrite and goes when every card keeps its original', () => {
    const loose = {
      ...translation,
      rewritten: {
        ...translation.rewritten,
        blocks: [
          ...blocks,
          { id: 'x1', kind: 'added' as const, role: 'paragraph' as const, markdown: 'Ervaring telt.', requirementIds: [] },
          { id: 'x2', kind: 'changed' as const, role: 'paragraph' as const, markdown: 'Nieuw', source: { start: 0, end: 20 }, requirementIds: [] },
        ],
      },
    };
    const pick = (decisions: Record<string, CardVerdict>) => loose.rewritten.blocks.slice(-2).map(decisionPick(loose, vacancy.text, decisions));
    expect(pick(but({ r1: { status: 'rejected' } }))).toEqual(['Ervaring telt.', 'Nieuw']);
    expect(pick(keepAll)).toEqual([null, null]);
    expect(pick({})).toEqual([null, null]);
    expect(decidedVacancy(loose, vacancy, keepAll).text).toBe(vacancy.text);
  });

  it('an edit of a requirement that stands in a kept line replaces its words there', () => {
    const text = 'Je hebt een VOG en je bent flexibel.';
    const kept = {
      ...translation,
      requirements: [{ ...translation.requirements[1]!, id: 'v', span: { start: 12, end: 15 } }],
      rewritten: {
        ...translation.rewritten,
        blocks: [{ id: 'k', kind: 'kept' as const, role: 'paragraph' as const, markdown: text, source: { start: 0, end: text.length }, requirementIds: ['v'] }],
      },
    };
    expect(decisionPick(kept, text, { v: { status: 'edited', text: 'Verklaring Omtrent het Gedrag' } })(kept.rewritten.blocks[0]!)).toBe(
      'Je hebt een Verklaring Omtrent het Gedrag en je bent flexibel.',
    );
  });

  it('an edit whose requirement has no line of its own takes its first added item', () => {
    const lean = { ...translation, rewritten: { ...translation.rewritten, blocks: blocks.filter((block) => block.id !== 'b7') } };
    const pick = decisionPick(lean, vacancy.text, { r3: { status: 'edited', text: 'Je verwerkt orders' } });
    expect(pick(blocks.find((block) => block.id === 'b11')!)).toBe('- Je verwerkt orders');
    expect(pick(blocks.find((block) => block.id === 'b12')!)).toBeNull();
  });
});

describe('decidedVacancy', () => {
  it('every card kept original: the original text exactly, for textareas and (read back) for rich editors', () => {
    const decided = decidedVacancy(translation, vacancy, keepAll);
    expect(decided.text).toBe(vacancy.text);
    expect(decided.blocks.every((block) => block.state === 'kept')).toBe(true);
    expect(decided.html).toBe(
      '<h3>Medewerker logistiek</h3><h3>Wat ga je doen</h3><ul><li>Orders verzamelen en klaarzetten</li></ul><h3>Wat vragen wij</h3>' +
        '<ul><li>Een afgeronde mbo niveau 3 opleiding</li><li>Rijbewijs B</li><li>3 jaar ervaring in een magazijn</li><li>Je bent flexibel en een echte teamspeler</li></ul>' +
        '<h3>Wat bieden wij</h3><ul><li>Een goed salaris</li></ul>',
    );
  });

  it('nothing decided: the original text exactly (skipping keeps the original, #17)', () => {
    expect(decidedVacancy(translation, vacancy, {}).text).toBe(vacancy.text);
  });

  it('everything accepted: the engine’s rewrite, headings and lists in the HTML', () => {
    const decided = decidedVacancy(translation, vacancy, acceptAll);
    expect(decided.markdown).toBe(translation.rewritten.markdown);
    expect(decided.html).toContain('<h3>Wat je meebrengt</h3><ul><li>Voorraad beheren</li>');
    expect(decided.text).toContain('Wat ga je doen\n- Orders verzamelen en klaarzetten\n\nWat je meebrengt\n\n- Voorraad beheren');
    expect(decided.text).not.toMatch(/mbo niveau 3|ESCO/);
  });

  it('mixed decisions: original in place, the user’s words in place, tasks and offer untouched', () => {
    const { markdown, text } = decidedVacancy(
      translation,
      vacancy,
      but({ r1: { status: 'rejected' }, r3: { status: 'edited', text: 'Je kunt orders zelfstandig verwerken' } }),
    );
    expect(markdown).toContain('### Wat vragen wij\n\n- Een afgeronde mbo niveau 3 opleiding\n- Je kunt orders zelfstandig verwerken');
    expect(markdown).not.toMatch(/Voorraad beheren|Heftruck|aantoonbaar/);
    expect(
      text.startsWith(
        'Medewerker logistiek\n\nWat ga je doen\n- Orders verzamelen en klaarzetten\n\nWat vragen wij\n- Een afgeronde mbo niveau 3 opleiding\n- Je kunt orders zelfstandig verwerken',
      ),
    ).toBe(true);
    expect(text.endsWith('Wat bieden wij\n- Een goed salaris')).toBe(true);
  });

  it('leaves an ESCO attribution line an engine wrote out of the vacancy', () => {
    const credited = {
      ...translation,
      rewritten: {
        ...translation.rewritten,
        blocks: [...blocks, { id: 'x', kind: 'added' as const, role: 'paragraph' as const, markdown: `_${translation.attribution}_`, requirementIds: [] }],
      },
    };
    expect(decidedVacancy(credited, vacancy, acceptAll).markdown).not.toContain('ESCO');
    const old = { ...translation, rewritten: { ...translation.rewritten, blocks: [], markdown: `# Kok\n\n- koken\n\n_${translation.attribution}_\n` } };
    expect(decidedVacancy(old, vacancy, {}).text).toBe('Kok\n\n- koken');
  });

  it('a translation without blocks shows its Markdown as it came', () => {
    const old = { ...translation, rewritten: { ...translation.rewritten, blocks: [], markdown: '# Kok\n\n- koken\n- bakken\n' } };
    const decided = decidedVacancy(old, vacancy, keepAll);
    expect(decided.markdown).toBe('# Kok\n\n- koken\n- bakken\n');
    expect(decided.html).toBe('<h2>Kok</h2><ul><li>koken</li><li>bakken</li></ul>');
    expect(decided.text).toBe('Kok\n\n- koken\n- bakken');
  });
});

it.each<[string, CardVerdict]>([
  ['accepted', { status: 'accepted' }],
  ['kept original', { status: 'rejected' }],
  ['edited', { status: 'edited', text: 'Rijbewijs B, of je haalt het in je proeftijd' }],
  ['edited to nothing', { status: 'edited', text: ' ' }],
])('a legal requirement stays in the text whatever is decided (%s)', (_name, decision) => {
  const decided = decidedVacancy(translation, vacancy, { ...keepAll, r2: decision });
  expect(decided.text).toMatch(/Rijbewijs B/);
  expect(decided.markdown).toMatch(/Rijbewijs B/);
  expect(textOf(decided.html)).toMatch(/Rijbewijs B/);
});

describe('appliedTranslation', () => {
  it('carries the decided blocks, which render to the decided Markdown, and drops skills of cards not accepted', () => {
    const decisions = but({ r1: { status: 'rejected' as const } });
    const applied = appliedTranslation(translation, vacancy, decisions);
    expect(renderMarkdown(applied.rewritten.blocks, vacancy.text)).toBe(decidedVacancy(translation, vacancy, decisions).markdown);
    expect(applied.rewritten.markdown).toContain('Een afgeronde mbo niveau 3 opleiding');
    expect(applied.skills.map((skill) => skill.label)).toEqual(['orders verzamelen']);
  });
});
