import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Anthropic stand-in (tests/worker/claude-global-setup.ts) listens on a free port chosen here,
// so that its URL can be given to the Worker as a binding.
const standInPort = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});
process.env.VAARDIG_STAND_IN_PORT = String(standInPort);

// Worker integration tests: the real Worker in workerd, a real local D1 with every migration applied.
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations(fileURLToPath(new URL('./functions/migrations', import.meta.url))),
          ADMIN_TOKEN: 'test-admin-token',
          ANTHROPIC_STAND_IN_URL: `http://127.0.0.1:${standInPort}`,
        },
      },
    })),
  ],
  test: {
    include: ['tests/worker/**/*.test.ts'],
    setupFiles: ['./tests/worker/apply-migrations.ts'],
    globalSetup: ['./tests/worker/claude-global-setup.ts'],
  },
});
