import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, smallint, text, time, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tstzrange } from './columns.js';
import { lots } from './lots.js';

/**
 * OPENING_HOURS: when the lot's gates let cars in and out.
 * BOOKABLE_HOURS: when the owner lets the lot be booked (a private yard free only on weekdays).
 * A lot with no rows of a purpose is open around the clock for that purpose; a booking window
 * must fit inside both.
 */
export const weeklyHoursPurpose = pgEnum('weekly_hours_purpose', ['OPENING_HOURS', 'BOOKABLE_HOURS']);

/** Weekly recurring windows in the lot's local wall-clock time (its `time_zone`). */
export const lotWeeklyHours = pgTable(
  'lot_weekly_hours',
  {
    id: uuid().primaryKey().defaultRandom(),
    lotId: uuid()
      .notNull()
      .references(() => lots.id, { onDelete: 'cascade' }),
    purpose: weeklyHoursPurpose().notNull(),
    /** ISO weekday the window opens on: 1 = Monday ... 7 = Sunday. */
    dayOfWeek: smallint().notNull(),
    opensAt: time().notNull(),
    /** `24:00` is the end of the day; at or before `opens_at` runs past midnight. */
    closesAt: time().notNull(),
  },
  (t) => [
    index().on(t.lotId, t.purpose),
    check('lot_weekly_hours_day_of_week', sql`${t.dayOfWeek} BETWEEN 1 AND 7`),
    check('lot_weekly_hours_opens_before_midnight', sql`${t.opensAt} < '24:00'`),
  ],
);

/** One-off closures of a lot, e.g. "closed on 24 December"; half-open real-time ranges. */
export const lotBlackouts = pgTable(
  'lot_blackouts',
  {
    id: uuid().primaryKey().defaultRandom(),
    lotId: uuid()
      .notNull()
      .references(() => lots.id, { onDelete: 'cascade' }),
    period: tstzrange().notNull(),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.lotId)],
);

export type LotWeeklyHoursRow = typeof lotWeeklyHours.$inferSelect;
export type NewLotWeeklyHours = typeof lotWeeklyHours.$inferInsert;
export type LotBlackoutRow = typeof lotBlackouts.$inferSelect;
export type NewLotBlackout = typeof lotBlackouts.$inferInsert;
