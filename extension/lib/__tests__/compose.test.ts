import { describe, expect, it } from 'vitest';
import { composeVacancy } from '../compose';
import { translation, vacancy } from './translation-fixture';

describe('composeVacancy', () => {
  it('replaces the requirements with skills and keeps tasks and offer as they were', () => {
    const markdown = composeVacancy(translation, vacancy, {});
    expect(markdown).toContain('Orders verzamelen en klaarzetten');
    expect(markdown).toContain('Een goed salaris');
    expect(markdown).toContain('- voorraad beheren');
    expect(markdown).toMatch(/### Dit leer je bij ons\n\n- heftruck besturen/);
    expect(markdown).not.toContain('mbo niveau 3');
    expect(markdown).not.toContain('3 jaar ervaring');
    expect(markdown).toContain('## Wie je bent');
    expect(markdown.indexOf('Wat ga je doen')).toBeLessThan(markdown.indexOf('Wat je meebrengt'));
    expect(markdown.indexOf('Wat je meebrengt')).toBeLessThan(markdown.indexOf('Wat bieden wij'));
  });

  it('always keeps the legal requirement with its law, even when rejected', () => {
    const markdown = composeVacancy(translation, vacancy, { r2: { status: 'rejected' } });
    expect(markdown).toContain('- Rijbewijs B (art. 107 Wegenverkeerswet 1994)');
  });

  it('puts back the original on reject and the user’s words on edit', () => {
    const markdown = composeVacancy(translation, vacancy, { r1: { status: 'rejected' }, r3: { status: 'edited', text: 'Je kunt orders zelfstandig verwerken' } });
    expect(markdown).toContain('- Een afgeronde mbo niveau 3 opleiding');
    expect(markdown).toContain('- Je kunt orders zelfstandig verwerken');
    expect(markdown).not.toContain('voorraad beheren');
  });

  it('uses the engine’s sections when it gives them', () => {
    const withSections = {
      ...translation,
      rewritten: {
        ...translation.rewritten,
        sections: [
          { id: 'intro', heading: 'Wat ga je doen', markdown: '- Orders verzamelen' },
          { id: 'requirements', heading: 'Wat je meebrengt', markdown: '- oud' },
          { id: 'offer', heading: 'Wat bieden wij', markdown: '## Wat bieden wij\n\n- Salaris' },
        ],
      },
    };
    const markdown = composeVacancy(withSections, vacancy, {});
    expect(markdown).toMatch(/^# Medewerker logistiek\n\n## Wat ga je doen\n\n- Orders verzamelen\n\n## Wat je meebrengt/);
    expect(markdown).not.toContain('- oud');
    expect(markdown.trim().endsWith('- Salaris')).toBe(true);
  });

  it('writes English headings for an English vacancy', () => {
    const markdown = composeVacancy({ ...translation, language: 'en' }, vacancy, {});
    expect(markdown).toContain('## What you bring');
  });
});
