import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base } from './fixtures';

const EXTENSION = resolve('.output/chrome-mv3-test');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve('tests/artifacts/screenshots');

/** The shared fixtures, with the browser's interface language as an option (the UI follows it). */
export const test = base.extend<{ uiLanguage: 'en' | 'nl' }>({
  uiLanguage: ['en', { option: true }],
  context: async ({ uiLanguage }, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: true,
      locale: uiLanguage === 'nl' ? 'nl-NL' : 'en-US',
      env: { ...process.env, LANGUAGE: uiLanguage === 'nl' ? 'nl' : 'en', LANG: uiLanguage === 'nl' ? 'nl_NL.UTF-8' : 'en_US.UTF-8' },
      acceptDownloads: true,
      args: [
        `--disable-extensions-except=${EXTENSION}`,
        `--load-extension=${EXTENSION}`,
        `--lang=${uiLanguage === 'nl' ? 'nl' : 'en-US'}`,
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
    await use(context);
    await context.close();
  },
  // The worker may start before anyone listens for it: look again every second instead of waiting once.
  serviceWorker: async ({ context }, use) => {
    let worker = context.serviceWorkers()[0];
    for (let attempt = 0; !worker && attempt < 60; attempt++) {
      worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 1_000 }).catch(() => undefined));
    }
    if (!worker) throw new Error('The extension’s service worker did not start within 60 s.');
    await use(worker);
  },
});

export const expect = test.expect;

/** Saves a screenshot of a main state for reviewers: tests/artifacts/screenshots/NAME.png. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** A side panel is narrow: screenshots and layout use its width. */
export async function asPanel(page: Page): Promise<Page> {
  await page.setViewportSize({ width: 420, height: 900 });
  return page;
}
