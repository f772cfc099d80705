import { expect, test, asPanel, snap } from './sidepanel-helpers';
import { localServer } from './local-server';

// Settings one click from the panel, rewriting (not translating) in its words, and only the engines the API offers (#17).
test.describe.configure({ timeout: 120_000 });

test.describe('in a Dutch browser', () => {
  test.use({ uiLanguage: 'nl' });

  test('the panel links to the settings and speaks of herschrijven', async ({ context, extensionId }) => {
    const panel = await asPanel(await context.newPage());
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.getByText(/of plak een vacature/i).click();
    await expect(panel.getByRole('button', { name: 'Tekst herschrijven' })).toBeVisible();
    await expect(panel.locator('main')).not.toContainText(/vertaal|vertal/i);

    const options = context.waitForEvent('page');
    await panel.getByRole('button', { name: 'Instellingen' }).click();
    // Chrome shows an embedded options page inside chrome://extensions.
    await expect(await options).toHaveURL(new RegExp(`options\\.html|chrome://extensions/\\?options=${extensionId}`));
  });
});

test.describe('in an English browser', () => {
  test('the engine choice offers only what the API reports', async ({ context, extensionId, serviceWorker }) => {
    const engines = () => options.getByLabel('Engine').locator('option').allTextContents();
    // The e2e Worker has no model key: it reports the offline engine only.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByLabel('Engine')).toHaveAttribute('data-engines', 'offline');
    expect(await engines()).toEqual(['Let the API choose', 'Offline rules (no AI)']);
    await snap(options, 'options-engines-offline-en');

    // An API that reports Claude too gets it offered.
    const api = await localServer((_request, response) => {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ status: 'ok', version: 'stand-in', engines: ['offline', 'claude'], data: {} }));
    });
    try {
      await serviceWorker.evaluate((apiBase) => chrome.storage.local.set({ apiBase }), api.origin);
      await options.reload();
      await expect.poll(engines).toEqual(['Let the API choose', 'Offline rules (no AI)', 'Claude (AI)']);
      await options.getByLabel('Engine').selectOption('claude');
      await options.getByRole('button', { name: 'Save' }).click();
      await expect(options.getByRole('status')).toContainText(/API answers/);

      // Back on an API without Claude, the saved choice is shown for what it is.
      await serviceWorker.evaluate(() => chrome.storage.local.remove('apiBase'));
      await options.reload();
      await expect(options.getByLabel('Engine')).toHaveAttribute('data-engines', 'offline');
      expect(await engines()).toEqual(['Let the API choose', 'Offline rules (no AI)', 'Claude (this API does not offer it)']);
    } finally {
      await api.close();
    }
  });
});
