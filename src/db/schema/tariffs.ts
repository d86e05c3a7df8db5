import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, time, timestamp, uuid } from 'drizzle-orm/pg-core';
import { spaceKind } from './enums.js';
import { lots } from './lots.js';

/**
 * A lot's price list: an hourly rate charged per billing increment, capped per day, with free
 * grace minutes. A tariff with no space kind applies to every kind without one of its own.
 * Amounts are minor units of the lot's currency.
 */
export const tariffs = pgTable(
  'tariffs',
  {
    id: uuid().primaryKey().defaultRandom(),
    lotId: uuid()
      .notNull()
      .references(() => lots.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    spaceKind: spaceKind(),
    hourlyRateAmount: integer().notNull(),
    billingIncrementMinutes: integer().notNull().default(60),
    dailyCapAmount: integer(),
    graceMinutes: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.lotId),
    check('tariffs_amounts_non_negative', sql`${t.hourlyRateAmount} >= 0 AND coalesce(${t.dailyCapAmount}, 0) >= 0`),
    check('tariffs_increment_positive', sql`${t.billingIncrementMinutes} > 0`),
    check('tariffs_grace_non_negative', sql`${t.graceMinutes} >= 0`),
  ],
);

export type TariffRow = typeof tariffs.$inferSelect;
export type NewTariff = typeof tariffs.$inferInsert;

/**
 * A fixed price for a stay that fits a recurring local band, e.g. "Overnight: enter after 18:00,
 * leave before 08:00, 6.00". Times are the lot's wall clock; `exit_before` at or before
 * `entry_after` is the next morning.
 */
export const tariffFlatRates = pgTable(
  'tariff_flat_rates',
  {
    id: uuid().primaryKey().defaultRandom(),
    tariffId: uuid()
      .notNull()
      .references(() => tariffs.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    /** ISO weekdays the band starts on; null for every day. */
    daysOfWeek: smallint().array(),
    entryAfter: time().notNull(),
    exitBefore: time().notNull(),
    amount: integer().notNull(),
  },
  (t) => [
    index().on(t.tariffId),
    check('tariff_flat_rates_amount_non_negative', sql`${t.amount} >= 0`),
    check('tariff_flat_rates_days', sql`${t.daysOfWeek} IS NULL OR ${t.daysOfWeek} <@ '{1,2,3,4,5,6,7}'::smallint[]`),
  ],
);

export type TariffFlatRateRow = typeof tariffFlatRates.$inferSelect;
export type NewTariffFlatRate = typeof tariffFlatRates.$inferInsert;
