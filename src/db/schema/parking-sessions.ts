import { sql } from 'drizzle-orm';
import { char, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings.js';
import { sessionKind } from './enums.js';
import { gates } from './gates.js';
import { lots } from './lots.js';
import { spaces } from './spaces.js';

/**
 * A vehicle's stay in a lot, from the entry read that opened the barrier to the exit read.
 * While open (`exited_at` null) it holds its space: the space counts as OCCUPIED.
 */
export const parkingSessions = pgTable(
  'parking_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    lotId: uuid()
      .notNull()
      .references(() => lots.id, { onDelete: 'restrict' }),
    spaceId: uuid()
      .notNull()
      .references(() => spaces.id, { onDelete: 'restrict' }),
    /** The booking the driver came in on (kind BOOKING); null for permits and walk-ins. */
    bookingId: uuid().references(() => bookings.id, { onDelete: 'restrict' }),
    kind: sessionKind().notNull(),
    /** Normalised plate as read at the entry. */
    plate: text().notNull(),
    entryGateId: uuid()
      .notNull()
      .references(() => gates.id, { onDelete: 'restrict' }),
    exitGateId: uuid().references(() => gates.id, { onDelete: 'restrict' }),
    /** The camera's read time at entry and at exit; the stay is charged for this span. */
    enteredAt: timestamp({ withTimezone: true }).notNull(),
    exitedAt: timestamp({ withTimezone: true }),
    /** Charged at exit in minor units of `currency`: the booking's price plus any overstay, or the walk-in tariff. */
    chargeAmount: integer(),
    currency: char({ length: 3 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // one vehicle is in a lot at most once, and a space holds one vehicle
    uniqueIndex('parking_sessions_open_plate').on(t.lotId, t.plate).where(sql`${t.exitedAt} IS NULL`),
    uniqueIndex('parking_sessions_open_space').on(t.spaceId).where(sql`${t.exitedAt} IS NULL`),
    uniqueIndex('parking_sessions_booking').on(t.bookingId).where(sql`${t.bookingId} IS NOT NULL`),
    index().on(t.lotId, t.enteredAt),
    // history: the vehicles that entered any lot in a bucket
    index('parking_sessions_entered_at').on(t.enteredAt),
    // the vehicles in a lot now, per lot: a booking or availability for now skips their bays
    index('parking_sessions_open_lot').on(t.lotId).where(sql`${t.exitedAt} IS NULL`),
    check('parking_sessions_exit_after_entry', sql`${t.exitedAt} IS NULL OR ${t.exitedAt} >= ${t.enteredAt}`),
    check('parking_sessions_charge_non_negative', sql`${t.chargeAmount} IS NULL OR ${t.chargeAmount} >= 0`),
    check('parking_sessions_booking_kind', sql`(${t.kind} = 'BOOKING') = (${t.bookingId} IS NOT NULL)`),
  ],
);

export type ParkingSessionRow = typeof parkingSessions.$inferSelect;
export type NewParkingSession = typeof parkingSessions.$inferInsert;
