import type { IncomingMessage } from 'node:http';
import type { Worker } from '@playwright/test';
import { expect, test, asPanel, snap } from './sidepanel-helpers';
import { localServer } from './local-server';

// An API that never answers ends in a message, with a way to try again; a running request can be cancelled (#17).
test.describe.configure({ timeout: 150_000 });

/** An API that takes every request and never answers; it records the requests and when their connection closed. */
async function hungApi() {
  const requests: { path: string; closed: boolean }[] = [];
  const server = await localServer((request: IncomingMessage) => {
    const seen = { path: request.url ?? '', closed: false };
    requests.push(seen);
    request.socket.on('close', () => (seen.closed = true));
  });
  return { ...server, requests };
}

const useApi = (serviceWorker: Worker, origin: string) => serviceWorker.evaluate((apiBase) => chrome.storage.local.set({ apiBase }), origin);

test.describe('in a Dutch browser', () => {
  test.use({ uiLanguage: 'nl' });

  test('an API that never answers: a message and “try again” after the timeout, nothing left busy', async ({
    context,
    fixtureOrigin,
    openSidePanel,
    serviceWorker,
  }) => {
    const api = await hungApi();
    try {
      await useApi(serviceWorker, api.origin);
      // The test build's stand-in for the 20 s of a real build.
      await serviceWorker.evaluate(() => chrome.storage.local.set({ testRequestTimeoutMs: 2_000 }));
      const page = await context.newPage();
      await page.goto(`${fixtureOrigin}/pages/vacature-chauffeur.html`);
      const panel = await asPanel(await openSidePanel(page));
      const read = panel.getByRole('button', { name: /lees deze pagina/i });
      const started = Date.now();
      await read.click();
      await expect(panel.getByTestId('progress')).toBeVisible();
      await expect(panel.getByTestId('progress').getByRole('button', { name: 'Annuleren' })).toBeVisible();
      await expect(panel.locator('[aria-busy="true"]')).toHaveCount(1);

      const alert = panel.getByRole('alert');
      await expect(alert).toContainText(/De API van Vaardig antwoordde niet op tijd\. Probeer het opnieuw/, { timeout: 15_000 });
      const waited = Date.now() - started;
      // It was the timeout that ended it: not sooner, and not much later.
      expect(waited).toBeGreaterThanOrEqual(2_000);
      expect(waited).toBeLessThan(12_000);
      await expect(panel.getByTestId('progress')).toHaveCount(0);
      await expect(panel.locator('[aria-busy="true"]')).toHaveCount(0);
      await expect(read).toBeEnabled();
      expect(api.requests.map((request) => request.path)).toEqual(['/v1/translations']);
      // The request itself was stopped, not just forgotten.
      await expect.poll(() => api.requests[0]!.closed).toBe(true);
      await snap(panel, 'error-timeout-nl');

      // Back on the real API, “try again” reads and translates the page.
      await serviceWorker.evaluate(() => chrome.storage.local.remove('apiBase'));
      await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
      await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 30_000 });
      await expect(panel.getByRole('alert')).toHaveCount(0);
    } finally {
      await api.close();
    }
  });
});

test.describe('in an English browser', () => {
  test('a running request can be cancelled: the panel is free at once and the request is stopped', async ({
    context,
    fixtureOrigin,
    openSidePanel,
    serviceWorker,
  }) => {
    const api = await hungApi();
    try {
      // No test timeout here: the build's own 20 s would end it only long after the cancel.
      await useApi(serviceWorker, api.origin);
      const page = await context.newPage();
      await page.goto(`${fixtureOrigin}/pages/vacature-chauffeur.html`);
      const panel = await asPanel(await openSidePanel(page));
      const read = panel.getByRole('button', { name: /read this page/i });
      await read.click();
      const cancel = panel.getByTestId('progress').getByRole('button', { name: 'Cancel' });
      await expect(cancel).toBeVisible();
      await expect(read).toBeDisabled();
      await expect.poll(() => api.requests.length).toBe(1);
      await snap(panel, 'busy-with-cancel-en');
      await cancel.click();

      await expect(panel.getByRole('status').filter({ hasText: /Stopped\. Nothing was changed\./ })).toBeVisible();
      await expect(panel.getByTestId('progress')).toHaveCount(0);
      await expect(panel.getByRole('alert')).toHaveCount(0);
      await expect(panel.locator('[aria-busy="true"]')).toHaveCount(0);
      await expect(read).toBeEnabled();
      await expect.poll(() => api.requests[0]!.closed).toBe(true);
      await expect(panel.getByTestId('translation')).toHaveCount(0);
    } finally {
      await api.close();
    }
  });
});
