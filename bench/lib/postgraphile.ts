import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** bench/postgraphile: its own npm project (PostGraphile v5 needs Node 22, the app runs on Node 20). */
const PROJECT = fileURLToPath(new URL('../postgraphile/', import.meta.url));
/** The Node 22 binary the `node` npm package installs (a real ELF binary, not a shim). */
const NODE_22 = `${PROJECT}node_modules/node/bin/node`;

/** Installs bench/postgraphile from its lockfile when its node_modules is missing (about 30 s). */
export function ensurePostGraphileInstalled(log: (line: string) => void): void {
  if (existsSync(NODE_22) && existsSync(`${PROJECT}node_modules/postgraphile/package.json`)) return;
  log('installing bench/postgraphile (npm ci, PostGraphile 5 and a Node 22 binary)...');
  execFileSync('npm', ['ci', '--prefix', PROJECT, '--no-audit', '--no-fund'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

export interface RunningPostGraphile {
  url: string;
  pid: number;
  /** SQL statements its pg clients have sent so far. */
  statements(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts PostGraphile (amber preset, schema `public`) on `databaseUrl` in a Node 22 child process
 * and resolves once it listens. Its stderr (warnings about PostGIS types it has no codec for) is
 * shown only if it fails to start.
 */
export function startPostGraphile({ databaseUrl, poolMax }: { databaseUrl: string; poolMax: number }): Promise<RunningPostGraphile> {
  const child: ChildProcess = fork(`${PROJECT}server.mjs`, [], {
    execPath: NODE_22,
    execArgv: [],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', POOL_MAX: String(poolMax), GRAPHILE_ENV: 'production', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    if (stderr.length < 20_000) stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const failed = (code: number | null) => reject(new Error(`PostGraphile exited with ${code} before listening:\n${stderr}`));
    child.once('exit', failed);
    child.once('message', (message: { ready?: { url: string } }) => {
      if (!message.ready) return;
      child.off('exit', failed);
      resolve({
        url: message.ready.url,
        pid: child.pid!,
        statements: () =>
          new Promise((answer) => {
            child.once('message', (reply: { stats?: { statements: number } }) => answer(reply.stats?.statements ?? NaN));
            child.send({ stats: true });
          }),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
