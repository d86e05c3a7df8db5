import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * One migrated, seeded database per run and project, which each test file copies: a PGlite
 * snapshot by default, a PostgreSQL template database when TEST_DATABASE_URL is set.
 */
const GLOBAL_SETUP = ['test/helpers/global-setup.ts'];

/**
 * Files that need a process of their own: tracing patches `http` and `pg` before they load, and
 * the projection and SQL-plan tests count statements against process-wide budgets.
 */
const ISOLATED = ['test/tracing.test.ts', 'test/projection.test.ts', 'test/sql-plan.test.ts'];

/**
 * Files that start servers in child processes again and again (start-up, the data directory's
 * lock, durability after SIGKILL), hold a transaction open for a minute (live occupancy on
 * PostgreSQL) or send thousands of generated requests: `npm run test:slow`,
 * which CI runs beside `npm test`.
 */
const SLOW = ['test/startup.test.ts', 'test/gitlab-ci.test.ts', 'test/data-dir-lock-servers.test.ts', 'test/embedded-durability.test.ts', 'test/fuzz.test.ts', 'test/webhooks-crash.test.ts', 'test/subscriptions-resilience.test.ts', 'test/read-replicas.test.ts'];

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (no "exports" map); Vite would pick the ESM
    // build for our code while Apollo and graphql-tools load the CommonJS one, and two copies of
    // graphql break `instanceof GraphQLError`. Use the one Node uses in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // PGlite takes seconds to load a snapshot; these bound a whole file's setup, not behaviour
    hookTimeout: 120_000,
    testTimeout: 60_000,
    pool: 'forks',
    // vitest's default on 2 cores is 1 worker; most files wait on sockets and child processes
    maxWorkers: Math.max(2, availableParallelism() - 1),
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          globalSetup: GLOBAL_SETUP,
          include: ['test/**/*.test.ts'],
          exclude: [...ISOLATED, ...SLOW],
          // a worker runs its files one after another in one process and keeps its PGlite between
          // them (test/helpers/database.ts): loading PGlite once per file was most of the run's CPU
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', globalSetup: GLOBAL_SETUP, include: ISOLATED, isolate: true } },
      { extends: true, test: { name: 'slow', globalSetup: GLOBAL_SETUP, include: SLOW, isolate: false } },
    ],
  },
});
