import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, asPanel, snap } from './sidepanel-helpers';
import { localServer } from './local-server';

// The panel is bound to the tab it read (#17): it names that page, offers to read the page the user
// moved on to, and writes back only into the tab it read, while that tab still shows the page.
test.describe.configure({ timeout: 150_000 });

const ATS = readFileSync(resolve('tests/fixtures/pages/ats-editor.html'), 'utf8');

/** A second ATS editor on another origin: another vacancy, its own title. */
async function secondEditor() {
  const html = ATS.replace(/<title>[^<]*<\/title>/, '<title>Vacature bewerken — Planner</title>').replaceAll(
    'Medewerker logistiek (m/v/x)',
    'Planner transport (m/v/x)',
  );
  return localServer((_request, response) => void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
}

async function toFinish(panel: Page) {
  // What the user skips keeps its original (#17): accept the rewrite, so there is something to write.
  await panel.getByTestId('accept-rest').click();
  await panel.getByRole('button', { name: /continue to finish|verder naar afronden/i }).click();
  await expect(panel.getByTestId('preview')).toBeVisible();
}

test('the panel names the page it read, offers the page the user moved to, and writes only into the tab it read', async ({
  context,
  fixtureOrigin,
  openSidePanel,
}) => {
  const other = await secondEditor();
  try {
    const first = await context.newPage();
    await first.goto(`${fixtureOrigin}/pages/ats-editor.html`);
    const host = new URL(fixtureOrigin).host;
    const firstEditor = first.locator('#description');
    const firstOriginal = await firstEditor.inputValue();
    const panel = await asPanel(await openSidePanel(first));
    // Before reading: the page it will read.
    await expect(panel.getByTestId('page-binding')).toContainText(`Page: Vacature bewerken — Werving · ${host}`);
    await panel.getByRole('button', { name: /read this page/i }).click();
    await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByTestId('page-binding')).toContainText(`Vacancy from: Vacature bewerken — Werving · ${host}`);
    await expect(panel.getByTestId('page-elsewhere')).toHaveCount(0);

    // The user opens another editor: the panel says it still shows the first and offers to read the second.
    const second = await context.newPage();
    await second.goto(`${other.origin}/edit`);
    const secondEditorField = second.locator('#description');
    const secondOriginal = await secondEditorField.inputValue();
    await second.bringToFront();
    await panel.bringToFront();
    const elsewhere = panel.getByTestId('page-elsewhere');
    await expect(elsewhere).toContainText(
      'You are now on another page: “Vacature bewerken — Planner”. Vaardig still shows the vacancy from “Vacature bewerken — Werving”.',
    );
    await expect(elsewhere.getByRole('button', { name: 'Read this page instead' })).toBeVisible();
    await snap(panel, 'tab-elsewhere-en');

    // Write-back names the page and goes into the first tab only, though the second is the one in front.
    await toFinish(panel);
    await expect(panel.getByTestId('write-target')).toHaveText(`Writes into: Vacature bewerken — Werving · ${host}`);
    await panel.getByRole('button', { name: /write back into the page/i }).click();
    await expect(panel.getByText('Written back into the page “Vacature bewerken — Werving”. You can undo it.')).toBeVisible();
    const written = await firstEditor.inputValue();
    expect(written).not.toBe(firstOriginal);
    expect(written).not.toContain('3 jaar ervaring');
    await expect(secondEditorField).toHaveValue(secondOriginal);

    // The first tab moves on to another page: nothing is written anywhere, and the panel says why.
    await first.goto(`${fixtureOrigin}/pages/vacature-logistiek.html`);
    const moved = await first.content();
    await panel.getByRole('button', { name: /write back into the page/i }).click();
    const refused = panel.getByTestId('write-back-refused');
    await expect(refused).toHaveText(
      'Vaardig changed nothing: the tab that held “Vacature bewerken — Werving” now shows another page. Go back to the vacancy’s editor and read it again, or copy the text below.',
    );
    await expect(refused).toHaveAttribute('role', 'alert');
    await expect(panel.getByText(/written back into the page/i)).toHaveCount(0);
    await expect(secondEditorField).toHaveValue(secondOriginal);
    expect(await first.content()).toBe(moved);
    await snap(panel, 'write-back-refused-moved-en');

    // The first tab is closed: still nothing written into the other tab.
    await first.close();
    await panel.getByRole('button', { name: /write back into the page/i }).click();
    await expect(refused).toHaveText(/^Vaardig changed nothing: the tab with “Vacature bewerken — Werving” is closed\./);
    await expect(secondEditorField).toHaveValue(secondOriginal);

    // Reading the page in front binds the panel to it.
    await panel.getByRole('button', { name: /back to the changes/i }).click();
    await panel.getByTestId('page-elsewhere').getByRole('button', { name: 'Read this page instead' }).click();
    await expect(panel.getByTestId('page-binding')).toContainText(`Vacancy from: Vacature bewerken — Planner · ${new URL(other.origin).host}`, {
      timeout: 30_000,
    });
    await expect(panel.getByTestId('page-elsewhere')).toHaveCount(0);
    await toFinish(panel);
    await expect(panel.getByTestId('preview')).toContainText('Planner transport');
    await panel.getByRole('button', { name: /write back into the page/i }).click();
    await expect(panel.getByText('Written back into the page “Vacature bewerken — Planner”. You can undo it.')).toBeVisible();
    await expect(secondEditorField).not.toHaveValue(secondOriginal);
  } finally {
    await other.close();
  }
});

test.describe('in a Dutch browser', () => {
  test.use({ uiLanguage: 'nl' });

  test('another page and a closed tab are told in Dutch; nothing is written', async ({ context, fixtureOrigin, openSidePanel }) => {
    const other = await secondEditor();
    try {
      const first = await context.newPage();
      await first.goto(`${fixtureOrigin}/pages/ats-editor.html`);
      const panel = await asPanel(await openSidePanel(first));
      await panel.getByRole('button', { name: /lees deze pagina/i }).click();
      await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 30_000 });
      await expect(panel.getByTestId('page-binding')).toContainText('Vacature van: Vacature bewerken — Werving');

      const second = await context.newPage();
      await second.goto(`${other.origin}/edit`);
      const secondOriginal = await second.locator('#description').inputValue();
      await second.bringToFront();
      await panel.bringToFront();
      await expect(panel.getByTestId('page-elsewhere')).toContainText(
        'Je bent nu op een andere pagina: “Vacature bewerken — Planner”. Vaardig toont nog de vacature van “Vacature bewerken — Werving”.',
      );
      await expect(panel.getByRole('button', { name: 'Deze pagina lezen' })).toBeVisible();

      await first.close();
      await toFinish(panel);
      await expect(panel.getByTestId('write-target')).toHaveText(/^Schrijft in: Vacature bewerken — Werving/);
      await panel.getByRole('button', { name: /terugzetten in de pagina/i }).click();
      await expect(panel.getByTestId('write-back-refused')).toHaveText(
        /^Vaardig heeft niets veranderd: het tabblad met “Vacature bewerken — Werving” is gesloten\./,
      );
      await expect(second.locator('#description')).toHaveValue(secondOriginal);
      await snap(panel, 'write-back-refused-gone-nl');
    } finally {
      await other.close();
    }
  });
});
