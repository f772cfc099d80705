import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, asPanel } from './sidepanel-helpers';

test.describe.configure({ timeout: 150_000 });

/** axe on the page as it is now: no serious or critical violation. */
async function audit(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(bad.map((violation) => `${state}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('axe finds no serious or critical issue on any extension page, in any main state', async ({ context, fixtureOrigin, openSidePanel, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByLabel(/API address/i)).toBeVisible();
  await audit(options, 'options');

  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/pages/vacature-chauffeur.html`);
  const panel = await asPanel(await openSidePanel(page));
  await expect(panel.getByRole('button', { name: /read this page/i })).toBeVisible();
  await audit(panel, 'empty');

  await panel.getByRole('button', { name: /read this page/i }).click();
  await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 20_000 });
  await audit(panel, 'review');

  await panel.locator('[data-testid="change-card"]').first().getByRole('button', { name: /edit/i }).click();
  await audit(panel, 'editing');

  await panel.getByRole('button', { name: /continue to finish/i }).click();
  await expect(panel.getByTestId('preview')).toBeVisible();
  await audit(panel, 'finish');

  await options.getByLabel(/plain-language mode/i).check();
  await options.getByRole('button', { name: /save/i }).click();
  await panel.getByRole('button', { name: /back to the changes/i }).click();
  await expect(panel.getByTestId('plain-terms')).toBeVisible();
  await audit(panel, 'plain-language');
});
