import { defineConfig } from '@playwright/test';

export const WORKER_PORT = 8799;
/** Bootstrap token of the e2e Worker only (tests/e2e/review.spec.ts creates organisations with it). */
export const E2E_ADMIN_TOKEN = 'e2e-admin-token';

// End-to-end: Debian Chromium with the built test extension (.output/chrome-mv3) against the local
// Worker in workerd with a local D1. `npm run e2e` builds the extension first.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
  webServer: {
    command: `tsx scripts/start-worker.ts --port ${WORKER_PORT} --persist-to .wrangler/e2e`,
    url: `http://127.0.0.1:${WORKER_PORT}/v1/health`,
    reuseExistingServer: !process.env.CI,
    // A fresh local D1 gets the migrations and the learning-offer catalogue first.
    timeout: 600_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { ADMIN_TOKEN: E2E_ADMIN_TOKEN },
  },
});
