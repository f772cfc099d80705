import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// `npm run build:firefox` (wxt build -b firefox): the side panel becomes Firefox's sidebar.
test('the Firefox build has the side panel as its sidebar, both languages and no static content script', () => {
  test.setTimeout(240_000);
  const outDir = mkdtempSync(join(tmpdir(), 'vaardig-firefox-'));
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { env: { ...process.env, VAARDIG_OUT_DIR: outDir }, stdio: 'pipe' });
  const root = join(outDir, 'firefox-mv2');
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

  expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  expect(manifest.commands._execute_sidebar_action.suggested_key.default).toBe('Alt+Shift+V');
  expect(manifest.default_locale).toBe('en');
  expect(manifest.content_scripts ?? []).toEqual([]);
  for (const file of ['sidepanel.html', 'options.html', 'background.js', 'capture.js', '_locales/en/messages.json', '_locales/nl/messages.json']) {
    expect(existsSync(join(root, file)), file).toBe(true);
  }
  const dutch = JSON.parse(readFileSync(join(root, '_locales/nl/messages.json'), 'utf8'));
  expect(dutch.start_read.message).toBe('Lees deze pagina');
});
