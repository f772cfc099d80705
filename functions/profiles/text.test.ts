import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../shared/blocks';
import type { LearningRoute, Translation } from '../../shared/translation';
import { careTranslation, skill, TEXT } from '../../tests/support/profile-text-fixture';
import { blocksOf, regenerateRewritten } from './text';

const route = (title: string, provider: string | null = null): LearningRoute => ({
  form: 'non-formal',
  title,
  provider,
  source: 'reviewer',
  sourceId: null,
  covers: [],
  type: null,
  level: null,
  url: null,
  explanation: '',
});

/** The text after `edit` is applied to the fixture (throws when nothing would change). */
function after(edit: (t: Translation) => Translation, previous = careTranslation(), text = TEXT) {
  const rewritten = regenerateRewritten({ previous, next: edit(structuredClone(previous)), text });
  if (!rewritten) throw new Error('no new text');
  return rewritten;
}

describe('regenerateRewritten', () => {
  it('changes nothing when skills, person profile and routes are what they were', () => {
    const previous = careTranslation();
    expect(regenerateRewritten({ previous, next: { ...structuredClone(previous), title: 'Ander' }, text: TEXT })).toBeNull();
  });

  it('takes a removed skill out of the lines that replaced the diploma, and keeps the posting’s own lines', () => {
    const { markdown, blocks } = after((t) => ({ ...t, skills: t.skills.filter((s) => s.label !== 'wonden verzorgen') }));
    expect(markdown).not.toContain('wonden');
    expect(markdown).toContain('- Je kunt medicatie toedienen.');
    expect(markdown).toContain('Je verzorgt cliënten en dient medicatie toe.');
    expect(markdown).toContain('- Salaris volgens cao VVT');
    expect(markdown).toBe(renderMarkdown(blocks, TEXT));
  });

  it('drops a changed line whose only skills left, with its source; the next section then stands under the posting’s heading, as the engine writes it', () => {
    const { markdown } = after((t) => ({ ...t, skills: t.skills.filter((s) => !s.mustHave) }));
    expect(markdown).not.toMatch(/Je kunt|Diploma Verzorgende/);
    expect(markdown).toContain('### Wat vragen wij\n\n- Je leert hulp bieden bij persoonlijke verzorging.\n\n### Wie je bent');
  });

  it('puts an added skill needed from day one with the requirements, and one to learn under "Wat je bij ons leert"', () => {
    const { markdown } = after((t) => ({ ...t, skills: [...t.skills, skill('rolstoelen gebruiken', true), skill('zich aan verandering aanpassen', false)] }));
    expect(markdown).toContain('- Je kunt medicatie toedienen.\n- Je kunt wonden verzorgen.\n- Je kunt rolstoelen gebruiken.\n\n### Wat je bij ons leert');
    expect(markdown).toContain('- Je leert hulp bieden bij persoonlijke verzorging.\n- Je leert je aan verandering aanpassen.\n\n### Wie je bent');
  });

  it('moves a skill whose "needed from day one" was switched off from the requirements to what you learn', () => {
    const { markdown } = after((t) => ({ ...t, skills: t.skills.map((s) => (s.label === 'wonden verzorgen' ? { ...s, mustHave: false } : s)) }));
    expect(markdown).not.toContain('Je kunt wonden verzorgen');
    expect(markdown).toContain('- Je leert wonden verzorgen.');
  });

  it('never writes an English label into a Dutch text', () => {
    const { markdown } = after((t) => ({ ...t, skills: [...t.skills, skill('use spreadsheets software', true, { labelLanguage: 'en', untranslated: true })] }));
    expect(markdown).not.toContain('spreadsheets');
  });

  it('writes "Wie je bent" again from the edited person profile, in place', () => {
    const { markdown } = after((t) => ({ ...t, personProfile: { ...t.personProfile, summary: 'Je houdt van mensen en van rust.', values: ['eerlijkheid'] } }));
    expect(markdown).not.toContain('Voor ons telt wie je bent.');
    expect(markdown).toContain('### Wie je bent\n\nJe houdt van mensen en van rust.\n\n- Eerlijkheid\n- Je bent geduldig.\n\n### Wat bieden wij');
  });

  it('writes no summary the engine wrote, only one a person wrote', () => {
    const { markdown } = after((t) => ({ ...t, personProfile: { ...t.personProfile, values: ['eerlijkheid'] } }));
    expect(markdown).not.toContain('Voor ons telt');
    expect(markdown).toContain('### Wie je bent\n\n- Eerlijkheid\n- Je bent geduldig.\n\n### Wat bieden wij');
  });

  it('takes "Wie je bent" out when the person profile is emptied', () => {
    const { markdown } = after((t) => ({
      ...t,
      personProfile: { summary: '', motivation: [], values: [], workingStyle: [], teamContribution: [], learningNeeds: [] },
    }));
    expect(markdown).not.toMatch(/Wie je bent|geduldig/);
  });

  it('names an added learning route under "Wat je bij ons leert", and takes it out when it is removed', () => {
    const withRoute = { ...careTranslation() };
    withRoute.learningRoutes = [route('Cursus tiltechnieken', 'Zorgacademie')];
    const added = after(() => withRoute);
    expect(added.markdown).toContain('- Je leert hulp bieden bij persoonlijke verzorging.\n- Je kunt leren via Cursus tiltechnieken bij Zorgacademie.');
    const saved = { ...withRoute, rewritten: added };
    const removed = after((t) => ({ ...t, learningRoutes: [] }), saved);
    expect(removed.markdown).not.toContain('tiltechnieken');
    expect(removed.markdown).toContain('- Je leert hulp bieden bij persoonlijke verzorging.');
  });

  it('writes in the posting’s form of address ("u")', () => {
    const previous = careTranslation();
    previous.rewritten.blocks = previous.rewritten.blocks.filter((b) => !['b6', 'b7'].includes(b.id));
    previous.skills = previous.skills.filter((s) => s.mustHave);
    const { markdown } = after((t) => ({ ...t, skills: [...t.skills, skill('tillen', false)] }), previous, TEXT.replaceAll(/\bje\b/gi, 'u'));
    expect(markdown).toContain('- Je kunt wonden verzorgen.\n\n### Wat je bij ons leert\n\n- Je leert tillen.');
    const formal = careTranslation();
    formal.rewritten.blocks = formal.rewritten.blocks
      .map((b) => (b.id === 'b8' ? { ...b, markdown: '### Wie u bent' } : b))
      .filter((b) => !['b6', 'b7'].includes(b.id));
    formal.skills = formal.skills.filter((s) => s.mustHave);
    const u = after((t) => ({ ...t, skills: [...t.skills, skill('tillen', false)] }), formal);
    expect(u.markdown).toContain('### Wat u bij ons leert\n\n- U leert tillen.\n\n### Wie u bent');
  });

  it('finds the section the engine wrote without its heading (under the posting’s own heading) and keeps it without one', () => {
    const previous = careTranslation();
    // The engine's shape when every requirement line left: "Wie je bent" right under "Wat vragen wij", headless.
    previous.rewritten.blocks = previous.rewritten.blocks
      .filter((b) => !['b6', 'b7', 'b8'].includes(b.id))
      .map((b) => (b.id === 'b4' ? { ...b, markdown: '' } : b));
    previous.skills = [];
    const { markdown } = after((t) => ({ ...t, personProfile: { ...t.personProfile, summary: 'Rust en aandacht.' } }), previous);
    expect(markdown).toBe(
      '### Wat ga je doen\n\nJe verzorgt cliënten en dient medicatie toe.\n\n### Wat vragen wij\n\nRust en aandacht.\n\n- Je bent geduldig.\n\n### Wat bieden wij\n\n- Salaris volgens cao VVT\n',
    );
  });

  it('updates the JSON-LD export with the text and the skills needed from day one', () => {
    const previous = careTranslation();
    previous.rewritten.jsonLd = { '@type': 'JobPosting', description: previous.rewritten.markdown, skills: [] };
    const { markdown, jsonLd } = after((t) => ({ ...t, skills: t.skills.filter((s) => s.label !== 'wonden verzorgen') }), previous);
    expect(jsonLd).toMatchObject({ '@type': 'JobPosting', description: markdown });
    expect((jsonLd!.skills as Array<{ name: string }>).map((s) => s.name)).toEqual(['medicatie toedienen']);
  });

  describe('the posting’s requirement block the engine named "Wat je meebrengt" (EXEMPLARS.md, principles 1–3, 6)', () => {
    const text = [
      'Functie-eisen',
      '- Diploma Verzorgende IG niveau 3',
      '- Kennis van hygiëneregels',
      '- Je bent geduldig',
      '',
      'Wat bieden wij',
      '- Salaris',
    ].join('\n');
    const span = (line: string) => ({ start: text.indexOf(line), end: text.indexOf(line) + line.length });
    const renamed = (level = '### '): Translation => {
      const t = careTranslation();
      t.requirements = t.requirements.map((r) => ({ ...r, span: span(r.text) }));
      t.skills = [skill('medicatie toedienen', true)];
      t.personProfile = { summary: '', motivation: [], values: [], workingStyle: [], teamContribution: [], learningNeeds: [] };
      t.rewritten.blocks = [
        { id: 'b1', kind: 'changed', role: 'heading', markdown: `${level}Wat je meebrengt`, source: span('Functie-eisen'), requirementIds: [] },
        {
          id: 'b2',
          kind: 'changed',
          role: 'item',
          markdown: '- Je kunt medicatie toedienen.',
          source: span('- Diploma Verzorgende IG niveau 3'),
          requirementIds: ['r1'],
        },
        {
          id: 'b3',
          kind: 'changed',
          role: 'item',
          markdown: '- Je hebt kennis van hygiëneregels.',
          source: span('- Kennis van hygiëneregels'),
          requirementIds: [],
        },
        { id: 'b4', kind: 'kept', role: 'item', markdown: '- Je bent geduldig', source: span('- Je bent geduldig'), requirementIds: ['r2'] },
        {
          id: 'b5',
          kind: 'added',
          role: 'paragraph',
          markdown: 'Hoe je dit hebt geleerd, maakt niet uit: in een opleiding, in je werk of op een andere manier.',
          requirementIds: ['r1'],
        },
        { id: 'b6', kind: 'kept', role: 'heading', markdown: `${level}Wat bieden wij`, source: span('Wat bieden wij'), requirementIds: [] },
        { id: 'b7', kind: 'kept', role: 'item', markdown: '- Salaris', source: span('- Salaris'), requirementIds: [] },
      ];
      t.rewritten.markdown = renderMarkdown(t.rewritten.blocks, text);
      return t;
    };

    it('puts an added skill needed from day one at the end of that list, before "or equivalent", under no second heading', () => {
      const { markdown } = after((t) => ({ ...t, skills: [...t.skills, skill('wonden verzorgen', true)] }), renamed(), text);
      expect(markdown).toContain(
        '### Wat je meebrengt\n\n- Je kunt medicatie toedienen.\n- Je hebt kennis van hygiëneregels.\n- Je bent geduldig\n- Je kunt wonden verzorgen.\n\nHoe je dit hebt geleerd',
      );
      expect(markdown.match(/Wat je meebrengt/g)).toHaveLength(1);
    });

    it('writes a new section at the level of the block’s heading', () => {
      const { markdown } = after(
        (t) => ({ ...t, personProfile: { ...t.personProfile, workingStyle: ['Je bent geduldig.'] }, skills: [...t.skills, skill('tillen', false)] }),
        renamed('#### '),
        text,
      );
      expect(markdown).toContain('#### Wat je bij ons leert\n\n- Je leert tillen.');
      expect(markdown).toContain('#### Wie je bent\n\n- Je bent geduldig.');
    });
  });

  it('works on a text without blocks (read back from its Markdown)', () => {
    const previous = careTranslation();
    previous.rewritten = { ...previous.rewritten, blocks: [] };
    const { markdown } = after((t) => ({ ...t, skills: t.skills.filter((s) => s.label !== 'hulp bieden bij persoonlijke verzorging') }), previous);
    expect(markdown).not.toMatch(/persoonlijke verzorging|Wat je bij ons leert/);
    expect(markdown).toContain('- Je kunt wonden verzorgen.');
    expect(blocksOf('### Wat je bij ons leert\n\n- Je leert tillen.').map((b) => b.kind)).toEqual(['added', 'added']);
  });
});
