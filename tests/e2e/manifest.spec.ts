import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'sidePanel', 'storage', 'contextMenus', 'alarms'];

test('the production manifest asks for nothing beyond the allowed permissions', () => {
  test.setTimeout(180_000);
  const outDir = mkdtempSync(join(tmpdir(), 'vaardig-prod-'));
  execFileSync('npx', ['wxt', 'build', '--mode', 'production'], { env: { ...process.env, VAARDIG_OUT_DIR: outDir, VAARDIG_API_ORIGIN: '' }, stdio: 'pipe' });
  const manifest = JSON.parse(readFileSync(join(outDir, 'chrome-mv3', 'manifest.json'), 'utf8'));

  for (const permission of manifest.permissions ?? []) expect(ALLOWED_PERMISSIONS).toContain(permission);
  expect(manifest.host_permissions).toEqual(['https://api.vaardig.nl/*']);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts ?? []).toEqual([]);
  expect(manifest.manifest_version).toBe(3);
  // The default MV3 content security policy stays in force.
  expect(manifest.content_security_policy).toBeUndefined();
  // Pages made for the tests are not shipped.
  expect(existsSync(join(outDir, 'chrome-mv3', 'capture-check.html'))).toBe(false);
});
