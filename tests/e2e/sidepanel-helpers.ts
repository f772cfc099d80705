import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base } from './fixtures';

export const SCREENSHOTS = resolve('tests/artifacts/screenshots');

/** The shared fixtures (the interface language is the `uiLanguage` option there). */
export const test = base;

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
