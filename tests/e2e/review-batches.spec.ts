/**
 * The expertise team's workspace end to end (issue 20), in Dutch: an employer uploads a CSV on the
 * review page with "submit for review" ticked, watches the queue of the local Worker translate it
 * (one row fails on its own: it has no text), downloads the results, and sees its impact; the
 * team's reviewer then opens the impact and the learning needs its employers share. Organisations
 * and tokens come from the admin API of the e2e Worker.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { z } from 'zod';
import { ClientLink, Organization, Profile, TokenCreated } from '../../shared/profiles';
import { E2E_ADMIN_TOKEN, WORKER_PORT } from '../../playwright.config';
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
    throw new Error(`The Worker on ${API} has no ADMIN_TOKEN ${E2E_ADMIN_TOKEN}: stop any Worker you started on port ${WORKER_PORT} and let Playwright start its own.`);
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
      ['Opslag Zwolle', 'Koelvervoer Kampen', 'Bouwmaterialen Deventer'].map((name) => api(Organization, '/v1/admin/organizations', E2E_ADMIN_TOKEN, { name: `${name} ${suffix}`, kind: 'employer' })),
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
    const csv = ['title,text,ref', `Chauffeur,${quoted(posting('Chauffeur'))},CSV-1`, `Heftruckchauffeur,${quoted(posting('Heftruckchauffeur'))},CSV-2`, 'Leeg,,CSV-3'].join('\r\n');
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/review.html`);
    await connect(page, members[0]!);
    const sections = page.getByRole('navigation', { name: 'Onderdelen' });
    await expect(sections.getByRole('link')).toHaveText(['Profielen', 'Batches', 'Impact']);
    await sections.getByRole('link', { name: 'Batches' }).click();
    await expect(page.getByRole('heading', { name: 'Batches' })).toBeFocused();
    await page.getByLabel('Bestand (CSV, JSON Lines of ZIP)').setInputFiles({ name: 'functiehuis.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByLabel('Elk profiel ter beoordeling indienen').check();
    await page.getByRole('button', { name: 'Uploaden' }).click();

    // The progress, polled until the queue is through: two done, one failed with its reason.
    const batch = page.getByTestId('batch');
    await expect(page).toHaveURL(/#\/batches\/[^/]+$/);
    await expect(batch).toHaveAttribute('data-status', /^(queued|running|done)$/);
    await expect(batch).toHaveAttribute('data-status', 'done');
    await expect(page.getByTestId('batch-counts')).toHaveText('klaar · 2 klaar, 1 mislukt, van 3');
    await expect(page.getByText('Elk vertaald profiel wordt ter beoordeling ingediend.')).toBeVisible();
    const rows = page.getByTestId('batch-items').locator('tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toHaveAttribute('data-item-status', 'done');
    await expect(rows.nth(0).getByRole('link', { name: 'Chauffeur' })).toBeVisible();
    await expect(rows.nth(2)).toHaveAttribute('data-item-status', 'failed');
    await expect(rows.nth(2).getByTestId('item-error')).toContainText('text');

    // The results as CSV, fetched with the token and saved by the browser.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Resultaten downloaden (CSV)' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^batch-.+\.csv$/);
    const results = await readFile((await saved.path())!, 'utf8');
    expect(results.split('\n')[0]).toContain('index,ref,title,status');
    expect(results).toContain('CSV-1');
    expect(results).toContain('CSV-3');

    // The employer's own impact: its seeded profile and the two translated ones.
    await sections.getByRole('link', { name: 'Impact' }).click();
    await expect(page.getByTestId('impact-profiles')).toHaveText('3 profielen van 1 werkgever(s).');
    await expect(page.getByTestId('chart-status').getByTestId('bar')).toHaveCount(4);
    await expect(page.getByTestId('chart-status').getByTestId('bar').nth(1)).toHaveAttribute('data-value', '3');

    // --- The team's reviewer: impact over the employers it serves, and the shared need.
    await page.goto(`chrome-extension://${extensionId}/review.html#/`);
    await connect(page, reviewer);
    await expect(sections.getByRole('link')).toHaveText(['Profielen', 'Impact', 'Leerbehoeften']);
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
