import { expect, test, asPanel, snap } from './sidepanel-helpers';

// The machine is small and shared: these flows get more than the default minute.
test.describe.configure({ timeout: 150_000 });

// The HR flow: a vacancy in an ATS editor (a textarea), read, reviewed, written back and undone.
test('HR: from an editor to a written-back, rewritten vacancy in at most 6 actions, with undo', async ({ context, fixtureOrigin, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/pages/ats-editor.html`);
  const editor = page.locator('#description');
  const original = await editor.inputValue();
  let actions = 0;

  const panel = await asPanel(await openSidePanel(page)); // 1: open the side panel
  actions++;
  await expect(panel.getByRole('button', { name: /read this page/i })).toBeFocused();
  await snap(panel, 'empty-en');

  await panel.getByRole('button', { name: /read this page/i }).click(); // 2
  actions++;
  const result = panel.getByTestId('translation');
  await expect(result).toBeVisible({ timeout: 20_000 });
  await expect(result.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(result.locator('[data-kind="education_level"], [data-kind="diploma"]').first()).toContainText(/mbo niveau 3/i);
  await expect(result.getByTestId('change-card').first()).toBeVisible();
  await snap(panel, 'result-en');

  // Nothing changes that the user did not accept (#17): one click accepts every open decision.
  await panel.getByRole('button', { name: /accept all \d+ open decisions/i }).click(); // 3
  actions++;
  await expect(result.getByTestId('review-remaining')).toHaveText('Every decision is made.');

  await panel.getByRole('button', { name: /continue to finish/i }).click(); // 4
  actions++;
  const preview = panel.getByTestId('preview');
  await expect(preview).toBeVisible();
  await expect(preview).not.toContainText(/3 jaar ervaring/);

  await panel.getByRole('button', { name: /write back into the page/i }).click(); // 5
  actions++;
  await expect(panel.getByText(/written back into the page/i)).toBeVisible();
  const written = await editor.inputValue();
  expect(written).not.toBe(original);
  expect(written).not.toContain('3 jaar ervaring');
  expect(written).toContain('Orders verzamelen en klaarzetten');
  expect(Number(await page.locator('body').getAttribute('data-inputs'))).toBeGreaterThan(0);
  expect(actions).toBeLessThanOrEqual(6);
  await snap(panel, 'finish-written-back-en');

  await panel.getByRole('button', { name: /undo write-back/i }).click();
  await expect(panel.getByText(/original text is back/i)).toBeVisible();
  await expect(editor).toHaveValue(original);
});

test('review: accept, keep the original and edit by keyboard; every decision survives a closed panel', async ({ context, fixtureOrigin, openSidePanel }) => {
  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/pages/ats-editor.html`);
  let panel = await asPanel(await openSidePanel(page));
  await panel.getByRole('button', { name: /read this page/i }).press('Enter');
  await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 20_000 });

  const education = panel.locator('[data-testid="change-card"][data-kind="education_level"], [data-testid="change-card"][data-kind="diploma"]').first();
  await education.getByRole('button', { name: /keep original/i }).click();
  await expect(education.locator('.status')).toHaveText(/original kept/i);

  const experience = panel.locator('[data-testid="change-card"][data-kind="experience"]');
  await experience.getByRole('button', { name: /edit/i }).focus();
  await panel.keyboard.press('Enter');
  const wording = experience.getByLabel(/your wording/i);
  await expect(wording).toBeFocused();
  await wording.fill('Je kunt zelfstandig orders verwerken');
  await panel.keyboard.press('Tab');
  await panel.keyboard.press('Enter'); // Save
  await expect(experience.locator('.status')).toContainText('Je kunt zelfstandig orders verwerken');
  await expect(experience.getByRole('button', { name: /edit/i })).toBeFocused();

  // Close the panel and open it again: the draft and its decisions are still there.
  await panel.close();
  panel = await asPanel(await openSidePanel(page));
  await expect(
    panel.locator('[data-testid="change-card"][data-kind="education_level"] .status, [data-testid="change-card"][data-kind="diploma"] .status').first(),
  ).toHaveText(/original kept/i);
  await panel.getByRole('button', { name: /continue to finish/i }).click();
  const preview = panel.getByTestId('preview');
  await expect(preview).toContainText('mbo niveau 3 opleiding logistiek');
  await expect(preview).toContainText('Je kunt zelfstandig orders verwerken');

  // Export: Markdown, HTML, JSON-LD and DOCX are downloaded files.
  for (const [format, extension] of [
    ['Markdown', 'md'],
    ['HTML', 'html'],
    ['JSON-LD', 'jsonld'],
    ['DOCX', 'docx'],
  ] as const) {
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: new RegExp(`download as .*${format}`, 'i') }).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
  }
  await snap(panel, 'export-en');
});

test('a legal requirement is pinned with its law and offers no way to remove it; keeping the original keeps it in the text', async ({
  context,
  fixtureOrigin,
  openSidePanel,
}) => {
  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/pages/vacature-chauffeur.html`);
  const panel = await asPanel(await openSidePanel(page));
  await panel.getByRole('button', { name: /read this page/i }).click();
  await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 20_000 });
  const legal = panel.locator('[data-testid="change-card"][data-card="keep-legal"]').first();
  await expect(legal).toBeVisible();
  await expect(legal.getByTestId('legal-basis')).toContainText(/Wegenverkeerswet|Wet/);
  await expect(legal.getByRole('button', { name: /remove|delete/i })).toHaveCount(0);
  await legal.scrollIntoViewIfNeeded();
  await snap(panel, 'legal-requirement-en');
  // Keeping the original brings the posting's own line back (#14): the requirement stays in the text.
  const original = (await legal.locator('.original [lang]').textContent())!.trim();
  await legal.getByRole('button', { name: /keep original/i }).click();
  await panel.getByRole('button', { name: /continue to finish/i }).click();
  await expect(panel.getByTestId('preview')).toContainText(original);
});

test('the context menu item reads the tab it was used on (through the panel’s pending request)', async ({
  context,
  fixtureOrigin,
  openSidePanel,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/pages/vacature-chauffeur.html`);
  const panel = await asPanel(await openSidePanel(page));
  await expect(panel.getByRole('button', { name: /read this page/i })).toBeVisible();
  // What the background's context-menu handler stores after opening the panel (menus cannot be clicked headless).
  const tabId = Number(new URL(panel.url()).searchParams.get('tabId'));
  await serviceWorker.evaluate((id) => chrome.storage.session.set({ pendingRead: { tabId: id, at: Date.now() } }), tabId);
  await expect(panel.getByTestId('translation')).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByTestId('translation').getByRole('heading', { level: 2 })).toContainText(/Chauffeur/);
  expect(await serviceWorker.evaluate(async () => (await chrome.storage.session.get('pendingRead')).pendingRead ?? null)).toBeNull();
});
