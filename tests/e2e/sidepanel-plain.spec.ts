import type { Page } from '@playwright/test';
import { expect, test, snap, SCREENSHOTS } from './sidepanel-helpers';

// Plain language switched in the panel itself (#17): it hides rule ids, concept ids, statute numbers
// and readability formulas (one click away in the details), and the first decision is on the first
// screen of a 400 × 800 panel, in both modes.
test.describe.configure({ timeout: 150_000 });

/** Long words on purpose: the engine warns about the reading level (with its formula) and cites the law for the licence. */
const POSTING = `Vrachtwagenchauffeur distributievervoer (m/v/x)

De distributieorganisatie ondersteunt groothandelsvestigingen bij voorraadoptimalisatie, transportplanningsvraagstukken en leveringsbetrouwbaarheidsverbeteringen met betrekking tot distributieprocessen.

Wat ga je doen
- Je verzorgt distributievervoer naar groothandelsvestigingen en horecaondernemingen
- Je controleert ladingzekeringsvoorschriften en vervoersdocumentatie

Wat vragen wij
- Een afgeronde mbo-opleiding logistiek op niveau 2
- Rijbewijs C
- Minimaal 5 jaar werkervaring als vrachtwagenchauffeur
- Je bent stressbestendig, klantvriendelijk en resultaatgericht

Wat bieden wij
- Uitstekende arbeidsvoorwaardenregelingen conform transportsector-cao-bepalingen`;

/** What plain language must not show until asked: rule ids, ESCO concept ids and URIs, BWBR ids and articles, readability formulas. */
const TECHNICAL = /BWBR\d|→|\bRegel:|\bRule:|\bBegrip:|\bConcept:|data\.europa\.eu|[0-9a-f]{8}-[0-9a-f]{4}-|Flesch|\bart\. \d/;

const WORDS = {
  nl: {
    paste: /of plak een vacature/i,
    label: /tekst van de vacature/i,
    rewrite: /tekst herschrijven/i,
    toggle: 'Eenvoudige taal',
    why: 'Waarom',
    details: 'Technische details',
    article: 'Wetsartikel',
    lawPlain: 'Dit eist de wet (Wegenverkeerswet 1994).',
    readingPlain: 'De tekst is nog niet makkelijk genoeg (niveau C2).',
    settingsPlain: /eenvoudige taal/i,
  },
  en: {
    paste: /or paste a vacancy/i,
    label: /vacancy text/i,
    rewrite: /rewrite text/i,
    toggle: 'Plain language',
    why: 'Why',
    details: 'Technical details',
    article: 'Article of law',
    lawPlain: 'The law asks for this (Wegenverkeerswet 1994).',
    readingPlain: 'The text is not easy enough yet (level C2).',
    settingsPlain: /plain-language mode/i,
  },
} as const;

/** The text the panel renders now: what a closed <details> holds is not rendered, so it is not in innerText. */
const shown = (panel: Page) => panel.locator('main').evaluate((main) => (main as HTMLElement).innerText);

/** The first decision is on the first screen: its top, and its heading, lie inside the 800 px viewport. */
async function firstDecisionOnFirstScreen(panel: Page) {
  const card = panel.getByTestId('change-card').first();
  await expect(card).toBeVisible();
  expect(await panel.evaluate(() => scrollY)).toBe(0);
  const box = (await card.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(800);
  const heading = (await card.locator('h4').boundingBox())!;
  expect(heading.y + heading.height).toBeLessThanOrEqual(800);
}

for (const language of ['nl', 'en'] as const) {
  test.describe(`interface in ${language}`, () => {
    test.use({ uiLanguage: language });
    const words = WORDS[language];

    test('plain language from the panel: no rule ids, concept ids, statute numbers or formulas until asked; the first decision on the first screen', async ({
      context,
      extensionId,
    }) => {
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 400, height: 800 });
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await panel.getByText(words.paste).click();
      await panel.getByLabel(words.label).fill(POSTING);
      await panel.getByRole('button', { name: words.rewrite }).click();
      await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 20_000 });

      // The HR mode shows the technical details where they are asked for (they are there to hide).
      const toggle = panel.getByRole('switch', { name: words.toggle });
      await expect(toggle).not.toBeChecked();
      await firstDecisionOnFirstScreen(panel);
      await panel.screenshot({ path: `${SCREENSHOTS}/first-screen-${language}.png` });
      await expect(panel.getByTestId('legal-basis')).toContainText(/BWBR0006622/);
      await expect(panel.locator('.warnings')).toContainText(/Flesch-Douma/);
      await panel.getByTestId('change-card').first().getByText(words.why, { exact: true }).click();
      expect(await shown(panel)).toMatch(/→/);
      await panel.getByTestId('change-card').first().getByText(words.why, { exact: true }).click();

      // Switched in the panel itself.
      await toggle.check();
      await expect(panel.locator('main')).toHaveClass(/plain/);
      await expect(panel.getByRole('button', { name: /^(edit|aanpassen)$/i })).toHaveCount(0);
      await firstDecisionOnFirstScreen(panel);
      await panel.screenshot({ path: `${SCREENSHOTS}/first-screen-plain-${language}.png` });
      const text = await shown(panel);
      expect(text.match(TECHNICAL)).toBeNull();
      await expect(panel.getByTestId('legal-basis')).toContainText(words.lawPlain);
      await expect(panel.locator('.warnings')).toContainText(words.readingPlain);
      await snap(panel, `plain-mode-${language}`);

      // One click away: the law's article, and the rule behind a reason.
      const legal = panel.locator('[data-testid="change-card"][data-card="keep-legal"]');
      await legal.getByText(words.article, { exact: true }).click();
      await expect(legal.getByTestId('legal-basis')).toContainText('BWBR0006622');
      const diploma = panel.getByTestId('change-card').first();
      await diploma.getByText(words.why, { exact: true }).click();
      await diploma.getByText(words.details, { exact: true }).click();
      await expect(diploma.getByTestId('technical-details').last()).toContainText(/→/);
      await panel.locator('.warnings').getByText(words.details, { exact: true }).click();
      await expect(panel.locator('.warnings')).toContainText(/Flesch-Douma/);

      // The settings page shows the same choice, and switching back in the panel restores the HR view.
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.getByLabel(words.settingsPlain)).toBeChecked();
      await options.close();
      await toggle.uncheck();
      await expect(panel.locator('main')).not.toHaveClass(/plain/);
      await expect(panel.getByTestId('legal-basis')).toContainText('BWBR0006622');
    });
  });
}
