/**
 * Two reviewers on one profile, in Dutch (#19: no lost work): while Joost edits on the review
 * page, Eva saves a version through the API. Joost's save is stale; the page merges instead of
 * throwing his edits away: her title and block, his skill and block, and where both changed the
 * summary his stands with hers beside it, until he takes hers. The saved version holds both.
 */
import type * as z from 'zod';
import { ClientLink, Organization, Profile, TokenCreated } from '../../shared/profiles';
import type { Translation } from '../../shared/translation';
import { E2E_ADMIN_TOKEN, WORKER_PORT } from '../../playwright.config';
import { careTranslation, TEXT } from '../support/profile-text-fixture';
import { expect as baseExpect, test } from './sidepanel-helpers';
import { checkDutchPage } from './review-page';

const expect = baseExpect.configure({ timeout: 15_000 });
const API = process.env.E2E_API ?? `http://127.0.0.1:${WORKER_PORT}`;

async function api<T extends z.ZodType>(
  schema: T,
  path: string,
  token: string,
  body?: unknown,
  method = body === undefined ? 'GET' : 'POST',
  headers: Record<string, string> = {},
): Promise<z.infer<T>> {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return schema.parse(await response.json());
}

test.use({ uiLanguage: 'nl' });

test('a stale save merges a colleague’s version with the edits in progress, nothing lost', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate((base) => chrome.storage.local.set({ apiBase: base }), API);
  const suffix = Date.now().toString(36);
  const employer = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Zorggroep Noord ${suffix}`, kind: 'employer' });
  const team = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Expertiseteam Noord ${suffix}`, kind: 'expertise_team' });
  await api(ClientLink, `/v1/admin/organizations/${team.id}/clients`, E2E_ADMIN_TOKEN, { employerId: employer.id });
  const member = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: employer.id, role: 'member' })).token;
  const joost = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: team.id, role: 'reviewer', label: 'Joost Bakker' })).token;
  const eva = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: team.id, role: 'reviewer', label: 'Eva Smit' })).token;
  const vacancy = { isVacancy: true, title: 'Verzorgende IG', employer: employer.name, location: 'Groningen', language: 'nl', text: TEXT, source: 'paste' };
  const created = await api(Profile, '/v1/profiles', member, { title: `Verzorgende IG ${suffix}`, translation: careTranslation(), vacancy });
  await api(Profile, `/v1/profiles/${created.id}/submit`, member, {});

  // --- Joost edits on the page: a skill out, a line of the posting, the summary.
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/review.html`);
  await page.getByLabel('API-token').fill(joost);
  await page.getByRole('button', { name: 'Verbinden' }).click();
  await page.goto(`chrome-extension://${extensionId}/review.html#/profiles/${created.id}`);
  const profile = page.getByTestId('profile');
  await expect(profile).toHaveAttribute('data-version', '1');
  await page.getByRole('button', { name: 'Verwijder wonden verzorgen' }).click();
  await page
    .locator('[data-block="b12"]')
    .getByRole('button', { name: /^Bewerk de tekst/ })
    .click();
  await page.getByLabel('Tekst van dit blok').fill('Salaris volgens cao VVT, schaal 35');
  await page.getByRole('button', { name: 'Overnemen' }).click();
  await page.getByLabel('Samenvatting', { exact: true }).fill('Je werkt rustig en precies.');

  // --- Meanwhile Eva saves version 2: another title, another line, another summary.
  const open = await fetch(`${API}/v1/profiles/${created.id}`, { headers: { authorization: `Bearer ${eva}` } });
  const hers = Profile.parse(await open.json()).translation;
  const edited: Translation = {
    ...hers,
    personProfile: { ...hers.personProfile, summary: 'Je bent er voor mensen die zorg nodig hebben.' },
    rewritten: {
      ...hers.rewritten,
      blocks: hers.rewritten.blocks.map((b) => (b.id === 'b2' ? { ...b, kind: 'changed', markdown: 'Je verzorgt cliënten thuis, in de wijk.' } : b)),
    },
  };
  await api(Profile, `/v1/profiles/${created.id}`, eva, { title: `Verzorgende IG wijkzorg ${suffix}`, translation: edited }, 'PUT', {
    'if-match': open.headers.get('etag')!,
  });

  // --- Joost saves: stale, merged, nothing of his lost, hers in it.
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const merge = page.getByTestId('merge');
  await expect(merge).toContainText('Eva Smit (beoordelaar) heeft intussen versie 2 opgeslagen.');
  await expect(profile).toHaveAttribute('data-version', '2');
  await expect(page.getByTestId('merge-conflict')).toHaveText(['Samenvatting: Je bent er voor mensen die zorg nodig hebben. Die van de ander gebruiken']);
  await expect(page.getByLabel('Samenvatting', { exact: true })).toHaveValue('Je werkt rustig en precies.');
  await expect(page.getByLabel('Titel van het profiel')).toHaveValue(`Verzorgende IG wijkzorg ${suffix}`);
  await expect(page.getByTestId('skill')).toHaveText([/medicatie toedienen/, /hulp bieden bij persoonlijke verzorging/]);
  await expect(page.locator('[data-block="b12"] .after')).toContainText('schaal 35');
  await expect(page.locator('[data-block="b2"] .after')).toContainText('Je verzorgt cliënten thuis, in de wijk.');
  await checkDutchPage(page, 'merged');

  // He takes her summary, and saves on her version.
  await page.getByRole('button', { name: 'Die van de ander gebruiken: Samenvatting' }).click();
  await expect(page.getByLabel('Samenvatting', { exact: true })).toHaveValue('Je bent er voor mensen die zorg nodig hebben.');
  await expect(page.getByTestId('merge-conflict')).toHaveCount(0);
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(profile).toHaveAttribute('data-version', '3');
  await expect(page.getByTestId('merge')).toHaveCount(0);

  const saved = await api(Profile, `/v1/profiles/${created.id}`, member);
  expect(saved.title).toBe(`Verzorgende IG wijkzorg ${suffix}`);
  expect(saved.translation.skills.map((s) => s.label)).toEqual(['medicatie toedienen', 'hulp bieden bij persoonlijke verzorging']);
  expect(saved.translation.personProfile.summary).toBe('Je bent er voor mensen die zorg nodig hebben.');
  expect(saved.translation.rewritten.markdown).toContain('Je verzorgt cliënten thuis, in de wijk.');
  expect(saved.translation.rewritten.markdown).toContain('- Salaris volgens cao VVT, schaal 35');
  expect(saved.translation.rewritten.markdown).not.toContain('wonden verzorgen');
});
