/**
 * The expertise team's workspace end to end (issue 20), in Dutch: an employer uploads a CSV on the
 * review page with "submit for review" ticked, watches the queue of the local Worker translate it
 * (one row fails on its own: it has no text, said in the page's language), downloads the results,
 * finds the batch in its list and sees its impact; the team's reviewer then finds the batch among its
 * employers', and opens the impact and the learning needs its employers share. In English: the list
 * refreshed while a large batch runs, and paged by keyboard. Organisations and tokens come from the
 * admin API of the e2e Worker.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type * as z from 'zod';
import { BatchAccepted } from '../../shared/batches';
import { ClientLink, Organization, Profile, TokenCreated } from '../../shared/profiles';
import { E2E_ADMIN_TOKEN, WORKER_PORT } from '../../playwright.config';
import { audit, checkDutchPage } from './review-page';
import { expect as baseExpect, test } from './sidepanel-helpers';

// The queue and the Worker may be shared with other specs on a loaded machine: allow slow answers.
const expect = baseExpect.configure({ timeout: 30_000 });
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

const posting = (title: string) => `${title}

Wat ga je doen?
- Je plant de ritten en houdt de voorraad bij

Wat vragen wij?
- Een afgeronde mbo niveau 3 opleiding logistiek
- Minimaal 5 jaar ervaring in een magazijn
- Je bent stressbestendig en flexibel`;

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A profile whose one skill is to be learned on the job, so three employers share a learning need. */
const sharedNeed = (skillUri: string) => ({
  language: 'nl',
  engine: 'offline',
  title: 'Magazijnmedewerker',
  requirements: [{ id: 'r1', text: 'Een afgeronde mbo niveau 2 opleiding', kind: 'education_level', mandatory: true, legal: false }],
  skills: [{ label: 'voorraad bijhouden', uri: skillUri, requirementIds: ['r1'], mustHave: false }],
  personProfile: { summary: 'Een nauwkeurige collega.' },
  learningRoutes: [{ form: 'informal', title: 'Meelopen met een ervaren collega', source: 'template', covers: [skillUri] }],
  rewritten: { markdown: '## Wat je bij ons leert\n- voorraad bijhouden' },
  attribution: 'This service uses the ESCO classification of the European Commission.',
});

async function connect(page: Page, token: string) {
  const change = page.getByRole('button', { name: 'Ander token' });
  if (await change.isVisible().catch(() => false)) await change.click();
  await page.getByLabel('API-token').fill(token);
  await page.getByRole('button', { name: 'Verbinden' }).click();
  await expect(page.getByRole('heading', { name: 'Profielen' })).toBeVisible();
}

test.describe('batches and insights on the review page', () => {
  test.use({ uiLanguage: 'nl' });

  test('an employer uploads a CSV and watches it finish; the team sees impact and shared learning needs', async ({ context, extensionId, serviceWorker }) => {
    await serviceWorker.evaluate((base) => chrome.storage.local.set({ apiBase: base }), API);
    const suffix = Date.now().toString(36);
    const team = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Leerwerkloket ${suffix}`, kind: 'expertise_team' });
    const employers = await Promise.all(
      ['Opslag Zwolle', 'Koelvervoer Kampen', 'Bouwmaterialen Deventer'].map((name) =>
        api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `${name} ${suffix}`, kind: 'employer' }),
      ),
    );
    const members: string[] = [];
    for (const employer of employers) {
      await api(ClientLink, `/v1/admin/organizations/${team.id}/clients`, E2E_ADMIN_TOKEN, { employerId: employer.id });
      members.push((await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: employer.id, role: 'member' })).token);
    }
    const reviewer = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: team.id, role: 'reviewer', label: 'Sanne' })).token;
    // Three employers each submit a profile that teaches the same skill on the job: one shared need.
    const skillUri = `http://data.europa.eu/esco/skill/e2e-stock-${suffix}`;
    for (const token of members) {
      const created = await api(Profile, '/v1/profiles', token, { title: 'Magazijnmedewerker', translation: sharedNeed(skillUri) });
      await api(Profile, `/v1/profiles/${created.id}/submit`, token, {});
    }

    // --- The first employer uploads a CSV of three rows; the third has no text and fails alone.
    const csv = [
      'title,text,ref',
      `Chauffeur,${quoted(posting('Chauffeur'))},CSV-1`,
      `Heftruckchauffeur,${quoted(posting('Heftruckchauffeur'))},CSV-2`,
      'Leeg,,CSV-3',
    ].join('\r\n');
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/review.html`);
    await connect(page, members[0]!);
    const sections = page.getByRole('navigation', { name: 'Onderdelen' });
    await expect(sections.getByRole('link')).toHaveText(['Profielen', 'Batches', 'Impact']);
    await sections.getByRole('link', { name: 'Batches' }).click();
    await expect(page.getByRole('heading', { name: 'Batches', exact: true })).toBeFocused();
    await expect(page.getByTestId('batch-list-empty')).toHaveText('Je organisatie heeft nog geen batch geüpload.');
    await checkDutchPage(page, 'batches, none yet');
    // The browser asks for English answers; the page's language (uiLanguage) is what the errors come in.
    await page.setExtraHTTPHeaders({ 'accept-language': 'en-US,en;q=0.9' });
    await page.getByLabel('Bestand (CSV, JSON Lines of ZIP)').setInputFiles({ name: 'functiehuis.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByLabel('Elk profiel ter beoordeling indienen').check();
    const asked = page.waitForRequest(/\/v1\/batches\/[^/?]+\?uiLanguage=nl$/);
    await page.getByRole('button', { name: 'Uploaden' }).click();
    // The progress is asked for in the page's language while the browser's Accept-Language is English.
    expect((await (await asked).allHeaders())['accept-language']).toMatch(/^en/);

    // The progress, polled until the queue is through: two done, one failed with its reason.
    const batch = page.getByTestId('batch');
    await expect(page).toHaveURL(/#\/batches\/[^/]+$/);
    await expect(batch).toHaveAttribute('data-status', /^(queued|running|done)$/);
    await expect(batch).toHaveAttribute('data-status', 'done');
    await expect(page.getByTestId('batch-counts')).toHaveText('klaar · 2 klaar, 1 mislukt, van 3');
    await expect(page.getByText('Elk herschreven profiel wordt ter beoordeling ingediend.')).toBeVisible();
    const rows = page.getByTestId('batch-items').locator('tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toHaveAttribute('data-item-status', 'done');
    await expect(rows.nth(0).getByRole('link', { name: 'Chauffeur' })).toBeVisible();
    await expect(rows.nth(2)).toHaveAttribute('data-item-status', 'failed');
    await expect(rows.nth(2).getByTestId('item-error')).toHaveAttribute('data-error-code', 'empty_text');
    await expect(rows.nth(2).getByTestId('item-error')).toContainText('De tekst is leeg.');
    await checkDutchPage(page, 'batch done');

    // The results as CSV, fetched with the token and saved by the browser.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Resultaten downloaden (CSV)' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^batch-.+\.csv$/);
    const results = await readFile((await saved.path())!, 'utf8');
    expect(results.split('\n')[0]).toContain('index,ref,title,status');
    expect(results).toContain('CSV-1');
    expect(results).toContain('CSV-3');
    expect(results).toContain('De tekst is leeg.');

    // The list: the batch, done, for review; by keyboard to its progress and back.
    await page.getByRole('link', { name: 'Alle batches' }).click();
    await expect(page.getByRole('heading', { name: 'Batches', exact: true })).toBeFocused();
    const listed = page.getByTestId('batch-list').locator('tbody tr');
    await expect(listed).toHaveCount(1);
    await expect(listed.first()).toHaveAttribute('data-status', 'done');
    await expect(listed.first().getByTestId('batch-row-counts')).toHaveText('2 klaar, 1 mislukt, van 3');
    await expect(listed.first()).toContainText('ter beoordeling ingediend');
    await expect(listed.first().getByRole('progressbar', { name: /^Voortgang van de batch van / })).toHaveAttribute('value', '3');
    await checkDutchPage(page, 'batch list');
    const batchId = await listed.first().getAttribute('data-batch-id');
    await listed.first().getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/batches/${batchId}$`));
    await expect(page.getByRole('heading', { name: 'Voortgang van de batch' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('link', { name: 'Alle batches' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/batches$/);

    // The employer's own impact: its seeded profile and the two translated ones.
    await sections.getByRole('link', { name: 'Impact' }).click();
    await expect(page.getByTestId('impact-profiles')).toHaveText('3 profielen van 1 werkgever(s).');
    await expect(page.getByTestId('chart-status').getByTestId('bar')).toHaveCount(4);
    await expect(page.getByTestId('chart-status').getByTestId('bar').nth(1)).toHaveAttribute('data-value', '3');

    // --- The team's reviewer: impact over the employers it serves, and the shared need.
    await page.goto(`chrome-extension://${extensionId}/review.html#/`);
    await connect(page, reviewer);
    await expect(sections.getByRole('link')).toHaveText(['Profielen', 'Batches', 'Impact', 'Leerbehoeften']);
    // The employer's batch for review, with the employer's name; no upload for a team.
    await sections.getByRole('link', { name: 'Batches' }).click();
    await expect(page.getByRole('heading', { name: 'Batches', exact: true })).toBeFocused();
    await expect(page.getByLabel('Bestand (CSV, JSON Lines of ZIP)')).toHaveCount(0);
    const teamRow = page.locator(`[data-batch-id="${batchId}"]`);
    await expect(teamRow.getByTestId('batch-employer')).toHaveText(`Opslag Zwolle ${suffix}`);
    await expect(teamRow).toHaveAttribute('data-status', 'done');
    await checkDutchPage(page, 'team batch list');
    await teamRow.getByRole('link').click();
    await expect(page.getByTestId('batch-items').locator('tbody tr').nth(2).getByTestId('item-error')).toContainText('De tekst is leeg.');
    await checkDutchPage(page, 'team batch');
    await sections.getByRole('link', { name: 'Impact' }).click();
    await expect(page.getByTestId('impact-profiles')).toHaveText('5 profielen van 3 werkgever(s).');
    await expect(page.getByTestId('chart-diplomas').getByTestId('bar').first()).not.toHaveAttribute('data-value', '0');
    const impactCsv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren als CSV' }).click();
    expect(await readFile((await (await impactCsv).path())!, 'utf8')).toContain('metric,value');

    await sections.getByRole('link', { name: 'Leerbehoeften' }).click();
    const need = page.getByTestId('need');
    await expect(need).toHaveCount(1);
    await expect(need).toContainText('voorraad bijhouden');
    await expect(need).toContainText('3 werkgevers, 3 profielen');
    await expect(page.getByTestId('chart-needs').getByTestId('bar')).toHaveAttribute('data-value', '3');
    const needsCsv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren als CSV' }).click();
    expect(await readFile((await (await needsCsv).path())!, 'utf8')).toContain('voorraad bijhouden');
  });
});

test.describe('the list of batches in English', () => {
  test.use({ uiLanguage: 'en' });

  test('a running batch is followed in the list, more batches come by keyboard, errors are in English', async ({ context, extensionId, serviceWorker }) => {
    await serviceWorker.evaluate((base) => chrome.storage.local.set({ apiBase: base }), API);
    const suffix = Date.now().toString(36);
    const employer = await api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `Northgate Storage ${suffix}`, kind: 'employer' });
    const token = (await api(TokenCreated, '/v1/admin/tokens', E2E_ADMIN_TOKEN, { organizationId: employer.id, role: 'member' })).token;
    // The oldest batch: one vacancy and one empty item. Then 19 of one vacancy, then a large one, the newest:
    // 21 in all, one more than a page.
    const oldest = await api(BatchAccepted, '/v1/batches', token, {
      items: [
        { title: 'Chauffeur', text: posting('Chauffeur'), ref: 'A-1' },
        { title: 'Leeg', text: '', ref: 'A-2' },
      ],
    });
    for (let i = 0; i < 19; i++) await api(BatchAccepted, '/v1/batches', token, { items: [{ text: posting(`Magazijnmedewerker ${i}`) }] });
    const LARGE = 400;
    const large = await api(BatchAccepted, '/v1/batches', token, {
      items: Array.from({ length: LARGE }, (_, i) => ({ text: posting(`Orderpicker ${i}`), ref: `L-${i}` })),
    });

    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/review.html#/batches`);
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('heading', { name: 'Batches', exact: true })).toBeFocused();
    const rows = page.getByTestId('batch-list').locator('tbody tr');
    await expect(rows).toHaveCount(20);
    // The large batch is still in the queue when the list comes, and the list follows it without a reload.
    await expect(rows.first()).toHaveAttribute('data-batch-id', large.id);
    await expect(rows.first()).toHaveAttribute('data-status', /^(queued|running)$/);
    await audit(page, 'en batch list, one running');
    await expect(rows.first()).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(rows.first().getByTestId('batch-row-counts')).toHaveText(`${LARGE} done, 0 failed, of ${LARGE}`);
    await expect(rows.first().getByTestId('batch-row-status')).toHaveText('done');
    await expect(rows.first()).toContainText('kept as drafts');

    // The next page by keyboard: the focus lands on the first batch that came in, the oldest.
    await page.getByRole('button', { name: 'Show more batches' }).focus();
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(21);
    await expect(page.getByRole('button', { name: 'Show more batches' })).toHaveCount(0);
    const oldestLink = page.locator(`[data-batch-id="${oldest.id}"] a`);
    await expect(oldestLink).toBeFocused();
    await audit(page, 'en batch list, all pages');

    // Its progress: the empty item's error in English, with its code.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/batches/${oldest.id}$`));
    await expect(page.getByTestId('batch')).toHaveAttribute('data-status', 'done');
    const error = page.getByTestId('batch-items').locator('tbody tr').nth(1).getByTestId('item-error');
    await expect(error).toHaveAttribute('data-error-code', 'empty_text');
    await expect(error).toContainText('The text is empty.');
    await audit(page, 'en batch done');
  });
});
