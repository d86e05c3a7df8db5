import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
