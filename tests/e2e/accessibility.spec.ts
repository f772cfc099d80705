import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, asPanel, SCREENSHOTS } from './sidepanel-helpers';

test.describe.configure({ timeout: 150_000 });

/** axe on the page as it is now: no serious or critical violation. */
async function audit(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(bad.map((violation) => `${state}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
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

// Plain-language mode too (#17): axe over every state a small-business owner reaches, in both
// interface languages, and the first decision on the first screen of a 400 × 800 panel when the
// vacancy was read from a page (the page's name sits above it), in both modes.
const WORDS = {
  nl: {
    toggle: 'Eenvoudige taal',
    read: 'Lees deze pagina',
    continue: /verder naar afronden/i,
    back: /terug naar de wijzigingen/i,
    start: 'Opnieuw beginnen',
    title: 'Functietitel',
    go: 'Vacature herschrijven',
  },
  en: {
    toggle: 'Plain language',
    read: 'Read this page',
    continue: /continue to finish/i,
    back: /back to the changes/i,
    start: 'Start over',
    title: 'Job title',
    go: 'Rewrite vacancy',
  },
} as const;

/** The first decision's card and its heading lie inside the viewport, with nothing scrolled. */
async function firstDecisionOnFirstScreen(panel: Page) {
  const card = panel.getByTestId('change-card').first();
  await expect(card).toBeVisible();
  expect(await panel.evaluate(() => scrollY)).toBe(0);
  const heading = (await card.locator('h4').boundingBox())!;
  expect(heading.y).toBeGreaterThanOrEqual(0);
  expect(heading.y + heading.height).toBeLessThanOrEqual(800);
  const actions = (await card.getByRole('group').first().boundingBox())!;
  return actions.y + actions.height <= 800;
}

for (const language of ['nl', 'en'] as const) {
  test.describe(`plain language, interface in ${language}`, () => {
    test.use({ uiLanguage: language });
    const words = WORDS[language];

    test('axe finds no serious or critical issue in any state; the first decision is on the first screen in both modes', async ({
      context,
      fixtureOrigin,
      openSidePanel,
    }) => {
      const page = await context.newPage();
      await page.goto(`${fixtureOrigin}/pages/vacature-chauffeur.html`);
      const panel = await openSidePanel(page);
      await panel.setViewportSize({ width: 400, height: 800 });

      // The HR mode first: the first decision on the first screen of a page read.
      await panel.getByRole('button', { name: words.read }).click();
      await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 20_000 });
      const hrButtons = await firstDecisionOnFirstScreen(panel);
      await panel.getByRole('switch', { name: words.toggle }).check();
      await expect(panel.locator('main')).toHaveClass(/plain/);
      const plainButtons = await firstDecisionOnFirstScreen(panel);
      await panel.screenshot({ path: `${SCREENSHOTS}/first-screen-page-plain-${language}.png` });
      // Its buttons too: the decision can be made without scrolling.
      expect({ hrButtons, plainButtons }).toEqual({ hrButtons: true, plainButtons: true });
      await audit(panel, `${language} plain: review`);

      await panel.getByTestId('review-filter').locator('[data-filter="legal"]').click();
      await expect(panel.getByTestId('review-filter').locator('[data-filter="legal"]')).toHaveAttribute('aria-pressed', 'true');
      await audit(panel, `${language} plain: filtered`);
      await panel.getByRole('button', { name: words.continue }).click();
      await expect(panel.getByTestId('preview')).toBeVisible();
      await audit(panel, `${language} plain: finish`);
      await panel.getByRole('button', { name: words.start }).click();
      await expect(panel.getByRole('button', { name: words.read })).toBeVisible();
      await audit(panel, `${language} plain: empty`);

      // A description without a title: the question, and its answer missing.
      await page.goto(`${fixtureOrigin}/pages/vacature-beschrijving.html`);
      await panel.bringToFront();
      await panel.getByRole('button', { name: words.read }).click();
      const question = panel.getByTestId('title-question');
      await expect(question.getByLabel(words.title)).toBeVisible();
      await audit(panel, `${language} plain: title question`);
      await question.getByLabel(words.title).fill('');
      await question.getByRole('button', { name: words.go }).click();
      await expect(question.getByRole('alert')).toBeVisible();
      await audit(panel, `${language} plain: title missing`);

      // An overview of vacancies: the error and its way out.
      await page.goto(`${fixtureOrigin}/pages/werken-bij-overzicht.html`);
      await panel.bringToFront();
      await question.getByRole('button', { name: /annuleren|cancel/i }).click();
      await panel.getByRole('button', { name: words.read }).click();
      await expect(panel.getByRole('alert')).toBeVisible();
      await audit(panel, `${language} plain: overview refused`);
    });
  });
}
