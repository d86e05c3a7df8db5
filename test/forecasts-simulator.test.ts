import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/db/client.js';
import { findLotsForSimulation, upsertHistoryRows } from '../src/db/queries/simulated-history.js';
import { simulateHistory } from '../src/simulator/history.js';
import { runLive } from '../src/simulator/live.js';
import { globalId } from './helpers/fixtures.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';
import { eventually, subscribe } from './helpers/subscriptions.js';

const HOUR_MS = 60 * 60 * 1000;
const MANCHESTER = { south: 53.4, west: -2.35, north: 53.55, east: -2.1 };

let server: TestServer;
let db: Database;

beforeAll(async () => {
  server = await startTestServer();
  db = server.database.db;
});

afterAll(async () => {
  await server?.stop();
});

describe('npm run simulate -- --history', () => {
  it('replays the same history for the same seed, and another for another seed', () => {
    const lots = [{ id: 'a', lotType: 'STREET' as const, timeZone: 'Europe/London', capacity: { STANDARD: 8 } }];
    const day = (seed: number) => [...simulateHistory(lots, new Date('2031-01-15T00:00:00Z'), new Date('2031-01-16T00:00:00Z'), seed)].flat();
    const first = day(7);
    expect(first).toHaveLength(96);
    expect(day(7)).toEqual(first);
    expect(day(8)).not.toEqual(first);
    // three 5-minute samples a bucket, within capacity, busier at noon than at 3 a.m.
    expect(first.every((row) => row.samples === 3 && row.occupiedMin <= row.occupiedMax && row.occupiedMax <= 8)).toBe(true);
    const meanAt = (hour: number) => first.filter((row) => row.bucketStart.getUTCHours() === hour).reduce((sum, row) => sum + row.occupiedSum, 0);
    expect(meanAt(12)).toBeGreaterThan(meanAt(3));
  });

  it('writes weeks of history that Lot.forecast then learns from', async () => {
    const lots = await findLotsForSimulation(db, 2);
    const now = new Date();
    for (const batch of simulateHistory(lots, new Date(now.getTime() - 9 * 7 * 24 * HOUR_MS), now, 1)) await upsertHistoryRows(db, batch);
    const from = new Date(Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS);
    const { data, errors } = (await server.graphql(
      `query ($id: ID!, $window: ForecastWindowInput!) { lot(id: $id) { ... on Lot { forecast(window: $window) { method historyWeeks capacity points { expectedFree } } } } }`,
      { id: globalId('Lot', lots[0]!.id), window: { from, to: new Date(from.getTime() + 6 * HOUR_MS) } },
    )) as GraphQLResponse<{ lot: { forecast: { method: string; historyWeeks: number; capacity: number; points: Array<{ expectedFree: number }> } } }>;
    expect(errors).toBeUndefined();
    const forecast = data!.lot.forecast;
    expect(forecast).toMatchObject({ method: 'LOT_HISTORY', historyWeeks: 8 });
    expect(forecast.points).toHaveLength(6);
    for (const { expectedFree } of forecast.points) {
      expect(expectedFree).toBeGreaterThanOrEqual(0);
      expect(expectedFree).toBeLessThanOrEqual(forecast.capacity);
    }
  });
});

describe('npm run simulate (live)', () => {
  it('drives the server through its API: bookings, gate reads and sensor reports, and the live map sees them', async () => {
    const { auth } = loadConfig({});
    if (auth.kind !== 'hs256') throw new Error('tests sign development tokens');
    type Update = { lotOccupancyChanged: { version: number; lot: { id: string } } };
    const watcher = subscribe<Update>(
      server.wsClient(),
      `subscription ($bounds: BoundsInput) { lotOccupancyChanged(bounds: $bounds) { version lot { id } } }`,
      { bounds: MANCHESTER },
    );
    const lotCount = (await server.graphql<{ lots: { edges: unknown[] } }>(`{ lots(first: 100) { edges { cursor } } }`)).data!.lots.edges.length;
    await eventually(() => watcher.messages.length >= lotCount, 30_000, 'the snapshot of every demo lot');
    const before = new Map(watcher.messages.map(({ lotOccupancyChanged: update }) => [update.lot.id, update.version]));
    // a Wednesday noon in the demo city, 10 simulated minutes a real second
    const stats = await runLive({
      url: server.url,
      speed: 600,
      seed: 3,
      hours: 1,
      start: new Date('2031-01-15T12:00:00Z'),
      auth,
      drivers: 2,
      vehiclesPerDriver: 15,
      log: () => undefined,
    });
    expect(stats.errors).toBe(0);
    expect(stats.bookings).toBeGreaterThan(0);
    expect(stats.entries).toBeGreaterThan(0);
    // every simulated car that came in through a gate left through one when the run stopped
    expect(stats.exits).toBe(stats.entries);
    expect(stats.sensorReports).toBeGreaterThan(0);
    const moved = () => watcher.messages.some(({ lotOccupancyChanged: update }) => update.version > (before.get(update.lot.id) ?? Infinity));
    await eventually(moved, 30_000, 'an occupancy update after the snapshot');
    watcher.dispose();
  });
});
