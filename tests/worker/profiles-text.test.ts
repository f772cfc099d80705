/**
 * What is approved is what is published (#19): a save that changes the skills, the person profile
 * or the learning routes answers, and stores, the vacancy text written again from them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../shared/blocks';
import { Profile } from '../../shared/profiles';
import type { Translation } from '../../shared/translation';
import { careTranslation, skill, TEXT } from '../support/profile-text-fixture';
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

const save = (id: string, etag: string, translation: Translation, token = w.tokens.e1member) =>
  call('PUT', `/v1/profiles/${id}`, { token, body: { title: 'Verzorgende IG', translation }, headers: { 'if-match': etag } });

describe('PUT /v1/profiles/{id} writes the text again', () => {
  it('after a skill removed, the summary edited and a route added: the answer and GET show the new text', async () => {
    const { id, etag, translation } = await draft();
    const edited: Translation = {
      ...translation,
      skills: [...translation.skills.filter((s) => s.label !== 'wonden verzorgen'), skill('rolstoelen gebruiken', true)],
      personProfile: { ...translation.personProfile, summary: 'Je houdt van mensen en van rust.' },
      learningRoutes: [
        {
          form: 'non-formal',
          title: 'Cursus tiltechnieken',
          provider: 'Zorgacademie',
          source: 'reviewer',
          sourceId: null,
          covers: [],
          type: null,
          level: null,
          url: null,
          explanation: '',
        },
      ],
    };
    const saved = await save(id, etag, edited);
    expect(saved.status).toBe(200);
    const { markdown, blocks } = Profile.parse(saved.body).translation.rewritten;
    expect(markdown).not.toContain('wonden verzorgen');
    expect(markdown).not.toContain('Voor ons telt wie je bent.');
    expect(markdown).toContain('- Je kunt medicatie toedienen.\n- Je kunt rolstoelen gebruiken.');
    expect(markdown).toContain('### Wie je bent\n\nJe houdt van mensen en van rust.');
    expect(markdown).toContain('- Je kunt leren via Cursus tiltechnieken bij Zorgacademie.');
    // The posting's own lines are untouched, and the Markdown is the blocks rendered.
    expect(markdown).toContain('Je verzorgt cliënten en dient medicatie toe.\n\n### Wat vragen wij');
    expect(markdown).toBe(renderMarkdown(blocks, TEXT));
    expect(blocks.filter((b) => b.kind === 'kept')).toEqual(translation.rewritten.blocks.filter((b) => b.kind === 'kept'));

    const read = Profile.parse((await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member })).body);
    expect(read.translation.rewritten).toEqual(Profile.parse(saved.body).translation.rewritten);
    const audit = await call('GET', `/v1/profiles/${id}/audit`, { token: w.tokens.e1member });
    expect(audit.body.entries.at(-1).detail).toMatchObject({ text: 'regenerated' });
  });

  it('a reviewer’s edit is in the text the employer gets after approval', async () => {
    const { id } = await draft();
    expect((await call('POST', `/v1/profiles/${id}/submit`, { token: w.tokens.e1member })).status).toBe(200);
    const open = await call('GET', `/v1/profiles/${id}`, { token: w.tokens.t1reviewer });
    const translation = Profile.parse(open.body).translation;
    const saved = await save(
      id,
      open.headers.get('etag')!,
      { ...translation, skills: translation.skills.filter((s) => s.label !== 'medicatie toedienen') },
      w.tokens.t1reviewer,
    );
    expect(saved.status).toBe(200);
    expect((await call('POST', `/v1/profiles/${id}/decision`, { token: w.tokens.t1reviewer, body: { decision: 'approved' } })).status).toBe(200);
    const approved = Profile.parse((await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member })).body);
    expect(approved.status).toBe('approved');
    expect(approved.translation.rewritten.markdown).not.toContain('medicatie toedienen');
    expect(approved.translation.rewritten.markdown).toContain('- Je kunt wonden verzorgen.');
  });

  it('keeps the text as sent when skills, person profile and routes did not change', async () => {
    const { id, etag, translation } = await draft();
    const own = { ...translation, rewritten: { ...translation.rewritten, markdown: `${translation.rewritten.markdown}\nEigen slotzin.\n` } };
    const saved = await save(id, etag, own);
    expect(saved.status).toBe(200);
    expect(saved.body.translation.rewritten.markdown).toBe(own.rewritten.markdown);
  });

  it('writes the text again from what the last version held, so saving the answer back changes nothing more', async () => {
    const { id, etag, translation } = await draft();
    const first = await save(id, etag, { ...translation, skills: translation.skills.filter((s) => s.label !== 'wonden verzorgen') });
    const again = await save(id, first.headers.get('etag')!, Profile.parse(first.body).translation);
    expect(again.status).toBe(200);
    expect(again.body.translation.rewritten).toEqual(first.body.translation.rewritten);
  });
});
