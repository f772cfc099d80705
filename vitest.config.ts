import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code. Worker integration tests run in workerd (vitest.workers.config.mts);
// end-to-end tests run in Chromium (playwright.config.ts).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{shared,extension,functions,scripts}/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', 'tests/**'],
        },
      },
    ],
  },
});
