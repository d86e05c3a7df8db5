import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../web/chromium.js';
import { DEMO_CITY_BOUNDS } from '../../web/src/viewport.js';
import { chromiumForTests } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

// A web frontend on its own origin, in a real browser: a page served by a second local server
// (another port, so another origin) queries the API with fetch, books with a token and watches
// the lot over graphql-ws. Chromium enforces CORS and the WebSocket's Origin, so the same page
// from an origin not on the API's list is refused. Then the security headers' Content-Security-
// Policy, as the live map and Apollo Sandbox run under it. Skipped with a notice where no
// Chromium is found; under CI=true a missing browser fails.

const DRIVER = 'driver@parkway.dev';
const PAGE = new URL('../fixtures/cross-origin/index.html', import.meta.url);
const GRAPHQL_WS_BROWSER_BUILD = new URL('../../node_modules/graphql-ws/umd/graphql-ws.min.js', import.meta.url);

const chromiumPath = chromiumForTests();

let frontendServer: Server;
let frontendPort: number;
let api: TestServer;
let browser: Browser;
let webRoot: string;

/** The frontend's own server: the page and graphql-ws's browser build, nothing else. */
async function serveFrontend(): Promise<Server> {
  const files: Record<string, { type: string; body: Buffer }> = {
    '/': { type: 'text/html; charset=utf-8', body: await readFile(PAGE) },
    '/graphql-ws.js': { type: 'text/javascript; charset=utf-8', body: await readFile(GRAPHQL_WS_BROWSER_BUILD) },
  };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://frontend').pathname];
    res.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' }).end(file?.body ?? 'not found');
  });
  // '::' takes IPv4 and IPv6: Chromium may try either for a *.localhost name
  await new Promise<void>((resolve) => server.listen(0, '::', resolve));
  return server;
}

beforeAll(async () => {
  if (!chromiumPath) return;
  frontendServer = await serveFrontend();
  frontendPort = (frontendServer.address() as AddressInfo).port;
  // a build of its own: a concurrent `npm run build` may be rewriting dist/web
  webRoot = await mkdtemp(join(tmpdir(), 'parkway-web-'));
  await build({ configFile: 'web/vite.config.ts', mode: 'production', logLevel: 'silent', build: { outDir: webRoot } });
  // review apps on subdomains of *.review.localhost (Chromium sends any *.localhost to this machine)
  api = await startTestServer({ webRoot, corsOrigins: [`http://*.review.localhost:${frontendPort}`] });
  browser = await launchChromium(chromiumPath);
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await new Promise((resolve) => frontendServer?.close(resolve));
  if (webRoot) await rm(webRoot, { recursive: true, force: true });
});

interface GraphQLAnswer<Data> {
  data?: Data;
  errors?: Array<{ message: string }>;
}

// the pages' globals, as the functions this file runs in them read them (tsconfig has no DOM types)
declare global {
  /** test/fixtures/cross-origin/index.html */
  var frontend: {
    graphql<Data>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLAnswer<Data>>;
    watch(lotId: string): void;
    updates: Array<{ lotId: string; version: number; occupancy: { available: number } }>;
    failures: string[];
  };
  /** Every CSP violation a page reported (`pageWatchingPolicy`). */
  var policyViolations: string[];
  /** What the stand-in Apollo Sandbox's operations got (`standInApolloCdn`). */
  var sandboxRan: Promise<unknown>;
}

/** Opens the frontend's page from `origin`, collecting what the browser logs about it. */
async function openFrontend(origin: string): Promise<{ page: Page; logs: string[] }> {
  const page = await browser.newPage();
  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  await page.goto(`${origin}/?api=${encodeURIComponent(api.url)}`);
  await page.waitForFunction(() => typeof frontend === 'object');
  return { page, logs };
}

const nextHour = () => ({ start: new Date().toISOString(), end: new Date(Date.now() + 3_600_000).toISOString() });

/** A lot of the demo city that can take a standard booking for the window. */
const BOOKABLE_LOT = `query ($bounds: BoundsInput!, $window: TimeWindowInput!) {
  lotsInBounds(bounds: $bounds, window: $window, filter: { spaceKind: STANDARD }, first: 1) { edges { node { id } } }
}`;
type BookableLot = { lotsInBounds: { edges: Array<{ node: { id: string } }> } };
const VEHICLES = '{ viewer { vehicles { id } bookings(status: [CONFIRMED], first: 20) { edges { node { id } } } } }';
const BOOK = `mutation ($input: CreateBookingInput!) {
  createBooking(input: $input) { booking { id } userErrors { code message } }
}`;

interface Driver {
  viewer: { vehicles: Array<{ id: string }>; bookings: { edges: Array<{ node: { id: string } }> } };
}

describe.skipIf(!chromiumPath)('a frontend on another origin', () => {
  it('queries with fetch, books with a token and watches the lot over graphql-ws, from an allowed origin', async () => {
    const { page } = await openFrontend(`http://pr-7.review.localhost:${frontendPort}`);
    const period = nextHour();
    const lots = await page.evaluate((vars) => frontend.graphql<BookableLot>(vars.query, vars.variables), {
      query: BOOKABLE_LOT,
      variables: { bounds: DEMO_CITY_BOUNDS, window: period },
    });
    expect(lots.errors).toBeUndefined();
    const lotId = lots.data!.lotsInBounds.edges[0]!.node.id;

    await page.evaluate((id) => frontend.watch(id), lotId);
    await page.waitForFunction(() => frontend.updates.length > 0 || frontend.failures.length > 0);
    expect(await page.evaluate(() => frontend.failures)).toEqual([]);
    const before = (await page.evaluate(() => frontend.updates[0]!)).occupancy.available;

    const token = await api.tokenFor(DRIVER);
    const driver = await page.evaluate((vars) => frontend.graphql<Driver>(vars.query, {}, vars.token), { query: VEHICLES, token });
    const vehicleId = driver.data!.viewer.vehicles[0]!.id;
    const booked = await page.evaluate(
      (vars) => frontend.graphql<{ createBooking: { booking: { id: string } | null; userErrors: unknown[] } }>(vars.query, { input: vars.input }, vars.token),
      { query: BOOK, input: { lotId, vehicleId, window: period }, token },
    );
    expect(booked.data!.createBooking.userErrors).toEqual([]);

    // the booking reaches the page's subscription as one space fewer
    await page.waitForFunction((free) => frontend.updates.some((update) => update.occupancy.available === free), before - 1);
    expect(await page.evaluate(() => frontend.failures)).toEqual([]);
    await page.close();
    const cancelled = await api.graphql<{ cancelBooking: { userErrors: unknown[] } }>(
      'mutation ($id: ID!) { cancelBooking(input: { bookingId: $id }) { userErrors { code } } }',
      { id: booked.data!.createBooking.booking!.id },
      { as: token },
    );
    expect(cancelled.data!.cancelBooking.userErrors).toEqual([]);
  });

  it('is refused by the browser from an origin not on the list: no answer read, no booking made, no socket', async () => {
    const { page, logs } = await openFrontend(`http://127.0.0.1:${frontendPort}`);
    const token = await api.tokenFor(DRIVER);
    const { data } = await api.graphql<Driver>(VEHICLES, {}, { as: token });
    const bookingsBefore = data!.viewer.bookings.edges.length;
    const attempt = (vars: { query: string; variables: Record<string, unknown>; token?: string }) =>
      page.evaluate((args) => frontend.graphql(args.query, args.variables, args.token).then(() => 'answered', (error: Error) => error.message), vars);

    expect(await attempt({ query: '{ __typename }', variables: {} })).toBe('Failed to fetch');
    const lot = await api.graphql<BookableLot>(BOOKABLE_LOT, { bounds: DEMO_CITY_BOUNDS, window: nextHour() });
    const lotId = lot.data!.lotsInBounds.edges[0]!.node.id;
    const input = { lotId, vehicleId: data!.viewer.vehicles[0]!.id, window: nextHour() };
    expect(await attempt({ query: BOOK, variables: { input }, token })).toBe('Failed to fetch');
    expect(logs.some((line) => line.includes('blocked by CORS policy'))).toBe(true);
    // the preflight was refused, so the mutation was never sent
    const after = await api.graphql<Driver>(VEHICLES, {}, { as: token });
    expect(after.data!.viewer.bookings.edges).toHaveLength(bookingsBefore);

    await page.evaluate((id) => frontend.watch(id), lotId);
    await page.waitForFunction(() => frontend.failures.length > 0);
    // the server answered the handshake 403, and the browser says so
    expect(logs.some((line) => line.includes('Unexpected response code: 403'))).toBe(true);
    expect(await page.evaluate(() => frontend.updates)).toEqual([]);
    await page.close();
  });
});

/** Records every CSP violation the page reports, from before its first script runs. */
async function pageWatchingPolicy(): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript({
    content: `window.policyViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => policyViolations.push(event.violatedDirective + ' ' + event.blockedURI));`,
  });
  return page;
}
const violations = (page: Page) => page.evaluate(() => policyViolations);

/**
 * Apollo's CDN, Sandbox's frame and Google Fonts as stand-ins (this machine may have no
 * internet): the stand-in Sandbox does what the real one does on this page, a frame from
 * Apollo plus operations run from the page against the endpoint, over HTTP and WebSocket.
 */
async function standInApolloCdn(page: Page): Promise<void> {
  await page.route('https://embeddable-sandbox.cdn.apollographql.com/**', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `window.EmbeddedSandbox = function (config) {
        const frame = document.createElement('iframe');
        frame.src = 'https://sandbox.embed.apollographql.com/sandbox/explorer';
        document.querySelector(config.target).appendChild(frame);
        const socket = new WebSocket(config.initialEndpoint.replace(/^http/, 'ws'), 'graphql-transport-ws');
        const opened = new Promise((resolve) => { socket.onopen = () => resolve('open'); socket.onerror = () => resolve('failed'); });
        window.sandboxRan = fetch(config.initialEndpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }).then((response) => response.json()).then(async (body) => ({ body, socket: await opened }));
      };`,
    }),
  );
  await page.route('https://sandbox.embed.apollographql.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>Sandbox</p>' }));
  await page.route('https://fonts.googleapis.com/**', (route) => route.fulfill({ contentType: 'text/css', body: '' }));
  await page.route('https://apollo-server-landing-page.cdn.apollographql.com/**', (route) => route.fulfill({ status: 404, body: '' }));
}

describe.skipIf(!chromiumPath)('the Content-Security-Policy', () => {
  it('lets the live map load, go live over its WebSocket and draw its markers, with no violation', async () => {
    const page = await pageWatchingPolicy();
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${api.url}/`);
    await page.waitForSelector('#live-status[data-state="live"]');
    await page.waitForSelector('.lot-marker[data-version]');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('lets Apollo Sandbox run its nonce-tagged scripts, frame and operations against this endpoint, with no violation', async () => {
    const page = await pageWatchingPolicy();
    await standInApolloCdn(page);
    await page.goto(`${api.url}/graphql`);
    const ran = await page.evaluate(() => sandboxRan);
    expect(ran).toEqual({ body: { data: { __typename: 'Query' } }, socket: 'open' });
    expect(await page.locator('iframe[src^="https://sandbox.embed.apollographql.com/"]').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('blocks what the policy does not allow: a script from another origin on the live map', async () => {
    const page = await pageWatchingPolicy();
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${api.url}/`);
    await page.addScriptTag({ url: `http://127.0.0.1:${frontendPort}/graphql-ws.js` }).catch(() => undefined);
    await page.waitForFunction(() => policyViolations.length > 0);
    expect(await violations(page)).toEqual([`script-src-elem http://127.0.0.1:${frontendPort}/graphql-ws.js`]);
    await page.close();
  });
});
