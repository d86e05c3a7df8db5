import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME, readOwner } from '../src/db/data-dir-lock.js';
import { buildDemoCity } from '../src/seed/demo-city.js';
import { postGraphQL } from './helpers/booking-load.js';
import { killChildServers, startChildServer, stopWithSigterm, type ChildServer } from './helpers/child-server.js';
import { onPostgres } from './helpers/database.js';
import { removeDataDirs, seededDataDir } from './helpers/embedded-data-dir.js';

// Issue 25: with `npm start` running on the embedded database, a second server, `npm run seed`
// and the OSM import opened the same files underneath it and destroyed the database. Each is
// now refused at once, and the running server's data stays as it was.

const STATE = `{
  lots(first: 50) { edges { node { id name } } }
  lotsNear(near: { lat: 53.4808, lng: -2.2426 }, radiusMeters: 5000, first: 50) { edges { node { id name } } }
}`;

/** What a user sees of the data: the first 50 lots and the lots near the centre. */
async function stateOf(url: string): Promise<unknown> {
  const result = await postGraphQL(url, STATE);
  expect(result.body?.errors).toBeUndefined();
  return result.body!.data;
}

const spawned: ChildProcess[] = [];

/** Runs an entry point to its exit; everything it printed, both streams. */
async function runToExit(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, LOG_LEVEL: 'info', DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // one that is wrongly let in keeps running: the test times out and afterAll ends it
  spawned.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = await once(child, 'exit');
  return { code: code as number | null, output };
}

/** What every refusal must say: the directory, who has it, what to do; and no stack trace. */
function expectRefusal(output: string, dataDir: string, owner: ChildServer): void {
  expect(output).toContain(`the embedded database in ${dataDir} is in use by process ${owner.child.pid} (`);
  expect(output).toContain('src/server/main.ts');
  expect(output).toMatch(/stop (that process|it) first/);
  expect(output).not.toMatch(/\n\s+at /);
}

describe.skipIf(onPostgres)('a running server owns its embedded data directory (skipped with TEST_DATABASE_URL: embedded only)', () => {
  let dataDir: string;
  let server: ChildServer;
  let before: unknown;

  // a snapshot restored and a PGlite server started: minutes on a busy 2-core machine
  beforeAll(async () => {
    dataDir = await seededDataDir('parkway-owner-');
    server = await startChildServer({ DATA_DIR: dataDir });
    before = await stateOf(server.url);
  }, 240_000);
  afterAll(async () => {
    killChildServers();
    for (const child of spawned) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(`${dataDir}.geojson`, { force: true });
    await removeDataDirs();
  });

  it('names its process in the lock file', () => {
    const owner = readOwner(join(dataDir, LOCK_FILE_NAME));
    expect(owner).toMatchObject({ pid: server.child.pid, command: expect.stringContaining('src/server/main.ts') });
  });

  it('refuses a second server on the same directory', async () => {
    const { code, output } = await runToExit('src/server/main.ts', [], { DATA_DIR: dataDir });
    expect(code).toBe(1);
    expectRefusal(output, dataDir, server);
  });

  it('refuses npm run seed', async () => {
    const { code, output } = await runToExit('src/cli/seed.ts', [], { DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(output).toContain('npm run seed refused');
    expectRefusal(output, dataDir, server);
  });

  it('refuses the OSM import', async () => {
    const file = `${dataDir}.geojson`;
    const feature = { type: 'Feature', id: 'node/99001', properties: { '@id': 'node/99001', amenity: 'parking', name: 'Lock Test Car Park', capacity: '20' } };
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [{ ...feature, geometry: { type: 'Point', coordinates: [-2.2426, 53.4808] } }] }));
    const args = [file, '--operator-name', 'Lock Test Network', '--time-zone', 'Europe/London', '--currency', 'GBP'];
    const { code, output } = await runToExit('src/cli/osm-import.ts', args, { DATA_DIR: dataDir });
    expect(code).toBe(1);
    expectRefusal(output, dataDir, server);
  });

  it('keeps serving the same, consistent data', async () => {
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const after = await stateOf(server.url);
    expect(after).toEqual(before);
    // every lot the demo city seeds, none wiped or doubled by the refused commands
    expect((after as { lots: { edges: unknown[] } }).lots.edges).toHaveLength(buildDemoCity().lots.length);
  });

  // a restart replays the killed server's WAL: allow a slow, shared machine its minutes
  it('leaves a lock that the next server takes over after a SIGKILL, with the data intact', { timeout: 240_000 }, async () => {
    server.child.kill('SIGKILL');
    await server.exited;
    expect(readOwner(join(dataDir, LOCK_FILE_NAME))).toMatchObject({ pid: server.child.pid });

    const next = await startChildServer({ DATA_DIR: dataDir });
    expect(readOwner(join(dataDir, LOCK_FILE_NAME))).toMatchObject({ pid: next.child.pid });
    expect(await stateOf(next.url)).toEqual(before);

    expect(await stopWithSigterm(next)).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });
});
