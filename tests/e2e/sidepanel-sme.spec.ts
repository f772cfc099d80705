import { expect, test, asPanel, snap } from './sidepanel-helpers';

test.describe.configure({ timeout: 150_000 });

const BAKERY = `Bakker (m/v/x) bij Bakkerij De Korenschoof

Wij zijn een kleine bakkerij in Zeist en zoeken een bakker voor de vroege ochtend.

Wat vragen wij
- Een diploma mbo niveau 2 bakker
- 2 jaar ervaring in een bakkerij
- Je bent punctueel en werkt graag vroeg

Wat bieden wij
- Een vast team en ruimte om het vak te leren`;

// The small-firm flow: plain-language mode chosen once in the settings, then pasted text.
test('SME: plain-language mode with pasted text: the decisions first, then terms, learning routes and funding', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel(/plain-language mode/i).check();
  await options.getByRole('button', { name: /save/i }).click();
  await expect(options.getByRole('status')).toContainText(/API answers/i);

  const blank = await context.newPage();
  await blank.goto('about:blank');
  const panel = await asPanel(await context.newPage());
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByRole('heading', { name: /writes it so more people can apply/i })).toBeVisible();
  await panel.getByText(/or paste a vacancy/i).click();
  await panel.getByLabel(/vacancy text/i).fill(BAKERY);
  await panel.getByRole('button', { name: /rewrite text/i }).click();

  const result = panel.getByTestId('translation');
  await expect(result).toBeVisible({ timeout: 20_000 });
  const terms = result.getByTestId('plain-terms');
  const routes = result.getByTestId('learning-routes');
  const funding = result.getByTestId('funding-hints');
  await expect(terms).toBeVisible();
  await expect(routes).toBeVisible();
  await expect(funding).toBeVisible();
  // After the decisions (#17): the first card to decide on comes first, the help right after the cards.
  const top = async (locator: typeof terms) => (await locator.boundingBox())!.y;
  const firstCard = result.getByTestId('change-card').first();
  expect(await top(routes)).toBeGreaterThan(await top(firstCard));
  expect(await top(funding)).toBeGreaterThan(await top(firstCard));
  expect(await top(terms)).toBeGreaterThan(await top(firstCard));
  // Fewer choices: no free editing in plain-language mode.
  await expect(result.getByRole('button', { name: /^edit$/i })).toHaveCount(0);
  await snap(panel, 'sme-mode-en');
  await routes.scrollIntoViewIfNeeded();
  await snap(panel, 'learning-routes-en');

  await panel.getByRole('button', { name: /continue to finish/i }).click();
  await expect(panel.getByTestId('preview')).toBeVisible();
  // Pasted text has no editor to write back to; copying is the way out.
  await expect(panel.getByRole('button', { name: /write back/i })).toHaveCount(0);
  // Record what reaches the real clipboard API (reading it back needs a permission tests cannot grant here).
  await panel.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = async (text: string) => {
      (window as unknown as { copied: string }).copied = text;
      return write(text).catch(() => undefined);
    };
  });
  await panel.getByRole('button', { name: /copy as plain text/i }).click();
  await expect(panel.getByTestId('export').getByRole('status')).toHaveText(/copied/i);
  const copied = await panel.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(copied).toContain('Bakker');
  expect(copied).not.toContain('<');
});

test('the pasted text survives a closed panel before it is sent', async ({ context, extensionId }) => {
  let panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByText(/or paste a vacancy/i).click();
  await panel.getByLabel(/vacancy text/i).fill('Wij zoeken een kok met een diploma');
  // Saved as it is typed: the write is done within moments, before any close.
  await expect(panel.getByLabel(/vacancy text/i)).toHaveAttribute('data-saved', 'true');
  await panel.close();
  panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByLabel(/vacancy text/i)).toHaveValue('Wij zoeken een kok met een diploma');
});

test('a slow answer shows progress (anything over 300 ms)', async ({ context, fixtureOrigin, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/pages/vacature-logistiek.html`);
  const panel = await asPanel(await openSidePanel(page));
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await panel.route('**/v1/translations', async (route) => {
    await held;
    await route.continue();
  });
  await panel.getByRole('button', { name: /read this page/i }).click();
  await expect(panel.getByTestId('progress')).toBeVisible();
  await expect(panel.getByTestId('progress')).toContainText(/rewriting/i);
  await snap(panel, 'reading-en');
  release();
  await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByTestId('progress')).toHaveCount(0);
});
