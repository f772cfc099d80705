import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { EditorContent } from '../../extension/page/editors/types';
import { blockText } from '../../extension/page/capture/text';
import { decidedVacancy } from '../../extension/sidepanel/compose';
import type { CardVerdict } from '../../extension/store/db';
import type { EditorKind, EditorTarget, Vacancy } from '../../shared/vacancy';
import { translationFor } from './block-translation';
import { EDITOR_KINDS } from './editor-kinds';
import { expect, test } from './fixtures';

// Write-back of the decided blocks (#14) into each editor library, installed from npm and hosted on
// 127.0.0.1 the way an ATS hosts it, holding a vacancy with headings, a line break and lists.
const KINDS = EDITOR_KINDS;

const KEEP_ALL: Record<string, CardVerdict> = { r1: { status: 'rejected' }, r2: { status: 'rejected' }, r3: { status: 'rejected' } };
/** "Accept all" (#17): an undecided card keeps its original, so the rewrite needs every card accepted. */
const ACCEPT_ALL: Record<string, CardVerdict> = { r1: { status: 'accepted' }, r2: { status: 'accepted' }, r3: { status: 'accepted' } };

type Fixture = { content: () => string; changes: number };
type PageApi = {
  capturePage: (tabId: number) => Promise<Vacancy>;
  writeBack: (tabId: number, target: EditorTarget, content: EditorContent) => Promise<string>;
  undoWriteBack: (tabId: number) => Promise<string>;
};
declare const window: Window & { fixture: Fixture; vaardigPage: PageApi };

/** Capture's reading of HTML, as it reads an editor. */
const textOf = (html: string) => blockText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Element);

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  await build({
    entryPoints: KINDS.map(({ kind }) => `tests/fixtures/rich-editors/src/${kind}.ts`),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'tests/fixtures/rich-editors/dist',
    logLevel: 'warning',
    // Lexical and others branch on NODE_ENV; a browser page has no process.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
});

/** The editor page, the capture-check page that calls page/tab.ts, and the vacancy read from the editor. */
type Fixtures = { context: BrowserContext; extensionId: string; fixtureOrigin: string; serviceWorker: Worker };
async function open(kind: EditorKind, focus: (page: Page) => Promise<void>, { context, extensionId, fixtureOrigin, serviceWorker }: Fixtures) {
  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/rich-editors/${kind}.html`);
  await page.waitForFunction(() => 'fixture' in window);
  await focus(page);
  const tabId = (await serviceWorker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, page.url()))!;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/capture-check.html`);
  await panel.waitForFunction(() => 'vaardigPage' in window);
  const capture = () => panel.evaluate((id) => window.vaardigPage.capturePage(id), tabId);
  const vacancy = await capture();
  expect(vacancy.source).toBe('editor');
  expect(vacancy.editor?.kind).toBe(kind);
  const write = async (content: EditorContent) => {
    const before = await page.evaluate(() => window.fixture.changes);
    await panel.evaluate(([id, target, c]) => window.vaardigPage.writeBack(id, target, c), [tabId, vacancy.editor!, content] as const);
    // The host app heard it: the editor's own change notification fired.
    await expect.poll(() => page.evaluate(() => window.fixture.changes)).toBeGreaterThan(before);
  };
  const undo = () => panel.evaluate((id) => window.vaardigPage.undoWriteBack(id), tabId);
  const content = () => page.evaluate(() => window.fixture.content());
  return { vacancy, capture, write, undo, content };
}

for (const { kind, focus } of KINDS) {
  test(`${kind}: "keep original" on every card writes back exactly the original text`, async ({ context, extensionId, fixtureOrigin, serviceWorker }) => {
    const { vacancy, capture, write, content } = await open(kind, focus, { context, extensionId, fixtureOrigin, serviceWorker });
    const original = await content();
    expect(vacancy.text).toContain('mbo niveau 3');
    const translation = translationFor(vacancy);
    // The engine did change the text: accepting its blocks would write something else.
    expect(decidedVacancy(translation, vacancy, ACCEPT_ALL).text).not.toBe(vacancy.text);
    // Nothing decided is nothing changed.
    expect(decidedVacancy(translation, vacancy, {}).text).toBe(vacancy.text);

    const kept = decidedVacancy(translation, vacancy, KEEP_ALL);
    await write({ text: kept.text, html: kept.html });
    // Read back by capture, as the panel would read the editor again: byte for byte.
    expect((await capture()).text).toBe(vacancy.text);
    // A textarea's value itself is byte for byte the original (its bullets, spaces and blank lines).
    if (kind === 'textarea') expect(await content()).toBe(original);
  });

  test(`${kind}: the accepted rewrite goes in with headings and lists, and undo brings the original back`, async ({
    context,
    extensionId,
    fixtureOrigin,
    serviceWorker,
  }) => {
    const { vacancy, capture, write, undo, content } = await open(kind, focus, { context, extensionId, fixtureOrigin, serviceWorker });
    const original = await content();
    const accepted = decidedVacancy(translationFor(vacancy), vacancy, ACCEPT_ALL);
    await write({ text: accepted.text, html: accepted.html });

    const written = await capture();
    expect(written.text).not.toContain('mbo niveau 3');
    if (kind === 'textarea') {
      expect(await content()).toBe(accepted.text);
      // Outside the requirements the posting's own text stands byte for byte.
      expect(accepted.text.startsWith(original.slice(0, original.indexOf('Wat vragen wij')))).toBe(true);
      expect(accepted.text.endsWith(original.slice(original.indexOf('\n\n\nWat bieden wij')))).toBe(true);
    } else {
      expect(written.text).toBe(textOf(accepted.html));
      // The editor's own model holds headings and list items, the new ones and the posting's own.
      // (Quill's serialisation writes every space as &nbsp;.)
      const html = (await content()).replace(/&nbsp;/g, ' ');
      for (const heading of ['Wat ga je doen', 'Wat je meebrengt', 'Wat bieden wij']) expect(html).toMatch(new RegExp(`<h[23][^>]*>(?:<[^>]+>)*${heading}`));
      for (const item of ['Orders verzamelen en klaarzetten', 'Je plant en controleert zendingen', 'Rijbewijs B \\(art. 107'])
        expect(html).toMatch(new RegExp(`<li[^>]*>(?:<[^>]+>)*${item}`));
      expect(html).toMatch(/<strong[^>]*>(?:<[^>]+>)*handscanner/);
    }

    // Written back twice (the user changed a decision): one undo still brings back the user's own text.
    const twice = decidedVacancy(translationFor(vacancy), vacancy, { ...ACCEPT_ALL, r3: { status: 'edited', text: 'Je kunt orders zelfstandig verwerken' } });
    await write({ text: twice.text, html: twice.html });
    await expect.poll(async () => (await capture()).text).toContain('Je kunt orders zelfstandig verwerken');
    await undo();
    await expect.poll(async () => (await capture()).text).toBe(vacancy.text);
    if (kind === 'textarea') expect(await content()).toBe(original);
  });
}

test('textarea: what the user typed between two write-backs is what undo brings back', async ({ context, extensionId, fixtureOrigin, serviceWorker }) => {
  const { vacancy, write, undo, content } = await open('textarea', KINDS[0]!.focus, { context, extensionId, fixtureOrigin, serviceWorker });
  const page = context.pages().find((p) => p.url().includes('/rich-editors/textarea.html'))!;
  const accepted = decidedVacancy(translationFor(vacancy), vacancy, ACCEPT_ALL);
  await write({ text: accepted.text, html: accepted.html });
  await page.locator('#editor').press('Control+End');
  await page.keyboard.type('Eigen zin van de gebruiker.');
  const typed = await content();
  expect(typed).toContain('Eigen zin van de gebruiker.');
  await write({ text: accepted.text, html: accepted.html });
  expect(await content()).toBe(accepted.text);
  await undo();
  await expect.poll(content).toBe(typed);
});
