import { sql } from 'drizzle-orm';
import { char, check, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { tstzrange } from './columns.js';
import { bookingStatus } from './enums.js';
import { lots } from './lots.js';
import { spaces } from './spaces.js';
import { users } from './users.js';
import { vehicles } from './vehicles.js';

/**
 * A driver's claim on one space for a half-open window.
 *
 * No two live bookings of one space may overlap: the exclusion constraint
 * `bookings_no_double_booking` (custom migration) is the final guard, and the GiST index
 * `bookings_live_lot_period_gist` on `(lot_id, period)` lets search count booked spaces per lot.
 */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid().primaryKey().defaultRandom(),
    driverId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    vehicleId: uuid()
      .notNull()
      .references(() => vehicles.id, { onDelete: 'restrict' }),
    /** Denormalised from the space so availability can be counted per lot from one index. */
    lotId: uuid()
      .notNull()
      .references(() => lots.id, { onDelete: 'restrict' }),
    spaceId: uuid()
      .notNull()
      .references(() => spaces.id, { onDelete: 'restrict' }),
    period: tstzrange().notNull(),
    status: bookingStatus().notNull().default('CONFIRMED'),
    /** Locked at booking time, in minor units of `currency`. */
    priceAmount: integer().notNull(),
    currency: char({ length: 3 }).notNull(),
    /** Client-chosen key: the same key from the same driver returns the same booking. */
    idempotencyKey: text(),
    /** Charged when cancelled late, per the lot's policy at cancellation; 0 otherwise. */
    cancellationFeeAmount: integer(),
    cancelledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('bookings_driver_idempotency_key').on(t.driverId, t.idempotencyKey),
    index().on(t.driverId, t.createdAt),
    index().on(t.vehicleId),
    // the scheduler's look-up: confirmed bookings whose start has passed
    index('bookings_confirmed_start').on(sql`lower(${t.period})`).where(sql`${t.status} = 'CONFIRMED'`),
    // history and reports: bookings that started in a bucket or a day, whatever became of them
    index('bookings_start').on(sql`lower(${t.period})`),
    check('bookings_price_non_negative', sql`${t.priceAmount} >= 0`),
    check('bookings_currency_iso', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check(
      'bookings_period_bounded',
      sql`NOT isempty(${t.period}) AND NOT lower_inf(${t.period}) AND NOT upper_inf(${t.period})`,
    ),
  ],
);

export type BookingRow = typeof bookings.$inferSelect;
export type NewBooking = typeof bookings.$inferInsert;
