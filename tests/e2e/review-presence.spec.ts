/**
 * Two reviewers open one profile, each in a browser of their own (#19: no lost work): each page
 * says, in Dutch and by name, that the other has it open too; when one closes it, the other's
 * next beat no longer names them.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type * as z from 'zod';
import { ClientLink, Organization, Profile, TokenCreated } from '../../shared/profiles';
import { E2E_ADMIN_TOKEN, WORKER_PORT } from '../../playwright.config';
import { careTranslation, TEXT } from '../support/profile-text-fixture';
import { extensionWorker, launchWithExtension } from './fixtures';
import { expect as baseExpect, test } from './sidepanel-helpers';
import { checkDutchPage } from './review-page';

const expect = baseExpect.configure({ timeout: 15_000 });
/** PRESENCE_BEAT_MS of extension/review-page/presence.tsx. */
const PRESENCE_BEAT_MS = 20_000;
const API = process.env.E2E_API ?? `http://127.0.0.1:${WORKER_PORT}`;

async function api<T extends z.ZodType>(schema: T, path: string, token: string, body?: unknown): Promise<z.infer<T>> {
  const response = await fetch(`${API}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return schema.parse(await response.json());
}

/** The review page in `context`, connected with `token`, on the profile; its timers on a clock the test moves. */
async function openProfile(context: BrowserContext, token: string, profileId: string): Promise<Page> {
  const worker = await extensionWorker(context);
  await worker.evaluate((base) => chrome.storage.local.set({ apiBase: base }), API);
  const page = await context.newPage();
  await page.clock.install();
  const review = `chrome-extension://${new URL(worker.url()).host}/review.html`;
  await page.goto(review);
  await page.getByLabel('API-token').fill(token);
  await page.getByRole('button', { name: 'Verbinden' }).click();
  await page.goto(`${review}#/profiles/${profileId}`);
  await expect(page.getByTestId('profile')).toBeVisible();
  return page;
}

test.use({ uiLanguage: 'nl' });

test('two reviewers with one profile open see each other by name, until one closes it', async ({ context }) => {
  const suffix = Date.now().toString(36);
  const employer = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Zorggroep Oost ${suffix}`, kind: 'employer' });
  const team = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Expertiseteam Oost ${suffix}`, kind: 'expertise_team' });
  await api(ClientLink, `/v1/admin/organizations/${team.id}/clients`, E2E_ADMIN_TOKEN, { employerId: employer.id });
  const member = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: employer.id, role: 'member' })).token;
  const joost = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: team.id, role: 'reviewer', label: 'Joost Bakker' })).token;
  const fatima = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: team.id, role: 'reviewer', label: 'Fatima de Vries' })).token;
  const vacancy = { isVacancy: true, title: 'Verzorgende IG', employer: employer.name, location: 'Enschede', language: 'nl', text: TEXT, source: 'paste' };
  const created = await api(Profile, '/v1/profiles', member, { title: `Verzorgende IG ${suffix}`, translation: careTranslation(), vacancy });
  await api(Profile, `/v1/profiles/${created.id}/submit`, member, {});

  // Joost opens it first: nobody else has it open.
  const his = await openProfile(context, joost, created.id);
  await expect(his.getByTestId('presence')).toHaveText('');

  // Fatima opens it in her own browser: she sees Joost at once, he sees her at his next beat.
  const other = await launchWithExtension('nl');
  try {
    const hers = await openProfile(other, fatima, created.id);
    await expect(hers.getByTestId('presence')).toHaveText('Ook geopend door Joost Bakker');
    await his.clock.runFor(PRESENCE_BEAT_MS);
    await expect(his.getByTestId('presence')).toHaveText('Ook geopend door Fatima de Vries');
    await checkDutchPage(his, 'presence');

    // She closes it: at his next beat she is gone.
    await hers.close();
    await expect
      .poll(async () => {
        await his.clock.runFor(PRESENCE_BEAT_MS);
        return his.getByTestId('presence').textContent();
      })
      .toBe('');
  } finally {
    await other.close();
  }
});
