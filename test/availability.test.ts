import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addBlackout,
  addBooking,
  addSpaces,
  addWeeklyHours,
  at,
  createDriver,
  createLot,
  createOperator,
  globalId,
  many,
  onDays,
  utc,
  WEEKDAYS,
  type BookingStatus,
  type LatLng,
  type SpaceFixture,
} from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import type { AvailabilityHoursQuery, AvailabilityOfLotQuery } from './gql/generated/graphql.js';
import { request } from './gql/request.js';

// Every test builds its own lot (in Oslo or in London-time elsewhere, far from the seeded
// Manchester lots) and asks about it through `lot(id:)`.

const AVAILABILITY = graphql(`
  query AvailabilityOfLot($id: ID!, $window: TimeWindowInput!) {
    lot(id: $id) {
      availability(window: $window) {
        window { start end }
        total
        available
        byKind { kind total available }
        closedReason
      }
    }
  }
`);
const HOURS = graphql(`
  query AvailabilityHours($id: ID!) {
    lot(id: $id) {
      openingHours { dayOfWeek opensAt closesAt }
      bookableHours { dayOfWeek opensAt closesAt }
    }
  }
`);
const OCCUPANCY = graphql(`
  query AvailabilityOccupancy($id: ID!) {
    lot(id: $id) {
      occupancy { ...OccupancyFields }
    }
  }
`);

type Availability = NonNullable<AvailabilityOfLotQuery['lot']>['availability'];

let server: TestServer;
let operatorId: string;
let driver: { driverId: string; vehicleId: string };
let lotCount = 0;

beforeAll(async () => {
  server = await startTestServer();
  operatorId = await createOperator(server.database.db, 'Availability Fixtures');
  driver = await createDriver(server.database.db);
});
afterAll(() => server?.stop());

/** A new lot of its own (a few hundred metres from the previous one) with the given spaces. */
async function lotWith(spaces: SpaceFixture[], options: { timeZone?: string; location?: LatLng } = {}) {
  const db = server.database.db;
  lotCount += 1;
  const lotId = await createLot(db, {
    operatorId,
    name: `Availability lot ${lotCount}`,
    location: options.location ?? { lat: 60.5 + lotCount * 0.01, lng: 11 },
    timeZone: options.timeZone ?? 'Europe/London',
    currency: 'GBP',
  });
  const spaceIds = await addSpaces(db, lotId, spaces);
  const book = (spaceIndex: number, start: string, end: string, status: BookingStatus = 'CONFIRMED') =>
    addBooking(db, driver, { lotId, spaceId: spaceIds[spaceIndex]!, start: at(start), end: at(end), status });
  return { lotId, id: globalId('Lot', lotId), spaceIds, book };
}

async function availabilityOf(id: string, start: string, end: string): Promise<Availability> {
  const response = await request(server, AVAILABILITY, { id, window: { start, end } });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.lot!.availability;
}

const byKind = (availability: Availability) =>
  Object.fromEntries(availability.byKind.map(({ kind, total, available }) => [kind, { total, available }]));

// Wednesday 15 January 2031 (GMT: UTC is London's wall clock)
const W_START = '2031-01-15T10:00:00Z';
const W_END = '2031-01-15T12:00:00Z';

describe('Lot.availability counts', () => {
  it('counts in-service spaces as total and free ones as available, overall and per kind', async () => {
    const lot = await lotWith([...many(3, 'STANDARD'), ...many(2, 'EV_CHARGING'), ...many(1, 'ACCESSIBLE')]);
    const availability = await availabilityOf(lot.id, W_START, W_END);
    expect(availability).toMatchObject({
      window: { start: '2031-01-15T10:00:00.000Z', end: '2031-01-15T12:00:00.000Z' },
      total: 6,
      available: 6,
      closedReason: null,
    });
    expect(byKind(availability)).toEqual({
      STANDARD: { total: 3, available: 3 },
      EV_CHARGING: { total: 2, available: 2 },
      ACCESSIBLE: { total: 1, available: 1 },
    });
  });

  it('echoes the window in UTC whatever offset it was given in', async () => {
    const lot = await lotWith(many(1));
    const availability = await availabilityOf(lot.id, '2031-01-15T11:00:00+01:00', '2031-01-15T07:00:00-05:00');
    expect(availability.window).toEqual({ start: utc(W_START), end: utc(W_END) });
  });

  it('a CONFIRMED or CHECKED_IN booking overlapping the window takes its space', async () => {
    const lot = await lotWith([...many(3, 'STANDARD'), ...many(2, 'EV_CHARGING')]);
    await lot.book(0, '2031-01-15T09:00:00Z', '2031-01-15T10:30:00Z', 'CONFIRMED'); // overlaps the start
    await lot.book(1, '2031-01-15T11:59:00Z', '2031-01-15T13:00:00Z', 'CHECKED_IN'); // overlaps the end
    await lot.book(3, '2031-01-15T10:30:00Z', '2031-01-15T11:00:00Z', 'CONFIRMED'); // inside
    const availability = await availabilityOf(lot.id, W_START, W_END);
    expect(availability).toMatchObject({ total: 5, available: 2 });
    expect(byKind(availability)).toEqual({
      STANDARD: { total: 3, available: 1 },
      EV_CHARGING: { total: 2, available: 1 },
    });
  });

  it('a booking covering more than the window takes its space', async () => {
    const lot = await lotWith(many(2));
    await lot.book(0, '2031-01-14T00:00:00Z', '2031-01-20T00:00:00Z');
    expect(await availabilityOf(lot.id, W_START, W_END)).toMatchObject({ total: 2, available: 1 });
  });

  it('CANCELLED, COMPLETED and NO_SHOW bookings do not take a space', async () => {
    const lot = await lotWith(many(2));
    for (const status of ['CANCELLED', 'COMPLETED', 'NO_SHOW'] as const) await lot.book(0, W_START, W_END, status);
    expect(await availabilityOf(lot.id, W_START, W_END)).toMatchObject({ total: 2, available: 2 });
  });

  it('back-to-back is not overlap: bookings ending at the start or starting at the end leave the space free', async () => {
    const lot = await lotWith(many(1));
    await lot.book(0, '2031-01-15T09:00:00Z', W_START);
    await lot.book(0, W_END, '2031-01-15T13:00:00Z');
    expect(await availabilityOf(lot.id, W_START, W_END)).toMatchObject({ total: 1, available: 1 });
    // a minute earlier or later and they do overlap
    expect(await availabilityOf(lot.id, '2031-01-15T09:59:00Z', W_END)).toMatchObject({ available: 0 });
    expect(await availabilityOf(lot.id, W_START, '2031-01-15T12:01:00Z')).toMatchObject({ available: 0 });
  });

  it('two bookings of the same space in the window count that space once', async () => {
    const lot = await lotWith(many(3));
    await lot.book(0, '2031-01-15T10:00:00Z', '2031-01-15T10:30:00Z');
    await lot.book(0, '2031-01-15T11:00:00Z', '2031-01-15T11:30:00Z', 'CHECKED_IN');
    await lot.book(0, '2031-01-15T11:30:00Z', '2031-01-15T12:00:00Z');
    const availability = await availabilityOf(lot.id, W_START, W_END);
    expect(availability).toMatchObject({ total: 3, available: 2 });
    expect(byKind(availability)).toEqual({ STANDARD: { total: 3, available: 2 } });
  });

  it('OUT_OF_SERVICE spaces are counted in neither total nor available', async () => {
    const lot = await lotWith([...many(2, 'STANDARD'), ...many(2, 'STANDARD', true), ...many(1, 'VAN'), ...many(1, 'VAN', true)]);
    await lot.book(2, W_START, W_END); // a booking of an out-of-service space changes nothing
    const availability = await availabilityOf(lot.id, W_START, W_END);
    expect(availability).toMatchObject({ total: 3, available: 3 });
    expect(byKind(availability)).toEqual({ STANDARD: { total: 2, available: 2 }, VAN: { total: 1, available: 1 } });
  });

  it('a fully booked lot has total spaces and none available, with no closed reason', async () => {
    const lot = await lotWith(many(2));
    await lot.book(0, W_START, W_END);
    await lot.book(1, W_START, W_END, 'CHECKED_IN');
    expect(await availabilityOf(lot.id, W_START, W_END)).toMatchObject({ total: 2, available: 0, closedReason: null });
  });

  it('bookings of other lots do not count', async () => {
    const busy = await lotWith(many(1));
    await busy.book(0, W_START, W_END);
    const quiet = await lotWith(many(1));
    expect(await availabilityOf(quiet.id, W_START, W_END)).toMatchObject({ total: 1, available: 1 });
    expect(await availabilityOf(busy.id, W_START, W_END)).toMatchObject({ total: 1, available: 0 });
  });

  it.each([
    ['ends before it starts', W_END, W_START],
    ['is empty', W_START, W_START],
    ['is longer than 31 days', '2031-01-01T00:00:00Z', '2031-02-01T00:00:00.001Z'],
  ])('rejects a window that %s with BAD_USER_INPUT on window', async (_what, start, end) => {
    const lot = await lotWith(many(1));
    const response = await request(server, AVAILABILITY, { id: lot.id, window: { start, end } });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'window' });
    expect(response.data?.lot ?? null).toBeNull();
  });

  it('accepts a window of exactly 31 days', async () => {
    const lot = await lotWith(many(1));
    expect(await availabilityOf(lot.id, '2031-01-01T00:00:00Z', '2031-02-01T00:00:00Z')).toMatchObject({ total: 1, available: 1 });
  });
});

describe('Lot.availability and schedules', () => {
  // Tuesday 14 January 2031 and Saturday 18 January 2031, London (GMT = UTC in January)
  const TUESDAY_9_TO_17 = ['2031-01-14T09:00:00Z', '2031-01-14T17:00:00Z'] as const;
  const TUESDAY_0730_TO_9 = ['2031-01-14T07:30:00Z', '2031-01-14T09:00:00Z'] as const;
  const SATURDAY = ['2031-01-18T10:00:00Z', '2031-01-18T12:00:00Z'] as const;

  it('a lot with no hours or blackouts is open around the clock', async () => {
    const lot = await lotWith(many(2));
    for (const [start, end] of [TUESDAY_9_TO_17, SATURDAY, ['2031-01-19T02:00:00Z', '2031-01-21T02:00:00Z'] as const]) {
      expect(await availabilityOf(lot.id, start, end)).toMatchObject({ total: 2, available: 2, closedReason: null });
    }
  });

  it('opening hours Mon-Fri 08:00-18:00: open Tuesday 09-17, closed before 08:00 and on Saturday', async () => {
    const lot = await lotWith(many(2));
    await addWeeklyHours(server.database.db, lot.lotId, 'OPENING_HOURS', onDays(WEEKDAYS, '08:00', '18:00'));
    expect(await availabilityOf(lot.id, ...TUESDAY_9_TO_17)).toMatchObject({ total: 2, available: 2, closedReason: null });
    expect(await availabilityOf(lot.id, ...TUESDAY_0730_TO_9)).toMatchObject({
      total: 2,
      available: 0,
      closedReason: 'OUTSIDE_OPENING_HOURS',
    });
    expect(await availabilityOf(lot.id, ...SATURDAY)).toMatchObject({ available: 0, closedReason: 'OUTSIDE_OPENING_HOURS' });
    // the whole opening day, to the minute, is covered; one minute more is not
    expect(await availabilityOf(lot.id, '2031-01-14T08:00:00Z', '2031-01-14T18:00:00Z')).toMatchObject({ closedReason: null });
    expect(await availabilityOf(lot.id, '2031-01-14T08:00:00Z', '2031-01-14T18:01:00Z')).toMatchObject({
      closedReason: 'OUTSIDE_OPENING_HOURS',
    });
  });

  it('opening hours are read in the lot\'s time zone', async () => {
    // Oslo is UTC+1 in January: 08:00-18:00 local is 07:00-17:00 UTC
    const lot = await lotWith(many(1), { timeZone: 'Europe/Oslo' });
    await addWeeklyHours(server.database.db, lot.lotId, 'OPENING_HOURS', onDays(WEEKDAYS, '08:00', '18:00'));
    expect(await availabilityOf(lot.id, '2031-01-14T07:00:00Z', '2031-01-14T17:00:00Z')).toMatchObject({ available: 1, closedReason: null });
    expect(await availabilityOf(lot.id, '2031-01-14T16:00:00Z', '2031-01-14T17:30:00Z')).toMatchObject({
      available: 0,
      closedReason: 'OUTSIDE_OPENING_HOURS',
    });
  });

  it('overnight opening hours (closesAt before opensAt) run into the next day', async () => {
    const lot = await lotWith(many(1));
    // Friday 22:00 to Saturday 02:00 only
    await addWeeklyHours(server.database.db, lot.lotId, 'OPENING_HOURS', [{ dayOfWeek: 5, opensAt: '22:00', closesAt: '02:00' }]);
    expect(await availabilityOf(lot.id, '2031-01-17T23:00:00Z', '2031-01-18T01:30:00Z')).toMatchObject({ closedReason: null });
    expect(await availabilityOf(lot.id, '2031-01-17T23:00:00Z', '2031-01-18T02:30:00Z')).toMatchObject({
      closedReason: 'OUTSIDE_OPENING_HOURS',
    });
  });

  it('owner bookable hours Mon-Fri 08:00-18:00: Tuesday 09-17 ok, Saturday and 07:30-09:00 are OUTSIDE_BOOKABLE_HOURS', async () => {
    const lot = await lotWith(many(2, 'STANDARD'));
    await addWeeklyHours(server.database.db, lot.lotId, 'BOOKABLE_HOURS', onDays(WEEKDAYS, '08:00', '18:00'));
    expect(await availabilityOf(lot.id, ...TUESDAY_9_TO_17)).toMatchObject({ total: 2, available: 2, closedReason: null });
    expect(await availabilityOf(lot.id, ...SATURDAY)).toMatchObject({ total: 2, available: 0, closedReason: 'OUTSIDE_BOOKABLE_HOURS' });
    expect(await availabilityOf(lot.id, ...TUESDAY_0730_TO_9)).toMatchObject({
      total: 2,
      available: 0,
      closedReason: 'OUTSIDE_BOOKABLE_HOURS',
    });
    const availability = await availabilityOf(lot.id, ...SATURDAY);
    expect(byKind(availability)).toEqual({ STANDARD: { total: 2, available: 0 } });
  });

  it('a blackout for a whole local day closes that day only (BLACKOUT), half-open', async () => {
    // "closed on 24 December" in Oslo (UTC+1): local midnight to local midnight
    const lot = await lotWith(many(2), { timeZone: 'Europe/Oslo' });
    await addBlackout(server.database.db, lot.lotId, at('2031-12-24T00:00:00+01:00'), at('2031-12-25T00:00:00+01:00'), 'Christmas Eve');
    expect(await availabilityOf(lot.id, '2031-12-24T10:00:00+01:00', '2031-12-24T12:00:00+01:00')).toMatchObject({
      total: 2,
      available: 0,
      closedReason: 'BLACKOUT',
    });
    // 23 December 23:30 local to 24 December 00:30 local touches the blackout
    expect(await availabilityOf(lot.id, '2031-12-23T22:30:00Z', '2031-12-23T23:30:00Z')).toMatchObject({ closedReason: 'BLACKOUT' });
    // ending exactly when it starts, or starting exactly when it ends, is fine
    expect(await availabilityOf(lot.id, '2031-12-23T21:00:00Z', '2031-12-23T23:00:00Z')).toMatchObject({ available: 2, closedReason: null });
    expect(await availabilityOf(lot.id, '2031-12-24T23:00:00Z', '2031-12-25T02:00:00Z')).toMatchObject({ available: 2, closedReason: null });
  });

  it('daylight saving: a Sunday-only lot is open for the whole 23-hour spring-forward Sunday and no longer', async () => {
    // 30 March 2031 is the last Sunday of March: London goes from GMT to BST at 01:00 UTC.
    const lot = await lotWith(many(1));
    await addWeeklyHours(server.database.db, lot.lotId, 'OPENING_HOURS', [{ dayOfWeek: 7, opensAt: '00:00', closesAt: '24:00' }]);
    // local 00:00 Sunday (00:00Z, GMT) to local 00:00 Monday (23:00Z Sunday, BST): 23 real hours
    expect(await availabilityOf(lot.id, '2031-03-30T00:00:00Z', '2031-03-30T23:00:00Z')).toMatchObject({
      available: 1,
      closedReason: null,
    });
    // one real hour longer runs into Monday
    expect(await availabilityOf(lot.id, '2031-03-30T00:00:00Z', '2031-03-31T00:00:00Z')).toMatchObject({
      available: 0,
      closedReason: 'OUTSIDE_OPENING_HOURS',
    });
    // and starting an hour early runs into Saturday
    expect(await availabilityOf(lot.id, '2031-03-29T23:00:00Z', '2031-03-30T23:00:00Z')).toMatchObject({
      closedReason: 'OUTSIDE_OPENING_HOURS',
    });
  });

  it('daylight saving: a Sunday-only yard is bookable for the whole 25-hour autumn Sunday', async () => {
    // 26 October 2031: BST ends at 01:00 UTC; local Sunday runs 25th 23:00Z to 27th 00:00Z
    const lot = await lotWith(many(1));
    await addWeeklyHours(server.database.db, lot.lotId, 'BOOKABLE_HOURS', [{ dayOfWeek: 7, opensAt: '00:00', closesAt: '24:00' }]);
    expect(await availabilityOf(lot.id, '2031-10-25T23:00:00Z', '2031-10-27T00:00:00Z')).toMatchObject({
      available: 1,
      closedReason: null,
    });
    expect(await availabilityOf(lot.id, '2031-10-25T22:59:00Z', '2031-10-27T00:00:00Z')).toMatchObject({
      available: 0,
      closedReason: 'OUTSIDE_BOOKABLE_HOURS',
    });
  });

  it('free spaces do not open a closed lot, and a closed lot still reports its total', async () => {
    const lot = await lotWith([...many(2, 'STANDARD'), ...many(1, 'EV_CHARGING')]);
    await addWeeklyHours(server.database.db, lot.lotId, 'OPENING_HOURS', onDays(WEEKDAYS, '08:00', '18:00'));
    const availability = await availabilityOf(lot.id, ...SATURDAY);
    expect(availability).toMatchObject({ total: 3, available: 0, closedReason: 'OUTSIDE_OPENING_HOURS' });
    expect(byKind(availability)).toEqual({ STANDARD: { total: 2, available: 0 }, EV_CHARGING: { total: 1, available: 0 } });
  });
});

describe('Lot.openingHours and Lot.bookableHours', () => {
  type Hours = NonNullable<AvailabilityHoursQuery['lot']>['openingHours'];
  const sorted = (hours: Hours) =>
    hours && [...hours].sort((a, b) => a.dayOfWeek - b.dayOfWeek || a.opensAt.localeCompare(b.opensAt));

  it('are null when the lot has no rows', async () => {
    const lot = await lotWith(many(1));
    const { data, errors } = await request(server, HOURS, { id: lot.id });
    expect(errors).toBeUndefined();
    expect(data!.lot).toEqual({ openingHours: null, bookableHours: null });
  });

  it('return each purpose\'s rows as HH:MM, with 24:00 and overnight windows as stored', async () => {
    const lot = await lotWith(many(1));
    const db = server.database.db;
    await addWeeklyHours(db, lot.lotId, 'OPENING_HOURS', [
      { dayOfWeek: 5, opensAt: '22:00', closesAt: '02:00' },
      { dayOfWeek: 1, opensAt: '07:30', closesAt: '24:00' },
      { dayOfWeek: 1, opensAt: '00:00', closesAt: '06:00' },
    ]);
    await addWeeklyHours(db, lot.lotId, 'BOOKABLE_HOURS', [{ dayOfWeek: 6, opensAt: '09:15', closesAt: '17:45' }]);
    const { data, errors } = await request(server, HOURS, { id: lot.id });
    expect(errors).toBeUndefined();
    expect(sorted(data!.lot!.openingHours)).toEqual([
      { dayOfWeek: 1, opensAt: '00:00', closesAt: '06:00' },
      { dayOfWeek: 1, opensAt: '07:30', closesAt: '24:00' },
      { dayOfWeek: 5, opensAt: '22:00', closesAt: '02:00' },
    ]);
    expect(data!.lot!.bookableHours).toEqual([{ dayOfWeek: 6, opensAt: '09:15', closesAt: '17:45' }]);
  });

  it('only bookable hours: openingHours stays null', async () => {
    const lot = await lotWith(many(1));
    await addWeeklyHours(server.database.db, lot.lotId, 'BOOKABLE_HOURS', onDays([2], '08:00', '18:00'));
    const { data } = await request(server, HOURS, { id: lot.id });
    expect(data!.lot).toEqual({ openingHours: null, bookableHours: [{ dayOfWeek: 2, opensAt: '08:00', closesAt: '18:00' }] });
  });
});

describe('Lot.occupancy', () => {
  async function occupancyOf(id: string) {
    const { data, errors } = await request(server, OCCUPANCY, { id });
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    return data!.lot!.occupancy;
  }

  const iso = (offsetMinutes: number) => new Date(Date.now() + offsetMinutes * 60_000).toISOString();

  it('counts reserved, occupied, out of service and available spaces now, in total and per kind', async () => {
    const lot = await lotWith([
      ...many(5, 'STANDARD'), // 0..4
      ...many(1, 'STANDARD', true), // 5
      ...many(2, 'EV_CHARGING'), // 6, 7
    ]);
    await lot.book(0, iso(-60), iso(60), 'CONFIRMED'); // reserved
    await lot.book(1, iso(-60), iso(60), 'CHECKED_IN'); // occupied
    await lot.book(2, iso(60), iso(120), 'CONFIRMED'); // later: available now
    await lot.book(2, iso(-120), iso(-60), 'CHECKED_IN'); // earlier: available now
    await lot.book(3, iso(-60), iso(60), 'CANCELLED'); // not live: available
    await lot.book(4, iso(-60), iso(60), 'COMPLETED'); // not live: available
    await lot.book(5, iso(-60), iso(60), 'CHECKED_IN'); // out of service wins
    await lot.book(6, iso(-5), iso(5), 'CHECKED_IN'); // occupied
    const before = Date.now();
    const occupancy = await occupancyOf(lot.id);
    expect(occupancy).toMatchObject({ total: 8, available: 4, occupied: 2, reserved: 1, outOfService: 1 });
    const kinds = Object.fromEntries(occupancy.byKind.map(({ kind, ...counts }) => [kind, counts]));
    expect(kinds).toEqual({
      STANDARD: { total: 6, available: 3, occupied: 1, reserved: 1, outOfService: 1 },
      EV_CHARGING: { total: 2, available: 1, occupied: 1, reserved: 0, outOfService: 0 },
    });
    const updatedAt = new Date(occupancy.updatedAt).getTime();
    expect(occupancy.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Math.abs(updatedAt - before)).toBeLessThan(60_000);
  });

  it('the counts add up to the total, overall and per kind', async () => {
    const lot = await lotWith([...many(3, 'STANDARD'), ...many(2, 'VAN', true), ...many(2, 'MOTORCYCLE')]);
    await lot.book(0, iso(-1), iso(1), 'CONFIRMED');
    await lot.book(1, iso(-1), iso(1), 'CHECKED_IN');
    await lot.book(5, iso(-30), iso(30), 'CONFIRMED');
    const occupancy = await occupancyOf(lot.id);
    for (const counts of [occupancy, ...occupancy.byKind]) {
      expect(counts.available + counts.occupied + counts.reserved + counts.outOfService).toBe(counts.total);
    }
    expect(occupancy).toMatchObject({ total: 7, available: 2, occupied: 1, reserved: 2, outOfService: 2 });
    expect(occupancy.byKind.map((kind) => kind.kind).sort()).toEqual(['MOTORCYCLE', 'STANDARD', 'VAN']);
  });

  it('a booking that ended a moment ago or starts in a moment leaves the space available', async () => {
    const lot = await lotWith(many(2));
    await lot.book(0, iso(-120), iso(-1), 'CHECKED_IN');
    await lot.book(1, iso(2), iso(120), 'CONFIRMED');
    expect(await occupancyOf(lot.id)).toMatchObject({ total: 2, available: 2, occupied: 0, reserved: 0, outOfService: 0 });
  });
});
