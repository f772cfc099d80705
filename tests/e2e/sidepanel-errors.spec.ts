import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test, asPanel, snap } from './sidepanel-helpers';
import { closedOrigin, localServer } from './local-server';

// Every error the side panel shows is in the interface language, says what to do next and offers it (#17).
test.describe.configure({ timeout: 150_000 });

const RAW = /Cannot access|Extension manifest|chrome:\/\/|Failed to fetch|TypeError|AbortError|not a valid TranslateRequest/i;

/** Points the extension at another API address, as the options page would. */
const useApi = (serviceWorker: Worker, origin: string) => serviceWorker.evaluate((apiBase) => chrome.storage.local.set({ apiBase }), origin);

/**
 * The panel on a page without an activeTab grant: the test build may read 127.0.0.1 only, so the
 * same page on "localhost" stands for it. Its tab is found while on 127.0.0.1 (an extension sees no
 * URL of a tab it has no access to), then the tab goes to localhost.
 */
async function panelOnForbiddenPage(context: BrowserContext, fixtureOrigin: string, openSidePanel: (page: Page) => Promise<Page>) {
  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/pages/vacature-chauffeur.html`);
  const panel = await asPanel(await openSidePanel(page));
  await page.goto(`${fixtureOrigin.replace('127.0.0.1', 'localhost')}/pages/vacature-chauffeur.html`);
  await panel.bringToFront();
  return panel;
}

/** The error is announced, nothing is left busy, and no browser or API text is shown. */
async function expectExplained(panel: Page, text: RegExp) {
  const alert = panel.getByRole('alert');
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText(text);
  await expect(alert).toBeFocused();
  await expect(panel.locator('main')).not.toContainText(RAW);
  await expect(panel.locator('[aria-busy="true"]')).toHaveCount(0);
  return alert;
}

test.describe('in a Dutch browser', () => {
  test.use({ uiLanguage: 'nl' });

  test('a page Vaardig may not read: click the icon there, or paste the text (and the paste field opens)', async ({
    context,
    fixtureOrigin,
    openSidePanel,
  }) => {
    const panel = await panelOnForbiddenPage(context, fixtureOrigin, openSidePanel);
    await panel.getByRole('button', { name: /lees deze pagina/i }).click();
    const alert = await expectExplained(panel, /Vaardig mag deze pagina nog niet lezen.*Klik op het Vaardig-icoon.*plak de tekst/);
    await expect(alert).not.toContainText(/the|page|click/i);
    await expect(alert.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
    await snap(panel, 'error-no-access-nl');

    await alert.getByRole('button', { name: 'Tekst plakken' }).click();
    await expect(panel.getByLabel(/tekst van de vacature/i)).toBeFocused();
    await expect(panel.getByRole('alert')).toHaveCount(0);
  });

  test('an unreachable API: check the address in the settings; try again once it is right', async ({
    context,
    fixtureOrigin,
    openSidePanel,
    serviceWorker,
    extensionId,
  }) => {
    const nowhere = await closedOrigin();
    await useApi(serviceWorker, nowhere);
    const page = await context.newPage();
    await page.goto(`${fixtureOrigin}/pages/vacature-chauffeur.html`);
    const panel = await asPanel(await openSidePanel(page));
    await panel.getByRole('button', { name: /lees deze pagina/i }).click();
    const alert = await expectExplained(
      panel,
      new RegExp(`kan zijn API op ${nowhere.replaceAll('.', '\\.')} niet bereiken.*Controleer het API-adres in de instellingen`),
    );
    await snap(panel, 'error-offline-nl');

    const options = context.waitForEvent('page');
    await alert.getByRole('button', { name: 'Instellingen openen' }).click();
    // Chrome shows an embedded options page inside chrome://extensions.
    await expect(await options).toHaveURL(new RegExp(`options\\.html|chrome://extensions/\\?options=${extensionId}`));

    // The address is put right (back to the build's default); "try again" reads and translates the same page.
    await serviceWorker.evaluate(() => chrome.storage.local.remove('apiBase'));
    await panel.bringToFront();
    await panel.getByRole('alert').getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByRole('alert')).toHaveCount(0);
  });

  test('an API problem (problem+json in English) is told in Dutch, with its status, never the API’s own words', async ({
    context,
    fixtureOrigin,
    openSidePanel,
    serviceWorker,
  }) => {
    const api = await localServer((_request, response) => {
      response.writeHead(503, { 'content-type': 'application/problem+json' }).end(
        JSON.stringify({
          type: 'about:blank',
          title: 'Service Unavailable',
          status: 503,
          detail: 'The engine is restarting; please retry in a few seconds.',
        }),
      );
    });
    try {
      await useApi(serviceWorker, api.origin);
      const page = await context.newPage();
      await page.goto(`${fixtureOrigin}/pages/vacature-chauffeur.html`);
      const panel = await asPanel(await openSidePanel(page));
      await panel.getByRole('button', { name: /lees deze pagina/i }).click();
      const alert = await expectExplained(panel, /De API van Vaardig had een probleem \(fout 503\)\. Probeer het zo opnieuw/);
      await expect(alert).not.toContainText(/engine is restarting|Service Unavailable/);
      await expect(alert.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
      await expect(alert.getByRole('button', { name: 'Instellingen openen' })).toBeVisible();
      await snap(panel, 'error-api-problem-nl');
    } finally {
      await api.close();
    }
  });
});

test.describe('in an English browser', () => {
  test('an overview of vacancies is not a vacancy: open one, or paste its text', async ({ context, openSidePanel }) => {
    const site = await localServer((_request, response) => {
      const links = Array.from({ length: 10 }, (_, i) => `<li><a href="/vacatures/medewerker-${i}-logistiek">Medewerker ${i}</a></li>`).join('');
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><html lang="nl"><head><title>Vacatures</title></head><body><h1>Alle vacatures</h1><ul>${links}</ul></body></html>`);
    });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/vacatures`);
      const panel = await asPanel(await openSidePanel(page));
      await panel.getByRole('button', { name: /read this page/i }).click();
      // The vacancies it found are named as links to open one (#17).
      const alert = await expectExplained(panel, /This page is a list of vacancies\. Open one of the vacancies below and read that page, or paste its text\./);
      await expect(alert.getByRole('link', { name: 'Medewerker 3' })).toHaveAttribute('href', `${site.origin}/vacatures/medewerker-3-logistiek`);
      await expect(alert.getByRole('button', { name: 'Paste the text' })).toBeVisible();
      await snap(panel, 'error-not-vacancy-en');
    } finally {
      await site.close();
    }
  });

  test('a page Vaardig may not read is explained in English too', async ({ context, fixtureOrigin, openSidePanel }) => {
    const panel = await panelOnForbiddenPage(context, fixtureOrigin, openSidePanel);
    await panel.getByRole('button', { name: /read this page/i }).click();
    const alert = await expectExplained(panel, /Vaardig may not read this page yet\. Click the Vaardig icon/);
    await expect(alert.getByRole('button', { name: 'Paste the text' })).toBeVisible();
  });
});
