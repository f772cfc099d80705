import { expect, test } from './fixtures';

test('reads a vacancy page on a user action and shows its translation from the local Worker', async ({ context, fixtureOrigin, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/pages/vacature-logistiek.html`);
  const panel = await openSidePanel(page);

  // Nothing is read before the user asks.
  await expect(panel.getByTestId('translation')).toHaveCount(0);
  await panel.getByRole('button', { name: /read this page|lees deze pagina/i }).click();

  const result = panel.getByTestId('translation');
  await expect(result).toBeVisible({ timeout: 20_000 });
  await expect(result.getByRole('heading', { name: /Medewerker logistiek/ })).toBeVisible();
  // "mbo niveau 3 opleiding logistiek" names a field, so it is a diploma (ANNOTATION.md).
  const education = result.locator('[data-kind="diploma"], [data-kind="education_level"]').filter({ hasText: /mbo niveau 3/i });
  await expect(education).toHaveCount(1);
  await expect(result.locator('[data-kind="licence"]')).toContainText(/Rijbewijs B/);
  const skills = education.locator('a[href^="http://data.europa.eu/esco/skill/"]');
  expect(await skills.count()).toBeGreaterThanOrEqual(3);
  await expect(result).toContainText('ESCO classification of the European Commission');
});

test('the options page saves the API address and tests the connection', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const address = options.getByLabel(/API address|API-adres/i);
  await expect(address).toHaveValue('http://127.0.0.1:8799');

  await address.fill('not an address');
  await options.getByRole('button', { name: /save|opslaan/i }).click();
  await expect(options.getByRole('status')).toContainText(/full address|volledig adres/i);

  await address.fill('http://127.0.0.1:8799');
  await options.getByRole('button', { name: /save|opslaan/i }).click();
  await expect(options.getByRole('status')).toContainText(/API answers|API antwoordt/i);
});
