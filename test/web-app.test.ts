import express from 'express';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { mountWebApp } from '../src/server/web-app.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import { request } from './gql/request.js';

// Serving the live map at `/` (src/server/web-app.ts) beside the API. A stand-in build keeps this
// fast; test/e2e/live-map.test.ts serves the real one to a browser.

const FIRST_LOT_CURSOR = graphql(`
  query WebAppFirstLotCursor { lots(first: 1) { edges { cursor } } }
`);

let server: TestServer;
let webRoot: string;

beforeAll(async () => {
  webRoot = await mkdtemp(join(tmpdir(), 'parkway-web-app-'));
  await mkdir(join(webRoot, 'assets'));
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>Parkway live map</title>');
  await writeFile(join(webRoot, 'assets', 'index-AbCd1234.js'), 'console.log("map")');
  // files named like the API's routes: the API must still answer them
  await writeFile(join(webRoot, 'healthz'), 'shadowed');
  await writeFile(join(webRoot, 'graphql'), 'shadowed');
  server = await startTestServer({ webRoot });
});

afterAll(async () => {
  await server?.stop();
  if (webRoot) await rm(webRoot, { recursive: true, force: true });
});

describe('the live map at /', () => {
  it('serves the page at / without caching it, so a new build shows on reload', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('Parkway live map');
  });

  it('serves content-hashed assets as immutable', async () => {
    const response = await fetch(`${server.url}/assets/index-AbCd1234.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('does not shadow the API: /healthz and /graphql answer as before', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const { data } = await request(server, FIRST_LOT_CURSOR, {});
    expect(data!.lots.edges).toHaveLength(1);
  });

  it('answers 404 for a path that is neither the API nor a file of the build', async () => {
    expect((await fetch(`${server.url}/assets/nope.js`)).status).toBe(404);
  });
});

describe('the live map when it is not built', () => {
  let bare: Server;
  let url: string;

  beforeAll(async () => {
    const app = express();
    mountWebApp(app, { root: join(webRoot, 'no-build-here'), logger: createLogger('silent') });
    bare = createServer(app);
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => bare.close(() => resolve())));

  it('says at / how to build it, with 503', async () => {
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});
