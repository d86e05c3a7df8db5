#!/usr/bin/env node
// Runs jobs of .gitlab-ci.yml on this machine with gitlab-ci-local (the maintained local runner for
// GitLab pipelines), shell executor: `node scripts/gitlab-ci-local.mjs test:pglite test:postgres`.
// .ci/run runs the pipeline's test stage this way, so the file is executed, not only parsed.
//
// Two things differ from GitLab, and only these: there is no container engine here, so the jobs'
// `services:` (the PostGIS container) are left out and the machine's PostgreSQL stands in for it
// (TEST_DATABASE_URL and PG_ADMIN_URL point at it: CI_POSTGRES_URL, default 127.0.0.1:5432); and the
// runner needs Node 22, which comes from the npm package node@22 (the jobs themselves run on this
// machine's Node). Every script, before_script, variable and `extends` is the pipeline's own.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..');
const jobs = process.argv.slice(2);
if (jobs.length === 0) {
  console.error('usage: node scripts/gitlab-ci-local.mjs <job> [<job> ...]');
  process.exit(2);
}
const postgresUrl = process.env.CI_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

// the pipeline without its `services:` entries, beside the runner's own state folder (git-ignored)
const pipeline = parseDocument(readFileSync(join(ROOT, '.gitlab-ci.yml'), 'utf8'));
for (const item of pipeline.contents.items) {
  if (item.value?.has?.('services')) item.value.delete('services');
}
const stateDir = join(ROOT, '.gitlab-ci-local');
mkdirSync(stateDir, { recursive: true });
const file = '.gitlab-ci-local/pipeline-without-services.yml';
writeFileSync(join(ROOT, file), pipeline.toString());

const node22 = execFileSync('npx', ['-y', 'node@22', '-p', 'process.execPath'], { encoding: 'utf8' }).trim();
const run = spawnSync(
  node22,
  [
    join(ROOT, 'node_modules/gitlab-ci-local/dist/index.js'),
    '--file', file,
    '--force-shell-executor',
    '--variable', `TEST_DATABASE_URL=${postgresUrl}`,
    '--variable', `PG_ADMIN_URL=${postgresUrl}`,
    ...jobs,
  ],
  {
    cwd: ROOT,
    stdio: 'inherit',
    // a checkout without an `origin` remote: the runner falls back to `main`, which is what we want
    env: { ...process.env, GCL_IGNORE_PREDEFINED_VARS: 'CI_PIPELINE_SOURCE,CI_COMMIT_BRANCH,CI_MERGE_REQUEST_IID' },
  },
);
process.exit(run.status ?? 1);
