import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { lots } from './lots.js';

/**
 * The append-only mailbox of occupancy changes. Triggers on bookings and spaces (and the
 * scheduler's clock for windows starting and ending) append one row per changed lot and ring
 * `pg_notify('parking_events')`; each server process reads new rows and fans them out.
 *
 * A bigserial id is taken at insert, not at commit, so a row with a lower id can appear after one
 * with a higher id: readers track the gaps in the ids they have seen and re-read until the gaps
 * fill or time out (see realtime/event-cursor.ts), so "id > last seen" never skips a late commit.
 */
export const parkingEvents = pgTable(
  'parking_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    lotId: uuid()
      .notNull()
      .references(() => lots.id, { onDelete: 'cascade' }),
    /** BOOKINGS, SPACES or CLOCK (a booking window started or ended). */
    kind: text().notNull(),
    /** The lot's occupancy version after this change. */
    version: bigint({ mode: 'number' }).notNull(),
    /** Ids of the changed rows: `{ "bookingIds": [...] }` or `{ "spaceIds": [...] }`. */
    payload: jsonb().$type<{ bookingIds?: string[]; spaceIds?: string[] }>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.createdAt)],
);

export type ParkingEventRow = typeof parkingEvents.$inferSelect;
