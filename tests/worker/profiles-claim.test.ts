/**
 * Claiming a submitted profile (#19): a team reviewer takes it on with their name, the queue
 * shows who, a colleague may take it over, a decision lets it go; nobody else can claim.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Profile, ProfileList } from '../../shared/profiles';
import { call, profileIn, token, world, type World } from './profiles-helpers';

let w: World;
let joost: string;
let eva: string;
beforeAll(async () => {
  w = await world();
  joost = await token(w.orgs.t1, 'reviewer', 'Joost Bakker');
  eva = await token(w.orgs.t1, 'reviewer', 'Eva Smit');
});

const claim = (id: string, who: string, method = 'POST') => call(method, `/v1/profiles/${id}/claim`, { token: who, headers: { 'accept-language': 'nl' } });

describe('POST /v1/profiles/{id}/claim', () => {
  it('names the reviewer on the profile and in the queue; a colleague takes it over; the history says so', async () => {
    const { id } = await profileIn(w, 'submitted');
    const claimed = await claim(id, joost);
    expect(claimed.status).toBe(200);
    expect(Profile.parse(claimed.body).claim).toMatchObject({ name: 'Joost Bakker', label: 'Joost Bakker' });
    // Claiming again changes nothing.
    const again = await claim(id, joost);
    expect(again.body.claim.at).toBe(claimed.body.claim.at);

    const queue = ProfileList.parse((await call('GET', '/v1/profiles?status=submitted', { token: eva })).body);
    expect(queue.profiles.find((p) => p.id === id)?.claim?.name).toBe('Joost Bakker');

    const taken = await claim(id, eva);
    expect(taken.body.claim.name).toBe('Eva Smit');
    const audit = (await call('GET', `/v1/profiles/${id}/audit`, { token: eva })).body.entries;
    expect(audit.filter((e: { action: string }) => e.action === 'profile.claimed').map((e: { actor: { name: string } }) => e.actor.name)).toEqual([
      'Joost Bakker',
      'Eva Smit',
    ]);
  });

  it('a reviewer without a name is their role in the asked language', async () => {
    const { id } = await profileIn(w, 'submitted');
    expect((await claim(id, w.tokens.t1reviewer)).body.claim).toMatchObject({ name: 'beoordelaar', label: null });
  });

  it('a decision lets go of the claim; so does DELETE', async () => {
    const decided = await profileIn(w, 'submitted');
    await claim(decided.id, joost);
    const approved = await call('POST', `/v1/profiles/${decided.id}/decision`, { token: joost, body: { decision: 'approved' } });
    expect(approved.status).toBe(200);
    expect(approved.body.claim).toBeNull();

    const released = await profileIn(w, 'submitted');
    await claim(released.id, joost);
    const answer = await claim(released.id, eva, 'DELETE');
    expect(answer.status).toBe(200);
    expect(answer.body.claim).toBeNull();
  });

  it.each([
    ['the employer', 'e1member', 'submitted', 403],
    ['another team', 't2reviewer', 'submitted', 404],
    ['a team member without the reviewer role', 't1member', 'submitted', 404],
    ['a reviewer, once approved', 't1reviewer', 'approved', 409],
  ] as const)('%s cannot claim (%s → %i)', async (_, who, status, expected) => {
    const { id } = await profileIn(w, status);
    expect((await claim(id, w.tokens[who])).status).toBe(expected);
  });
});
