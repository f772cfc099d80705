import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../shared/blocks';
import { blocks, TEXT } from '../../tests/support/profile-text-fixture';
import { blockRows, editBlock, lineRows, plainText, restoreBlock, wordParts, wordSides } from './text-rows';

const visible = (rows: ReturnType<typeof blockRows>) => rows.map((r) => [r.state, r.before, r.after, r.movedWith ?? null]);

describe('blockRows', () => {
  it('puts each block beside the line it replaced, as plain words, and a line that moved once as moved', () => {
    const rows = blockRows(blocks(), TEXT);
    expect(visible(rows)).toEqual([
      ['same', 'Wat ga je doen', 'Wat ga je doen', null],
      ['same', 'Je verzorgt cliënten en dient medicatie toe.', 'Je verzorgt cliënten en dient medicatie toe.', null],
      ['same', 'Wat vragen wij', 'Wat vragen wij', null],
      ['changed', '• Diploma Verzorgende IG niveau 3', '• Je kunt medicatie toedienen.\n• Je kunt wonden verzorgen.', null],
      ['moved-out', '• Je bent geduldig', null, 'Wie je bent'],
      ['added', null, 'Wat je bij ons leert', null],
      ['added', null, '• Je leert hulp bieden bij persoonlijke verzorging.', null],
      ['added', null, 'Wie je bent', null],
      ['added', null, 'Voor ons telt wie je bent.', null],
      ['moved-in', '• Je bent geduldig', '• Je bent geduldig.', 'Wat vragen wij'],
      ['same', 'Wat bieden wij', 'Wat bieden wij', null],
      ['same', '• Salaris volgens cao VVT', '• Salaris volgens cao VVT', null],
    ]);
    // No Markdown mark is shown as text.
    expect(rows.map((r) => `${r.before ?? ''}${r.after ?? ''}`).join('')).not.toMatch(/#|^- /mu);
  });
});

describe('wordParts', () => {
  it('keeps the spaces between words, so nothing runs together', () => {
    const parts = wordParts('Je kunt leren.\nJe kunt plannen.', 'Je kunt leren.\nJe kunt goed plannen.');
    expect(
      parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe('Je kunt leren.\nJe kunt plannen.');
    expect(
      parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe('Je kunt leren.\nJe kunt goed plannen.');
    expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['goed']);
  });
});

describe('wordSides', () => {
  it('strikes a run of changed words through as one, the spaces between them included', () => {
    const { before, after } = wordSides('• Diploma Verzorgende IG niveau 3', '• Je kunt medicatie toedienen.');
    expect(before).toEqual([{ value: '• ' }, { value: 'Diploma Verzorgende IG niveau 3', removed: true }]);
    expect(after).toEqual([{ value: '• ' }, { value: 'Je kunt medicatie toedienen.', added: true }]);
    const edited = wordSides('Salaris volgens cao VVT', 'Salaris volgens cao VVT, schaal 35');
    expect(edited.after).toEqual([{ value: 'Salaris volgens cao VVT' }, { value: ', schaal 35', added: true }]);
  });
});

describe('editing blocks', () => {
  it.each([
    ['a kept line becomes a changed one', 'b2', 'Je verzorgt cliënten thuis.', { kind: 'changed', markdown: 'Je verzorgt cliënten thuis.' }],
    ['an item keeps its list mark', 'b12', 'Salaris volgens cao VVT, schaal 35', { kind: 'changed', markdown: '- Salaris volgens cao VVT, schaal 35' }],
    [
      'two typed lines are two items',
      'b7',
      '• Je leert tillen.\nJe leert rapporteren.',
      { kind: 'added', markdown: '- Je leert tillen.\n- Je leert rapporteren.' },
    ],
    ['a heading keeps its level', 'b11', 'Wat wij bieden', { kind: 'changed', markdown: '### Wat wij bieden' }],
    ['emptied, a line of the posting leaves the text', 'b2', '  ', { kind: 'changed', markdown: '' }],
  ])('%s', (_, id, plain, expected) => {
    expect(editBlock(blocks(), id, plain).find((b) => b.id === id)).toMatchObject(expected);
  });

  it('an emptied added block goes, and the Markdown follows; restoring puts it back in its place', () => {
    const edited = editBlock(blocks(), 'b9', '');
    expect(edited.map((b) => b.id)).not.toContain('b9');
    expect(renderMarkdown(edited, TEXT)).not.toContain('Voor ons telt');
    expect(restoreBlock(edited, blocks(), 'b9')).toEqual(blocks());
  });
});

describe('lineRows', () => {
  it('pairs a reworded line as changed, and a line that moved as moved', () => {
    const rows = lineRows(
      '## Eisen\n- Rijbewijs B\n- Je bent flexibel\n## Wie je bent\n- Je werkt graag samen',
      '## Eisen\n- Rijbewijs B en C\n## Wie je bent\n- Je werkt graag samen\n- Je bent flexibel',
    );
    expect(visible(rows)).toEqual([
      ['same', 'Eisen', 'Eisen', null],
      ['changed', '• Rijbewijs B', '• Rijbewijs B en C', null],
      ['moved-out', '• Je bent flexibel', null, 'Wie je bent'],
      ['same', 'Wie je bent', 'Wie je bent', null],
      ['same', '• Je werkt graag samen', '• Je werkt graag samen', null],
      ['moved-in', '• Je bent flexibel', '• Je bent flexibel', 'Eisen'],
    ]);
  });

  it('reads the original vacancy against a proposal without blocks', () => {
    const rows = lineRows('Wat vragen wij?\n- Een afgeronde mbo niveau 2 opleiding', '## Wat vragen wij?\n- Je rijdt veilig');
    expect(rows[0]!.state).toBe('same');
    expect(rows.slice(1).map((r) => r.state)).toEqual(['removed', 'added']);
    expect(plainText('## Kop\n- item **vet**')).toBe('Kop\n• item vet');
  });
});
