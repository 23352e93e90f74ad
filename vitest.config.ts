// Two projects: `db` holds every unit and integration test and the factories' own tests (run on PGlite, and on
// PostgreSQL when DATABASE_URL is set); `browser` drives Debian's Chromium through the real pages.
import { defineConfig } from 'vitest/config';

const jsx = { oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } } };

export default defineConfig({
  test: {
    projects: [
      {
        ...jsx,
        test: {
          name: 'db',
          globalSetup: ['test/support/compiled-program.ts'],
          include: [
            'src/**/*.test.{ts,tsx}',
            'test/integration/**/*.test.{ts,tsx}',
            'test/architecture/**/*.test.ts',
            'test/support/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...jsx,
        test: {
          name: 'browser',
          globalSetup: ['test/support/compiled-program.ts'],
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
