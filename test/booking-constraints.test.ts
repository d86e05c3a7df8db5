import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../src/db/client.js';
import { bookings, lots, spaces, users, vehicles, type NewBooking } from '../src/db/schema/index.js';
import { openTestDatabase, releaseTestDatabase, withRollback } from './helpers/database.js';

// The exclusion constraint is the final guard against double-booking, so it is tested on the
// database itself, below any application check. Each test writes inside a rolled-back transaction.
let database: DatabaseHandle;

const at = (hour: number) => new Date(Date.UTC(2031, 0, 15, hour));

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database && releaseTestDatabase(database));

/** A fresh space, driver and vehicle; `book` inserts a booking of that space (in a savepoint). */
async function bookingFixture(tx: Database) {
  const [lot, otherLot] = await tx.select().from(lots).limit(2);
  const [space] = await tx.insert(spaces).values({ lotId: lot!.id, label: 'TEST-1', kind: 'STANDARD' }).returning();
  const [driver] = await tx.insert(users).values({ email: 'constraints@test.example', displayName: 'T' }).returning();
  const [vehicle] = await tx.insert(vehicles).values({ ownerId: driver!.id, plate: 'TEST1', country: 'GB' }).returning();
  const base = { driverId: driver!.id, vehicleId: vehicle!.id, lotId: lot!.id, spaceId: space!.id, priceAmount: 500, currency: 'GBP' };
  const book = async (booking: Partial<NewBooking> & Pick<NewBooking, 'period'>) =>
    tx.transaction(async (savepoint) => {
      const [row] = await savepoint.insert(bookings).values({ ...base, ...booking }).returning();
      return row!;
    });
  return { book, otherLotId: otherLot!.id };
}

async function sqlstateOf(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
    return undefined;
  } catch (error) {
    return (error as { cause?: { code?: string } }).cause?.code;
  }
}

describe('bookings table', () => {
  it('stores the period half-open and reads it back as the same instants', () =>
    withRollback(database.db, async (tx) => {
      const { book } = await bookingFixture(tx);
      const row = await book({ period: { start: at(1), end: at(2) } });
      expect(row.period).toEqual({ start: at(1), end: at(2) });
      const [again] = await tx.select().from(bookings).where(eq(bookings.id, row.id));
      expect(again!.period).toEqual({ start: at(1), end: at(2) });
    }));

  it('rejects an overlapping live booking of the same space with SQLSTATE 23P01', () =>
    withRollback(database.db, async (tx) => {
      const { book } = await bookingFixture(tx);
      await book({ period: { start: at(3), end: at(5) } });
      expect(await sqlstateOf(book({ period: { start: at(4), end: at(6) } }))).toBe('23P01');
      expect(await sqlstateOf(book({ period: { start: at(3), end: at(5) }, status: 'CHECKED_IN' }))).toBe('23P01');
    }));

  it('accepts back-to-back bookings: [7,9) and [9,11) do not collide', () =>
    withRollback(database.db, async (tx) => {
      const { book } = await bookingFixture(tx);
      await book({ period: { start: at(7), end: at(9) } });
      await expect(book({ period: { start: at(9), end: at(11) } })).resolves.toMatchObject({ status: 'CONFIRMED' });
    }));

  it('lets a cancelled or finished booking overlap a live one', () =>
    withRollback(database.db, async (tx) => {
      const { book } = await bookingFixture(tx);
      await book({ period: { start: at(12), end: at(14) } });
      for (const status of ['CANCELLED', 'COMPLETED', 'NO_SHOW'] as const) {
        await expect(book({ period: { start: at(12), end: at(14) }, status })).resolves.toMatchObject({ status });
      }
    }));

  it("rejects a booking whose lot is not its space's lot", () =>
    withRollback(database.db, async (tx) => {
      const { book, otherLotId } = await bookingFixture(tx);
      expect(await sqlstateOf(book({ period: { start: at(15), end: at(16) }, lotId: otherLotId }))).toBe('23503');
    }));

  it('rejects an empty window and a negative price', () =>
    withRollback(database.db, async (tx) => {
      const { book } = await bookingFixture(tx);
      expect(await sqlstateOf(book({ period: { start: at(17), end: at(17) } }))).toBe('23514');
      expect(await sqlstateOf(book({ period: { start: at(18), end: at(19) }, priceAmount: -1 }))).toBe('23514');
    }));
});
