import { defineConfig } from 'vitest/config';

// One database is prepared per run (test/helpers/global-setup.ts): a migrated, seeded PGlite
// snapshot by default, or a fresh PostgreSQL database when TEST_DATABASE_URL is set.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // PGlite takes seconds to load a snapshot; these bound a whole file's setup, not behaviour
    hookTimeout: 120_000,
    testTimeout: 60_000,
    pool: 'forks',
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  },
});
