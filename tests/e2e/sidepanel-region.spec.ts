import { expect, test, asPanel, snap } from './sidepanel-helpers';

test.describe.configure({ timeout: 150_000 });
test.use({ uiLanguage: 'nl' });

// Invented postings (#16): a Flemish one and a Dutch one without any sign of the other country.
const FLEMISH = `Magazijnier (m/v/x)

Wat verwachten we?
- Je hebt een diploma hoger secundair onderwijs
- Ervaring met een heftruck is een troef

Wat bieden we?
- Een contract van onbepaalde duur en maaltijdcheques

Stel je kandidaat via jobs@voorbeeldmagazijn.be.`;

const DUTCH = `Magazijnmedewerker (m/v/x)

Wat vragen wij?
- Een mbo-diploma logistiek
- Je werkt graag in een team

Wat bieden wij?
- Een salaris volgens de cao`;

test('the panel shows the region it assumed, and another choice translates again', async ({ context, extensionId }) => {
  const panel = await asPanel(await context.newPage());
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByText(/of plak een vacature/i).click();
  await panel.getByLabel(/tekst van de vacature/i).fill(FLEMISH);
  await panel.getByRole('button', { name: /tekst herschrijven/i }).click();
  await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 20_000 });
  const select = panel.getByTestId('posting-region');
  await expect(select).toHaveValue('BE');
  await expect(panel.getByText(/Vlaamse vacature/)).toBeVisible();
  await snap(panel, 'result-region-be-nl');

  await select.selectOption('NL');
  await expect(panel.getByTestId('posting-region')).toHaveValue('NL', { timeout: 20_000 });
  await expect(panel.getByTestId('translation')).toBeVisible();
  await expect(panel.getByText(/Vlaamse vacature/)).toHaveCount(0);
});

test('the region setting on the options page goes with every translation', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel(/land van de vacature/i).selectOption('BE');
  await options.getByRole('button', { name: /opslaan/i }).click();
  await expect(options.getByRole('status')).toContainText(/opgeslagen/i);

  const panel = await asPanel(await context.newPage());
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByText(/of plak een vacature/i).click();
  await panel.getByLabel(/tekst van de vacature/i).fill(DUTCH);
  await panel.getByRole('button', { name: /tekst herschrijven/i }).click();
  await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByTestId('posting-region')).toHaveValue('BE');
});

// An invented English posting for a job in the United States.
const ABROAD = `Warehouse associate
Dayton, OH

Requirements
- A high school diploma
- Experience with a forklift

We are an equal opportunity employer.`;

test('a posting abroad: the panel says so and why there are no programmes', async ({ context, extensionId }) => {
  const panel = await asPanel(await context.newPage());
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByText(/of plak een vacature/i).click();
  await panel.getByLabel(/tekst van de vacature/i).fill(ABROAD);
  await panel.getByRole('button', { name: /tekst herschrijven/i }).click();
  await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByTestId('posting-region')).toHaveValue('abroad');
  await expect(panel.getByTestId('routes-abroad')).toContainText('Deze vacature is buiten Nederland en België; Vaardig kent alleen opleidingen daar.');
  await expect(panel.locator('[data-testid="learning-routes"] li[data-form="formal"]')).toHaveCount(0);
  await snap(panel, 'result-region-abroad-nl');
});
