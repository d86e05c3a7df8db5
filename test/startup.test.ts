import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killChildServers, startChildServer as startMain, stopWithSigterm } from './helpers/child-server.js';
import { createPostgresDatabase, onPostgres } from './helpers/database.js';

// `npm start` as a newcomer runs it: the real entry point in a child process, configured only
// through the environment, stopped with SIGTERM.

const dataDirs: string[] = [];
afterAll(async () => {
  killChildServers();
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function firstLotNames(url: string): Promise<string[]> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ lots(first: 5) { edges { node { name } } } }' }),
  });
  const body = (await response.json()) as { data: { lots: { edges: Array<{ node: { name: string } }> } } };
  return body.data.lots.edges.map((edge) => edge.node.name);
}

describe.runIf(!onPostgres)('npm start on the embedded database', () => {
  it('creates, migrates and seeds an empty data directory, serves, stops on SIGTERM and keeps its data', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'parkway-start-'));
    dataDirs.push(dataDir);

    const first = await startMain({ DATA_DIR: dataDir });
    expect(first.logs.find((entry) => entry.mode)).toMatchObject({ mode: 'embedded', location: dataDir });
    expect(first.logs.some((entry) => entry.msg === 'empty database: seeded the demo city')).toBe(true);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    const names = await firstLotNames(first.url);
    expect(names).toHaveLength(5);
    expect(await stopWithSigterm(first)).toBe(0);

    const second = await startMain({ DATA_DIR: dataDir });
    expect(second.logs.some((entry) => entry.msg === 'empty database: seeded the demo city')).toBe(false);
    expect(await firstLotNames(second.url)).toEqual(names);
    expect(await stopWithSigterm(second)).toBe(0);
  });
});

describe.runIf(onPostgres)('npm start on PostgreSQL (DATABASE_URL)', () => {
  it('says it runs on PostgreSQL, serves the database, and stops on SIGTERM', async () => {
    const started = await startMain({ DATABASE_URL: await createPostgresDatabase() });
    expect(started.logs.find((entry) => entry.mode)).toMatchObject({ mode: 'postgres' });
    expect((await fetch(`${started.url}/readyz`)).status).toBe(200);
    expect(await firstLotNames(started.url)).toHaveLength(5);
    expect(await stopWithSigterm(started)).toBe(0);
  });
});

describe('bad configuration', () => {
  it('refuses to start with a clear message naming the variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, PORT: 'eighty', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // exits on its own
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(output).toContain('PORT must be an integer from 0 to 65535, got \\"eighty\\"');
  });
});
