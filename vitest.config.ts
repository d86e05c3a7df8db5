import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// One database is prepared per run (test/helpers/global-setup.ts): a migrated, seeded PGlite
// snapshot by default, or a fresh PostgreSQL database when TEST_DATABASE_URL is set.
export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (no "exports" map); Vite would pick the ESM
    // build for our code while Apollo and graphql-tools load the CommonJS one, and two copies of
    // graphql break `instanceof GraphQLError`. Use the one Node uses in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // PGlite takes seconds to load a snapshot; these bound a whole file's setup, not behaviour
    hookTimeout: 120_000,
    testTimeout: 60_000,
    pool: 'forks',
    // a worker runs its files one after another in one process and keeps its PGlite between them
    // (test/helpers/database.ts): loading PGlite once per file was most of the run's CPU
    isolate: false,
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  },
});
