import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptAll, decide, keepAll, originalMarkdown, renderHtml, renderMarkdown, spliceText, type Pick } from './blocks';
import type { Block } from './translation';

// A posting in the shape capture gives (blank lines between blocks, "- " items), cut into blocks.
const text = 'Kok\n\nWat ga je doen\n- Koken\n- Afwassen\n\nWat vragen wij\n- Een mbo 2 diploma koken\n- Rijbewijs B\n\nWij bieden een goed salaris.\n';
const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
const blocks: Block[] = [
  { id: 'b1', kind: 'kept', role: 'heading', markdown: '### Kok', source: at('Kok'), requirementIds: [] },
  { id: 'b2', kind: 'kept', role: 'heading', markdown: '### Wat ga je doen', source: at('Wat ga je doen'), requirementIds: [] },
  { id: 'b3', kind: 'kept', role: 'item', markdown: '- Koken', source: at('- Koken'), requirementIds: [] },
  { id: 'b4', kind: 'kept', role: 'item', markdown: '- Afwassen', source: at('- Afwassen'), requirementIds: [] },
  { id: 'b5', kind: 'changed', role: 'heading', markdown: '', source: at('Wat vragen wij'), requirementIds: ['r1'] },
  { id: 'b6', kind: 'changed', role: 'item', markdown: '', source: at('- Een mbo 2 diploma koken'), requirementIds: ['r1'] },
  { id: 'b7', kind: 'added', role: 'heading', markdown: '### Wat je meebrengt', requirementIds: ['r1'] },
  { id: 'b8', kind: 'added', role: 'item', markdown: '- Je kookt **volgens recept**', requirementIds: ['r1'] },
  { id: 'b9', kind: 'kept', role: 'item', markdown: '- Rijbewijs B', source: at('- Rijbewijs B'), requirementIds: ['r2'] },
  { id: 'b10', kind: 'kept', role: 'paragraph', markdown: 'Wij bieden een goed salaris.', source: at('Wij bieden een goed salaris.'), requirementIds: [] },
];
const only =
  (ids: Record<string, string | null>): Pick =>
  (block) =>
    block.id in ids ? ids[block.id]! : block.kind === 'kept' ? null : block.markdown;

describe('decide', () => {
  it('says per block what stands and what it was', () => {
    const states = decide(blocks, text, only({ b6: null })).map((d) => [d.block.id, d.state]);
    expect(states).toEqual([
      ['b1', 'kept'],
      ['b2', 'kept'],
      ['b3', 'kept'],
      ['b4', 'kept'],
      ['b5', 'removed'],
      ['b6', 'kept'],
      ['b7', 'added'],
      ['b8', 'added'],
      ['b9', 'kept'],
      ['b10', 'kept'],
    ]);
  });

  it('leaves out added blocks that keep their (absent) original', () => {
    expect(decide(blocks, text, keepAll).map((d) => d.block.id)).not.toContain('b7');
  });

  it.each([
    ['a heading gets its mark', blocks[4]!, '### Wat vragen wij'],
    ['an item keeps its own mark', blocks[5]!, '- Een mbo 2 diploma koken'],
    ['a kept block is its markdown', blocks[0]!, '### Kok'],
    ['an added block has none', blocks[6]!, null],
    ['a source past the text is none', { ...blocks[5]!, source: { start: 0, end: 999 } }, null],
  ])('original: %s', (_name, block, original) => {
    expect(block.kind === 'added' ? null : originalMarkdown(block, text)).toBe(original);
  });
});

describe('renderMarkdown', () => {
  it('is the rewrite in order, items one line apart', () => {
    expect(renderMarkdown(blocks, text)).toBe(
      '### Kok\n\n### Wat ga je doen\n\n- Koken\n- Afwassen\n\n### Wat je meebrengt\n\n- Je kookt **volgens recept**\n- Rijbewijs B\n\nWij bieden een goed salaris.\n',
    );
  });

  it('puts a changed block’s source back and drops added blocks when the original is kept', () => {
    expect(renderMarkdown(blocks, text, keepAll)).toBe(
      '### Kok\n\n### Wat ga je doen\n\n- Koken\n- Afwassen\n\n### Wat vragen wij\n\n- Een mbo 2 diploma koken\n- Rijbewijs B\n\nWij bieden een goed salaris.\n',
    );
  });

  it('is empty for no blocks', () => {
    expect(renderMarkdown([], text)).toBe('');
  });
});

describe('spliceText', () => {
  it('returns the posting byte for byte when every block keeps its original', () => {
    expect(spliceText(text, blocks, keepAll)).toBe(text);
  });

  it('writes new blocks as plain text where the removed lines stood, and keeps the rest byte for byte', () => {
    expect(spliceText(text, blocks, acceptAll)).toBe(
      'Kok\n\nWat ga je doen\n- Koken\n- Afwassen\n\nWat je meebrengt\n\n- Je kookt volgens recept\n- Rijbewijs B\n\nWij bieden een goed salaris.\n',
    );
  });

  it('removes a middle line without leaving a blank one', () => {
    expect(spliceText(text, blocks, only({ b3: '' }))).toContain('Wat ga je doen\n- Afwassen\n\n');
  });

  it('keeps the wider gap where a list’s last line is removed', () => {
    expect(spliceText(text, blocks, only({ b9: '' }))).toContain('- Je kookt volgens recept\n\nWij bieden');
  });

  it('replaces a changed block in place', () => {
    expect(spliceText(text, blocks, only({ b6: '- Je kookt zelfstandig', b7: null, b8: null, b5: null }))).toBe(
      text.replace('- Een mbo 2 diploma koken', '- Je kookt zelfstandig'),
    );
  });

  it('writes new list items with the posting’s own list mark', () => {
    const bullets = text.replace(/^- /gm, '• ');
    expect(spliceText(bullets, blocks, acceptAll)).toContain('Wat je meebrengt\n\n• Je kookt volgens recept\n• Rijbewijs B');
    expect(spliceText(bullets, blocks, keepAll)).toBe(bullets);
  });

  it('never drops text no block covers', () => {
    const partial = blocks.filter((block) => block.id !== 'b10');
    expect(spliceText(text, partial, acceptAll)).toMatch(/Wij bieden een goed salaris\.\n$/);
  });

  it('keeps the first of two overlapping sources', () => {
    const overlapping = [...blocks.slice(0, 3), { ...blocks[3]!, id: 'x', kind: 'changed' as const, markdown: '- Nee', source: at('Koken\n- Afwassen') }];
    expect(spliceText(text, overlapping, acceptAll)).not.toContain('Nee');
  });
});

describe('renderHtml', () => {
  it('keeps headings and lists, with new text marked up and escaped', () => {
    expect(renderHtml(blocks, text)).toBe(
      '<h3>Kok</h3><h3>Wat ga je doen</h3><ul><li>Koken</li><li>Afwassen</li></ul><h3>Wat je meebrengt</h3>' +
        '<ul><li>Je kookt <strong>volgens recept</strong></li><li>Rijbewijs B</li></ul><p>Wij bieden een goed salaris.</p>',
    );
  });

  it('builds the posting’s own blocks from their source, not from Markdown syntax', () => {
    const own = 'Salaris **tot** € 3.000 & [meer](https://x.nl)\n\n<b>Geen tags</b>';
    const ownBlocks: Block[] = [
      { id: 'a', kind: 'kept', role: 'paragraph', markdown: 'Salaris tot € 3.000', source: { start: 0, end: own.indexOf('\n') }, requirementIds: [] },
      { id: 'b', kind: 'kept', role: 'paragraph', markdown: 'Geen tags', source: { start: own.lastIndexOf('<b>'), end: own.length }, requirementIds: [] },
    ];
    expect(renderHtml(ownBlocks, own, keepAll)).toBe('<p>Salaris **tot** € 3.000 &amp; [meer](https://x.nl)</p><p>&lt;b&gt;Geen tags&lt;/b&gt;</p>');
  });

  it('keeps the posting’s lines one line apart together, and blocks a blank line apart apart', () => {
    const own = 'Regel een\nRegel twee\n\n- a\n\n- b';
    const ownBlocks: Block[] = ['Regel een', 'Regel twee', '- a', '- b'].map((line, index) => ({
      id: `k${index}`,
      kind: 'kept',
      role: line.startsWith('-') ? 'item' : 'paragraph',
      markdown: line,
      source: { start: own.indexOf(line), end: own.indexOf(line) + line.length },
      requirementIds: [],
    }));
    expect(renderHtml(ownBlocks, own, keepAll)).toBe('<p>Regel een<br>Regel twee</p><ul><li>a</li></ul><ul><li>b</li></ul>');
  });

  it('shows a link in new text as its label and address, never as a live link', () => {
    const link: Block = {
      id: 'l',
      kind: 'added',
      role: 'paragraph',
      markdown: '[Solliciteer](https://x.nl/a) of [dit](javascript:alert(1))',
      requirementIds: [],
    };
    expect(renderHtml([link], '')).toBe('<p>Solliciteer (https://x.nl/a) of [dit](javascript:alert(1))</p>');
  });
});

describe('keep original everywhere (property)', () => {
  const line = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9 .,:;€&<>"'*#()[\]-]{1,30}$/).filter((s) => s.trim().length > 0);
  const posting = fc.array(fc.tuple(fc.constantFrom('heading', 'item', 'paragraph'), line, fc.constantFrom('\n', '\n\n', '\n\n\n', ' \n')), {
    minLength: 1,
    maxLength: 12,
  });

  it('spliceText returns the posting byte for byte, whatever the engine marked changed or added', () => {
    fc.assert(
      fc.property(posting, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (parts, changes) => {
        let source = '';
        const cut: Block[] = [];
        parts.forEach(([role, body, gap], index) => {
          const own = role === 'item' ? `- ${body}` : body;
          cut.push({
            id: `p${index}`,
            kind: changes[index] ? 'changed' : 'kept',
            role: role as Block['role'],
            markdown: changes[index] ? 'nieuw' : own,
            source: { start: source.length, end: source.length + own.length },
            requirementIds: [],
          });
          if (changes[index]) cut.push({ id: `a${index}`, kind: 'added', role: 'item', markdown: '- erbij', requirementIds: [] });
          source += own + gap;
        });
        expect(spliceText(source, cut, keepAll)).toBe(source);
        // The same blocks accepted do change it, so the property is not met by ignoring the blocks.
        if (cut.some((block) => block.kind === 'changed')) expect(spliceText(source, cut, acceptAll)).not.toBe(source);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a sentence the page wrapped over two lines (reading of untuned output)', () => {
  const wrappedText =
    "Veilig werken staat centraal. Alle certificeringen,\nPBM's en uitrusting worden verzorgd.\nWerk aan diverse projecten\nvan kleine klussen tot renovaties.\nNieuwe zin.\nVolgende zin.";
  const line = (part: string, id: string): Block => ({
    id,
    kind: 'kept',
    role: 'paragraph',
    markdown: part,
    source: { start: wrappedText.indexOf(part), end: wrappedText.indexOf(part) + part.length },
    requirementIds: [],
  });
  const parts = [
    'Veilig werken staat centraal. Alle certificeringen,',
    "PBM's en uitrusting worden verzorgd.",
    'Werk aan diverse projecten',
    'van kleine klussen tot renovaties.',
    'Nieuwe zin.',
    'Volgende zin.',
  ];

  it('stays one paragraph after a comma or before a word in lower case; a new sentence is a new paragraph', () => {
    expect(
      renderMarkdown(
        parts.map((p, i) => line(p, `b${i}`)),
        wrappedText,
      ),
    ).toBe(
      "Veilig werken staat centraal. Alle certificeringen,\nPBM's en uitrusting worden verzorgd.\n\nWerk aan diverse projecten\nvan kleine klussen tot renovaties.\n\nNieuwe zin.\n\nVolgende zin.\n",
    );
  });
});

describe('a list item the page wrapped over two lines (reading of untuned output)', () => {
  it('goes on in the item, not as a paragraph of its own', () => {
    const text = '• Je krijgt een maandplanning en maakt zelf je planning op, rekening\nhoudende met de openingsuren.\n• Je werkt zelfstandig.';
    const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const blocks: Block[] = [
      {
        id: 'b1',
        kind: 'kept',
        role: 'item',
        markdown: '- Je krijgt een maandplanning en maakt zelf je planning op, rekening',
        source: at('• Je krijgt een maandplanning en maakt zelf je planning op, rekening'),
        requirementIds: [],
      },
      { id: 'b2', kind: 'kept', role: 'paragraph', markdown: 'houdende met de openingsuren.', source: at('houdende met de openingsuren.'), requirementIds: [] },
      { id: 'b3', kind: 'kept', role: 'item', markdown: '- Je werkt zelfstandig.', source: at('• Je werkt zelfstandig.'), requirementIds: [] },
    ];
    expect(renderMarkdown(blocks, text)).toBe(
      '- Je krijgt een maandplanning en maakt zelf je planning op, rekening\nhoudende met de openingsuren.\n\n- Je werkt zelfstandig.\n',
    );
  });
});
