/** The guards on their own, with hand-made translations: independent of the offline engine's current rules. */
import { describe, expect, it } from 'vitest';
import { ESCO_ATTRIBUTION, Translation, type Requirement, type Skill } from '../../../../shared/schemas';
import { guardDiplomas } from '../guard-diploma';
import { guardLanguage } from '../guard-language';
import { guardLegal } from '../guard-legal';

const SKILL = 'http://data.europa.eu/esco/skill/';
const requirement = (id: string, text: string, start: number, extra: Partial<Requirement> = {}): Requirement => ({
  id, text, kind: 'skill', mandatory: true, legal: false, legalBasis: null, alternativeOffered: false, span: { start, end: start + text.length }, ...extra,
});
const skill = (label: string, uri: string | null, requirementIds: string[]): Skill => ({
  label, uri: uri && SKILL + uri, requirementIds, mustHave: true, reason: 'r', verified: uri !== null, labelLanguage: 'nl', untranslated: false, groupLabel: null,
});
const translation = (parts: Partial<Translation>): Translation =>
  Translation.parse({ language: 'nl', engine: 'claude', requirements: [], skills: [], personProfile: {}, rewritten: { markdown: 'Tekst' }, attribution: ESCO_ATTRIBUTION, ...parts });

const basis = { id: 'nl.transport.rijbewijs_c', name: 'Rijbewijs C', citation: 'art. 107 Wegenverkeerswet 1994', law: 'Wegenverkeerswet 1994', article: '107', bwbr: 'BWBR0006622', url: null, obtainableAfterHiring: false, obtainableDetail: '' };
const offlineLegal = requirement('r2', 'Rijbewijs C', 40, { kind: 'licence', legal: true, legalBasis: basis });

describe('guardLegal', () => {
  it('adds a legal requirement the model left out, to the requirements and the text', () => {
    const model = translation({ requirements: [requirement('c1', 'Mbo 2', 20)], rewritten: { markdown: '# Chauffeur' } as Translation['rewritten'] });
    const out = guardLegal(model, translation({ requirements: [offlineLegal] }));
    expect(out.requirements.map((r) => [r.id, r.legal])).toEqual([['c1', false], ['r2', true]]);
    expect(out.rewritten.markdown).toBe('# Chauffeur\n\n## Wettelijke eisen\n- Rijbewijs C (art. 107 Wegenverkeerswet 1994). Nodig vóór de start.\n');
    expect(out.warnings.map((w) => w.code)).toEqual(['claude.legal-reimposed', 'claude.legal-restored-in-text']);
  });

  it('flags the matching model requirement legal and keeps only keep-legal changes for it', () => {
    const model = translation({
      requirements: [requirement('c2', 'Rijbewijs C', 40, { kind: 'other', mandatory: false })],
      changes: [{ requirementId: 'c2', action: 'drop-wording', rule: 'claude', concept: null, span: null, reason: 'weg' }],
      rewritten: { markdown: 'Je hebt rijbewijs C.' } as Translation['rewritten'],
    });
    const out = guardLegal(model, translation({ requirements: [offlineLegal] }));
    expect(out.requirements[0]).toMatchObject({ legal: true, mandatory: true, legalBasis: basis });
    expect(out.changes.map((c) => c.action)).toEqual(['keep-legal']);
    expect(out.rewritten.markdown).toBe('Je hebt rijbewijs C.');
  });

  it('keeps both laws when the model merged two legal requirements into one', () => {
    const code95 = requirement('r3', 'code 95', 55, { kind: 'licence', legal: true, legalBasis: { ...basis, id: 'nl.transport.code95', name: 'Code 95', citation: 'Wet rijonderricht' } });
    const model = translation({ requirements: [requirement('c1', 'Rijbewijs C en code 95', 40, { kind: 'licence', legal: true })], rewritten: { markdown: 'Rijbewijs C en code 95' } as Translation['rewritten'] });
    const out = guardLegal(model, translation({ requirements: [offlineLegal, code95] }));
    expect(out.requirements.map((r) => [r.id, r.legalBasis?.id])).toEqual([['c1', 'nl.transport.rijbewijs_c'], ['r3', 'nl.transport.code95']]);
  });

  it('does not flag legal what no rule confirms', () => {
    const model = translation({ requirements: [requirement('c1', 'Jonger dan 30', 0, { legal: true })] });
    const out = guardLegal(model, translation({}));
    expect(out.requirements[0]!.legal).toBe(false);
    expect(out.warnings.map((w) => w.code)).toEqual(['claude.legal-unconfirmed']);
  });
});

describe('guardDiplomas', () => {
  const diploma = requirement('r1', 'Mbo 2 diploma', 10, { kind: 'education_level' });
  const offline = translation({ requirements: [diploma], skills: [skill('a', 'aaa', ['r1']), skill('b', 'bbb', ['r1']), skill('c', 'ccc', ['r1'])] });

  it('fills a diploma requirement the model left without grounded skills', () => {
    const model = translation({ requirements: [requirement('c1', 'Mbo 2 diploma', 10, { kind: 'education_level' })], skills: [skill('zelfverzonnen', null, ['c1'])] });
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
    const model = translation({ requirements: [requirement('c1', 'Mbo 2 diploma', 10)], skills: [skill('x', 'xxx', ['c1']), skill('y', 'yyy', ['c1']), skill('z', 'zzz', ['c1'])] });
    expect(guardDiplomas(model, offline)).toEqual(model);
  });
});

describe('guardLanguage', () => {
  it('keeps text in the right language and replaces text in the wrong one', () => {
    const offline = translation({ rewritten: { markdown: 'De vacature in het Nederlands.' } as Translation['rewritten'] });
    const dutch = translation({ rewritten: { markdown: 'Je werkt in een team van de afdeling en je bent op tijd.' } as Translation['rewritten'] });
    expect(guardLanguage(dutch, offline).rewritten.markdown).toBe(dutch.rewritten.markdown);
    const english = translation({ rewritten: { markdown: 'You will work in a team and you are on time for the job.' } as Translation['rewritten'] });
    const out = guardLanguage(english, offline);
    expect(out.rewritten.markdown).toBe('De vacature in het Nederlands.');
    expect(out.warnings.map((w) => w.code)).toEqual(['claude.language']);
  });
});
