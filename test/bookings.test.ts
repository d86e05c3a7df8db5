import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, lots, spaces, tariffs } from '../src/db/schema/index.js';
import {
  addBlackout,
  addMember,
  addSpaces,
  addTariff,
  addWeeklyHours,
  at,
  createLot,
  createOperator,
  createUser,
  createVehicle,
  EVERY_DAY,
  many,
  nodeId,
  onDays,
  setCancellationPolicy,
  utc,
  type SpaceFixture,
  type TariffFixture,
} from './helpers/fixtures.js';
import { graphql } from './gql/generated/index.js';
import type {
  BookingFieldsFragment,
  BookingsCreateMutation,
  BookingsListQueryVariables,
  CreateBookingInput,
  SpaceKind,
} from './gql/generated/graphql.js';
import { dataOf, request } from './gql/request.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// Booking a space through the API: which space, at what price, and every expected refusal as a
// typed userError with nothing written. Each test books at its own fixture lot.

let server: TestServer;
let operatorId: string;
let lotCounter = 0;

graphql(`
  fragment BookingFields on Booking {
    id status window { start end } price { amount currency } cancellationFee { amount currency }
    cancelledAt createdAt lot { id } space { id label kind } vehicle { id plate } driver { id }
  }
`);
const CREATE = graphql(`
  mutation BookingsCreate($input: CreateBookingInput!) {
    createBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }
  }
`);
const CANCEL = graphql(`
  mutation BookingsCancel($input: CancelBookingInput!) {
    cancelBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }
  }
`);
const EXTEND = graphql(`
  mutation BookingsExtend($input: ExtendBookingInput!) {
    extendBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }
  }
`);
const QUOTE = graphql(`
  query BookingsQuote($id: ID!, $window: TimeWindowInput!, $kind: SpaceKind) {
    lot(id: $id) { quote(window: $window, spaceKind: $kind) { total { amount currency } } }
  }
`);
const NODE = graphql(`
  query BookingsNode($id: ID!) { node(id: $id) { __typename ... on Booking { ...BookingFields } } }
`);
const VIEWER_BOOKING_CURSORS = graphql(`
  query BookingsOfViewer { viewer { bookings { edges { cursor } } } }
`);

type BookingPayload = BookingsCreateMutation['createBooking'];
type BookingData = BookingFieldsFragment;

// Wednesday 15 January 2031 (GMT: UTC is the London wall clock)
const W = (day: number, fromHour: number, toHour: number) => ({
  start: `2031-01-${String(day).padStart(2, '0')}T${String(fromHour).padStart(2, '0')}:00:00.000Z`,
  end: `2031-01-${String(day).padStart(2, '0')}T${String(toHour).padStart(2, '0')}:00:00.000Z`,
});
const WINDOW = W(15, 10, 12);

interface Driver {
  id: string;
  token: string;
  vehicleId: string;
}

async function newDriver(vehicle: { heightCm?: number | null } = {}): Promise<Driver> {
  const user = await createUser(server.database.db, { displayName: 'Booking Driver' });
  const vehicleId = await createVehicle(server.database.db, user.id, vehicle);
  return { id: user.id, token: await server.tokenFor(user.email), vehicleId: nodeId('Vehicle', vehicleId) };
}

interface LotSetup {
  spaces?: SpaceFixture[];
  tariffs?: TariffFixture[];
  maxVehicleHeightCm?: number | null;
}
interface Lot {
  id: string;
  rowId: string;
  spaceIds: string[];
}

const HOURLY_250: TariffFixture = { hourlyRateAmount: 250, billingIncrementMinutes: 60 };

/** A fixture lot of the test operator, open around the clock unless hours are added. */
async function newLot(setup: LotSetup = {}): Promise<Lot> {
  const db = server.database.db;
  lotCounter += 1;
  const rowId = await createLot(db, {
    operatorId,
    name: `Booking Test Lot ${lotCounter}`,
    location: { lat: 45 + lotCounter * 0.01, lng: 7 },
    maxVehicleHeightCm: setup.maxVehicleHeightCm ?? null,
  });
  const spaceIds = await addSpaces(db, rowId, setup.spaces ?? many(3));
  for (const tariff of setup.tariffs ?? [HOURLY_250]) await addTariff(db, rowId, tariff);
  return { id: nodeId('Lot', rowId), rowId, spaceIds: spaceIds.map((id) => nodeId('Space', id)) };
}

async function book(driver: Driver, lot: Lot, input: Partial<CreateBookingInput> = {}): Promise<BookingPayload> {
  const variables = { input: { lotId: lot.id, vehicleId: driver.vehicleId, window: WINDOW, ...input } };
  return dataOf(await request(server, CREATE, variables, { as: driver.token })).createBooking;
}
const cancel = async (driver: { token: string }, bookingId: string) =>
  dataOf(await request(server, CANCEL, { input: { bookingId } }, { as: driver.token })).cancelBooking;
const extend = async (driver: { token: string }, bookingId: string, end: string) =>
  dataOf(await request(server, EXTEND, { input: { bookingId, end } }, { as: driver.token })).extendBooking;

/** Books and expects success. */
async function booked(driver: Driver, lot: Lot, input: Partial<CreateBookingInput> = {}): Promise<BookingData> {
  const payload = await book(driver, lot, input);
  expect(payload.userErrors).toEqual([]);
  expect(payload.booking).not.toBeNull();
  return payload.booking!;
}

function expectUserError(payload: BookingPayload, code: string, field: string[]): void {
  expect(payload.booking).toBeNull();
  expect(payload.userErrors).toEqual([{ code, message: expect.any(String), field }]);
}

async function quoteOf(lot: Lot, window: { start: string; end: string }, kind: SpaceKind = 'STANDARD'): Promise<{ amount: number; currency: string }> {
  const response = await request(server, QUOTE, { id: lot.id, window, kind });
  expect(response.errors).toBeUndefined();
  expect(response.data!.lot!.quote).not.toBeNull();
  return response.data!.lot!.quote!.total;
}

async function rowsOfLot(lot: Lot) {
  return server.database.db.select().from(bookings).where(eq(bookings.lotId, lot.rowId));
}

async function nodeAs(bookingId: string, token?: string): Promise<BookingData | null> {
  const response = await request(server, NODE, { id: bookingId }, token ? { as: token } : {});
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  const node = response.data!.node;
  if (node !== null) expect(node.__typename).toBe('Booking');
  return node?.__typename === 'Booking' ? node : null;
}

/** A window starting `minutes` from now, `hours` long, on whole minutes. */
function fromNow(minutes: number, hours: number): { start: string; end: string } {
  const start = Math.ceil((Date.now() + minutes * 60_000) / 60_000) * 60_000;
  return { start: new Date(start).toISOString(), end: new Date(start + hours * 3_600_000).toISOString() };
}

beforeAll(async () => {
  server = await startTestServer();
  operatorId = await createOperator(server.database.db, 'Booking Test Parking');
});
afterAll(() => server?.stop());

describe('createBooking', () => {
  it('assigns a free STANDARD space by default, priced at the Lot.quote total', async () => {
    const lot = await newLot({
      spaces: [{ kind: 'EV_CHARGING' }, { kind: 'STANDARD' }, { kind: 'EV_CHARGING' }],
      tariffs: [HOURLY_250, { name: 'EV', spaceKind: 'EV_CHARGING', hourlyRateAmount: 400 }],
    });
    const driver = await newDriver();
    const quote = await quoteOf(lot, WINDOW, 'STANDARD');
    expect(quote).toEqual({ amount: 500, currency: 'GBP' });
    const booking = await booked(driver, lot);
    expect(booking).toMatchObject({
      status: 'CONFIRMED',
      window: WINDOW,
      price: quote,
      cancellationFee: null,
      cancelledAt: null,
      lot: { id: lot.id },
      space: { id: lot.spaceIds[1], kind: 'STANDARD' },
      vehicle: { id: driver.vehicleId },
      driver: { id: nodeId('User', driver.id) },
    });
    const rows = await rowsOfLot(lot);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'CONFIRMED', priceAmount: 500, currency: 'GBP', driverId: driver.id });
  });

  it('books the kind asked for, at that kind’s quote', async () => {
    const lot = await newLot({
      spaces: [{ kind: 'STANDARD' }, { kind: 'EV_CHARGING' }],
      tariffs: [HOURLY_250, { name: 'EV', spaceKind: 'EV_CHARGING', hourlyRateAmount: 400 }],
    });
    const driver = await newDriver();
    const quote = await quoteOf(lot, WINDOW, 'EV_CHARGING');
    expect(quote.amount).toBe(800);
    const booking = await booked(driver, lot, { spaceKind: 'EV_CHARGING' });
    expect(booking.space).toMatchObject({ id: lot.spaceIds[1], kind: 'EV_CHARGING' });
    expect(booking.price).toEqual(quote);
  });

  it('locks the price: changing the tariff afterwards changes the quote but not the booking', async () => {
    const lot = await newLot();
    const driver = await newDriver();
    const booking = await booked(driver, lot);
    expect(booking.price.amount).toBe(500);
    await server.database.db.update(tariffs).set({ hourlyRateAmount: 900 }).where(eq(tariffs.lotId, lot.rowId));
    expect((await quoteOf(lot, WINDOW)).amount).toBe(1800);
    expect((await nodeAs(booking.id, driver.token))!.price).toEqual({ amount: 500, currency: 'GBP' });
  });

  it('never assigns an out-of-service space', async () => {
    const lot = await newLot({ spaces: [{ outOfService: true }, { outOfService: true }, {}] });
    const driver = await newDriver();
    expect((await booked(driver, lot)).space.id).toBe(lot.spaceIds[2]);
    expectUserError(await book(await newDriver(), lot), 'NOT_AVAILABLE', ['input', 'window']);
  });

  it('books the space named by spaceId, and answers NOT_AVAILABLE when it is taken', async () => {
    const lot = await newLot({ spaces: many(3) });
    const first = await newDriver();
    const second = await newDriver();
    const booking = await booked(first, lot, { spaceId: lot.spaceIds[2] });
    expect(booking.space.id).toBe(lot.spaceIds[2]);
    expectUserError(await book(second, lot, { spaceId: lot.spaceIds[2], window: W(15, 11, 13) }), 'NOT_AVAILABLE', ['input', 'spaceId']);
    // other spaces of the lot are still free for the same window
    expect((await booked(second, lot, { window: W(15, 11, 13) })).space.id).not.toBe(lot.spaceIds[2]);
  });

  it('answers NOT_FOUND for a spaceId of another lot', async () => {
    const lot = await newLot();
    const other = await newLot();
    expectUserError(await book(await newDriver(), lot, { spaceId: other.spaceIds[0] }), 'NOT_FOUND', ['input', 'spaceId']);
  });

  it('lets back-to-back bookings of one space both succeed ([10,12) and [12,14))', async () => {
    const lot = await newLot({ spaces: many(1) });
    const first = await booked(await newDriver(), lot, { window: W(15, 10, 12) });
    const second = await booked(await newDriver(), lot, { window: W(15, 12, 14) });
    const before = await booked(await newDriver(), lot, { window: W(15, 8, 10) });
    expect(new Set([first.space.id, second.space.id, before.space.id])).toEqual(new Set([lot.spaceIds[0]]));
    expectUserError(await book(await newDriver(), lot, { window: W(15, 11, 13) }), 'NOT_AVAILABLE', ['input', 'window']);
  });

  it('answers NOT_AVAILABLE when no space of the kind is free, and for a kind the lot does not have', async () => {
    const lot = await newLot({ spaces: many(2) });
    const a = await booked(await newDriver(), lot);
    const b = await booked(await newDriver(), lot);
    expect(a.space.id).not.toBe(b.space.id);
    expectUserError(await book(await newDriver(), lot), 'NOT_AVAILABLE', ['input', 'window']);
    // the general tariff prices every kind, so the refusal is about spaces, not price
    expectUserError(await book(await newDriver(), lot, { window: W(16, 10, 12), spaceKind: 'EV_CHARGING' }), 'NOT_AVAILABLE', [
      'input',
      'window',
    ]);
    expect(await rowsOfLot(lot)).toHaveLength(2);
  });

  it('answers OUTSIDE_OPENING_HOURS for a window the lot is not open for throughout', async () => {
    const lot = await newLot();
    await addWeeklyHours(server.database.db, lot.rowId, 'OPENING_HOURS', onDays(EVERY_DAY, '08:00', '18:00'));
    const driver = await newDriver();
    expectUserError(await book(driver, lot, { window: W(15, 17, 19) }), 'OUTSIDE_OPENING_HOURS', ['input', 'window']);
    expectUserError(await book(driver, lot, { window: W(15, 6, 9) }), 'OUTSIDE_OPENING_HOURS', ['input', 'window']);
    expect((await booked(driver, lot, { window: W(15, 8, 18) })).window).toEqual(W(15, 8, 18));
  });

  describe("at Priya's yard (bookable Mon-Fri 08:00-18:00 Europe/London)", () => {
    let yard: Lot;
    beforeAll(async () => {
      const db = server.database.db;
      const [row] = await db.select().from(lots).where(like(lots.name, "Priya's Yard%"));
      const yardSpaces = await db
        .select()
        .from(spaces)
        .where(and(eq(spaces.lotId, row!.id), eq(spaces.operatorStatus, 'IN_SERVICE'), eq(spaces.kind, 'STANDARD')));
      expect(yardSpaces.length).toBeGreaterThan(0);
      yard = { id: nodeId('Lot', row!.id), rowId: row!.id, spaceIds: yardSpaces.map((space) => nodeId('Space', space.id)) };
    });

    it('answers OUTSIDE_BOOKABLE_HOURS on a Saturday and books on a Wednesday', async () => {
      const driver = await newDriver();
      expectUserError(await book(driver, yard, { window: W(18, 10, 12) }), 'OUTSIDE_BOOKABLE_HOURS', ['input', 'window']);
      expectUserError(await book(driver, yard, { window: W(15, 17, 19) }), 'OUTSIDE_BOOKABLE_HOURS', ['input', 'window']);
      expect((await booked(driver, yard, { window: W(15, 10, 12) })).lot.id).toBe(yard.id);
    });

    it('answers LOT_CLOSED on a closed day (24 Dec 2031, a Wednesday)', async () => {
      // the seed closes the yards on 24 Dec 2026 and 2027 only: close 2031's ourselves
      await addBlackout(server.database.db, yard.rowId, at('2031-12-24T00:00:00Z'), at('2031-12-25T00:00:00Z'), 'Christmas Eve');
      const driver = await newDriver();
      expectUserError(
        await book(driver, yard, { window: { start: '2031-12-24T10:00:00Z', end: '2031-12-24T12:00:00Z' } }),
        'LOT_CLOSED',
        ['input', 'window'],
      );
      const dayBefore = await booked(driver, yard, { window: { start: '2031-12-23T10:00:00Z', end: '2031-12-23T12:00:00Z' } });
      expect(dayBefore.status).toBe('CONFIRMED');
    });
  });

  it.each([
    ['an empty window (end = start)', { start: '2031-01-15T10:00:00Z', end: '2031-01-15T10:00:00Z' }],
    ['a reversed window', { start: '2031-01-15T12:00:00Z', end: '2031-01-15T10:00:00Z' }],
    ['a window over 31 days', { start: '2031-01-01T10:00:00Z', end: '2031-02-01T10:00:01Z' }],
    ['a window starting in the past', { start: '2020-01-15T10:00:00Z', end: '2020-01-15T12:00:00Z' }],
    ['a window that started an hour ago', fromNow(-60, 2)],
  ])('answers INVALID_WINDOW for %s and writes nothing', async (_name, window) => {
    const lot = await newLot();
    expectUserError(await book(await newDriver(), lot, { window }), 'INVALID_WINDOW', ['input', 'window']);
    expect(await rowsOfLot(lot)).toEqual([]);
  });

  it('accepts a window of exactly 31 days', async () => {
    const lot = await newLot();
    const booking = await booked(await newDriver(), lot, { window: { start: '2031-01-01T10:00:00Z', end: '2031-02-01T10:00:00Z' } });
    expect(booking.window).toEqual({ start: utc('2031-01-01T10:00:00Z'), end: utc('2031-02-01T10:00:00Z') });
  });

  it("answers VEHICLE_TOO_HIGH above the lot's clearance, and books a vehicle at exactly the clearance", async () => {
    const lot = await newLot({ maxVehicleHeightCm: 200 });
    expectUserError(await book(await newDriver({ heightCm: 201 }), lot), 'VEHICLE_TOO_HIGH', ['input', 'vehicleId']);
    await booked(await newDriver({ heightCm: 200 }), lot);
    // a vehicle of unknown height is not refused
    await booked(await newDriver({ heightCm: null }), lot);
  });

  it("answers NOT_FOUND for another driver's vehicle and for an unknown lot", async () => {
    const lot = await newLot();
    const driver = await newDriver();
    const other = await newDriver();
    expectUserError(await book(driver, lot, { vehicleId: other.vehicleId }), 'NOT_FOUND', ['input', 'vehicleId']);
    expectUserError(await book(driver, lot, { lotId: nodeId('Lot', '00000000-0000-4000-8000-000000000001') }), 'NOT_FOUND', [
      'input',
      'lotId',
    ]);
    expect(await rowsOfLot(lot)).toEqual([]);
  });

  it('answers NOT_FOUND for an archived lot', async () => {
    const lot = await newLot();
    await server.database.db.update(lots).set({ archivedAt: new Date() }).where(eq(lots.id, lot.rowId));
    expectUserError(await book(await newDriver(), lot), 'NOT_FOUND', ['input', 'lotId']);
  });

  it('answers NO_TARIFF when nothing prices the kind', async () => {
    const lot = await newLot({ spaces: [{ kind: 'STANDARD' }, { kind: 'EV_CHARGING' }], tariffs: [{ spaceKind: 'EV_CHARGING', hourlyRateAmount: 300 }] });
    expectUserError(await book(await newDriver(), lot), 'NO_TARIFF', ['input', 'window']);
    expect((await booked(await newDriver(), lot, { spaceKind: 'EV_CHARGING' })).price.amount).toBe(600);
    const bare = await newLot({ tariffs: [] });
    expectUserError(await book(await newDriver(), bare), 'NO_TARIFF', ['input', 'window']);
  });

  it('answers BAD_USER_INPUT (a GraphQL error) for a malformed lot or vehicle id', async () => {
    const lot = await newLot();
    const driver = await newDriver();
    const cases: Array<[Record<string, string>, string]> = [
      [{ lotId: 'garbage' }, 'input.lotId'],
      [{ vehicleId: lot.id }, 'input.vehicleId'],
      [{ spaceId: 'garbage' }, 'input.spaceId'],
    ];
    for (const [input, argument] of cases) {
      const response = await request(
        server,
        CREATE,
        { input: { lotId: lot.id, vehicleId: driver.vehicleId, window: WINDOW, ...input } },
        { as: driver.token },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    expect(await rowsOfLot(lot)).toEqual([]);
  });

  it('changes nothing when it fails: no row, and the space stays free for the next driver', async () => {
    const lot = await newLot({ spaces: many(1), maxVehicleHeightCm: 200 });
    await addWeeklyHours(server.database.db, lot.rowId, 'OPENING_HOURS', onDays(EVERY_DAY, '07:00', '19:00'));
    const driver = await newDriver({ heightCm: 250 });
    expectUserError(await book(driver, lot), 'VEHICLE_TOO_HIGH', ['input', 'vehicleId']);
    const low = await newDriver({ heightCm: 150 });
    expectUserError(await book(low, lot, { window: W(15, 18, 20) }), 'OUTSIDE_OPENING_HOURS', ['input', 'window']);
    expectUserError(await book(low, lot, { window: W(15, 12, 10) }), 'INVALID_WINDOW', ['input', 'window']);
    expect(await rowsOfLot(lot)).toEqual([]);
    const response = await request(server, VIEWER_BOOKING_CURSORS, {}, { as: low.token });
    expect(response.data!.viewer!.bookings.edges).toEqual([]);
    expect((await booked(low, lot)).space.id).toBe(lot.spaceIds[0]);
  });
});

describe('createBooking idempotency', () => {
  it('returns the same booking for the same key and input, with one row', async () => {
    const lot = await newLot();
    const driver = await newDriver();
    const first = await booked(driver, lot, { idempotencyKey: 'order-1' });
    const again = await booked(driver, lot, { idempotencyKey: 'order-1' });
    expect(again.id).toBe(first.id);
    expect(again.space.id).toBe(first.space.id);
    const rows = await rowsOfLot(lot);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.idempotencyKey).toBe('order-1');
  });

  it('returns one booking to concurrent retries with the same key', async () => {
    const lot = await newLot({ spaces: many(5) });
    const driver = await newDriver();
    const results = await Promise.all(Array.from({ length: 6 }, () => book(driver, lot, { idempotencyKey: 'burst' })));
    for (const result of results) expect(result.userErrors).toEqual([]);
    expect(new Set(results.map((result) => result.booking!.id)).size).toBe(1);
    expect(await rowsOfLot(lot)).toHaveLength(1);
  });

  it('answers IDEMPOTENCY_KEY_REUSED for the same key with a different window, lot or vehicle', async () => {
    const lot = await newLot();
    const otherLot = await newLot();
    const driver = await newDriver();
    const secondVehicle = nodeId('Vehicle', await createVehicle(server.database.db, driver.id));
    await booked(driver, lot, { idempotencyKey: 'order-2' });
    for (const change of [{ window: W(15, 10, 13) }, { lotId: otherLot.id }, { vehicleId: secondVehicle }]) {
      expectUserError(await book(driver, lot, { idempotencyKey: 'order-2', ...change }), 'IDEMPOTENCY_KEY_REUSED', ['input', 'idempotencyKey']);
    }
    expect(await rowsOfLot(lot)).toHaveLength(1);
    expect(await rowsOfLot(otherLot)).toHaveLength(0);
  });

  it('answers IDEMPOTENCY_KEY_REUSED for the same key asking for another space kind', async () => {
    const lot = await newLot({
      spaces: [{ kind: 'STANDARD' }, { kind: 'EV_CHARGING' }],
      tariffs: [HOURLY_250],
    });
    const driver = await newDriver();
    expect((await booked(driver, lot, { idempotencyKey: 'order-kind' })).space.kind).toBe('STANDARD');
    const retry = await book(driver, lot, { idempotencyKey: 'order-kind', spaceKind: 'EV_CHARGING' });
    expectUserError(retry, 'IDEMPOTENCY_KEY_REUSED', ['input', 'idempotencyKey']);
  });

  it('keeps keys apart per driver: the same key from another driver makes another booking', async () => {
    const lot = await newLot();
    const first = await booked(await newDriver(), lot, { idempotencyKey: 'shared-key' });
    const second = await booked(await newDriver(), lot, { idempotencyKey: 'shared-key' });
    expect(second.id).not.toBe(first.id);
    expect(second.space.id).not.toBe(first.space.id);
    expect(await rowsOfLot(lot)).toHaveLength(2);
  });

  it('refuses an empty or over-long key with INVALID_INPUT', async () => {
    const lot = await newLot();
    const driver = await newDriver();
    expectUserError(await book(driver, lot, { idempotencyKey: '   ' }), 'INVALID_INPUT', ['input', 'idempotencyKey']);
    expectUserError(await book(driver, lot, { idempotencyKey: 'k'.repeat(201) }), 'INVALID_INPUT', ['input', 'idempotencyKey']);
    await booked(driver, lot, { idempotencyKey: 'k'.repeat(200) });
  });
});

describe('viewer.bookings', () => {
  const LIST = graphql(`
    query BookingsList($status: [BookingStatus!], $first: Int, $after: String) {
      viewer {
        bookings(status: $status, first: $first, after: $after) {
          edges { cursor node { id status } }
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        }
      }
    }
  `);
  async function list(driver: Driver, variables: BookingsListQueryVariables = {}) {
    const response = await request(server, LIST, variables, { as: driver.token });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.viewer!.bookings;
  }

  it("lists the driver's own bookings newest first, filters by status and pages with cursors", async () => {
    const lot = await newLot({ spaces: many(2) });
    const driver = await newDriver();
    const made: BookingData[] = [];
    for (const day of [20, 21, 22, 23]) made.push(await booked(driver, lot, { window: W(day, 10, 12) }));
    // someone else's booking never shows up
    await booked(await newDriver(), lot, { window: W(20, 10, 12) });
    expect((await cancel(driver, made[1]!.id)).userErrors).toEqual([]);
    const newestFirst = [...made].reverse().map((booking) => booking.id);

    const all = await list(driver);
    expect(all.edges.map((edge) => edge.node.id)).toEqual(newestFirst);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    expect((await list(driver, { status: ['CANCELLED'] })).edges.map((edge) => edge.node.id)).toEqual([made[1]!.id]);
    expect((await list(driver, { status: ['CONFIRMED'] })).edges.map((edge) => edge.node.id)).toEqual(
      newestFirst.filter((id) => id !== made[1]!.id),
    );
    expect((await list(driver, { status: ['COMPLETED', 'NO_SHOW'] })).edges).toEqual([]);

    const page1 = await list(driver, { first: 3 });
    expect(page1.edges.map((edge) => edge.node.id)).toEqual(newestFirst.slice(0, 3));
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, startCursor: page1.edges[0]!.cursor, endCursor: page1.edges[2]!.cursor });
    const page2 = await list(driver, { first: 3, after: page1.pageInfo.endCursor });
    expect(page2.edges.map((edge) => edge.node.id)).toEqual(newestFirst.slice(3));
    expect(page2.pageInfo.hasNextPage).toBe(false);

    const filtered1 = await list(driver, { status: ['CONFIRMED'], first: 2 });
    const filtered2 = await list(driver, { status: ['CONFIRMED'], first: 2, after: filtered1.pageInfo.endCursor });
    expect([...filtered1.edges, ...filtered2.edges].map((edge) => edge.node.id)).toEqual(newestFirst.filter((id) => id !== made[1]!.id));
    expect(filtered2.pageInfo.hasNextPage).toBe(false);
  });

  it('answers BAD_USER_INPUT for a cursor it did not issue and for first over 100', async () => {
    const driver = await newDriver();
    for (const variables of [{ after: 'bogus' }, { first: 101 }, { first: -1 }]) {
      const response = await request(server, LIST, variables, { as: driver.token });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('cancelBooking', () => {
  it('is free (fee 0) earlier than the free-cancellation time before the start', async () => {
    const lot = await newLot();
    await setCancellationPolicy(server.database.db, lot.rowId, { freeCancellationMinutes: 60, cancellationFeeAmount: 300 });
    const driver = await newDriver();
    const booking = await booked(driver, lot);
    const before = Date.now();
    const cancelled = await cancel(driver, booking.id);
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.booking).toMatchObject({ id: booking.id, status: 'CANCELLED', cancellationFee: { amount: 0, currency: 'GBP' }, price: booking.price });
    expect(Date.parse(cancelled.booking!.cancelledAt!)).toBeGreaterThan(before - 60_000);
    const [row] = await rowsOfLot(lot);
    expect(row).toMatchObject({ status: 'CANCELLED', cancellationFeeAmount: 0 });
  });

  it("charges the lot's fee later than the free-cancellation time", async () => {
    const lot = await newLot({ tariffs: [{ hourlyRateAmount: 500 }] });
    await setCancellationPolicy(server.database.db, lot.rowId, { freeCancellationMinutes: 60, cancellationFeeAmount: 300 });
    const driver = await newDriver();
    const booking = await booked(driver, lot, { window: fromNow(30, 2) });
    expect(booking.price.amount).toBe(1000);
    const cancelled = await cancel(driver, booking.id);
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.booking).toMatchObject({ status: 'CANCELLED', cancellationFee: { amount: 300, currency: 'GBP' } });
  });

  it('caps the late fee at the booking price', async () => {
    const lot = await newLot({ tariffs: [{ hourlyRateAmount: 200 }] });
    await setCancellationPolicy(server.database.db, lot.rowId, { freeCancellationMinutes: 120, cancellationFeeAmount: 5000 });
    const driver = await newDriver();
    const booking = await booked(driver, lot, { window: fromNow(30, 1) });
    expect(booking.price.amount).toBe(200);
    expect((await cancel(driver, booking.id)).booking?.cancellationFee).toEqual({ amount: 200, currency: 'GBP' });
  });

  it('answers NOT_CANCELLABLE the second time', async () => {
    const lot = await newLot();
    const driver = await newDriver();
    const booking = await booked(driver, lot);
    expect((await cancel(driver, booking.id)).userErrors).toEqual([]);
    expectUserError(await cancel(driver, booking.id), 'NOT_CANCELLABLE', ['input', 'bookingId']);
  });

  it('frees the space: a new booking of that space succeeds', async () => {
    const lot = await newLot({ spaces: many(1) });
    const driver = await newDriver();
    const booking = await booked(driver, lot);
    const waiting = await newDriver();
    expectUserError(await book(waiting, lot), 'NOT_AVAILABLE', ['input', 'window']);
    expect((await cancel(driver, booking.id)).userErrors).toEqual([]);
    const next = await booked(waiting, lot, { spaceId: lot.spaceIds[0] });
    expect(next.space.id).toBe(booking.space.id);
  });

  it("answers NOT_FOUND to another driver (and changes nothing); an admin can cancel", async () => {
    const lot = await newLot();
    const driver = await newDriver();
    const booking = await booked(driver, lot);
    expectUserError(await cancel(await newDriver(), booking.id), 'NOT_FOUND', ['input', 'bookingId']);
    expect((await nodeAs(booking.id, driver.token))!.status).toBe('CONFIRMED');
    const admin = await server.tokenFor('admin@parkway.dev');
    const cancelled = await cancel({ token: admin }, booking.id);
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.booking).toMatchObject({ id: booking.id, status: 'CANCELLED' });
  });

  it('answers NOT_FOUND for a booking id that does not exist', async () => {
    expectUserError(await cancel(await newDriver(), nodeId('Booking', '00000000-0000-4000-8000-000000000002')), 'NOT_FOUND', [
      'input',
      'bookingId',
    ]);
  });
});

describe('extendBooking', () => {
  it('moves the end later when the space stays free, re-priced for the whole new window', async () => {
    const lot = await newLot({ spaces: many(1), tariffs: [{ hourlyRateAmount: 250, dailyCapAmount: 1200 }] });
    const driver = await newDriver();
    const booking = await booked(driver, lot, { window: W(15, 10, 12) });
    expect(booking.price.amount).toBe(500);
    const quote = await quoteOf(lot, W(15, 10, 16));
    const extended = await extend(driver, booking.id, W(15, 10, 16).end);
    expect(extended.userErrors).toEqual([]);
    expect(extended.booking).toMatchObject({ id: booking.id, status: 'CONFIRMED', window: W(15, 10, 16), price: quote });
    expect(quote.amount).toBe(1200);
    expect((await rowsOfLot(lot))[0]).toMatchObject({ priceAmount: 1200, period: { start: at(W(15, 10, 16).start), end: at(W(15, 10, 16).end) } });
  });

  it('answers NOT_AVAILABLE when another booking follows on that space, and leaves the booking as it was', async () => {
    const lot = await newLot({ spaces: many(1) });
    const driver = await newDriver();
    const booking = await booked(driver, lot, { window: W(15, 10, 12) });
    await booked(await newDriver(), lot, { window: W(15, 13, 15) });
    expectUserError(await extend(driver, booking.id, W(15, 10, 14).end), 'NOT_AVAILABLE', ['input', 'end']);
    expect((await nodeAs(booking.id, driver.token))!).toMatchObject({ window: W(15, 10, 12), price: booking.price });
    // up to the next booking's start is fine (half-open windows)
    expect((await extend(driver, booking.id, W(15, 10, 13).end)).booking?.window).toEqual(W(15, 10, 13));
  });

  it('answers INVALID_WINDOW when the new end is not later than the current end', async () => {
    const lot = await newLot();
    const driver = await newDriver();
    const booking = await booked(driver, lot, { window: W(15, 10, 12) });
    expectUserError(await extend(driver, booking.id, W(15, 10, 12).end), 'INVALID_WINDOW', ['input', 'end']);
    expectUserError(await extend(driver, booking.id, W(15, 10, 11).end), 'INVALID_WINDOW', ['input', 'end']);
  });

  it('answers OUTSIDE_OPENING_HOURS when the new end is after closing', async () => {
    const lot = await newLot();
    await addWeeklyHours(server.database.db, lot.rowId, 'OPENING_HOURS', onDays(EVERY_DAY, '08:00', '18:00'));
    const driver = await newDriver();
    const booking = await booked(driver, lot, { window: W(15, 10, 12) });
    expectUserError(await extend(driver, booking.id, W(15, 10, 19).end), 'OUTSIDE_OPENING_HOURS', ['input', 'end']);
  });

  it('answers NOT_EXTENDABLE for a cancelled booking', async () => {
    const lot = await newLot();
    const driver = await newDriver();
    const booking = await booked(driver, lot);
    await cancel(driver, booking.id);
    expectUserError(await extend(driver, booking.id, W(15, 10, 14).end), 'NOT_EXTENDABLE', ['input', 'bookingId']);
  });

  it("answers NOT_FOUND to another driver", async () => {
    const lot = await newLot();
    const driver = await newDriver();
    const booking = await booked(driver, lot);
    expectUserError(await extend(await newDriver(), booking.id, W(15, 10, 14).end), 'NOT_FOUND', ['input', 'bookingId']);
    expect((await nodeAs(booking.id, driver.token))!.window).toEqual(WINDOW);
  });
});

describe('node(id) of a Booking', () => {
  it("is visible to its driver, an admin and the lot operator's staff (without the driver); null to others", async () => {
    const db = server.database.db;
    const lot = await newLot();
    const staff = await createUser(db);
    await addMember(db, operatorId, staff.id, 'STAFF');
    const driver = await newDriver();
    const booking = await booked(driver, lot);

    expect(await nodeAs(booking.id, driver.token)).toMatchObject({ __typename: 'Booking', id: booking.id, driver: { id: nodeId('User', driver.id) } });
    expect(await nodeAs(booking.id, await server.tokenFor('admin@parkway.dev'))).toMatchObject({
      id: booking.id,
      driver: { id: nodeId('User', driver.id) },
    });
    const asStaff = await nodeAs(booking.id, await server.tokenFor(staff.email));
    expect(asStaff).toMatchObject({ id: booking.id, vehicle: { plate: booking.vehicle.plate }, driver: null });
    expect(await nodeAs(booking.id, (await newDriver()).token)).toBeNull();
    expect(await nodeAs(booking.id, await server.tokenFor('gate@citypark.example'))).toBeNull();
    expect(await nodeAs(booking.id)).toBeNull();
  });
});
