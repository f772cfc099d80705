import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import type { Vacancy } from '../../shared/vacancy';
import { asPanel, expect, test } from './sidepanel-helpers';

// The whole flow against the local Worker (#14): read an editor, keep the original on every card,
// write back. The engine's blocks, the panel's decisions and write-back together give back the text.
test.describe.configure({ timeout: 150_000 });

type PageApi = { capturePage: (tabId: number) => Promise<Vacancy> };
declare const window: Window & { vaardigPage: PageApi; fixture: { changes: number } };

/** Reads the page; the engine's rewrite (every card accepted) does change the requirements. */
async function read(panel: Page) {
  await panel.getByRole('button', { name: /read this page/i }).click();
  await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 30_000 });
  expect(await panel.getByTestId('change-card').count()).toBeGreaterThan(0);
  // Undecided cards keep their original (#17): nothing changes before the user accepts.
  await panel.getByRole('button', { name: /continue to finish/i }).click();
  await expect(panel.getByTestId('preview').locator('ins')).toHaveCount(0);
  await panel.getByRole('button', { name: /back to the changes/i }).click();
  await panel.getByTestId('accept-rest').click();
  await panel.getByRole('button', { name: /continue to finish/i }).click();
  const preview = panel.getByTestId('preview');
  await expect(preview).toBeVisible();
  await expect(preview).not.toContainText('mbo niveau 3');
  await expect(preview.locator('ins').first()).toBeVisible();
  await panel.getByRole('button', { name: /back to the changes/i }).click();
}

async function decideAll(panel: Page, button: RegExp, status: RegExp) {
  // The review step renders its cards after the stage changes: wait for them before listing them.
  await expect(panel.getByTestId('change-card').first()).toBeVisible();
  for (const card of await panel.getByTestId('change-card').all()) {
    await card.getByRole('button', { name: button }).click();
    await expect(card.locator('.status')).toHaveText(status);
  }
  await panel.getByRole('button', { name: /continue to finish/i }).click();
  await expect(panel.getByTestId('preview')).toBeVisible();
}

async function writeBack(panel: Page) {
  await panel.getByRole('button', { name: /write back into the page/i }).click();
  await expect(panel.getByText(/written back into the page/i)).toBeVisible();
}

test('textarea: "keep original" on every card writes the original back byte for byte', async ({ context, fixtureOrigin, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/pages/ats-editor.html`);
  const editor = page.locator('#description');
  const original = await editor.inputValue();
  await editor.click();
  const panel = await asPanel(await openSidePanel(page));
  await read(panel);
  await decideAll(panel, /keep original/i, /original kept/i);
  await expect(panel.getByTestId('preview').locator('ins')).toHaveCount(0);
  await writeBack(panel);
  // The host app was told (input events), and what it holds is exactly what it had.
  expect(Number(await page.locator('body').getAttribute('data-inputs'))).toBeGreaterThan(0);
  expect(await editor.inputValue()).toBe(original);
});

test('CKEditor 5: "keep original" on every card gives the editor back its text; accepting keeps headings and lists', async ({
  context,
  extensionId,
  fixtureOrigin,
  openSidePanel,
  serviceWorker,
}) => {
  await build({
    entryPoints: ['tests/fixtures/rich-editors/src/ckeditor5.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'tests/fixtures/rich-editors/dist',
    logLevel: 'warning',
  });
  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/rich-editors/ckeditor5.html`);
  await page.waitForFunction(() => 'fixture' in window);
  await page.locator('.ck-editor__editable').click();
  const tabId = (await serviceWorker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, page.url()))!;
  const check = await context.newPage();
  await check.goto(`chrome-extension://${extensionId}/capture-check.html`);
  await check.waitForFunction(() => 'vaardigPage' in window);
  const capture = async () => (await check.evaluate((id) => window.vaardigPage.capturePage(id), tabId)).text;
  const original = await capture();

  const panel = await asPanel(await openSidePanel(page));
  await read(panel);
  const changes = await page.evaluate(() => window.fixture.changes);
  await decideAll(panel, /keep original/i, /original kept/i);
  await writeBack(panel);
  await expect.poll(() => page.evaluate(() => window.fixture.changes)).toBeGreaterThan(changes);
  expect(await capture()).toBe(original);

  // Accept everything instead: the engine's rewrite goes in as headings and list items.
  await panel.getByRole('button', { name: /back to the changes/i }).click();
  await decideAll(panel, /^accept/i, /accepted/i);
  const before = await page.evaluate(() => window.fixture.changes);
  await writeBack(panel);
  await expect.poll(() => page.evaluate(() => window.fixture.changes)).toBeGreaterThan(before);
  await expect.poll(capture).not.toContain('mbo niveau 3');
  const editable = page.locator('.ck-editor__editable');
  await expect(editable.locator('h2, h3')).toContainText([/Wat ga je doen/, /Wat bieden wij/]);
  await expect(editable.locator('li')).toContainText([/Orders verzamelen en klaarzetten/, /Voorraad tellen/]);
});
