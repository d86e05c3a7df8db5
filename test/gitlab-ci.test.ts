import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSpaces, createLot, createOperator, many } from './helpers/fixtures.js';
import { availableOrSkipped } from './helpers/optional-tools.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// .gitlab-ci.yml run by gitlab-ci-local (the maintained local runner for GitLab pipelines) with its
// shell executor. It needs Node 22 (the npm package `node@22`, fetched once by npx); the jobs
// themselves run on this machine's Node. Only a cheap job runs here: .ci/run executes the whole
// test stage through scripts/gitlab-ci-local.mjs. Each run works in a throwaway git repository holding the pipeline and the
// files its jobs read, so the runner's state directory never lands in the working tree.

const ROOT = resolve(import.meta.dirname, '..');
const RUNNER = join(ROOT, 'node_modules/gitlab-ci-local/dist/index.js');
const COPIED = ['.gitlab-ci.yml', 'package.json', 'scripts/validate-manifests.ts', 'deploy'];

function node22(): string | undefined {
  const found = spawnSync('npx', ['-y', 'node@22', '-p', 'process.execPath'], { encoding: 'utf8', timeout: 180_000 });
  const path = found.stdout.trim();
  return found.status === 0 && path.length > 0 ? path : undefined;
}

const NODE22 = node22();
const available = availableOrSkipped(NODE22 !== undefined, 'Node 22 for gitlab-ci-local', 'npx -y node@22 (needs the npm registry once)');

/** A git repository with the pipeline and what its checks read; `edit` changes it before the commit. */
function project(edit?: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'parkway-gitlab-ci-'));
  for (const path of COPIED) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  edit?.(dir);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.invalid', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'pipeline under test');
  return dir;
}

function runner(dir: string, args: string[]): { status: number | null; output: string } {
  const run = spawnSync(NODE22!, [RUNNER, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, GCL_IGNORE_PREDEFINED_VARS: 'CI_PIPELINE_SOURCE,CI_COMMIT_BRANCH,CI_MERGE_REQUEST_IID' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** `name -> when` of the jobs a pipeline would create (when: never left out). */
function jobsOf(dir: string, variables: Record<string, string>): Map<string, string> {
  const args = ['--list-csv', ...Object.entries(variables).flatMap(([key, value]) => ['--variable', `${key}=${value}`])];
  const { status, output } = runner(dir, args);
  expect(status, output).toBe(0);
  const rows = output.split('\n').filter((line) => /^[\w:[\] -]+;\w+;\w+;/.test(line));
  return new Map(rows.map((row) => row.split(';')).map(([name, , when]) => [name!, when!]));
}

describe.runIf(available)('.gitlab-ci.yml through gitlab-ci-local', () => {
  const dirs: string[] = [];
  let clean: string;
  beforeAll(() => {
    clean = project();
    dirs.push(clean);
  });
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('parses and validates against GitLab\'s schema; a merge request gets tests, image, review app and plan, never production', () => {
    const jobs = jobsOf(clean, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_COMMIT_BRANCH: '', CI_MERGE_REQUEST_IID: '7' });
    for (const job of ['typecheck', 'check:generated', 'check:manifests', 'check:infra', 'check:alerts', 'test:pglite', 'test:slow', 'test:postgres', 'test:stock-execution', 'build:image', 'review:deploy', 'review:smoke']) {
      expect(jobs.get(job), job).toBe('on_success');
    }
    expect(jobs.get('review:stop')).toBe('manual');
    expect(jobs.get('infra:plan: [staging]')).toBe('on_success');
    expect(jobs.get('infra:plan: [production]')).toBe('on_success');
    for (const job of ['staging:deploy', 'production:deploy', 'infra:apply: [production]']) expect(jobs.has(job), job).toBe(false);
  });

  it('on main: staging deploys by itself, production waits for a person, terraform applies, no review app', () => {
    const jobs = jobsOf(clean, { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' });
    expect(jobs.get('staging:deploy')).toBe('on_success');
    expect(jobs.get('staging:smoke')).toBe('on_success');
    expect(jobs.get('production:deploy')).toBe('manual');
    expect(jobs.get('infra:apply: [production]')).toBe('on_success');
    for (const job of ['review:deploy', 'review:stop', 'infra:plan: [staging]']) expect(jobs.has(job), job).toBe(false);
  });

  it('executes check:manifests with the shell executor: every manifest and overlay validated', () => {
    const { status, output } = runner(clean, ['--force-shell-executor', 'check:manifests']);
    expect(status, output).toBe(0);
    expect(output).toMatch(/PASS\s+check:manifests/);
    expect(output).toMatch(/ 0 problem\(s\)/);
  });

  it('fails check:manifests when a manifest breaks (the job really runs the validator)', () => {
    const broken = project((dir) => {
      const file = join(dir, 'deploy/k8s/base/deployment.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('replicas: 2', 'replicas: two'));
    });
    dirs.push(broken);
    const { status, output } = runner(broken, ['--force-shell-executor', 'check:manifests']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/FAIL\s+check:manifests/);
    expect(output).toContain('replicas must be integer');
  });
});

// review:smoke and staging:smoke run deploy/smoke/api-smoke.mjs against the environment's URL
describe('the pipeline\'s black-box smoke test (deploy/smoke/api-smoke.mjs)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    const lotId = await createLot(db, { operatorId: await createOperator(db, 'Smoke Parking'), name: 'Smoke Lot', location: { lat: 51.5, lng: -0.12 } });
    await addSpaces(db, lotId, many(4));
  });
  afterAll(() => server?.stop());

  // asynchronous: the server under test answers from this very process
  const smoke = (url: string) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const args = ['--experimental-websocket', '--no-warnings', join(ROOT, 'deploy/smoke/api-smoke.mjs'), url];
      execFile(process.execPath, args, { timeout: 60_000, env: { ...process.env, SMOKE_TIMEOUT_MS: '3000' } }, (error, stdout, stderr) =>
        resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
      );
    });

  it('passes against a running server: readiness, a query over HTTP, a subscription snapshot over WebSocket', async () => {
    const run = await smoke(server.url);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('ok    GET /readyz');
    expect(run.stdout).toMatch(/ok {4}POST \/graphql lots: [1-3] lot\(s\)/);
    expect(run.stdout).toMatch(/ok {4}WebSocket \/graphql subscription: snapshot of \S+: \d+ space\(s\)/);
  });

  it('fails, naming the check, when nothing answers at the URL', async () => {
    const run = await smoke('http://127.0.0.1:9');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('FAIL  GET /readyz');
  });
});
