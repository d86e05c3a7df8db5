import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { occupancyHistory } from '../../src/db/schema/index.js';
import { showLotHistory, showOperatorReport } from '../../web/screenshot-views.js';
import { DEMO_CITY_BOUNDS } from '../../web/src/viewport.js';
import { chromiumForTests, startBrowserWorld, type BrowserWorld } from '../helpers/browser.js';
import { nodeId } from '../helpers/fixtures.js';
import { book, CHECK_IN, CHECK_OUT, moneyWorld, send } from '../helpers/payments.js';
import type { TestServer } from '../helpers/server.js';

// The history charts as a person sees them, in headless Chromium: the live map's lot panel draws
// a lot's last 24 hours from Lot.occupancyHistory and the next 12 from Lot.forecast, and the operator page (operator.html) draws
// Operator.report. Each chart is checked against the API's own answer for the same question
// (its series' sums) and for ink on its canvas, and photographed into docs/ for the README.
// Skipped with a notice where no Chromium is found (a failure under CI=true).

const chromiumPath = chromiumForTests();
const QUARTER = 15 * 60_000;
const DAY = 24 * 60 * 60_000;

let server: TestServer;
let browser: Browser;
let pages: BrowserWorld | undefined;

beforeAll(async () => {
  if (!chromiumPath) return;
  pages = await startBrowserWorld(chromiumPath);
  ({ server, browser } = pages);
});

afterAll(() => pages?.close());

/** A day's shape: quiet nights, busy late mornings, busier some days; `capacity` spaces, for `days` back from now. */
async function writeHistory(lotId: string, capacity: number, days: number): Promise<void> {
  const { db } = server.database;
  await db.delete(occupancyHistory).where(sql`${occupancyHistory.lotId} = ${lotId}`);
  const last = Math.floor(Date.now() / QUARTER) * QUARTER - QUARTER;
  const rows = Array.from({ length: (days * DAY) / QUARTER }, (_, index) => {
    const at = last - index * QUARTER;
    const hour = new Date(at).getUTCHours() + new Date(at).getUTCMinutes() / 60;
    const busier = 0.6 + 0.4 * ((Math.floor(at / DAY) % 3) / 2);
    const mean = Math.round(capacity * busier * (0.15 + 0.75 * Math.exp(-((hour - 11) ** 2) / 10)));
    return { lotId, spaceKind: 'STANDARD' as const, bucketStart: new Date(at), capacity, occupiedMin: Math.max(0, mean - 1), occupiedMax: Math.min(capacity, mean + 1), occupiedSum: mean * 4, samples: 4 };
  });
  for (let start = 0; start < rows.length; start += 500) await db.insert(occupancyHistory).values(rows.slice(start, start + 500));
}

/** Coloured pixels of `rgb` on the chart's canvas: the line was drawn, not just an empty canvas. */
function inkOf(page: Page, chart: string, rgb: [number, number, number]): Promise<number> {
  return page.evaluate(
    ([selector, [red, green, blue]]) => {
      // runs in the page: the test's own type check has no DOM library
      const page = globalThis as unknown as { document: { querySelector(selector: string): any } };
      const canvas = page.document.querySelector(`${selector} canvas`);
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height) as { data: Uint8ClampedArray };
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - red) < 12 && Math.abs(data[i + 1]! - green) < 12 && Math.abs(data[i + 2]! - blue) < 12 && data[i + 3]! > 200) count++;
      }
      return count;
    },
    [chart, rgb] as const,
  );
}

const sums = async (page: Page, chart: string) => (await page.getAttribute(chart, 'data-sums'))!.split('|').map(Number);

describe.skipIf(!chromiumPath)('history charts in the browser', () => {
  it('the live map\'s lot panel draws the lot\'s last 24 hours from Lot.occupancyHistory and the next 12 from Lot.forecast', async () => {
    const { data } = await server.graphql<any>(
      `query ($bounds: BoundsInput!) { lotsInBounds(bounds: $bounds, first: 1) { edges { node { id name occupancy { total } } } } }`,
      { bounds: DEMO_CITY_BOUNDS },
    );
    const lot = data.lotsInBounds.edges[0].node;
    // 8 days: the forecast then has the same hours a week ago to learn from
    await writeHistory(Buffer.from(lot.id, 'base64url').toString().split(':')[1]!, lot.occupancy.total, 8);

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${server.url}/`);
    await showLotHistory(page, lot.id);
    expect(await page.textContent('#lot-name')).toBe(lot.name);

    // the API's answer to the question the page asked
    const range = { from: await page.getAttribute('#lot-history-chart', 'data-from'), to: await page.getAttribute('#lot-history-chart', 'data-to') };
    const api = await server.graphql<any>(
      `query ($id: ID!, $range: HistoryRangeInput!) { node(id: $id) { ... on Lot { occupancyHistory(range: $range, bucket: FIFTEEN_MINUTES) { occupiedMean occupiedMax capacity } } } }`,
      { id: lot.id, range },
    );
    const points: Array<{ occupiedMean: number; occupiedMax: number; capacity: number }> = api.data.node.occupancyHistory;
    expect(points.length).toBeGreaterThanOrEqual(96);
    expect(await page.getAttribute('#lot-history-chart', 'data-series')).toBe('Taken (mean)|Taken (most)|Spaces|Forecast taken');
    const add = (pick: (point: (typeof points)[number]) => number) => points.reduce((total, point) => total + pick(point), 0);
    // and to the forecast it asked for: the next 12 hours as spaces expected to be taken
    const window = { from: range.to, to: await page.getAttribute('#lot-history-chart', 'data-forecast-to') };
    const forecast = (
      await server.graphql<any>(
        `query ($id: ID!, $window: ForecastWindowInput!) { node(id: $id) { ... on Lot { forecast(window: $window, bucket: FIFTEEN_MINUTES) { method capacity points { expectedFree } } } } }`,
        { id: lot.id, window },
      )
    ).data.node.forecast as { method: string; capacity: number; points: Array<{ expectedFree: number }> };
    expect(forecast.method).not.toBe('NO_HISTORY');
    expect(forecast.points.length).toBeGreaterThanOrEqual(48);
    const [mean, most, capacity, expectedTaken] = await sums(page, '#lot-history-chart');
    expect([mean, most, capacity]).toEqual([add((p) => p.occupiedMean), add((p) => p.occupiedMax), add((p) => p.capacity)]);
    expect(expectedTaken).toBeCloseTo(forecast.points.reduce((total, point) => total + forecast.capacity - point.expectedFree, 0), 2);
    expect(Number(await page.getAttribute('#lot-history-chart', 'data-points'))).toBe(points.length + forecast.points.length);
    // the mean line (#0b5cad) and the forecast's dashes (#8250df) are on the canvas
    expect(await inkOf(page, '#lot-history-chart', [11, 92, 173])).toBeGreaterThan(200);
    expect(await inkOf(page, '#lot-history-chart', [130, 80, 223])).toBeGreaterThan(50);
    await page.screenshot({ path: 'test-results/lot-history.png' });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('the operator page draws Operator.report for a manager: utilisation, turnover and revenue by day', async () => {
    const world = await moneyWorld(server, { spaces: 4 });
    await writeHistory(world.lotId, 4, 7);
    const created = await book(server, world, 2, 62);
    await send(server, CHECK_IN, { bookingId: created.booking.id }, world.driver.token);
    await send(server, CHECK_OUT, { bookingId: created.booking.id }, world.driver.token);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(`${server.url}/operator.html`);
    await showOperatorReport(page, world.managerToken, nodeId('Operator', world.operatorId));
    const range = { from: await page.inputValue('#report-from'), to: await page.inputValue('#report-to') };

    const api = await server.graphql<any>(
      `query ($id: ID!, $range: ReportRangeInput!) { node(id: $id) { ... on Operator { report(range: $range) { rows { day utilisation turnover revenue { amount } } } } } }`,
      { id: nodeId('Operator', world.operatorId), range },
      { as: world.managerToken },
    );
    const rows: Array<{ day: string; utilisation: number | null; turnover: number | null; revenue: Array<{ amount: number }> }> = api.data.node.report.rows;
    expect(rows.length).toBeGreaterThanOrEqual(7);
    // one lot: each day's utilisation on the chart is the row's, in percent
    expect(Number(await page.getAttribute('#chart-rates', 'data-points'))).toBe(rows.length);
    expect((await sums(page, '#chart-rates'))[0]).toBeCloseTo(rows.reduce((total, row) => total + (row.utilisation ?? 0) * 100, 0), 2);
    expect((await sums(page, '#chart-turnover'))[0]).toBeCloseTo(rows.reduce((total, row) => total + (row.turnover ?? 0), 0), 2);
    expect(await page.getAttribute('#chart-revenue', 'data-series')).toBe('GBP');
    const revenue = rows.reduce((total, row) => total + row.revenue.reduce((sum, line) => sum + line.amount, 0), 0);
    expect(revenue).toBe(300);
    expect((await sums(page, '#chart-revenue'))[0]).toBeCloseTo(revenue / 100, 2);
    expect(await inkOf(page, '#chart-rates', [11, 92, 173])).toBeGreaterThan(100);
    expect(await page.getAttribute('#report-csv', 'href')).toMatch(/^blob:/);
    await page.screenshot({ path: 'test-results/operator-report.png', fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
