import { listBookings, type BookingListKey, type BookingOwner } from '../../../db/queries/bookings.js';
import type { BookingRow } from '../../../db/schema/index.js';
import type { Database } from '../../../db/client.js';
import { readPageRequest, toConnection } from '../../connection.js';
import { isUuid } from '../../global-id.js';

const BOOKING_LIST = 'bookings';

function isBookingListKey(value: unknown): value is BookingListKey {
  const key = value as Partial<BookingListKey> | null;
  return typeof key?.createdAt === 'string' && !Number.isNaN(Date.parse(key.createdAt)) && isUuid(key.id);
}

/**
 * A page of bookings (a driver's, or an operator's), newest first: the one booking list, behind
 * `Viewer.bookings` and `Operator.bookings`.
 */
export async function bookingConnection(
  db: Database,
  owner: BookingOwner,
  args: { status?: BookingRow['status'][] | null; first?: number | null; after?: string | null },
) {
  const { first, after } = readPageRequest(BOOKING_LIST, args, isBookingListKey);
  const rows = await listBookings(db, owner, args.status ?? undefined, first + 1, after);
  return toConnection(BOOKING_LIST, rows, first, ({ createdAt, id }) => ({ createdAt: createdAt.toISOString(), id }));
}
