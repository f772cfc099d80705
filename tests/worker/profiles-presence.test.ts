/**
 * Who else has a profile open (#19: no lost work): the review page beats while it shows a profile,
 * and each beat answers the others who have it open, by name, in the asked language. Only those
 * who may see the profile see each other; a beat older than a minute, or a closed page, is gone.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { Presence } from '../../shared/profiles';
import { admin, call, profileIn, token, world, type World } from './profiles-helpers';

let w: World;
let fatima: string;
let joost: string;
beforeAll(async () => {
  w = await world();
  fatima = await token(w.orgs.t1, 'reviewer', 'Fatima de Vries');
  joost = await token(w.orgs.t1, 'reviewer', 'Joost Bakker');
});

const beat = (id: string, who: string, language = 'nl') => call('PUT', `/v1/profiles/${id}/presence`, { token: who, headers: { 'accept-language': language } });
const names = async (id: string, who: string, language = 'nl') => {
  const answer = await beat(id, who, language);
  expect(answer.status).toBe(200);
  return Presence.parse(answer.body).viewers.map((v) => v.name);
};

describe('PUT /v1/profiles/{id}/presence', () => {
  it('two reviewers on one profile see each other by name, until one closes it', async () => {
    const { id } = await profileIn(w, 'submitted');
    expect(await names(id, fatima)).toEqual([]);
    expect(await names(id, joost)).toEqual(['Fatima de Vries']);
    expect(await names(id, fatima)).toEqual(['Joost Bakker']);

    const gone = await call('DELETE', `/v1/profiles/${id}/presence`, { token: joost });
    expect(gone.status).toBe(204);
    expect(await names(id, fatima)).toEqual([]);
  });

  it('the employer sees the reviewer, and a person without a name is their role in the asked language', async () => {
    const { id } = await profileIn(w, 'submitted');
    await beat(id, w.tokens.t1reviewer);
    expect(await names(id, w.tokens.e1member, 'nl')).toEqual(['beoordelaar']);
    expect(await names(id, fatima, 'en')).toEqual(['reviewer', 'member']);
  });

  it('a beat older than a minute counts as gone', async () => {
    const { id } = await profileIn(w, 'submitted');
    await beat(id, joost);
    const old = new Date(Date.now() - 61_000).toISOString();
    await env.DB.prepare('UPDATE profile_presence SET seen_at = ? WHERE profile_id = ?').bind(old, id).run();
    expect(await names(id, fatima)).toEqual([]);
  });

  it('only those who may see the profile see each other: not a revoked token, not a reviewer of a draft', async () => {
    const { id } = await profileIn(w, 'submitted');
    const anna = await token(w.orgs.t1, 'reviewer', 'Anna Jansen');
    await beat(id, anna);
    await beat(id, joost);
    const tokens = (await admin('GET', `/tokens?organizationId=${w.orgs.t1}`)).body.tokens as Array<{ id: string; label: string | null }>;
    expect((await admin('DELETE', `/tokens/${tokens.find((t) => t.label === 'Anna Jansen')!.id}`)).status).toBe(204);
    expect(await names(id, fatima)).toEqual(['Joost Bakker']);

    // Approved, then changed by the employer: a draft again, which the team no longer sees.
    await call('POST', `/v1/profiles/${id}/decision`, { token: fatima, body: { decision: 'approved' } });
    const profile = await call('GET', `/v1/profiles/${id}`, { token: w.tokens.e1member });
    const edited = await call('PUT', `/v1/profiles/${id}`, {
      token: w.tokens.e1member,
      body: { title: 'Chauffeur', translation: profile.body.translation },
      headers: { 'if-match': profile.headers.get('etag')! },
    });
    expect(edited.body.status).toBe('draft');
    expect(await names(id, w.tokens.e1member)).toEqual([]);
  });

  it.each([
    ['another team', 't2reviewer', 404],
    ['a team member without the reviewer role', 't1member', 404],
  ] as const)('%s neither beats nor sees anyone (%s → %i, problem+json)', async (_, who, expected) => {
    const { id } = await profileIn(w, 'submitted');
    await beat(id, joost);
    for (const method of ['PUT', 'DELETE']) {
      const answer = await call(method, `/v1/profiles/${id}/presence`, { token: w.tokens[who] });
      expect(answer.status).toBe(expected);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(JSON.stringify(answer.body)).not.toContain('Joost');
    }
  });

  it('a draft the employer has open can still be deleted', async () => {
    const { id } = await profileIn(w, 'draft');
    await beat(id, w.tokens.e1member);
    expect((await call('DELETE', `/v1/profiles/${id}`, { token: w.tokens.e1member })).status).toBe(204);
  });
});
