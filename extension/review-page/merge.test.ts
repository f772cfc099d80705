import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../shared/blocks';
import type { Translation } from '../../shared/translation';
import { careTranslation, skill, TEXT } from '../../tests/support/profile-text-fixture';
import { mergeEdits } from './merge';
import { editBlock } from './text-rows';

const base = careTranslation();
const side = (translation: Translation, title = 'Verzorgende IG') => ({ title, translation });
const withBlocks = (t: Translation, blocks = t.rewritten.blocks): Translation => ({
  ...t,
  rewritten: { ...t.rewritten, blocks, markdown: renderMarkdown(blocks, TEXT) },
});

describe('mergeEdits', () => {
  it('takes what each side changed: my block edit and removed skill, their summary, title and added skill', () => {
    const mine = withBlocks(
      { ...base, skills: base.skills.filter((s) => s.label !== 'wonden verzorgen') },
      editBlock(base.rewritten.blocks, 'b12', 'Salaris volgens cao VVT, schaal 35'),
    );
    const theirs = {
      ...base,
      skills: [...base.skills, skill('rolstoelen gebruiken', true)],
      personProfile: { ...base.personProfile, summary: 'Je houdt van mensen.' },
    };
    const merged = mergeEdits(side(base), side(mine), side(theirs, 'Verzorgende IG (thuiszorg)'), TEXT);
    expect(merged.conflicts).toEqual([]);
    expect(merged.title).toBe('Verzorgende IG (thuiszorg)');
    expect(merged.translation.skills.map((s) => s.label)).toEqual(['medicatie toedienen', 'hulp bieden bij persoonlijke verzorging', 'rolstoelen gebruiken']);
    expect(merged.translation.personProfile.summary).toBe('Je houdt van mensen.');
    expect(merged.translation.rewritten.markdown).toContain('- Salaris volgens cao VVT, schaal 35');
    expect(merged.translation.rewritten.markdown).toBe(renderMarkdown(merged.translation.rewritten.blocks, TEXT));
  });

  it('where both changed the same block, mine stands and theirs is kept beside it', () => {
    const mine = withBlocks(base, editBlock(base.rewritten.blocks, 'b2', 'Je verzorgt cliënten thuis.'));
    const theirs = withBlocks(base, editBlock(base.rewritten.blocks, 'b2', 'Je verzorgt cliënten in het verpleeghuis.'));
    const merged = mergeEdits(side(base), side(mine), side(theirs), TEXT);
    expect(merged.conflicts).toEqual([{ part: 'block', theirs: 'Je verzorgt cliënten in het verpleeghuis.', blockId: 'b2' }]);
    expect(merged.translation.rewritten.markdown).toContain('Je verzorgt cliënten thuis.');
  });

  it('their edit of a block I took out stays, as a conflict; a block they took out that I did not touch stays out', () => {
    const mine = withBlocks(base, editBlock(base.rewritten.blocks, 'b9', ''));
    const theirs = withBlocks(base, editBlock(editBlock(base.rewritten.blocks, 'b9', 'Voor ons telt wie je bent, en wat je wilt leren.'), 'b7', ''));
    const merged = mergeEdits(side(base), side(mine), side(theirs), TEXT);
    expect(merged.conflicts.map((c) => c.blockId)).toEqual(['b9']);
    expect(merged.translation.rewritten.blocks.map((b) => b.id)).not.toContain('b7');
    expect(merged.translation.rewritten.markdown).toContain('en wat je wilt leren');
  });
});
