import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addBlackout,
  addBooking,
  addSpaces,
  addTariff,
  addWeeklyHours,
  at,
  createDriver,
  createLot,
  createOperator,
  destination,
  EVERY_DAY,
  haversineMeters,
  many,
  onDays,
  WEEKDAYS,
  type LatLng,
} from './helpers/fixtures.js';
import { lotBlackouts, lots as lotsTable, spaces as spacesTable } from '../src/db/schema/index.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import type { LotFilter, SearchBoundsQueryVariables, SearchNearQueryVariables, SearchPageFieldsFragment, TimeWindowInput } from './gql/generated/graphql.js';
import { request, requestOverWebSocket } from './gql/request.js';

// Each scenario lives in its own place on the map, far (> 50 km, the largest radius) from the
// others and from the seeded Manchester lots, so a search only ever sees its own fixtures.
const OSLO: LatLng = { lat: 59.91, lng: 10.75 }; // distances and paging
const LONDON: LatLng = { lat: 51.5, lng: -0.12 }; // filters
const BIRMINGHAM: LatLng = { lat: 52.48, lng: -1.9 }; // windows
const EDINBURGH: LatLng = { lat: 55.95, lng: -3.19 }; // open now
const DIJON: LatLng = { lat: 47.32, lng: 5.04 }; // map viewport
const HELSINKI: LatLng = { lat: 60.17, lng: 24.94 }; // equal distances
const REYKJAVIK: LatLng = { lat: 64.13, lng: -21.9 }; // many closed lots before the open ones
const LILLE: LatLng = { lat: 50.5, lng: 2.0 }; // a wide viewport
const LE_HAVRE: LatLng = { lat: 49.5, lng: 0.0 }; // near the southern edge of a viewport

// Wednesday 15 January 2031, 10:00-12:00 (GMT, so UTC is the London wall clock).
const WINDOW = { start: '2031-01-15T10:00:00Z', end: '2031-01-15T12:00:00Z' };

graphql(`
  fragment SearchPageFields on LotSearchConnection {
    edges { cursor distanceMeters node { id name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
`);
const LOTS_NEAR = graphql(`
  query SearchNear($near: LatLngInput!, $radius: Float, $window: TimeWindowInput, $filter: LotFilter, $first: Int, $after: String) {
    lotsNear(near: $near, radiusMeters: $radius, window: $window, filter: $filter, first: $first, after: $after) { ...SearchPageFields }
  }
`);
const LOTS_IN_BOUNDS = graphql(`
  query SearchBounds($bounds: BoundsInput!, $window: TimeWindowInput, $filter: LotFilter, $first: Int, $after: String) {
    lotsInBounds(bounds: $bounds, window: $window, filter: $filter, first: $first, after: $after) { ...SearchPageFields }
  }
`);
const LOTS_NEAR_DEFAULT_FIRST = graphql(`
  query SearchNearDefaultFirst($near: LatLngInput!, $radius: Float) { lotsNear(near: $near, radiusMeters: $radius) { ...SearchPageFields } }
`);
const FIRST_LOTS_CURSOR = graphql(`
  query SearchFirstLotsCursor { lots(first: 1) { pageInfo { endCursor } } }
`);
const OPERATORS_NEAR = graphql(`
  query SearchOperatorsNear($near: LatLngInput!) { lotsNear(near: $near, radiusMeters: 2000) { edges { node { name operator { id } } } } }
`);
const NESTED = graphql(`
  query SearchNested($near: LatLngInput!, $window: TimeWindowInput!, $first: Int) {
    lotsNear(near: $near, radiusMeters: 2600, first: $first, window: $window) {
      edges {
        distanceMeters
        node {
          name
          operator { name }
          spaces(first: 5) { edges { node { label } } }
          availability(window: $window) { available byKind { kind available } }
          quote(window: $window) { total { amount } }
        }
      }
    }
  }
`);

type SearchPage = SearchPageFieldsFragment;
type SearchEdge = SearchPage['edges'][number];

const statements: string[] = [];
let server: TestServer;

async function lotsNear(variables: SearchNearQueryVariables): Promise<SearchPage> {
  const response = await request(server, LOTS_NEAR, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.lotsNear;
}

async function namesNear(variables: SearchNearQueryVariables): Promise<string[]> {
  return (await lotsNear({ first: 100, ...variables })).edges.map((edge) => edge.node.name);
}

async function lotsInBounds(variables: SearchBoundsQueryVariables): Promise<SearchPage> {
  const response = await request(server, LOTS_IN_BOUNDS, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.lotsInBounds;
}

/** The response is one BAD_USER_INPUT error naming `argument`, and `field` has no data. */
function expectBadInput<Data extends object>(response: GraphQLResponse<Data>, field: keyof Data, argument?: string): void {
  expect(response.errors, JSON.stringify(response)).toHaveLength(1);
  expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', ...(argument && { argument }) });
  expect(response.data?.[field] ?? null).toBeNull();
}

/** Every page of a search, following endCursor. */
async function allPages(query: (after: string | null) => Promise<SearchPage>): Promise<SearchEdge[][]> {
  const pages: SearchEdge[][] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const page = await query(after);
    pages.push(page.edges);
    if (!page.pageInfo.hasNextPage) return pages;
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    after = page.pageInfo.endCursor;
  }
  throw new Error('more than 50 pages');
}

// --- fixtures --------------------------------------------------------------------------------

/**
 * Oslo: 25 lots at 70, 170, ... 2470 m from the centre on scattered bearings, 2 more beyond 2600 m.
 * No lot is within 3% of a radius the tests use (PostGIS measures on the spheroid, ~0.5% off a sphere).
 */
const osloLots: Array<{ name: string; location: LatLng }> = [];
const osloFarLots: Array<{ name: string; location: LatLng }> = [];
const OSLO_RADIUS = 2600;

async function seedOslo(): Promise<void> {
  const db = server.database.db;
  const operatorIds = [
    await createOperator(db, 'Oslo Parkering AS'),
    await createOperator(db, 'Fjord Park'),
    await createOperator(db, 'Kari Nordmann', 'PRIVATE'),
  ];
  const driver = await createDriver(db);
  // Insert in an order unrelated to distance, so insertion order cannot pass for nearest-first.
  const order = Array.from({ length: 25 }, (_, i) => (i * 7) % 25);
  for (const i of order) {
    const meters = (i + 1) * 100 - 30;
    const location = destination(OSLO, (i * 137) % 360, meters);
    const name = `Oslo ${String(meters).padStart(4, '0')} m`;
    osloLots.push({ name, location });
    const lotId = await createLot(db, {
      operatorId: operatorIds[i % 3]!,
      name,
      location,
      timeZone: 'Europe/Oslo',
      currency: 'NOK',
    });
    const spaceIds = await addSpaces(db, lotId, [...many(2, 'STANDARD'), ...many(1, 'EV_CHARGING'), ...many(1, 'STANDARD', true)]);
    await addTariff(db, lotId, { hourlyRateAmount: 3000 + i * 100, billingIncrementMinutes: 30, dailyCapAmount: 30_000 });
    if (i % 2 === 0) await addTariff(db, lotId, { name: 'EV', spaceKind: 'EV_CHARGING', hourlyRateAmount: 5000 });
    if (i % 3 === 0) await addWeeklyHours(db, lotId, 'OPENING_HOURS', onDays(EVERY_DAY, '06:00', '23:00'));
    if (i % 4 === 0) await addWeeklyHours(db, lotId, 'BOOKABLE_HOURS', onDays(EVERY_DAY, '07:00', '22:00'));
    if (i % 5 === 0) await addBlackout(db, lotId, at('2031-02-01T00:00:00Z'), at('2031-02-02T00:00:00Z'));
    if (i % 2 === 1) {
      await addBooking(db, driver, { lotId, spaceId: spaceIds[0]!, start: at('2031-01-15T09:00:00Z'), end: at('2031-01-15T11:00:00Z') });
    }
  }
  osloLots.sort((a, b) => a.name.localeCompare(b.name));
  for (const [bearing, meters] of [
    [10, 2800],
    [200, 4000],
  ] as const) {
    const far = { name: `Oslo far ${meters} m`, location: destination(OSLO, bearing, meters) };
    osloFarLots.push(far);
    const lotId = await createLot(db, { operatorId: operatorIds[0]!, ...far, timeZone: 'Europe/Oslo', currency: 'NOK' });
    await addSpaces(db, lotId, many(2));
  }
}

/** London: five lots that differ in what the filters look at. */
async function seedLondon(): Promise<void> {
  const db = server.database.db;
  const network = await createOperator(db, 'Thames Parking');
  const other = await createOperator(db, 'Capital Yards');
  const lot = async (name: string, meters: number, fields: Partial<Parameters<typeof createLot>[1]>, spaces: Parameters<typeof addSpaces>[2], hourly: number) => {
    const lotId = await createLot(db, {
      operatorId: network,
      name,
      location: destination(LONDON, meters * 3, meters),
      ...fields,
    });
    await addSpaces(db, lotId, spaces);
    await addTariff(db, lotId, { hourlyRateAmount: hourly, billingIncrementMinutes: 60 });
    return lotId;
  };
  // name, distance, lot fields, spaces, hourly rate (2 hours = twice that)
  await lot('Covered Low', 100, { covered: true, maxVehicleHeightCm: 190, access: 'PUBLIC', operatorId: network }, many(3), 300);
  await lot('Open Tall', 200, { covered: false, maxVehicleHeightCm: null, access: 'PUBLIC', operatorId: other }, [...many(2), ...many(1, 'EV_CHARGING')], 200);
  await lot('Private Van Yard', 300, { covered: false, maxVehicleHeightCm: 250, access: 'PRIVATE', operatorId: other, lotType: 'PRIVATE_YARD' }, many(1, 'VAN'), 100);
  await lot('Customers Only', 400, { covered: true, maxVehicleHeightCm: 210, access: 'CUSTOMERS', operatorId: network }, [...many(2), ...many(1, 'EV_CHARGING', true)], 500);
  await lot('Euro Lot', 500, { covered: false, maxVehicleHeightCm: null, access: 'PUBLIC', operatorId: other, currency: 'EUR' }, many(1), 100);
}

/** Birmingham: lots that can or cannot take a booking for WINDOW. */
async function seedBirmingham(): Promise<void> {
  const db = server.database.db;
  const operatorId = await createOperator(db, 'Midlands Parking');
  const driver = await createDriver(db);
  const lot = async (name: string, meters: number, spaces: Parameters<typeof addSpaces>[2]) => {
    const lotId = await createLot(db, { operatorId, name, location: destination(BIRMINGHAM, meters, meters) });
    const spaceIds = await addSpaces(db, lotId, spaces);
    await addTariff(db, lotId, { hourlyRateAmount: 200 });
    return { lotId, spaceIds };
  };
  const book = (lotId: string, spaceId: string, start: string, end: string, status: 'CONFIRMED' | 'CHECKED_IN' | 'CANCELLED' = 'CONFIRMED') =>
    addBooking(db, driver, { lotId, spaceId, start: at(start), end: at(end), status });

  const partlyBooked = await lot('Partly booked', 100, many(2));
  await book(partlyBooked.lotId, partlyBooked.spaceIds[0]!, '2031-01-15T09:00:00Z', '2031-01-15T13:00:00Z');

  const full = await lot('Fully booked', 200, many(2));
  await book(full.lotId, full.spaceIds[0]!, '2031-01-15T11:00:00Z', '2031-01-15T11:30:00Z');
  await book(full.lotId, full.spaceIds[1]!, '2031-01-15T08:00:00Z', '2031-01-15T10:30:00Z', 'CHECKED_IN');

  const weekdaysOnly = await lot('Closed on Wednesdays', 300, many(2));
  await addWeeklyHours(db, weekdaysOnly.lotId, 'OPENING_HOURS', onDays([1, 2, 4, 5], '08:00', '18:00'));

  const openMornings = await lot('Bookable mornings only', 400, many(2));
  await addWeeklyHours(db, openMornings.lotId, 'BOOKABLE_HOURS', onDays(WEEKDAYS, '06:00', '11:00'));

  const evOnly = await lot('EV free only', 500, [...many(1, 'STANDARD'), ...many(1, 'EV_CHARGING')]);
  await book(evOnly.lotId, evOnly.spaceIds[0]!, '2031-01-15T10:00:00Z', '2031-01-15T12:00:00Z');

  const blackout = await lot('Blacked out', 600, many(2));
  await addBlackout(db, blackout.lotId, at('2031-01-15T11:30:00Z'), at('2031-01-15T14:00:00Z'));

  const cancelled = await lot('Cancelled booking', 700, many(1));
  await book(cancelled.lotId, cancelled.spaceIds[0]!, '2031-01-15T10:00:00Z', '2031-01-15T12:00:00Z', 'CANCELLED');

  const backToBack = await lot('Back to back', 800, many(1));
  await book(backToBack.lotId, backToBack.spaceIds[0]!, '2031-01-15T08:00:00Z', '2031-01-15T10:00:00Z');
  await book(backToBack.lotId, backToBack.spaceIds[0]!, '2031-01-15T12:00:00Z', '2031-01-15T14:00:00Z');

  await lot('Out of service', 900, many(2, 'STANDARD', true));
}

/** Edinburgh: one lot open 24/7, one open around now, one closed now (hours computed from the clock). */
async function seedEdinburgh(): Promise<void> {
  const db = server.database.db;
  const operatorId = await createOperator(db, 'Lothian Parking');
  const hourNow = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' }).format(new Date()),
  );
  const hh = (hour: number) => `${String(((hour % 24) + 24) % 24).padStart(2, '0')}:00`;
  const always = await createLot(db, { operatorId, name: 'Always open', location: destination(EDINBURGH, 0, 100) });
  await addSpaces(db, always, many(1));
  const openNow = await createLot(db, { operatorId, name: 'Open around now', location: destination(EDINBURGH, 90, 200) });
  await addSpaces(db, openNow, many(1));
  // every day from two hours before the current hour to two hours after (overnight when it wraps)
  await addWeeklyHours(db, openNow, 'OPENING_HOURS', onDays(EVERY_DAY, hh(hourNow - 2), hh(hourNow + 2)));
  const closedNow = await createLot(db, { operatorId, name: 'Closed now', location: destination(EDINBURGH, 180, 300) });
  await addSpaces(db, closedNow, many(1));
  // every day from three hours after the current hour to five hours after: never includes now
  await addWeeklyHours(db, closedNow, 'OPENING_HOURS', onDays(EVERY_DAY, hh(hourNow + 3), hh(hourNow + 5)));
}

/** Dijon: three lots inside a small box and two just outside it. */
const DIJON_BOX = { south: DIJON.lat - 0.01, west: DIJON.lng - 0.02, north: DIJON.lat + 0.01, east: DIJON.lng + 0.02 };
const dijonInside = [
  { name: 'Dijon centre', location: { lat: DIJON.lat + 0.001, lng: DIJON.lng } },
  { name: 'Dijon north-east', location: { lat: DIJON.lat + 0.005, lng: DIJON.lng + 0.01 } },
  { name: 'Dijon south-west corner', location: { lat: DIJON.lat - 0.009, lng: DIJON.lng - 0.018 } },
];
const dijonOutside = [
  { name: 'Dijon north of box', location: { lat: DIJON.lat + 0.012, lng: DIJON.lng } },
  { name: 'Dijon east of box', location: { lat: DIJON.lat, lng: DIJON.lng + 0.025 } },
];

/** Fiji: two lots either side of the antimeridian, and one at longitude 0 on the same latitude. */
const fijiLots = [
  { name: 'Fiji west of 180', location: { lat: -17.0, lng: 179.95 } },
  { name: 'Fiji east of 180', location: { lat: -17.05, lng: -179.8 } },
  { name: 'Gulf of Guinea', location: { lat: -17.0, lng: 0 } },
];

async function seedBoxes(): Promise<void> {
  const db = server.database.db;
  const operatorId = await createOperator(db, 'Viewport Parking');
  const driver = await createDriver(db);
  for (const { name, location } of [...dijonInside, ...dijonOutside]) {
    const lotId = await createLot(db, { operatorId, name, location, timeZone: 'Europe/Paris', currency: 'EUR' });
    const [spaceId] = await addSpaces(db, lotId, many(1));
    if (name === 'Dijon north-east') {
      await addBooking(db, driver, { lotId, spaceId: spaceId!, start: at(WINDOW.start), end: at(WINDOW.end) });
    }
  }
  for (const { name, location } of fijiLots) {
    const lotId = await createLot(db, { operatorId, name, location, timeZone: 'Pacific/Fiji', currency: 'FJD' });
    await addSpaces(db, lotId, many(1));
  }
}

/** Helsinki: four lots at the very same point and one 100 m away. */
async function seedHelsinki(): Promise<void> {
  const db = server.database.db;
  const operatorId = await createOperator(db, 'Helsinki Parking');
  for (const name of ['Same spot A', 'Same spot B', 'Same spot C', 'Same spot D']) {
    await addSpaces(db, await createLot(db, { operatorId, name, location: HELSINKI, timeZone: 'Europe/Helsinki', currency: 'EUR' }), many(1));
  }
  const farther = await createLot(db, { operatorId, name: 'Next door', location: destination(HELSINKI, 45, 100), timeZone: 'Europe/Helsinki', currency: 'EUR' });
  await addSpaces(db, farther, many(1));
}

/** Reykjavik: 520 lots closed for WINDOW (a blackout) within 530 m, then three open ones. */
const REYKJAVIK_CLOSED = 520;
async function seedReykjavik(): Promise<void> {
  const db = server.database.db;
  const operatorId = await createOperator(db, 'Reykjavik Parking');
  const rows = Array.from({ length: REYKJAVIK_CLOSED }, (_, i) => ({
    operatorId,
    name: `Closed ${i}`,
    address: `${i} Fixture Street`,
    location: destination(REYKJAVIK, (i * 13) % 360, 10 + i),
    timeZone: 'Atlantic/Reykjavik',
    currency: 'ISK',
    lotType: 'SURFACE' as const,
  }));
  const closed = await db.insert(lotsTable).values(rows).returning({ id: lotsTable.id });
  await db.insert(spacesTable).values(closed.map(({ id }) => ({ lotId: id, label: 'P-1' })));
  await db
    .insert(lotBlackouts)
    .values(closed.map(({ id }) => ({ lotId: id, period: { start: at('2031-01-15T00:00:00Z'), end: at('2031-01-16T00:00:00Z') } })));
  for (const meters of [600, 650, 700]) {
    const lotId = await createLot(db, {
      operatorId,
      name: `Open ${meters} m`,
      location: destination(REYKJAVIK, 90, meters),
      timeZone: 'Atlantic/Reykjavik',
      currency: 'ISK',
    });
    await addSpaces(db, lotId, many(1));
  }
}

/** Around Lille: one lot inside a 40-degree-wide viewport (the London and Birmingham lots are north of it). */
async function seedLille(): Promise<void> {
  const db = server.database.db;
  const operatorId = await createOperator(db, 'Nord Parking');
  await addSpaces(db, await createLot(db, { operatorId, name: 'Lille', location: LILLE, timeZone: 'Europe/Paris', currency: 'EUR' }), many(1));
  await addSpaces(db, await createLot(db, { operatorId, name: 'Le Havre', location: LE_HAVRE, timeZone: 'Europe/Paris', currency: 'EUR' }), many(1));
}

beforeAll(async () => {
  server = await startTestServer({ onQuery: (query) => statements.push(query) });
  await seedHelsinki();
  await seedReykjavik();
  await seedLille();
  await seedOslo();
  await seedLondon();
  await seedBirmingham();
  await seedEdinburgh();
  await seedBoxes();
});
afterAll(() => server?.stop());

// --- lotsNear --------------------------------------------------------------------------------

describe('lotsNear', () => {
  it('returns only the lots within the radius, nearest first', async () => {
    const { edges } = await lotsNear({ near: OSLO, radius: OSLO_RADIUS, first: 100 });
    expect(edges.map((edge) => edge.node.name)).toEqual(osloLots.map((lot) => lot.name));
    expect(edges.map((edge) => edge.node.name)).not.toContain('Oslo far 2800 m');
  });

  it('a smaller radius leaves out the lots beyond it', async () => {
    const names = await namesNear({ near: OSLO, radius: 550 });
    expect(names).toEqual(['Oslo 0070 m', 'Oslo 0170 m', 'Oslo 0270 m', 'Oslo 0370 m', 'Oslo 0470 m']);
    expect(await namesNear({ near: OSLO, radius: 50 })).toEqual([]);
  });

  it('defaults radiusMeters to 1000', async () => {
    const names = await namesNear({ near: OSLO });
    expect(names).toEqual(osloLots.slice(0, 10).map((lot) => lot.name));
  });

  it('gives each edge its great-circle distance in metres (within 1% of haversine)', async () => {
    const { edges } = await lotsNear({ near: OSLO, radius: OSLO_RADIUS, first: 100 });
    expect(edges).toHaveLength(25);
    for (const edge of edges) {
      const lot = osloLots.find((candidate) => candidate.name === edge.node.name)!;
      const expected = haversineMeters(OSLO, lot.location);
      expect(Math.abs(edge.distanceMeters - expected) / expected, edge.node.name).toBeLessThan(0.01);
    }
    const distances = edges.map((edge) => edge.distanceMeters);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('pages with opaque cursors: every lot once, in the same order, whatever the page size', async () => {
    const everything = (await lotsNear({ near: OSLO, radius: OSLO_RADIUS, first: 100 })).edges.map((edge) => edge.node.id);
    expect(everything).toHaveLength(25);
    for (const size of [1, 7, 10, 25]) {
      const pages = await allPages((after) => lotsNear({ near: OSLO, radius: OSLO_RADIUS, first: size, after }));
      expect(pages.map((page) => page.length)).toEqual(
        Array.from({ length: Math.ceil(25 / size) }, (_, i) => Math.min(size, 25 - i * size)),
      );
      expect(pages.flat().map((edge) => edge.node.id)).toEqual(everything);
    }
  });

  it('fills pageInfo: start and end cursors of the page, no previous page', async () => {
    const first = await lotsNear({ near: OSLO, radius: OSLO_RADIUS, first: 3 });
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: first.edges[0]!.cursor,
      endCursor: first.edges[2]!.cursor,
    });
    const last = await lotsNear({ near: OSLO, radius: OSLO_RADIUS, first: 5, after: (await lotsNear({ near: OSLO, radius: OSLO_RADIUS, first: 20 })).pageInfo.endCursor });
    expect(last.edges.map((edge) => edge.node.name)).toEqual(osloLots.slice(20).map((lot) => lot.name));
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('defaults first to 20', async () => {
    const response = await request(server, LOTS_NEAR_DEFAULT_FIRST, { near: OSLO, radius: OSLO_RADIUS });
    expect(response.errors).toBeUndefined();
    expect(response.data!.lotsNear.edges.map((edge) => edge.node.name)).toEqual(osloLots.slice(0, 20).map((lot) => lot.name));
    expect(response.data!.lotsNear.pageInfo.hasNextPage).toBe(true);
  });

  it('answers the same over WebSocket, including BAD_USER_INPUT', async () => {
    const overHttp = await lotsNear({ near: OSLO, radius: 550, window: WINDOW });
    const overWs = await requestOverWebSocket(server, LOTS_NEAR, { near: OSLO, radius: 550, window: WINDOW });
    expect(overWs.errors).toBeUndefined();
    expect(overWs.data!.lotsNear.edges.map((edge) => [edge.node.name, edge.distanceMeters])).toEqual(
      overHttp.edges.map((edge) => [edge.node.name, edge.distanceMeters]),
    );
    const bad = await requestOverWebSocket(server, LOTS_NEAR, { near: OSLO, radius: 0 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'radiusMeters' });
  });

  it('returns an empty page for first: 0', async () => {
    const page = await lotsNear({ near: OSLO, radius: OSLO_RADIUS, first: 0 });
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, startCursor: null, endCursor: null });
  });

  it('continues a page with a window and filter in place', async () => {
    const variables: SearchNearQueryVariables = { near: OSLO, radius: OSLO_RADIUS, window: WINDOW, filter: { spaceKind: 'EV_CHARGING' } };
    const everything = (await lotsNear({ ...variables, first: 100 })).edges.map((edge) => edge.node.id);
    expect(everything).toHaveLength(25);
    const pages = await allPages((after) => lotsNear({ ...variables, first: 6, after }));
    expect(pages.flat().map((edge) => edge.node.id)).toEqual(everything);
  });

  it.each([
    [{ first: 101 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ first: 5, after: 'not-a-cursor' }, 'after'],
    [{ first: 5, after: Buffer.from('{"kind":"lotsNear","key":"drop table lots"}').toString('base64url') }, 'after'],
  ])('rejects %j with BAD_USER_INPUT on %s', async (variables, argument) => {
    const response = await request(server, LOTS_NEAR, { near: OSLO, radius: OSLO_RADIUS, ...variables });
    expectBadInput(response, 'lotsNear', argument);
  });

  it('pages lots at exactly the same distance one at a time without losing or repeating any', async () => {
    const everything = (await lotsNear({ near: HELSINKI, radius: 500, first: 100 })).edges;
    expect(everything.map((edge) => edge.node.name).sort()).toEqual(['Next door', 'Same spot A', 'Same spot B', 'Same spot C', 'Same spot D']);
    expect(everything.at(-1)!.node.name).toBe('Next door');
    for (const size of [1, 2, 3]) {
      const pages = await allPages((after) => lotsNear({ near: HELSINKI, radius: 500, first: size, after }));
      expect(pages.flat().map((edge) => edge.node.id)).toEqual(everything.map((edge) => edge.node.id));
    }
  });

  it('with a window, a client following endCursor reaches open lots behind hundreds of closed ones', async () => {
    const found: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 30; page++) {
      const result: SearchPage = await lotsNear({ near: REYKJAVIK, radius: 1000, window: WINDOW, first: 5, after });
      found.push(...result.edges.map((edge) => edge.node.name));
      if (!result.pageInfo.hasNextPage) break;
      // a page that says more follow must say where to continue from
      expect(result.pageInfo.endCursor, `page ${page} has hasNextPage but no endCursor`).not.toBeNull();
      after = result.pageInfo.endCursor;
    }
    expect(found).toEqual(['Open 600 m', 'Open 650 m', 'Open 700 m']);
  });

  it('rejects a cursor of the plain lots list with BAD_USER_INPUT on after', async () => {
    const { data } = await request(server, FIRST_LOTS_CURSOR, {});
    const response = await request(server, LOTS_NEAR, { near: OSLO, radius: OSLO_RADIUS, first: 5, after: data!.lots.pageInfo.endCursor });
    expectBadInput(response, 'lotsNear', 'after');
  });
});

// --- lotsInBounds ----------------------------------------------------------------------------

describe('lotsInBounds', () => {
  it('returns only the lots inside the box, nearest its centre first, with distances from the centre', async () => {
    const { edges } = await lotsInBounds({ bounds: DIJON_BOX, first: 100 });
    const centre = { lat: (DIJON_BOX.south + DIJON_BOX.north) / 2, lng: (DIJON_BOX.west + DIJON_BOX.east) / 2 };
    const expected = [...dijonInside].sort((a, b) => haversineMeters(centre, a.location) - haversineMeters(centre, b.location));
    expect(edges.map((edge) => edge.node.name)).toEqual(expected.map((lot) => lot.name));
    for (const [index, edge] of edges.entries()) {
      const want = haversineMeters(centre, expected[index]!.location);
      expect(Math.abs(edge.distanceMeters - want) / want, edge.node.name).toBeLessThan(0.01);
    }
  });

  it('pages the box with cursors, no duplicates or gaps', async () => {
    const everything = (await lotsInBounds({ bounds: DIJON_BOX, first: 100 })).edges.map((edge) => edge.node.id);
    const pages = await allPages((after) => lotsInBounds({ bounds: DIJON_BOX, first: 2, after }));
    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    expect(pages.flat().map((edge) => edge.node.id)).toEqual(everything);
  });

  it('with a window leaves out a lot with no free space', async () => {
    const { edges } = await lotsInBounds({ bounds: DIJON_BOX, window: WINDOW, first: 100 });
    expect(edges.map((edge) => edge.node.name).sort()).toEqual(['Dijon centre', 'Dijon south-west corner']);
  });

  it('keeps exactly the latitude/longitude rectangle of a 40-degree viewport: the middle in, the geodesic bulge out', async () => {
    // The geodesic edge from (51N, 20W) to (51N, 20E) bulges north to about 52.7N, past the
    // London (51.5N) and Birmingham (52.5N) fixtures, which are outside the rectangle.
    const names = (await lotsInBounds({ bounds: { south: 50, west: -20, north: 51, east: 20 }, first: 100 })).edges.map(
      (edge) => edge.node.name,
    );
    expect(names).toEqual(['Lille']);
  });

  it('a region-sized viewport keeps a lot 40 m inside its southern edge', async () => {
    // A 1-degree-wide map of the Oslo region whose southern edge runs just south of the lot 70 m
    // north of the centre. (A geodesic southern edge would bulge ~100 m north here and cut it off.)
    const nearest = osloLots.find((lot) => lot.name === 'Oslo 0070 m')!;
    const bounds = { south: nearest.location.lat - 0.00036, west: 10.25, north: 60.2, east: 11.25 };
    const inside = [...osloLots, ...osloFarLots].filter(
      ({ location: { lat, lng } }) => lat >= bounds.south && lat <= bounds.north && lng >= bounds.west && lng <= bounds.east,
    );
    const names = (await lotsInBounds({ bounds, first: 100 })).edges.map((edge) => edge.node.name);
    expect(names).toContain('Oslo 0070 m');
    expect(names.sort()).toEqual(inside.map((lot) => lot.name).sort());
  });

  it('a 2-degree viewport keeps a lot 55 m inside the middle of its southern edge', async () => {
    // A map of Normandy, 2 degrees wide and centred on the Greenwich meridian: a geodesic southern
    // edge would bulge ~480 m north at the centre and leave this lot out.
    const bounds = { south: LE_HAVRE.lat - 0.0005, west: -1, north: 49.9, east: 1 };
    const names = (await lotsInBounds({ bounds, first: 100 })).edges.map((edge) => edge.node.name);
    expect(names).toEqual(['Le Havre']);
  });

  it('treats west > east as a box across the antimeridian', async () => {
    const bounds = { south: -17.5, west: 179.5, north: -16.5, east: -179.5 };
    const { edges } = await lotsInBounds({ bounds, first: 100 });
    expect(edges.map((edge) => edge.node.name)).toEqual(['Fiji west of 180', 'Fiji east of 180']);
    const centre = { lat: -17, lng: 180 };
    for (const edge of edges) {
      const lot = fijiLots.find((candidate) => candidate.name === edge.node.name)!;
      const want = haversineMeters(centre, lot.location);
      expect(Math.abs(edge.distanceMeters - want) / want, edge.node.name).toBeLessThan(0.01);
    }
  });

  it('a box that does not cross the antimeridian spans the longitudes between west and east', async () => {
    const bounds = { south: -17.5, west: -179.5, north: -16.5, east: 179.5 };
    const names = (await lotsInBounds({ bounds, first: 100 })).edges.map((edge) => edge.node.name);
    expect(names).toEqual(['Gulf of Guinea']);
  });

  it.each([
    [{ south: 1, west: 0, north: 0, east: 1 }],
    [{ south: -91, west: 0, north: 0, east: 1 }],
    [{ south: 0, west: 0, north: 90.5, east: 1 }],
    [{ south: 0, west: -181, north: 1, east: 1 }],
    [{ south: 0, west: 0, north: 1, east: 180.01 }],
  ])('rejects bounds %j with BAD_USER_INPUT on bounds', async (bounds) => {
    expectBadInput(await request(server, LOTS_IN_BOUNDS, { bounds }), 'lotsInBounds', 'bounds');
  });

  it.each([
    [{ first: 101 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ after: 'garbage' }, 'after'],
  ])('rejects %j with BAD_USER_INPUT on %s', async (variables, argument) => {
    expectBadInput(await request(server, LOTS_IN_BOUNDS, { bounds: DIJON_BOX, ...variables }), 'lotsInBounds', argument);
  });

  it('rejects a bad window with BAD_USER_INPUT on window', async () => {
    const window = { start: WINDOW.end, end: WINDOW.start };
    expectBadInput(await request(server, LOTS_IN_BOUNDS, { bounds: DIJON_BOX, window }), 'lotsInBounds', 'window');
  });
});

// --- bad input -------------------------------------------------------------------------------

describe('bad search input', () => {
  it.each([
    [{ near: { lat: 90.5, lng: 0 } }, 'near'],
    [{ near: { lat: -91, lng: 0 } }, 'near'],
    [{ near: { lat: 0, lng: 180.5 } }, 'near'],
    [{ near: { lat: 0, lng: -181 } }, 'near'],
    [{ near: OSLO, radius: 0 }, 'radiusMeters'],
    [{ near: OSLO, radius: -10 }, 'radiusMeters'],
    [{ near: OSLO, radius: 50_001 }, 'radiusMeters'],
    [{ near: OSLO, window: { start: WINDOW.start, end: WINDOW.start } }, 'window'],
    [{ near: OSLO, window: { start: WINDOW.end, end: WINDOW.start } }, 'window'],
    [{ near: OSLO, window: { start: '2031-01-01T00:00:00Z', end: '2031-02-01T00:00:01Z' } }, 'window'],
    [{ near: OSLO, filter: { maxPrice: { amount: 1000, currency: 'GBP' } } }, 'filter.maxPrice'],
    [{ near: OSLO, filter: { operatorId: 'not-an-id' } }, 'filter.operatorId'],
  ])('rejects %j with BAD_USER_INPUT on %s', async (variables, argument) => {
    expectBadInput(await request(server, LOTS_NEAR, variables), 'lotsNear', argument);
  });

  it('rejects the id of a lot as filter.operatorId', async () => {
    const [edge] = (await lotsNear({ near: OSLO, radius: OSLO_RADIUS, first: 1 })).edges;
    const response = await request(server, LOTS_NEAR, { near: OSLO, filter: { operatorId: edge!.node.id } });
    expectBadInput(response, 'lotsNear', 'filter.operatorId');
  });

  it.each([['2031-01-15T09:00:00'], ['2031-01-15'], ['2031-02-30T09:00:00Z'], ['tomorrow at nine'], ['']])(
    'rejects the DateTime %j (no UTC offset, or not a real instant) with BAD_USER_INPUT',
    async (start) => {
      const response = await request(server, LOTS_NEAR, { near: OSLO, window: { start, end: '2031-03-15T11:00:00Z' } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.data?.lotsNear ?? null).toBeNull();
    },
  );

  it('rejects a negative maxPrice amount with BAD_USER_INPUT', async () => {
    const response = await request(server, LOTS_NEAR, {
      near: OSLO,
      window: WINDOW,
      filter: { maxPrice: { amount: -1, currency: 'NOK' } },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(String(response.errors?.[0]?.extensions?.argument)).toMatch(/^filter\.maxPrice/);
  });

  it('accepts the limits themselves: radius 50000, lat ±90, lng ±180, a 31-day window', async () => {
    for (const variables of [
      { near: OSLO, radius: 50_000 },
      { near: { lat: 90, lng: 180 } },
      { near: { lat: -90, lng: -180 } },
      { near: OSLO, window: { start: '2031-01-01T00:00:00Z', end: '2031-02-01T00:00:00Z' } },
    ]) {
      const response = await request(server, LOTS_NEAR, variables);
      expect(response.errors, JSON.stringify(variables)).toBeUndefined();
    }
  });

  it('accepts local times with an offset as the same instants', async () => {
    // 11:00+01:00 is 10:00Z: the "Fully booked" lot is still fully booked, the rest as with UTC
    const withOffsets = await namesNear({
      near: BIRMINGHAM,
      radius: 2000,
      window: { start: '2031-01-15T11:00:00+01:00', end: '2031-01-15T13:00:00+01:00' },
    });
    expect(withOffsets).toEqual(await namesNear({ near: BIRMINGHAM, radius: 2000, window: WINDOW }));
  });
});

// --- windows ---------------------------------------------------------------------------------

describe('searching with a window', () => {
  const ALL_BIRMINGHAM = [
    'Partly booked',
    'Fully booked',
    'Closed on Wednesdays',
    'Bookable mornings only',
    'EV free only',
    'Blacked out',
    'Cancelled booking',
    'Back to back',
    'Out of service',
  ];

  it('without a window returns every lot, bookable or not', async () => {
    expect(await namesNear({ near: BIRMINGHAM, radius: 2000 })).toEqual(ALL_BIRMINGHAM);
  });

  it('with a window returns only lots that can take a booking for the whole window', async () => {
    expect(await namesNear({ near: BIRMINGHAM, radius: 2000, window: WINDOW })).toEqual([
      'Partly booked',
      'EV free only',
      'Cancelled booking',
      'Back to back',
    ]);
  });

  it('with filter.spaceKind returns only lots with a free space of that kind', async () => {
    expect(await namesNear({ near: BIRMINGHAM, radius: 2000, window: WINDOW, filter: { spaceKind: 'STANDARD' } })).toEqual([
      'Partly booked',
      'Cancelled booking',
      'Back to back',
    ]);
    expect(await namesNear({ near: BIRMINGHAM, radius: 2000, window: WINDOW, filter: { spaceKind: 'EV_CHARGING' } })).toEqual([
      'EV free only',
    ]);
  });

  it('a window the closures do not touch brings those lots back', async () => {
    // Tuesday 14 January, 08:30-10:30: inside both weekly schedules, before the blackout, and
    // every booking is on the 15th; only the lot with no space in service stays out.
    const names = await namesNear({
      near: BIRMINGHAM,
      radius: 2000,
      window: { start: '2031-01-14T08:30:00Z', end: '2031-01-14T10:30:00Z' },
    });
    expect(names).toEqual(ALL_BIRMINGHAM.filter((name) => name !== 'Out of service'));
  });
});

// --- filters ---------------------------------------------------------------------------------

describe('search filters', () => {
  const near = (filter: LotFilter, window?: TimeWindowInput) =>
    namesNear({ near: LONDON, radius: 2000, filter, ...(window && { window }) });

  it('no filter returns all five London lots, nearest first', async () => {
    expect(await near({})).toEqual(['Covered Low', 'Open Tall', 'Private Van Yard', 'Customers Only', 'Euro Lot']);
  });

  it('spaceKind without a window: lots having in-service spaces of that kind', async () => {
    expect(await near({ spaceKind: 'EV_CHARGING' })).toEqual(['Open Tall']);
    expect(await near({ spaceKind: 'VAN' })).toEqual(['Private Van Yard']);
    expect(await near({ spaceKind: 'MOTORCYCLE' })).toEqual([]);
  });

  it('vehicleHeightCm leaves out lots with a lower limit; no limit always fits', async () => {
    expect(await near({ vehicleHeightCm: 200 })).toEqual(['Open Tall', 'Private Van Yard', 'Customers Only', 'Euro Lot']);
    expect(await near({ vehicleHeightCm: 210 })).toEqual(['Open Tall', 'Private Van Yard', 'Customers Only', 'Euro Lot']);
    expect(await near({ vehicleHeightCm: 211 })).toEqual(['Open Tall', 'Private Van Yard', 'Euro Lot']);
    expect(await near({ vehicleHeightCm: 300 })).toEqual(['Open Tall', 'Euro Lot']);
  });

  it('covered true / false', async () => {
    expect(await near({ covered: true })).toEqual(['Covered Low', 'Customers Only']);
    expect(await near({ covered: false })).toEqual(['Open Tall', 'Private Van Yard', 'Euro Lot']);
  });

  it('publicOnly keeps only PUBLIC lots', async () => {
    expect(await near({ publicOnly: true })).toEqual(['Covered Low', 'Open Tall', 'Euro Lot']);
  });

  it('operatorId (a global Operator id) keeps only that operator\'s lots', async () => {
    const { data } = await request(server, OPERATORS_NEAR, { near: LONDON });
    const operatorOf = new Map(data!.lotsNear.edges.map((edge) => [edge.node.name, edge.node.operator.id]));
    expect(operatorOf.get('Covered Low')).not.toBe(operatorOf.get('Open Tall'));
    expect(await near({ operatorId: operatorOf.get('Covered Low') })).toEqual(['Covered Low', 'Customers Only']);
    expect(await near({ operatorId: operatorOf.get('Open Tall') })).toEqual(['Open Tall', 'Private Van Yard', 'Euro Lot']);
  });

  it('every condition must hold', async () => {
    expect(await near({ covered: true, vehicleHeightCm: 200 })).toEqual(['Customers Only']);
    expect(await near({ covered: true, vehicleHeightCm: 200, publicOnly: true })).toEqual([]);
    expect(await near({ covered: false, spaceKind: 'STANDARD', publicOnly: true })).toEqual(['Open Tall', 'Euro Lot']);
  });

  it('maxPrice with a window leaves out lots quoted above it or in another currency', async () => {
    // two hours: Covered Low 600, Open Tall 400, Private Van Yard 200, Customers Only 1000 (GBP); Euro Lot 200 EUR
    expect(await near({ maxPrice: { amount: 600, currency: 'GBP' } }, WINDOW)).toEqual(['Covered Low', 'Open Tall', 'Private Van Yard']);
    expect(await near({ maxPrice: { amount: 599, currency: 'GBP' } }, WINDOW)).toEqual(['Open Tall', 'Private Van Yard']);
    expect(await near({ maxPrice: { amount: 10_000, currency: 'GBP' } }, WINDOW)).toEqual([
      'Covered Low',
      'Open Tall',
      'Private Van Yard',
      'Customers Only',
    ]);
    expect(await near({ maxPrice: { amount: 10_000, currency: 'EUR' } }, WINDOW)).toEqual(['Euro Lot']);
    expect(await near({ maxPrice: { amount: 199, currency: 'EUR' } }, WINDOW)).toEqual([]);
  });

  it('openNow keeps lots whose opening hours include the present moment', async () => {
    const all = await namesNear({ near: EDINBURGH, radius: 2000 });
    expect(all).toEqual(['Always open', 'Open around now', 'Closed now']);
    expect(await namesNear({ near: EDINBURGH, radius: 2000, filter: { openNow: true } })).toEqual(['Always open', 'Open around now']);
  });
});

// --- batching --------------------------------------------------------------------------------

describe('a nested search page', () => {
  async function countStatements(first: number): Promise<number> {
    statements.length = 0;
    const { data, errors } = await request(server, NESTED, { near: OSLO, window: WINDOW, first });
    expect(errors).toBeUndefined();
    const edges = data!.lotsNear.edges;
    expect(edges).toHaveLength(first);
    for (const edge of edges) {
      expect(edge.node.spaces.edges).toHaveLength(4);
      expect(edge.node.availability!.available).toBeGreaterThan(0);
      expect(edge.node.quote?.total.amount).toBeGreaterThan(0);
    }
    // the live-update reader works in the background after fixture writes; it is not this request's
    return statements.filter((statement) => !statement.includes('parking_events')).length;
  }

  it('runs the same number of SQL statements for 5 and 20 lots, at most 12', async () => {
    const five = await countStatements(5);
    const twenty = await countStatements(20);
    expect(twenty).toBe(five);
    expect(twenty).toBeLessThanOrEqual(12);
  });
});
