import type { Page } from '@playwright/test';
import { expect, test, asPanel, snap } from './sidepanel-helpers';

/** The overview's three vacancies, each its title as a link to its own page, in the page's language. */
async function expectListed(panel: Page, origin: string, heading: string) {
  const listed = panel.getByTestId('listed-vacancies');
  await expect(listed.getByRole('heading', { name: heading })).toBeVisible();
  const links = listed.getByRole('link');
  await expect(links).toHaveText(['Verkoper winkel', 'Broodbakker', 'Chauffeur bezorging']);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    ['verkoper-winkel', 'broodbakker', 'chauffeur-bezorging'].map((slug) => `${origin}/werken-bij/${slug}`),
  );
  await expect(links.first()).toHaveAttribute('target', '_blank');
  await expect(listed.locator('ul')).toHaveAttribute('lang', 'nl');
}

// Capture (#17): a vacancy description without a title is read, and the panel asks for the title
// (filled in with its guess when it has one); a careers page listing several vacancies is refused
// with a message in the interface language that says what to do: open one of the vacancies it lists
// (each title a link to its page, opened in a new tab by the user), or paste the text.
test.describe.configure({ timeout: 120_000 });

test.describe('in a Dutch browser', () => {
  test.use({ uiLanguage: 'nl' });

  test('a description without a title: the panel asks for it, with its guess filled in, and rewrites under that title', async ({
    context,
    fixtureOrigin,
    openSidePanel,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureOrigin}/pages/vacature-beschrijving.html`);
    const panel = await asPanel(await openSidePanel(page));
    await panel.getByRole('button', { name: 'Lees deze pagina' }).click();

    const question = panel.getByTestId('title-question');
    await expect(question.getByRole('heading', { name: 'Wat is de functietitel?' })).toBeVisible();
    await expect(question).toContainText('Klopt deze titel?');
    const field = question.getByLabel('Functietitel');
    await expect(field).toHaveValue('Verkoper bakkerij (24 uur)');
    await expect(field).toBeFocused();
    await expect(panel.getByRole('alert')).toHaveCount(0);
    await expect(panel.getByTestId('translation')).toHaveCount(0);
    await snap(panel, 'title-question-nl');

    await field.fill('Verkoper bakkerij');
    await question.getByRole('button', { name: 'Vacature herschrijven' }).click();
    await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByRole('heading', { level: 2, name: 'Verkoper bakkerij' })).toBeVisible();
    await expect(panel.getByTestId('title-question')).toHaveCount(0);
  });

  test('pasted text that opens with a section heading: the panel asks; cancel goes back to the start', async ({ context, extensionId }) => {
    const panel = await asPanel(await context.newPage());
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.getByText(/of plak een vacature/i).click();
    await panel
      .getByLabel(/tekst van de vacature/i)
      .fill(
        'Wat ga je doen?\n- Je helpt klanten in de winkel.\n\nWat vragen wij?\n- Een mbo-diploma niveau 2\n- Je bent vriendelijk\n\nWat bieden wij?\n- Een salaris volgens de cao',
      );
    await panel.getByRole('button', { name: /tekst herschrijven/i }).click();
    const question = panel.getByTestId('title-question');
    await expect(question.getByLabel('Functietitel')).toHaveValue('');
    await question.getByRole('button', { name: 'Annuleren' }).click();
    await expect(question).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Lees deze pagina' })).toBeVisible();
    await expect(panel.getByTestId('translation')).toHaveCount(0);
  });

  test('a careers page listing three vacancies is refused: open one vacancy, or paste its text', async ({ context, fixtureOrigin, openSidePanel }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureOrigin}/pages/werken-bij-overzicht.html`);
    const panel = await asPanel(await openSidePanel(page));
    await panel.getByRole('button', { name: 'Lees deze pagina' }).click();
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('Deze pagina is een lijst met vacatures. Open hieronder één vacature en lees die pagina, of plak de tekst ervan.');
    await expect(alert).toBeFocused();
    await expect(alert.getByRole('button', { name: 'Tekst plakken' })).toBeVisible();
    await expectListed(panel, fixtureOrigin, 'Vacatures op deze pagina (3)');
    await expect(panel.getByTestId('title-question')).toHaveCount(0);
    await expect(panel.getByTestId('translation')).toHaveCount(0);
    await snap(panel, 'error-overview-nl');

    // Opening one is the user's action: a new tab on that vacancy's page; the panel stays as it was.
    const [opened] = await Promise.all([context.waitForEvent('page'), alert.getByRole('link', { name: 'Broodbakker' }).click()]);
    await expect(opened).toHaveURL(`${fixtureOrigin}/werken-bij/broodbakker`);
    await expect(panel.getByTestId('listed-vacancies')).toBeVisible();
  });
});

test.describe('in an English browser', () => {
  test('a description that opens with a sentence: the title field is empty, required, and the rewrite carries what the user typed', async ({
    context,
    fixtureOrigin,
    openSidePanel,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureOrigin}/pages/vacancy-description.html`);
    const panel = await asPanel(await openSidePanel(page));
    await panel.getByRole('button', { name: 'Read this page' }).click();

    const question = panel.getByTestId('title-question');
    await expect(question.getByRole('heading', { name: 'What is the job title?' })).toBeVisible();
    const field = question.getByLabel('Job title');
    await expect(field).toHaveValue('');
    await question.getByRole('button', { name: 'Rewrite vacancy' }).click();
    await expect(question.getByRole('alert')).toHaveText('Fill in the job title first.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.getByTestId('translation')).toHaveCount(0);
    await snap(panel, 'title-question-missing-en');

    await field.fill('Warehouse worker');
    await field.press('Enter');
    await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByRole('heading', { level: 2, name: 'Warehouse worker' })).toBeVisible();
  });

  test('the careers overview is refused in English too', async ({ context, fixtureOrigin, openSidePanel }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureOrigin}/pages/werken-bij-overzicht.html`);
    const panel = await asPanel(await openSidePanel(page));
    await panel.getByRole('button', { name: 'Read this page' }).click();
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('This page is a list of vacancies. Open one of the vacancies below and read that page, or paste its text.');
    await expect(alert.getByRole('button', { name: 'Paste the text' })).toBeVisible();
    await expectListed(panel, fixtureOrigin, 'Vacancies on this page (3)');
    await expect(alert).toContainText('Each link opens the vacancy in a new tab; read it there with Vaardig.');
    await snap(panel, 'error-overview-en');
  });
});
