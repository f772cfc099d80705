import { build } from 'esbuild';
import type { EditorTarget, Vacancy } from '../../shared/vacancy';
import { EDITOR_KINDS } from './editor-kinds';
import { expect, test } from './fixtures';

// Each editor library, installed from npm, hosted on 127.0.0.1 the way an ATS would host it.
const KINDS = EDITOR_KINDS;

// What write-back sends (#14): the plain text for textareas, the HTML built from the blocks for rich editors.
const REWRITTEN = {
  text: 'Medewerker logistiek\n\nWat je meebrengt:\n\n- Je plant en controleert zendingen\n- Rijbewijs B\n\nJe werkt 32 tot 40 uur per week.',
  html: '<p>Medewerker logistiek</p><h3>Wat je meebrengt:</h3><ul><li>Je plant en controleert zendingen</li><li>Rijbewijs B</li></ul><p>Je werkt 32 tot 40 uur per week.</p>',
};

type Fixture = { text: () => string; changes: number };
type PageApi = {
  capturePage: (tabId: number) => Promise<Vacancy>;
  writeBack: (tabId: number, target: EditorTarget, content: { text: string; html: string }) => Promise<string>;
  undoWriteBack: (tabId: number) => Promise<string>;
};
declare const window: Window & { fixture: Fixture; vaardigPage: PageApi };

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

test.beforeAll(async () => {
  await build({
    entryPoints: KINDS.map(({ kind }) => `tests/fixtures/editors/src/${kind}.ts`),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'tests/fixtures/editors/dist',
    logLevel: 'warning',
    // Lexical and others branch on NODE_ENV; a browser page has no process.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
});

for (const { kind, focus } of KINDS) {
  test(`${kind}: captures, writes back through the editor, and undo restores the original`, async ({ context, extensionId, fixtureOrigin, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureOrigin}/editors/${kind}.html`);
    await page.waitForFunction(() => 'fixture' in window);
    const original = await page.evaluate(() => window.fixture.text());
    await focus(page);

    const url = page.url();
    const tabId = await serviceWorker.evaluate(async (pageUrl) => (await chrome.tabs.query({})).find((tab) => tab.url === pageUrl)?.id, url);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/capture-check.html`);
    await panel.waitForFunction(() => 'vaardigPage' in window);

    const vacancy = await panel.evaluate((id) => window.vaardigPage.capturePage(id!), tabId);
    expect(vacancy.source).toBe('editor');
    expect(vacancy.editor?.kind).toBe(kind);
    expect(vacancy.text).toContain('mbo niveau 3');

    const changesBefore = await page.evaluate(() => window.fixture.changes);
    await panel.evaluate(([id, target, content]) => window.vaardigPage.writeBack(id, target, content), [tabId!, vacancy.editor!, REWRITTEN] as const);
    // Read through the editor's own API: the host app's model, not just the DOM, holds the new text.
    await expect.poll(() => page.evaluate(() => window.fixture.text())).toContain('Je plant en controleert zendingen');
    const written = await page.evaluate(() => window.fixture.text());
    expect(written).not.toContain('mbo niveau 3');
    expect(await page.evaluate(() => window.fixture.changes)).toBeGreaterThan(changesBefore);

    await panel.evaluate((id) => window.vaardigPage.undoWriteBack(id), tabId!);
    await expect.poll(async () => words(await page.evaluate(() => window.fixture.text()))).toBe(words(original));
  });
}
