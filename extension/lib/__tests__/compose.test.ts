import { describe, expect, it } from 'vitest';
import { composeVacancy } from '../compose';
import { proposalLines } from '../proposal-lines';
import { buildCards } from '../review';
import { translation, vacancy } from './translation-fixture';

const noRewrite = { ...translation, rewritten: { ...translation.rewritten, markdown: '' } };

describe('proposalLines', () => {
  it('ties each rewritten line to its requirement and leaves tasks and offer alone', () => {
    const lines = proposalLines(translation, buildCards(translation), vacancy.text);
    const texts = (id: string) => lines.get(id)!.map((line) => line.text);
    expect(texts('r1')).toEqual(['voorraad beheren', 'orders verzamelen', 'heftruck besturen']);
    expect(texts('r2')).toEqual(['Rijbewijs B']);
    expect(texts('r3')).toEqual(['Je hebt aantoonbaar ervaring in een magazijn, waar en hoe lang maakt niet uit.']);
    expect(texts('r4')).toEqual(['Je bent flexibel en een echte teamspeler']);
  });
});

describe('composeVacancy with the engine’s rewrite', () => {
  it('is the engine’s rewrite when every change is accepted', () => {
    expect(composeVacancy(translation, vacancy, {})).toBe(translation.rewritten.markdown.trim());
  });

  it('puts back the original on reject and the user’s words on edit, in place', () => {
    const markdown = composeVacancy(translation, vacancy, { r1: { status: 'rejected' }, r3: { status: 'edited', text: 'Je kunt orders zelfstandig verwerken' } });
    expect(markdown).toContain('- Een afgeronde mbo niveau 3 opleiding\n- Rijbewijs B\n- Je kunt orders zelfstandig verwerken');
    expect(markdown).not.toMatch(/voorraad beheren|heftruck|aantoonbaar/);
    expect(markdown).toContain('- Orders verzamelen en klaarzetten');
    expect(markdown).toContain('- Een goed salaris');
  });

  it('never drops a legal requirement, even when rejected', () => {
    expect(composeVacancy(translation, vacancy, { r2: { status: 'rejected' } })).toContain('- Rijbewijs B');
  });

  it('puts a requirement the rewrite left out back into the first list', () => {
    const lean = { ...translation, rewritten: { ...translation.rewritten, markdown: '# T\n\n- voorraad beheren\n' } };
    expect(composeVacancy(lean, vacancy, { r4: { status: 'rejected' } })).toBe('# T\n\n- Je bent flexibel en een echte teamspeler\n- voorraad beheren');
  });
});

describe('composeVacancy without a rewrite', () => {
  it('replaces the requirements with skills and keeps tasks and offer as they were', () => {
    const markdown = composeVacancy(noRewrite, vacancy, {});
    expect(markdown).toContain('Orders verzamelen en klaarzetten');
    expect(markdown).toContain('Een goed salaris');
    expect(markdown).toContain('- voorraad beheren');
    expect(markdown).toMatch(/### Dit leer je bij ons\n\n- heftruck besturen/);
    expect(markdown).not.toContain('mbo niveau 3');
    expect(markdown).toContain('## Wie je bent');
    expect(markdown.indexOf('Wat ga je doen')).toBeLessThan(markdown.indexOf('Wat je meebrengt'));
    expect(markdown.indexOf('Wat je meebrengt')).toBeLessThan(markdown.indexOf('Wat bieden wij'));
  });

  it('keeps the legal requirement with its law', () => {
    expect(composeVacancy(noRewrite, vacancy, { r2: { status: 'rejected' } })).toContain('- Rijbewijs B (art. 107 Wegenverkeerswet 1994)');
  });

  it('writes English headings for an English vacancy', () => {
    expect(composeVacancy({ ...noRewrite, language: 'en' }, vacancy, {})).toContain('## What you bring');
  });
});
