import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import type { Period } from '../schema/columns.js';
import { bookings, spaces, type BookingRow, type NewBooking, type SpaceRow } from '../schema/index.js';
import { atOperatorLots } from './fragments.js';
import { keyset, toMilliseconds } from './keyset.js';
import { takenSpaces, type PhysicalOccupancy } from './space-counts.js';

/**
 * In-service spaces of a lot (of a kind, or one space) with no live booking overlapping the
 * window and, with `physical` (a window that covers now), no vehicle in them (an open session, a
 * sensor's fresh OCCUPIED): the same rule as the lot's availability (`takenSpaces`). Only a
 * hint: another request may take one first; the exclusion constraint decides.
 */
export function findFreeSpaces(
  db: Database,
  lotId: string,
  window: Period,
  which: { kind: SpaceRow['kind'] } | { spaceId: string },
  physical?: PhysicalOccupancy,
): Promise<SpaceRow[]> {
  return db
    .select()
    .from(spaces)
    .where(
      and(
        eq(spaces.lotId, lotId),
        eq(spaces.operatorStatus, 'IN_SERVICE'),
        'kind' in which ? eq(spaces.kind, which.kind) : eq(spaces.id, which.spaceId),
        sql`${spaces.id} NOT IN (SELECT taken.space_id FROM (${takenSpaces((column) => sql`${column} = ${lotId}`, window, physical)}) AS taken)`,
      ),
    )
    .orderBy(asc(spaces.label));
}

/** Inserts a booking; throws the driver's error (23P01 on overlap, 23505 on a reused key). */
export async function insertBooking(db: Database, booking: NewBooking): Promise<BookingRow> {
  const [row] = await db.insert(bookings).values(booking).returning();
  return row!;
}

export async function findBookingById(db: Database, id: string): Promise<BookingRow | undefined> {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, id));
  return row;
}

export function findBookingsByIds(db: Database, ids: readonly string[]): Promise<BookingRow[]> {
  return db.select().from(bookings).where(inArray(bookings.id, [...ids]));
}

export async function findBookingByIdempotencyKey(db: Database, driverId: string, key: string): Promise<BookingRow | undefined> {
  const [row] = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.driverId, driverId), eq(bookings.idempotencyKey, key)));
  return row;
}

/** Changes a booking when it still has `expectedStatus` (one of them); returns undefined when it did not. */
export async function updateBooking(
  db: Database,
  id: string,
  expectedStatus: BookingRow['status'] | readonly BookingRow['status'][],
  changes: Partial<Pick<BookingRow, 'status' | 'period' | 'priceAmount' | 'cancellationFeeAmount' | 'cancelledAt'>>,
): Promise<BookingRow | undefined> {
  const [row] = await db
    .update(bookings)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(bookings.id, id), typeof expectedStatus === 'string' ? eq(bookings.status, expectedStatus) : inArray(bookings.status, [...expectedStatus])))
    .returning();
  return row;
}

/** Position in a driver's booking list: newest first. */
export interface BookingListKey {
  createdAt: string;
  id: string;
}

const BOOKINGS_ORDER = keyset('desc', { column: toMilliseconds(bookings.createdAt), type: 'timestamptz' }, { column: bookings.id, type: 'uuid' });

/** Whose bookings to list: a driver's, or those at an operator's lots (optionally one lot). */
export type BookingOwner = { driverId: string } | { operatorId: string; lotId?: string };

/** Bookings newest first, optionally of some statuses. */
export function listBookings(
  db: Database,
  owner: BookingOwner,
  statuses: BookingRow['status'][] | undefined,
  limit: number,
  after?: BookingListKey,
): Promise<BookingRow[]> {
  return db
    .select()
    .from(bookings)
    .where(
      and(
        'driverId' in owner
          ? eq(bookings.driverId, owner.driverId)
          : atOperatorLots(bookings.lotId, owner.operatorId),
        'lotId' in owner && owner.lotId ? eq(bookings.lotId, owner.lotId) : undefined,
        statuses && statuses.length > 0 ? inArray(bookings.status, statuses) : undefined,
        after && BOOKINGS_ORDER.after([new Date(after.createdAt).toISOString(), after.id]),
      ),
    )
    .orderBy(...BOOKINGS_ORDER.orderBy)
    .limit(limit);
}
