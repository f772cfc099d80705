/**
 * Editing the text itself, and edits that are refused (#19): blocks of the rewritten vacancy
 * changed, removed or written anew by either side; the Markdown that is published is those blocks
 * rendered; an empty route, skill or block is refused with the field it concerns.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../shared/blocks';
import { Profile } from '../../shared/profiles';
import type { Block, Translation } from '../../shared/translation';
import { careTranslation, TEXT } from '../support/profile-text-fixture';
import { call, VACANCY, world, type World } from './profiles-helpers';

let w: World;
beforeAll(async () => {
  w = await world();
});

async function draft(translation = careTranslation()) {
  const created = await call('POST', '/v1/profiles', {
    token: w.tokens.e1member,
    body: { title: 'Verzorgende IG', translation, vacancy: { ...VACANCY, text: TEXT } },
  });
  expect(created.status).toBe(201);
  return { id: created.body.id as string, etag: created.headers.get('etag')!, translation: Profile.parse(created.body).translation };
}

const save = (id: string, etag: string, translation: Translation, { token = w.tokens.e1member, title = 'Verzorgende IG' } = {}) =>
  call('PUT', `/v1/profiles/${id}`, { token, body: { title, translation }, headers: { 'if-match': etag } });

const withBlocks = (translation: Translation, edit: (blocks: Block[]) => Block[]): Translation => ({
  ...translation,
  rewritten: { ...translation.rewritten, blocks: edit(translation.rewritten.blocks.map((b) => ({ ...b }))) },
});

describe('editing blocks of the text', () => {
  it('a kept line rewritten, an added paragraph removed, a changed line reworded: the published Markdown is the blocks rendered', async () => {
    const { id, etag, translation } = await draft();
    const edited = withBlocks(translation, (blocks) =>
      blocks
        .filter((b) => b.id !== 'b9')
        .map((b) =>
          b.id === 'b2'
            ? { ...b, kind: 'changed', markdown: 'Je verzorgt cliënten thuis en in het verpleeghuis.' }
            : b.id === 'b4'
              ? { ...b, markdown: '- Je kunt medicatie veilig toedienen.\n- Je kunt wonden verzorgen.' }
              : b,
        ),
    );
    // The page sends the old Markdown: the server writes it from the blocks.
    const saved = await save(id, etag, edited, { title: 'Verzorgende IG (thuiszorg)' });
    expect(saved.status).toBe(200);
    const profile = Profile.parse(saved.body);
    const { markdown, blocks } = profile.translation.rewritten;
    expect(profile.title).toBe('Verzorgende IG (thuiszorg)');
    expect(markdown).toBe(renderMarkdown(blocks, TEXT));
    expect(markdown).toContain('Je verzorgt cliënten thuis en in het verpleeghuis.\n\n### Wat vragen wij');
    expect(markdown).toContain('- Je kunt medicatie veilig toedienen.');
    expect(markdown).not.toContain('Voor ons telt wie je bent.');
    expect(markdown).not.toContain('Je verzorgt cliënten en dient medicatie toe.');
    // The posting's other lines stand as they were.
    expect(markdown).toContain('### Wat bieden wij\n\n- Salaris volgens cao VVT');

    const read = Profile.parse((await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member })).body);
    expect(read.translation.rewritten.markdown).toBe(markdown);
  });

  it('a block edit and a removed skill in one save: both are in the text', async () => {
    const { id, etag, translation } = await draft();
    const edited = withBlocks({ ...translation, skills: translation.skills.filter((s) => s.label !== 'wonden verzorgen') }, (blocks) =>
      blocks.map((b) => (b.id === 'b12' ? { ...b, kind: 'changed', markdown: '- Salaris volgens cao VVT, schaal 35' } : b)),
    );
    const saved = await save(id, etag, edited);
    expect(saved.status).toBe(200);
    const { markdown, blocks } = Profile.parse(saved.body).translation.rewritten;
    expect(markdown).not.toContain('wonden verzorgen');
    expect(markdown).toContain('- Salaris volgens cao VVT, schaal 35');
    expect(markdown).toBe(renderMarkdown(blocks, TEXT));
  });

  it('the reviewer’s block edit is the approved text the employer reads, byte for byte', async () => {
    const { id } = await draft();
    expect((await call('POST', `/v1/profiles/${id}/submit`, { token: w.tokens.e1member })).status).toBe(200);
    const open = await call('GET', `/v1/profiles/${id}`, { token: w.tokens.t1reviewer });
    const translation = Profile.parse(open.body).translation;
    const edited = withBlocks(translation, (blocks) => blocks.filter((b) => b.id !== 'b6' && b.id !== 'b7'));
    const saved = await save(
      id,
      open.headers.get('etag')!,
      { ...edited, skills: translation.skills.filter((s) => s.mustHave) },
      { token: w.tokens.t1reviewer },
    );
    expect(saved.status).toBe(200);
    const reviewed = Profile.parse(saved.body).translation.rewritten.markdown;
    expect(reviewed).not.toContain('Wat je bij ons leert');
    expect((await call('POST', `/v1/profiles/${id}/decision`, { token: w.tokens.t1reviewer, body: { decision: 'approved' } })).status).toBe(200);
    const approved = Profile.parse((await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member })).body);
    expect(approved.status).toBe('approved');
    expect(approved.translation.rewritten.markdown).toBe(reviewed);
  });
});

describe('empty or invalid edits are refused', () => {
  const route = {
    form: 'informal' as const,
    provider: null,
    source: 'reviewer',
    sourceId: null,
    covers: [],
    type: null,
    level: null,
    url: null,
    explanation: '',
  };
  it.each([
    [
      'a learning route without a title',
      (t: Translation): Translation => ({ ...t, learningRoutes: [{ ...route, title: '  ' }] }),
      'translation.learningRoutes.0.title',
    ],
    [
      'a route link that is not http(s)',
      (t: Translation): Translation => ({ ...t, learningRoutes: [{ ...route, title: 'Cursus', url: 'javascript:alert(1)' }] }),
      'translation.learningRoutes.0.url',
    ],
    [
      'a skill without a label',
      (t: Translation): Translation => ({ ...t, skills: [...t.skills, { ...t.skills[0]!, label: ' ' }] }),
      'translation.skills.3.label',
    ],
    [
      'a block with only its heading mark',
      (t: Translation): Translation => withBlocks(t, (b) => b.map((x) => (x.id === 'b6' ? { ...x, markdown: '### ' } : x))),
      'translation.rewritten.blocks.5.markdown',
    ],
    [
      'an added block left empty',
      (t: Translation): Translation => withBlocks(t, (b) => b.map((x) => (x.id === 'b9' ? { ...x, markdown: '' } : x))),
      'translation.rewritten.blocks.8.markdown',
    ],
  ])('%s: 400 naming the field, and nothing saved', async (_, edit, path) => {
    const { id, etag, translation } = await draft();
    const refused = await save(id, etag, edit(translation));
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    const read = await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member });
    expect(read.body.version).toBe(1);
  });

  it('a line of the posting left out (a kept block emptied) is an edit, not an error', async () => {
    const { id, etag, translation } = await draft();
    const saved = await save(
      id,
      etag,
      withBlocks(translation, (b) => b.map((x) => (x.id === 'b12' ? { ...x, kind: 'changed', markdown: '' } : x))),
    );
    expect(saved.status).toBe(200);
    expect(saved.body.translation.rewritten.markdown).not.toContain('Salaris');
  });
});
