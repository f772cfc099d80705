import type { Page } from '@playwright/test';
import { expect, test, asPanel, snap } from './sidepanel-helpers';

// Words and signals (#17): the result is titled with the job, not the editor's page heading; the
// occupation shows how sure Vaardig is; every step has one main action; the preview marks what changed.
test.describe.configure({ timeout: 150_000 });

const WORDS = {
  nl: {
    read: /lees deze pagina/i,
    continue: /verder naar afronden/i,
    writeBack: /terugzetten in de pagina/i,
    copyRich: /kopiëren met opmaak/i,
    occupation: /^Beroep: .+ — (zeker|waarschijnlijk|onzeker — kies zelf) \(\d+\s?%\)$/,
    changed: 'Gewijzigd: ',
    added: 'Nieuw: ',
    markdown: /downloaden als markdown/i,
    paste: /of plak een vacature/i,
    label: /tekst van de vacature/i,
    rewrite: /tekst herschrijven/i,
  },
  en: {
    read: /read this page/i,
    continue: /continue to finish/i,
    writeBack: /write back into the page/i,
    copyRich: /copy with formatting/i,
    occupation: /^Occupation: .+ — (certain|likely|unsure — choose) \(\d+\s?%\)$/,
    changed: 'Changed: ',
    added: 'New: ',
    markdown: /download as markdown/i,
    paste: /or paste a vacancy/i,
    label: /vacancy text/i,
    rewrite: /rewrite text/i,
  },
} as const;

/** One main action: exactly one primary button is shown. */
async function oneMainAction(panel: Page, name: RegExp) {
  const primary = panel.locator('main button.primary:visible');
  await expect(primary).toHaveCount(1);
  await expect(primary).toHaveText(name);
}

for (const language of ['nl', 'en'] as const) {
  test.describe(`interface in ${language}`, () => {
    test.use({ uiLanguage: language });
    const words = WORDS[language];

    test('an ATS editor page: the job title, the occupation’s certainty, one main action per step, the changes marked', async ({
      context,
      fixtureOrigin,
      openSidePanel,
    }) => {
      const page = await context.newPage();
      await page.goto(`${fixtureOrigin}/pages/ats-editor.html`);
      const panel = await asPanel(await openSidePanel(page));
      await oneMainAction(panel, words.read);
      await panel.getByRole('button', { name: words.read }).click();
      const result = panel.getByTestId('translation');
      await expect(result).toBeVisible({ timeout: 20_000 });

      // The page's heading is "Vacature bewerken"; the result names the job.
      await expect(result.getByRole('heading', { level: 2 })).toHaveText('Medewerker logistiek (m/v/x)');
      await expect(result.getByRole('heading', { level: 2 })).toHaveCSS('outline-style', 'none');
      await expect(panel.getByTestId('occupation-line')).toHaveText(words.occupation);
      await oneMainAction(panel, words.continue);
      await snap(panel, `signals-result-${language}`);

      await panel.getByTestId('accept-rest').click();
      await panel.getByRole('button', { name: words.continue }).click();
      const preview = panel.getByTestId('preview');
      await expect(preview).toBeVisible();
      await oneMainAction(panel, words.writeBack);

      // What changed is marked, with its label for screen readers; the posting's own lines are not.
      const marked = preview.locator('.mark');
      expect(await marked.count()).toBeGreaterThan(0);
      for (const block of await marked.all()) {
        const state = await block.getAttribute('data-state');
        expect(['changed', 'added']).toContain(state);
        await expect(block).toHaveClass(new RegExp(`mark-${state}`));
        await expect(block.locator('ins .visually-hidden')).toHaveText(state === 'added' ? words.added : words.changed);
      }
      await expect(preview.locator('[data-state="added"]').first()).toBeVisible();
      const kept = preview.locator('[data-state="kept"]');
      expect(await kept.count()).toBeGreaterThan(0);
      await expect(kept.locator('ins')).toHaveCount(0);
      await expect(preview.locator('[data-state="kept"].mark')).toHaveCount(0);
      await snap(panel, `signals-finish-${language}`);

      // The files are named after the job too.
      const download = panel.waitForEvent('download');
      await panel.getByRole('button', { name: words.markdown }).click();
      expect((await download).suggestedFilename()).toBe('medewerker-logistiek-m-v-x.md');
    });

    test('pasted text has no editor to write into: copying is the one main action', async ({ context, extensionId }) => {
      const panel = await asPanel(await context.newPage());
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await panel.getByText(words.paste).click();
      await panel
        .getByLabel(words.label)
        .fill('Kok (m/v/x)\n\nWat vragen wij\n- Een diploma mbo niveau 3 koken\n- 2 jaar ervaring in een keuken\n\nWat bieden wij\n- Een vast contract');
      await panel.getByRole('button', { name: words.rewrite }).click();
      await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 20_000 });
      await panel.getByRole('button', { name: words.continue }).click();
      await expect(panel.getByTestId('preview')).toBeVisible();
      await oneMainAction(panel, words.copyRich);
    });
  });
}
