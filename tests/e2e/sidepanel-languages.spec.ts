import { expect, test, asPanel, snap } from './sidepanel-helpers';

test.describe.configure({ timeout: 150_000 });

test.describe('in a Dutch browser', () => {
  test.use({ uiLanguage: 'nl' });

  test('the interface is Dutch; the content follows the vacancy', async ({ context, fixtureOrigin, openSidePanel, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureOrigin}/pages/ats-editor.html`);
    const panel = await asPanel(await openSidePanel(page));
    await expect(panel.locator('html')).toHaveAttribute('lang', 'nl');
    await snap(panel, 'empty-nl');
    await panel.getByRole('button', { name: /lees deze pagina/i }).click();
    const result = panel.getByTestId('translation');
    await expect(result).toBeVisible({ timeout: 20_000 });
    await expect(result.getByRole('button', { name: /verder naar afronden/i })).toBeVisible();
    await snap(panel, 'result-nl');
    await result.getByRole('button', { name: /verder naar afronden/i }).click();
    await expect(panel.getByRole('heading', { name: /je herschreven vacature/i })).toBeVisible();
    await snap(panel, 'finish-nl');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByLabel(/API-adres/)).toBeVisible();
    await snap(options, 'options-nl');
  });
});

test.describe('in an English browser', () => {
  test('an English vacancy gets English content and an English interface', async ({ context, extensionId }) => {
    const panel = await asPanel(await context.newPage());
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(panel.locator('html')).toHaveAttribute('lang', 'en');
    await panel.getByText(/or paste a vacancy/i).click();
    await panel
      .getByLabel(/vacancy text/i)
      .fill(
        "Warehouse operative (m/f/x)\n\nWhat you bring\n- A bachelor's degree in logistics\n- 3 years of experience in a warehouse\n- You are a team player\n\nWhat we offer\n- A permanent contract",
      );
    await panel.getByRole('button', { name: /rewrite text/i }).click();
    const result = panel.getByTestId('translation');
    await expect(result).toBeVisible({ timeout: 20_000 });
    await expect(result.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');
    await snap(panel, 'result-english-vacancy-en');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await snap(options, 'options-en');
  });
});
