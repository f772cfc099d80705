import AxeBuilder from '@axe-core/playwright';
import { expect, test, asPanel, snap } from './sidepanel-helpers';

// The occupation (#15): the panel says how sure Vaardig is, offers the top candidates and a search,
// and the user's choice translates the vacancy again, keeping the decisions already made.
test.describe.configure({ timeout: 150_000 });
test.use({ uiLanguage: 'nl' });

// Invented postings: a title that is an ESCO label, and one that names no occupation.
const WAREHOUSE = `Magazijnmedewerker (m/v/x)

Wat ga je doen
- Je pakt bestellingen in en maakt ze klaar voor verzending

Wat vragen wij
- Een mbo-diploma niveau 2
- Je bent flexibel

Wat bieden wij
- Een goed salaris`;

const VAGUE = `Collega logistiek (m/v/x)

Wat ga je doen
Je helpt ons team in de hal met het laden en lossen van vrachtwagens.

Wat vragen wij
- Een mbo-diploma niveau 2
- Je bent flexibel

Wat bieden wij
- Een goed salaris`;

async function translate(panel: import('@playwright/test').Page, text: string) {
  await panel.getByText(/of plak een vacature/i).click();
  await panel.getByLabel(/tekst van de vacature/i).fill(text);
  await panel.getByRole('button', { name: /tekst herschrijven/i }).click();
  await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 20_000 });
}

const diplomaCard = (panel: import('@playwright/test').Page) =>
  panel.locator('[data-testid="change-card"][data-kind="education_level"], [data-testid="change-card"][data-kind="diploma"]').first();
const traitCard = (panel: import('@playwright/test').Page) => panel.locator('[data-testid="change-card"][data-kind="trait"]').first();

test('an occupation not recognised: choosing a candidate translates again and keeps the decisions', async ({ context, extensionId }) => {
  const panel = await asPanel(await context.newPage());
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await translate(panel, VAGUE);
  const line = panel.getByTestId('occupation-line');
  await expect(line).toHaveText('Beroep niet herkend — kies zelf');
  await expect(line).toHaveAttribute('data-certainty', 'none');

  // A decision made before the choice.
  await traitCard(panel)
    .getByRole('button', { name: /origineel houden/i })
    .click();
  await expect(traitCard(panel).locator('.status')).toHaveText(/origineel behouden/i);
  const skillsBefore = await diplomaCard(panel).getByTestId('skill').allTextContents();

  const choice = panel.getByTestId('occupation-choice');
  await choice.getByText('Beroep kiezen').click();
  // ESCO's notice in the interface language (#17).
  await expect(choice.getByText('Deze dienst maakt gebruik van de ESCO-classificatie van de Europese Commissie.')).toBeVisible();
  const candidate = choice.getByRole('button', { name: 'logistiek medewerker' });
  await expect(candidate.locator('xpath=..')).toContainText('(onzeker)');
  await snap(panel, 'occupation-choice-nl');
  await candidate.click();

  await expect(line).toHaveText('Beroep: logistiek medewerker — door jou gekozen', { timeout: 20_000 });
  await expect(line).toHaveAttribute('data-certainty', 'chosen');
  await expect(panel.getByRole('status').filter({ hasText: 'Opnieuw herschreven voor “logistiek medewerker”.' })).toBeAttached();
  // The diploma now stands for the chosen occupation's skills, and says the user chose it.
  const skillsAfter = await diplomaCard(panel).getByTestId('skill').allTextContents();
  expect(skillsAfter.length).toBeGreaterThan(0);
  expect(skillsAfter).not.toEqual(skillsBefore);
  // The decision made before the choice still stands.
  await expect(traitCard(panel).locator('.status')).toHaveText(/origineel behouden/i);
  await snap(panel, 'occupation-chosen-nl');

  // Another region translates again, and the chosen occupation stays chosen.
  await panel.getByTestId('posting-region').selectOption('BE');
  await expect(panel.getByTestId('posting-region')).toHaveValue('BE', { timeout: 20_000 });
  await expect(line).toHaveText('Beroep: logistiek medewerker — door jou gekozen');
});

test('a recognised occupation shows how sure Vaardig is; the search finds another by an alternative label', async ({ context, extensionId }) => {
  const panel = await asPanel(await context.newPage());
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await translate(panel, WAREHOUSE);
  const line = panel.getByTestId('occupation-line');
  // The certainty in words, and the calibrated score beside it (#17).
  await expect(line).toHaveText(/^Beroep: magazijnmedewerker — zeker \(\d+\s?%\)$/);

  const choice = panel.getByTestId('occupation-choice');
  await choice.getByText('Ander beroep kiezen').click();
  const search = choice.getByRole('combobox', { name: /zoek een beroep/i });
  await search.fill('heftruckbestuurder');
  const hit = choice.getByRole('option').first();
  await expect(hit).toContainText('heftruckchauffeur');
  await expect(hit).toContainText('ook “heftruckbestuurder”');
  // The open choice, its candidates and the search's hits: no serious or critical accessibility issue.
  const { violations } = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await search.press('Enter');

  await expect(line).toHaveText('Beroep: heftruckchauffeur — door jou gekozen', { timeout: 20_000 });
  await expect(
    diplomaCard(panel)
      .getByTestId('skill')
      .filter({ hasText: /forklift|heftruck/i })
      .first(),
  ).toBeVisible();
});

test('plain-language mode says it in plain words', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel(/eenvoudige taal/i).check();
  await options.getByRole('button', { name: /opslaan/i }).click();
  await expect(options.getByRole('status')).toContainText(/opgeslagen/i);

  const panel = await asPanel(await context.newPage());
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await translate(panel, WAREHOUSE);
  await expect(panel.getByTestId('occupation-line')).toHaveText('Dit werk lijkt op: magazijnmedewerker Vaardig is hier zeker van.');
});
