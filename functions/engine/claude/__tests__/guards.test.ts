/** The guards on their own, with hand-made translations: independent of the offline engine's current rules. */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../shared/blocks';
import { ESCO_ATTRIBUTION } from '../../../../shared/esco';
import { Translation, type Block, type LegalBasis, type Requirement, type Skill } from '../../../../shared/translation';
import { blockProblem, idMapper, mergeBlocks, shape, type Piece, type TextContext } from '../blocks';
import type { Answer } from '../answer';
import { guardContact } from '../guard-contact';
import { guardDiplomas } from '../guard-diploma';
import { guardLanguage, guardTextLanguage } from '../guard-language';
import { denies } from '../../../legal/denial';
import { guardLegal, guardLegalText } from '../guard-legal';
import { guardLinks } from '../guard-links';

const SKILL = 'http://data.europa.eu/esco/skill/';
const requirement = (id: string, text: string, start: number, extra: Partial<Requirement> = {}): Requirement => ({
  id,
  text,
  kind: 'skill',
  mandatory: true,
  legal: false,
  legalBasis: null,
  alternativeOffered: false,
  span: { start, end: start + text.length },
  ...extra,
});
const skill = (label: string, uri: string | null, requirementIds: string[]): Skill => ({
  label,
  uri: uri && SKILL + uri,
  requirementIds,
  mustHave: true,
  reason: 'r',
  verified: uri !== null,
  labelLanguage: 'nl',
  untranslated: false,
  groupLabel: null,
});
const translation = (parts: Partial<Translation>): Translation =>
  Translation.parse({
    language: 'nl',
    engine: 'claude',
    requirements: [],
    skills: [],
    personProfile: {},
    rewritten: { markdown: 'Tekst' },
    attribution: ESCO_ATTRIBUTION,
    ...parts,
  });

const basis = {
  id: 'nl.transport.rijbewijs_c',
  name: 'Rijbewijs C',
  citation: 'art. 107 Wegenverkeerswet 1994',
  law: 'Wegenverkeerswet 1994',
  article: '107',
  bwbr: 'BWBR0006622',
  url: null,
  obtainableAfterHiring: false,
  obtainableDetail: '',
};
const offlineLegal = requirement('r2', 'Rijbewijs C', 40, { kind: 'licence', legal: true, legalBasis: basis });

const lawBasis = (id: string, name: string, extra: Partial<LegalBasis> = {}): LegalBasis => ({
  id,
  name,
  citation: `${name} (Wet BIG)`,
  law: 'Wet BIG',
  article: '3',
  bwbr: null,
  url: null,
  obtainableAfterHiring: false,
  obtainableDetail: '',
  verified: true,
  ...extra,
});
const BIG = lawBasis('nl.zorg.big.verpleegkundige', 'BIG-registratie als verpleegkundige');
const NURSING = lawBasis('nl.zorg.big.verpleegkundige.diploma', 'Diploma verpleegkunde', { diplomaRequired: true, dependsOn: 'nl.zorg.big.verpleegkundige' });
const LICENCE = lawBasis('nl.transport.rijbewijs', 'Rijbewijs');

/**
 * A small posting, the rules' draft of it as blocks, and the pieces the text guards work on. The
 * diploma line is changed by the rules; the law's lines moved to their own section.
 */
const TEXT =
  'Verpleegkundige\n\nWat vragen wij?\n- Diploma Verpleegkunde\n- BIG-registratie\n\nMail naar jan@zorg.nl of kijk op https://zorg.example/vacatures';
const at = (part: string) => TEXT.indexOf(part);
const span = (part: string) => ({ start: at(part), end: at(part) + part.length });
const rules = [
  requirement('r1', 'Diploma Verpleegkunde', at('Diploma Verpleegkunde'), { kind: 'diploma', legal: true, legalBasis: NURSING }),
  requirement('r2', 'BIG-registratie', at('BIG-registratie'), { kind: 'licence', legal: true, legalBasis: BIG }),
];
const DRAFT: Block[] = [
  { id: 'b1', kind: 'kept', role: 'paragraph', markdown: 'Verpleegkundige', source: span('Verpleegkundige'), requirementIds: [] },
  { id: 'b2', kind: 'kept', role: 'heading', markdown: '### Wat vragen wij?', source: span('Wat vragen wij?'), requirementIds: [] },
  { id: 'b3', kind: 'changed', role: 'item', markdown: '', source: span('- Diploma Verpleegkunde'), requirementIds: ['r1'] },
  { id: 'b4', kind: 'changed', role: 'item', markdown: '', source: span('- BIG-registratie'), requirementIds: ['r2'] },
  { id: 'b5', kind: 'added', role: 'heading', markdown: '### Wat de wet vraagt', requirementIds: ['r1', 'r2'] },
  { id: 'b6', kind: 'added', role: 'item', markdown: '- Diploma Verpleegkunde. Wettelijke basis: Wet BIG.', requirementIds: ['r1'] },
  { id: 'b7', kind: 'added', role: 'item', markdown: '- BIG-registratie. Wettelijke basis: Wet BIG.', requirementIds: ['r2'] },
  {
    id: 'b8',
    kind: 'kept',
    role: 'paragraph',
    markdown: 'Mail naar jan@zorg.nl of kijk op https://zorg.example/vacatures',
    source: span('Mail naar'),
    requirementIds: [],
  },
];
DRAFT[7]!.source = { start: at('Mail naar'), end: TEXT.length };
const OFFLINE = translation({ requirements: rules, rewritten: { markdown: renderMarkdown(DRAFT, TEXT), blocks: DRAFT } as Translation['rewritten'] });
// The model's requirements: the same two, under its own ids.
const MODEL = translation({ requirements: rules.map((r, i) => ({ ...r, id: `c${i + 1}` })) });
const ctx: TextContext = { text: TEXT, language: 'nl', mapIds: idMapper(OFFLINE, MODEL.requirements) };
const answer = (blocks: Answer['rewritten']['blocks'], newBlocks: Answer['rewritten']['newBlocks'] = []) => ({ rewritten: { blocks, newBlocks } }) as Answer;
const merge = (blocks: Answer['rewritten']['blocks'], newBlocks: Answer['rewritten']['newBlocks'] = []) =>
  mergeBlocks(
    answer(blocks, newBlocks),
    OFFLINE,
    MODEL.requirements,
    new Map([
      ['r1', 'c1'],
      ['r2', 'c2'],
    ]),
  );
const text = (pieces: Piece[]) =>
  renderMarkdown(
    pieces.map((p) => p.block),
    TEXT,
  );

describe('mergeBlocks', () => {
  it("puts the model's text in the draft's blocks by id, linked to the translation's requirements", () => {
    const { pieces, warnings } = merge([{ id: 'b3', markdown: 'Je kunt wonden verzorgen.', requirementIds: ['r1'] }]);
    expect(pieces.find((p) => p.block.id === 'b3')).toMatchObject({
      from: 'model',
      block: { kind: 'changed', markdown: '- Je kunt wonden verzorgen.', source: span('- Diploma Verpleegkunde'), requirementIds: ['c1'] },
    });
    // Blocks the model left alone keep the draft, their ids mapped too.
    expect(pieces.find((p) => p.block.id === 'b7')).toMatchObject({ from: 'draft', block: { requirementIds: ['c2'] } });
    expect(warnings).toEqual([]);
  });

  it("keeps the posting's own line where the model rewrote a kept block without a requirement, and drops unknown ids", () => {
    const { pieces, warnings } = merge([
      { id: 'b1', markdown: 'Wij zoeken een held!', requirementIds: [] },
      { id: 'b2', markdown: '### Jouw superkrachten', requirementIds: ['r1'] },
      { id: 'b42', markdown: 'Verzonnen', requirementIds: [] },
    ]);
    expect(pieces.map((p) => p.block)).toEqual(DRAFT.map((b) => ({ ...b, requirementIds: ctx.mapIds(b.requirementIds) })));
    expect(warnings.map((w) => [w.code, w.message])).toEqual([
      ['claude.kept-block', expect.stringContaining('(b1, b2)')],
      ['claude.block-unknown', expect.stringContaining('(b42)')],
    ]);
  });

  it('places new blocks after the block they name, in order; an unknown anchor after the last block the rules wrote', () => {
    const { pieces } = merge(
      [],
      [
        { after: 'b4', role: 'heading', markdown: 'Wat je bij ons leert', requirementIds: ['r1'] },
        { after: 'b4', role: 'item', markdown: 'Je leert wondzorg.', requirementIds: ['r1'] },
        { after: 'nowhere', role: 'paragraph', markdown: 'Welkom!', requirementIds: [] },
      ],
    );
    expect(pieces.map((p) => p.block.id)).toEqual(['b1', 'b2', 'b3', 'b4', 'c1', 'c2', 'b5', 'b6', 'b7', 'c3', 'b8']);
    expect(pieces[4]!.block).toEqual({ id: 'c1', kind: 'added', role: 'heading', markdown: '### Wat je bij ons leert', requirementIds: ['c1'] });
    expect(pieces[5]!.block.markdown).toBe('- Je leert wondzorg.');
  });

  it.each([
    ['heading', '## Nieuwe kop\nen meer', '### Nieuwe kop'],
    ['item', 'Eerste\n* Tweede\n- ', '- Eerste\n- Tweede'],
    ['paragraph', '# Geen kop\nTekst', 'Geen kop\nTekst'],
  ] as const)('holds a %s to its role', (role, markdown, expected) => {
    expect(shape(markdown, role)).toBe(expected);
  });
});

describe('blockProblem', () => {
  const ok = DRAFT.map((b) => ({ ...b }));
  it.each([
    ['a kept block that differs from the posting', ok.map((b) => (b.id === 'b1' ? { ...b, markdown: 'Held gezocht' } : b)), /kept block b1 differs/],
    ['a kept block moved to another span', ok.map((b) => (b.id === 'b1' ? { ...b, source: { start: 1, end: 16 } } : b)), /kept block b1 differs/],
    ['a changed block with an invented source', ok.map((b) => (b.id === 'b3' ? { ...b, source: { start: 0, end: 10 } } : b)), /changed block b3 has a source/],
    [
      'an added block with a source',
      [...ok, { id: 'c1', kind: 'added', role: 'item', markdown: '- x', source: { start: 0, end: 3 }, requirementIds: [] } as Block],
      /added block c1 has a source/,
    ],
    ['a block twice', [...ok, ok[0]!], /block b1 twice/],
  ])('finds %s', (_case, blocks, problem) => {
    expect(blockProblem(blocks, OFFLINE)).toMatch(problem);
  });
  it('accepts the draft itself', () => expect(blockProblem(ok, OFFLINE)).toBeNull());
});

describe('denies', () => {
  const nurse = [
    requirement('c1', 'Diploma Verpleegkunde', 0, { kind: 'diploma', legal: true, legalBasis: NURSING }),
    requirement('c2', 'BIG-registratie', 30, { kind: 'licence', legal: true, legalBasis: BIG }),
  ];
  it.each([
    'Geen diploma nodig, geen registratie nodig.',
    'Een BIG-registratie is niet nodig.',
    'Je hoeft geen BIG-registratie te hebben.',
    'Het diploma Verpleegkunde is een pré.',
    'Geen diploma?',
    'Ervaring telt in plaats van een diploma.',
    'Diploma verpleegkunde of gelijkwaardige ervaring.',
    'No degree required.',
    'A BIG registration is not required.',
  ])('finds a denial of the law in "%s"', (sentence) => {
    expect(denies(sentence, nurse)).toBe(true);
  });
  it.each([
    'Zonder BIG-registratie mag je niet als verpleegkundige werken.',
    'Geen probleem, maar een BIG-registratie is wel nodig.',
    'Een BIG-registratie heb je nodig voordat je begint.',
    'Geen ervaring? Je leert het bij ons.',
    'Je werkt zonder vaste planning.',
  ])('leaves "%s" alone', (sentence) => {
    expect(denies(sentence, nurse)).toBe(false);
  });
  it('reads "diploma" as the law\'s only where the law ties a diploma to the job, and checks only binding Dutch law', () => {
    const driver = [requirement('c1', 'Rijbewijs C', 0, { kind: 'licence', legal: true, legalBasis: LICENCE })];
    expect(denies('Geen diploma? Ervaring telt ook.', driver)).toBe(false);
    expect(denies('Geen rijbewijs nodig.', driver)).toBe(true);
    expect(denies('Geen rijbewijs nodig.', [{ ...driver[0]!, mandatory: false }])).toBe(false);
    expect(denies('Geen rijbewijs nodig.', [{ ...driver[0]!, legalBasis: { ...LICENCE, verified: false } }])).toBe(false);
  });
});

describe('guardLegalText', () => {
  it("takes out the model's sentence that denies the law and keeps the rest of its block", () => {
    const { pieces } = merge([{ id: 'b3', markdown: '- Je kunt wonden verzorgen. Geen diploma nodig, geen registratie nodig.', requirementIds: ['r1'] }]);
    const out = guardLegalText(pieces, MODEL, OFFLINE, ctx);
    expect(out.pieces.find((p) => p.block.id === 'b3')!.block.markdown).toBe('- Je kunt wonden verzorgen.');
    expect(out.warnings.map((w) => w.code)).toEqual(['claude.legal-denied']);
  });

  it('gives a block back to the draft when nothing but the denial was in it', () => {
    const { pieces } = merge([{ id: 'b6', markdown: '- Diploma Verpleegkunde is een pré.', requirementIds: ['r1'] }]);
    const out = guardLegalText(pieces, MODEL, OFFLINE, ctx);
    expect(out.pieces.find((p) => p.block.id === 'b6')).toMatchObject({ from: 'draft', block: { markdown: DRAFT[5]!.markdown, requirementIds: ['c1'] } });
  });

  it("puts the rules' line and heading back when the model dropped the law from the text", () => {
    const { pieces } = merge([
      { id: 'b5', markdown: '', requirementIds: [] },
      { id: 'b7', markdown: '', requirementIds: [] },
    ]);
    const out = guardLegalText(pieces, MODEL, OFFLINE, ctx);
    expect(text(out.pieces)).toContain(
      '### Wat de wet vraagt\n\n- Diploma Verpleegkunde. Wettelijke basis: Wet BIG.\n- BIG-registratie. Wettelijke basis: Wet BIG.',
    );
    expect(out.warnings.map((w) => w.code)).toEqual(['claude.legal-restored-in-text']);
  });

  it("does not count the law's name in another line as naming the requirement", () => {
    // "Wet BIG" stands in the diploma's line; the registration itself is gone.
    const { pieces } = merge([{ id: 'b7', markdown: '- Je werkt volgens de Wet BIG.', requirementIds: [] }]);
    const out = guardLegalText(pieces, MODEL, OFFLINE, ctx);
    expect(out.pieces.find((p) => p.block.id === 'b7')).toMatchObject({ from: 'draft' });
  });

  it('writes a line under "Wettelijke eisen" for a legal requirement the draft has no line for', () => {
    const extra = requirement('c3', 'Rijbewijs C', 200, { kind: 'licence', legal: true, legalBasis: basis });
    const model = translation({ requirements: [...MODEL.requirements, extra] });
    const out = guardLegalText(merge([]).pieces, model, OFFLINE, ctx);
    expect(text(out.pieces)).toContain('### Wettelijke eisen\n\n- Rijbewijs C (art. 107 Wegenverkeerswet 1994). Nodig vóór de start.');
    expect(out.pieces.find((p) => p.block.markdown.startsWith('- Rijbewijs C'))!.block).toMatchObject({ kind: 'added', requirementIds: ['c3'] });
  });
});

describe('guardLinks', () => {
  it.each([
    ['[Solliciteer](javascript:alert(1))', '- Solliciteer'],
    ['[Vacatures](https://zorg.example/vacatures)', '- [Vacatures](https://zorg.example/vacatures)'],
    ['[Solliciteer](https://evil.example/apply)', '- Solliciteer'],
    ['[Mail](mailto:jan@zorg.nl)', '- Mail'],
    ['<a href="javascript:alert(1)">Klik</a> hier', '- Klik hier'],
    ['Meer op <https://evil.example>.', '- Meer op .'],
    ['Lees meer. Solliciteer via https://evil.example/apply.', '- Lees meer.'],
    ['Kijk op https://zorg.example/vacatures.', '- Kijk op https://zorg.example/vacatures.'],
    ['![logo](https://evil.example/x.png) Welkom', '- logo Welkom'],
  ])('makes "%s" "%s"', (markdown, expected) => {
    const { pieces } = merge([{ id: 'b3', markdown, requirementIds: ['r1'] }]);
    const out = guardLinks(pieces, ctx);
    expect(out.pieces.find((p) => p.block.id === 'b3')!.block.markdown).toBe(expected);
    expect(out.warnings.length).toBe(expected === `- ${markdown}` ? 0 : 1);
  });

  it("leaves the posting's and the rules' text alone", () => {
    const pieces: Piece[] = [{ block: { ...DRAFT[7]!, markdown: 'Zie [x](javascript:void(0))' }, from: 'posting' }];
    expect(guardLinks(pieces, ctx).pieces).toEqual(pieces);
  });
});

describe('guardContact', () => {
  it('gives the block that held a contact detail its draft back when the model dropped it', () => {
    const pieces: Piece[] = [{ block: { ...DRAFT[7]!, kind: 'changed', markdown: 'Mail ons.' }, from: 'model', draft: DRAFT[7]! }];
    const out = guardContact(pieces, ctx, { '[EMAIL_1]': 'jan@zorg.nl' });
    expect(out.pieces).toEqual([{ block: DRAFT[7]!, from: 'posting' }]);
    expect(out.warnings.map((w) => w.code)).toEqual(['claude.contact-restored']);
  });

  it("adds the posting's lines that held it when no block does, and takes out garbled placeholders", () => {
    const pieces: Piece[] = [{ block: { id: 'c1', kind: 'added', role: 'paragraph', markdown: 'Bel [PHONE_7].', requirementIds: [] }, from: 'model' }];
    const out = guardContact(pieces, ctx, { '[EMAIL_1]': 'jan@zorg.nl' });
    expect(text(out.pieces)).toBe('Bel .\n\nMail naar jan@zorg.nl of kijk op https://zorg.example/vacatures\n');
  });
});

describe('guardLegal', () => {
  it('adds a legal requirement the model left out, to the requirements', () => {
    const model = translation({ requirements: [requirement('c1', 'Mbo 2', 20)] });
    const out = guardLegal(model, translation({ requirements: [offlineLegal] }));
    expect(out.requirements.map((r) => [r.id, r.legal])).toEqual([
      ['c1', false],
      ['r2', true],
    ]);
    expect(out.warnings.map((w) => w.code)).toEqual(['claude.legal-reimposed']);
  });

  it('flags the matching model requirement legal and keeps only keep-legal changes for it', () => {
    const model = translation({
      requirements: [requirement('c2', 'Rijbewijs C', 40, { kind: 'other', mandatory: false })],
      changes: [{ requirementId: 'c2', action: 'drop-wording', rule: 'claude', concept: null, span: null, reason: 'weg' }],
    });
    const out = guardLegal(model, translation({ requirements: [offlineLegal] }));
    expect(out.requirements[0]).toMatchObject({ legal: true, mandatory: true, legalBasis: basis });
    expect(out.changes.map((c) => c.action)).toEqual(['keep-legal']);
  });

  it('keeps both laws when the model merged two legal requirements into one', () => {
    const code95 = requirement('r3', 'code 95', 55, {
      kind: 'licence',
      legal: true,
      legalBasis: { ...basis, id: 'nl.transport.code95', name: 'Code 95', citation: 'Wet rijonderricht' },
    });
    const model = translation({ requirements: [requirement('c1', 'Rijbewijs C en code 95', 40, { kind: 'licence', legal: true })] });
    const out = guardLegal(model, translation({ requirements: [offlineLegal, code95] }));
    expect(out.requirements.map((r) => [r.id, r.legalBasis?.id])).toEqual([
      ['c1', 'nl.transport.rijbewijs_c'],
      ['r3', 'nl.transport.code95'],
    ]);
  });

  it('does not flag legal what no rule confirms', () => {
    const model = translation({ requirements: [requirement('c1', 'Jonger dan 30', 0, { legal: true })] });
    const out = guardLegal(model, translation({}));
    expect(out.requirements[0]!.legal).toBe(false);
    expect(out.warnings.map((w) => w.code)).toEqual(['claude.legal-unconfirmed']);
  });

  it('keeps a diploma the law ties to the job mandatory, says experience does not replace it, and cleans the profile', () => {
    const model = translation({
      requirements: [{ ...rules[0]!, id: 'c1', mandatory: false, legal: false, legalBasis: null }],
      experienceInPlaceOfEducation: true,
      personProfile: {
        summary: 'Je bent zorgzaam. Een diploma is niet nodig.',
        motivation: ['Geen diploma nodig'],
        values: [],
        workingStyle: [],
        teamContribution: [],
        learningNeeds: [],
      },
    });
    const out = guardLegal(model, translation({ requirements: [{ ...rules[0]!, mandatory: false }] }));
    expect(out.requirements[0]).toMatchObject({ legal: true, mandatory: true, legalBasis: NURSING });
    expect(out.experienceInPlaceOfEducation).toBe(false);
    expect(out.personProfile).toMatchObject({ summary: 'Je bent zorgzaam.', motivation: [] });
    expect(out.warnings.map((w) => w.code)).toEqual(['claude.legal-denied']);
  });
});

describe('guardDiplomas', () => {
  const diploma = requirement('r1', 'Mbo 2 diploma', 10, { kind: 'education_level' });
  const offline = translation({ requirements: [diploma], skills: [skill('a', 'aaa', ['r1']), skill('b', 'bbb', ['r1']), skill('c', 'ccc', ['r1'])] });

  it('fills a diploma requirement the model left without grounded skills', () => {
    const model = translation({
      requirements: [requirement('c1', 'Mbo 2 diploma', 10, { kind: 'education_level' })],
      skills: [skill('zelfverzonnen', null, ['c1'])],
    });
    const out = guardDiplomas(model, offline);
    expect(out.skills.filter((s) => s.requirementIds.includes('c1') && s.verified).map((s) => s.label)).toEqual(['a', 'b', 'c']);
    expect(out.changes.filter((c) => c.rule === 'guard.diploma-offline')).toHaveLength(3);
    expect(out.warnings.map((w) => w.code)).toEqual(['claude.diploma-filled']);
  });

  it('adds the diploma requirement itself when the model missed it', () => {
    const out = guardDiplomas(translation({}), offline);
    expect(out.requirements.map((r) => r.id)).toEqual(['r1']);
    expect(out.skills.every((s) => s.requirementIds.includes('r1'))).toBe(true);
  });

  it('leaves a diploma the model translated into three grounded skills alone', () => {
    const model = translation({
      requirements: [requirement('c1', 'Mbo 2 diploma', 10)],
      skills: [skill('x', 'xxx', ['c1']), skill('y', 'yyy', ['c1']), skill('z', 'zzz', ['c1'])],
    });
    expect(guardDiplomas(model, offline)).toEqual(model);
  });
});

describe('guardLanguage', () => {
  it('keeps a profile in the right language and replaces one in the wrong language', () => {
    const offline = translation({ personProfile: { summary: "Je werkt graag samen met collega's van de afdeling." } as Translation['personProfile'] });
    const dutch = translation({ personProfile: { summary: 'Je werkt in een team van de afdeling en je bent op tijd.' } as Translation['personProfile'] });
    expect(guardLanguage(dutch, offline).personProfile.summary).toBe(dutch.personProfile.summary);
    const english = translation({ personProfile: { summary: 'You will work in a team and you are on time for the job.' } as Translation['personProfile'] });
    const out = guardLanguage(english, offline);
    expect(out.personProfile.summary).toBe(offline.personProfile.summary);
    expect(out.warnings.map((w) => w.code)).toEqual(['claude.language']);
  });

  it('gives every block the model wrote back to the draft when its text is in the wrong language', () => {
    const { pieces } = merge(
      [{ id: 'b3', markdown: '- You will work in a team and you are on time for the job.', requirementIds: ['r1'] }],
      [{ after: 'b3', role: 'item', markdown: '- You learn wound care with us and the team.', requirementIds: ['r1'] }],
    );
    const out = guardTextLanguage(pieces, ctx);
    expect(text(out.pieces)).toBe(OFFLINE.rewritten.markdown);
    expect(out.warnings.map((w) => w.code)).toEqual(['claude.language']);
    const dutch = merge([{ id: 'b3', markdown: '- Je werkt in een team van de afdeling en je bent op tijd.', requirementIds: ['r1'] }]).pieces;
    expect(guardTextLanguage(dutch, ctx).pieces).toBe(dutch);
  });
});
