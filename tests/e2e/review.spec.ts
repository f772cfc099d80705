/**
 * Expertise-team review end to end (issue 7): a member submits a profile on the review page, a
 * reviewer of the team that serves the employer edits it and approves it using the keyboard
 * alone, and the member sees the outcome. Organisations and tokens come from the admin API of the
 * e2e Worker (ADMIN_TOKEN set in playwright.config.ts).
 */
import type { Page } from '@playwright/test';
import type * as z from 'zod';
import { ClientLink, Organization, Profile, TokenCreated } from '../../shared/profiles';
import { E2E_ADMIN_TOKEN, WORKER_PORT } from '../../playwright.config';
import { expect as baseExpect, test } from './sidepanel-helpers';

// The Worker may be shared with other specs on a loaded 2-core machine: allow slow answers.
const expect = baseExpect.configure({ timeout: 15_000 });

// E2E_API points the test (and the extension, through its settings) at another Worker, for a
// machine where port 8799 is taken by a Worker started without the e2e ADMIN_TOKEN.
const API = process.env.E2E_API ?? `http://127.0.0.1:${WORKER_PORT}`;

async function api<T extends z.ZodType>(schema: T, path: string, token: string, body?: unknown): Promise<z.infer<T>> {
  const response = await fetch(`${API}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 404 && path.startsWith('/v1/admin')) {
    throw new Error(
      `The Worker on ${API} has no ADMIN_TOKEN ${E2E_ADMIN_TOKEN}: stop any Worker you started on port ${WORKER_PORT} and let Playwright start its own.`,
    );
  }
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return schema.parse(await response.json());
}

const ORIGINAL = `Chauffeur vrachtwagen

Wat vragen wij?
- Een afgeronde mbo niveau 2 opleiding
- Rijbewijs C en code 95
- Je bent flexibel`;

const PROPOSAL = `## Wat vragen wij?
- Je rijdt veilig en plant je route
- Rijbewijs C en code 95 (wettelijk verplicht)

## Wie zoeken we?
- Je bent flexibel en werkt graag samen`;

const translation = {
  language: 'nl',
  engine: 'offline',
  title: 'Chauffeur vrachtwagen',
  requirements: [
    { id: 'r1', text: 'Een afgeronde mbo niveau 2 opleiding', kind: 'education_level', mandatory: true, legal: false },
    { id: 'r2', text: 'Rijbewijs C en code 95', kind: 'licence', mandatory: true, legal: true },
  ],
  skills: [
    { label: 'veilig rijden', uri: 'http://data.europa.eu/esco/skill/e2e-safe-driving', requirementIds: ['r1'], mustHave: true },
    { label: 'routes plannen', uri: 'http://data.europa.eu/esco/skill/e2e-plan-routes', requirementIds: ['r1'], mustHave: false },
  ],
  personProfile: { summary: 'Een betrouwbare chauffeur.', teamContribution: ['werkt graag samen'] },
  learningRoutes: [{ form: 'informal', title: 'Meerijden met een ervaren collega', source: 'template' }],
  rewritten: { markdown: PROPOSAL },
  attribution: 'This service uses the ESCO classification of the European Commission.',
};

async function connect(page: Page, token: string) {
  const change = page.getByRole('button', { name: /change token|ander token/i });
  if (await change.isVisible().catch(() => false)) await change.click();
  await page.getByLabel(/API token|API-token/i).fill(token);
  await page.getByRole('button', { name: /connect|verbinden/i }).click();
  await expect(page.getByRole('heading', { name: /profiles|profielen/i })).toBeVisible();
}

test('a member submits, a reviewer edits and approves by keyboard, the member sees the outcome', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate((base) => chrome.storage.local.set({ apiBase: base }), API);
  const suffix = Date.now().toString(36);
  const employer = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Transport Utrecht ${suffix}`, kind: 'employer' });
  const team = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Expertiseteam Logistiek ${suffix}`, kind: 'expertise_team' });
  await api(ClientLink, `/v1/admin/organizations/${team.id}/clients`, E2E_ADMIN_TOKEN, { employerId: employer.id });
  const member = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: employer.id, role: 'member' })).token;
  const reviewer = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: team.id, role: 'reviewer' })).token;
  const vacancy = {
    isVacancy: true,
    title: 'Chauffeur vrachtwagen',
    employer: employer.name,
    location: 'Utrecht',
    language: 'nl',
    text: ORIGINAL,
    source: 'paste',
  };
  const created = await api(Profile, '/v1/profiles', member, { title: 'Chauffeur vrachtwagen', translation, vacancy });

  // --- The member submits on the review page.
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/review.html`);
  await connect(page, member);
  await page.getByRole('link', { name: 'Chauffeur vrachtwagen' }).click();
  const profile = page.getByTestId('profile');
  await expect(profile).toHaveAttribute('data-status', 'draft');
  await page.getByRole('button', { name: /submit for review|ter beoordeling indienen/i }).click();
  await expect(profile).toHaveAttribute('data-status', 'submitted');

  // --- The reviewer works with the keyboard alone.
  await page.goto(`chrome-extension://${extensionId}/review.html#/`);
  await connect(page, reviewer);
  const row = page.getByTestId('queue').locator(`tr[data-profile-id="${created.id}"]`);
  await expect(row).toContainText(employer.name);
  await row.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(profile).toHaveAttribute('data-status', 'submitted');

  // The original and the proposal side by side, the changes marked.
  await expect(page.getByTestId('text-diff').locator('.before del')).toContainText([/mbo niveau 2/]);
  await expect(page.getByTestId('text-diff').locator('.after ins').first()).toBeVisible();

  // Remove one skill, add one from the taxonomy, change the person profile, save.
  await page.getByRole('button', { name: /remove routes plannen|verwijder routes plannen/i }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('skill')).toHaveCount(1);
  await expect(page.getByTestId('skills').locator('del')).toHaveText('routes plannen');
  await page.getByRole('combobox', { name: /add a skill|voeg een vaardigheid/i }).focus();
  await page.keyboard.type('forklift');
  const hits = page.getByRole('listbox', { name: /add a skill|voeg een vaardigheid/i });
  await expect(hits.getByRole('option').first()).toBeVisible({ timeout: 10_000 });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const picked = (await hits.getByRole('option', { selected: true }).textContent())!.split(' · ')[0]!.trim();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('skill')).toHaveCount(2);
  await expect(page.getByTestId('skill').nth(1)).toHaveAttribute('data-uri', /^http:\/\/data\.europa\.eu\/esco\/skill\//);
  // The label as picked; an English label in a Dutch profile adds its Dutch group, marked Dutch (#17).
  const added = page.getByTestId('skill').nth(1).locator('ins');
  await expect(added).toHaveText(new RegExp(`^${picked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( · .+)?$`));
  if (/ESCO label/.test(picked)) await expect(added.locator('span[lang="nl"]')).toHaveCount(1);
  await page.getByLabel(/^summary$|^samenvatting$/i).focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' Je krijgt een heftruckcertificaat via ons.');
  await page.getByRole('button', { name: /save changes|wijzigingen opslaan/i }).focus();
  await page.keyboard.press('Enter');
  await expect(profile).toHaveAttribute('data-version', '2');

  await page.getByLabel(/comment with the decision|toelichting bij het besluit/i).focus();
  await page.keyboard.type('Heftruck toegevoegd; diploma-eis vervangen door vaardigheden.');
  await page.getByRole('button', { name: /^approve$|^goedkeuren$/i }).focus();
  await page.keyboard.press('Enter');
  await expect(profile).toHaveAttribute('data-status', 'approved');

  // --- The member sees the outcome: approved, the reviewer's edits and comment.
  await page.goto(`chrome-extension://${extensionId}/review.html#/`);
  await connect(page, member);
  await page.getByLabel(/^status$/i).selectOption('approved');
  await page.getByRole('link', { name: 'Chauffeur vrachtwagen' }).click();
  await expect(profile).toHaveAttribute('data-status', 'approved');
  await expect(page.getByTestId('skill')).toHaveText([/veilig rijden/, new RegExp(picked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))]);
  await expect(page.getByLabel(/^summary$|^samenvatting$/i)).toHaveValue(/heftruckcertificaat/);
  const comment = page.getByTestId('comment').first();
  await expect(comment).toContainText('Heftruck toegevoegd');
  await expect(comment).toContainText(team.name);
  // A comment from the member joins the thread and leaves the profile as it was (nothing to save).
  await page.getByLabel(/^your comment$|^jouw opmerking$/i).fill('Dank je, we publiceren deze versie.');
  await page.getByRole('button', { name: /add comment|opmerking plaatsen/i }).click();
  await expect(page.getByTestId('comment')).toHaveCount(2);
  await expect(page.getByRole('button', { name: /save changes|wijzigingen opslaan/i })).toBeDisabled();
  await expect(profile).toHaveAttribute('data-version', '2');

  // Nothing lost: the history says who did what, the team's edit and decision included.
  await page.getByTestId('history').locator('summary').focus();
  await page.keyboard.press('Enter');
  const history = page.getByTestId('history').locator('li');
  await expect(history).toHaveCount(5);
  await expect(history.nth(2)).toContainText(team.name);
  await expect(history.nth(3)).toContainText(/approved|goedgekeurd/);
  await expect(history.nth(4)).toContainText(/commented|opmerking geplaatst/);
  // Approved profiles are the employer's to change again, not the reviewer's.
  await expect(page.getByRole('button', { name: /^approve$|^goedkeuren$/i })).toHaveCount(0);
});

test.describe('in Dutch, with people’s names (#19)', () => {
  test.use({ uiLanguage: 'nl' });

  test('the team and the employer see who said what, roles in Dutch, the edit in the text, and errors in Dutch with a way back', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    await serviceWorker.evaluate((base) => chrome.storage.local.set({ apiBase: base }), API);
    const suffix = Date.now().toString(36);
    const employer = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Bouwbedrijf Noord ${suffix}`, kind: 'employer' });
    const other = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Zorggroep Zuid ${suffix}`, kind: 'employer' });
    const team = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Expertiseteam Bouw ${suffix}`, kind: 'expertise_team' });
    await api(ClientLink, `/v1/admin/organizations/${team.id}/clients`, E2E_ADMIN_TOKEN, { employerId: employer.id });
    const anna = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: employer.id, role: 'member', label: 'Anna de Vries' })).token;
    const joost = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: team.id, role: 'reviewer', label: 'Joost Bakker' })).token;
    const stranger = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: other.id, role: 'member' })).token;
    const vacancy = {
      isVacancy: true,
      title: 'Chauffeur vrachtwagen',
      employer: employer.name,
      location: 'Assen',
      language: 'nl',
      text: ORIGINAL,
      source: 'paste',
    };
    const created = await api(Profile, '/v1/profiles', anna, { title: 'Chauffeur vrachtwagen', translation, vacancy });
    await api(Profile, `/v1/profiles/${created.id}/submit`, anna, {});

    // --- The reviewer: named in the header, edits the person profile, asks for changes.
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/review.html`);
    await connect(page, joost);
    await expect(page.getByTestId('signed-in-as')).toHaveText(`Joost Bakker (beoordelaar) · ${team.name}`);
    await page.getByTestId('queue').locator(`tr[data-profile-id="${created.id}"]`).getByRole('link').click();
    const profile = page.getByTestId('profile');
    await expect(profile).toHaveAttribute('data-status', 'submitted');
    await page.getByLabel(/^samenvatting$/i).fill('Je houdt van techniek en van op tijd komen.');
    await page.getByRole('button', { name: /wijzigingen opslaan/i }).click();
    await expect(profile).toHaveAttribute('data-version', '2');
    // What is approved is what is published: the proposal is the text written again from the edit.
    await expect(page.getByTestId('text-diff')).toContainText('Je houdt van techniek en van op tijd komen.');
    await page.getByLabel(/toelichting bij het besluit/i).fill('Noem ook de leerroute.');
    await page.getByRole('button', { name: /^wijzigingen vragen$/i }).click();
    await expect(profile).toHaveAttribute('data-status', 'changes_requested');
    await expect(page.getByTestId('comment-author')).toHaveText(['Joost Bakker (beoordelaar)']);

    // --- The employer: the reviewer's name on the comment and in the history, no English roles.
    await page.goto(`chrome-extension://${extensionId}/review.html#/`);
    await connect(page, anna);
    await expect(page.getByTestId('signed-in-as')).toHaveText(`Anna de Vries (medewerker) · ${employer.name}`);
    await page.getByRole('link', { name: 'Chauffeur vrachtwagen' }).click();
    await expect(page.getByTestId('comment')).toContainText(['Noem ook de leerroute.']);
    await expect(page.getByTestId('comment-author')).toHaveText(['Joost Bakker (beoordelaar)']);
    await page.getByTestId('history').locator('summary').click();
    await expect(page.getByTestId('history-author')).toHaveText([
      'Anna de Vries (medewerker)',
      'Anna de Vries (medewerker)',
      'Joost Bakker (beoordelaar)',
      'Joost Bakker (beoordelaar)',
    ]);
    await expect(page.getByTestId('history')).toContainText(/wijzigingen gevraagd/);
    await expect(page.locator('main')).not.toContainText(/\b(?:reviewer|member|admin)\b/);

    // --- Another employer opening this profile: a Dutch message without path or id, and a way back.
    await page.goto(`chrome-extension://${extensionId}/review.html#/`);
    await connect(page, stranger);
    await page.goto(`chrome-extension://${extensionId}/review.html#/profiles/${created.id}`);
    const missing = page.getByTestId('profile-missing');
    await expect(missing.getByRole('alert')).toHaveText('Dit profiel bestaat niet, of je hebt er geen toegang toe.');
    await expect(missing).not.toContainText(created.id);
    await expect(missing).not.toContainText(/\/v1\/|There is|profile/);
    await missing.getByRole('link', { name: 'Terug naar de lijst' }).click();
    await expect(page.getByRole('heading', { name: 'Profielen' })).toBeVisible();
  });

  test('the queue: the longest waiting first, waiting time in hours, filters kept in the address', async ({ context, extensionId, serviceWorker }) => {
    await serviceWorker.evaluate((base) => chrome.storage.local.set({ apiBase: base }), API);
    const suffix = Date.now().toString(36);
    const employer = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Transport Oost ${suffix}`, kind: 'employer' });
    const team = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Expertiseteam Oost ${suffix}`, kind: 'expertise_team' });
    await api(ClientLink, `/v1/admin/organizations/${team.id}/clients`, E2E_ADMIN_TOKEN, { employerId: employer.id });
    const member = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: employer.id, role: 'member' })).token;
    const reviewer = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: team.id, role: 'reviewer', label: 'Eva' })).token;
    const vacancy = { isVacancy: true, title: 'Chauffeur', employer: employer.name, location: 'Zwolle', language: 'nl', text: ORIGINAL, source: 'paste' };
    const ids: string[] = [];
    for (const title of [`Eerst ingediend ${suffix}`, `Daarna ingediend ${suffix}`]) {
      const created = await api(Profile, '/v1/profiles', member, { title, translation, vacancy });
      await api(Profile, `/v1/profiles/${created.id}/submit`, member, {});
      ids.push(created.id);
    }
    const ours = (page: Page) => page.getByTestId('queue').locator('tbody tr').filter({ hasText: suffix });
    const order = (page: Page) => ours(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-profile-id')));

    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/review.html`);
    await connect(page, reviewer);
    // Oldest first by default, each waiting time in hours.
    await expect(page.getByLabel('Volgorde')).toHaveValue('oldest');
    await expect(ours(page)).toHaveCount(2);
    await expect.poll(() => order(page)).toEqual(ids);
    await expect(ours(page).first().getByTestId('waiting')).toHaveText(/^\d+ u$/);

    // Filters go into the address: the last changed first, for this employer.
    await page.getByLabel('Volgorde').selectOption('newest');
    await page.getByLabel('Werkgever').selectOption(employer.id);
    await expect(page).toHaveURL(/#\/\?status=submitted&employer=[^&]+&sort=newest$/);
    await expect.poll(() => order(page)).toEqual([...ids].reverse());

    // A reload keeps them, and so does the way back from a profile.
    await page.reload();
    await expect(page.getByLabel('Volgorde')).toHaveValue('newest');
    await expect(page.getByLabel('Werkgever')).toHaveValue(employer.id);
    await ours(page).first().getByRole('link').click();
    await expect(page.getByTestId('profile')).toBeVisible();
    await page.getByRole('link', { name: 'Terug naar de lijst' }).click();
    await expect(page).toHaveURL(/sort=newest/);
    await expect(page.getByLabel('Volgorde')).toHaveValue('newest');
    await expect(page.getByLabel('Werkgever')).toHaveValue(employer.id);
    await expect.poll(() => order(page)).toEqual([...ids].reverse());
  });
});
