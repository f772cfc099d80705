import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/** The built test extension; VAARDIG_EXTENSION points elsewhere (a build of one's own while others build too). */
const EXTENSION = resolve(process.env.VAARDIG_EXTENSION ?? '.output/chrome-mv3-test');
const FIXTURES = resolve('tests/fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves tests/fixtures (and any extra roots) on 127.0.0.1 at a free port. */
function serveFixtures(roots: string[]): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = roots.map((root) => join(root, path)).find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (!file) return void response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

/** Chromium with the built test extension, in a fresh profile: a second one is a second person (#19). */
export async function launchWithExtension(uiLanguage: 'en' | 'nl'): Promise<BrowserContext> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('Build the test extension first: npm run build:extension:test');
  const nl = uiLanguage === 'nl';
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    locale: nl ? 'nl-NL' : 'en-US',
    env: { ...process.env, LANGUAGE: nl ? 'nl' : 'en', LANG: nl ? 'nl_NL.UTF-8' : 'en_US.UTF-8' },
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      `--lang=${nl ? 'nl' : 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The extension's service worker. It may start before anyone listens for it: look again every second instead of waiting once. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  let worker = context.serviceWorkers()[0];
  for (let attempt = 0; !worker && attempt < 60; attempt++) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 1_000 }).catch(() => undefined));
  }
  if (!worker) throw new Error('The extension’s service worker did not start within 60 s.');
  return worker;
}

type Fixtures = {
  /** The browser's interface language; the extension's interface follows it. */
  uiLanguage: 'en' | 'nl';
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens the side panel page in a tab, working on the given page's tab. */
  openSidePanel: (target: Page) => Promise<Page>;
};

export const test = base.extend<Fixtures, { fixtureOrigin: string }>({
  fixtureOrigin: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; it has none
    async ({}, use) => {
      const { server, origin } = await serveFixtures([FIXTURES]);
      await use(origin);
      server.close();
    },
    { scope: 'worker' },
  ],
  uiLanguage: ['en', { option: true }],
  context: async ({ uiLanguage }, use) => {
    const context = await launchWithExtension(uiLanguage);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openSidePanel: async ({ context, extensionId, serviceWorker }, use) => {
    await use(async (target) => {
      const url = target.url();
      const tabId = await serviceWorker.evaluate(async (pageUrl) => (await chrome.tabs.query({})).find((tab) => tab.url === pageUrl)?.id, url);
      if (!tabId) throw new Error(`No tab found for ${url}`);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    });
  },
});

export const expect = test.expect;
