// Two projects: `db` holds every unit and integration test and the factories' own tests (run on PGlite, and on
// PostgreSQL when DATABASE_URL is set); `browser` drives Debian's Chromium through the real pages.
//
// Speed (docs/performance.md, "Test suite time"): a file's own app, database and browser make the files independent
// of each other, so they run on every core (Vitest's default leaves one core idle: one worker on CI's two cores).
// Files of a worker share one module graph (`isolate: false`): loading the app's modules and compiling PGlite's
// WebAssembly once per worker instead of once per file roughly halved the time of a file. A file that mocks a
// module must load what uses it afresh (see test/integration/reference-collision.test.ts). Every test database
// starts as a copy of one migrated in the global setup (test/support/database-template.ts).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const jsx = { oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } } };
const shared = {
  globalSetup: ['test/support/compiled-program.ts', 'test/support/database-template.ts'],
  isolate: false,
  maxWorkers: availableParallelism(),
};

export default defineConfig({
  test: {
    projects: [
      {
        ...jsx,
        test: {
          ...shared,
          name: 'db',
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
          ...shared,
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
