import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { spaceKind } from './enums.js';
import { lots } from './lots.js';

/**
 * A lot's occupancy per space kind, rolled up into 15-minute buckets (UTC) by the history job
 * (jobs/occupancy-history.ts) from samples of the live occupancy; kept for HISTORY_RETENTION_DAYS.
 * "Occupied" is capacity minus free at the sample (a vehicle in the bay, a live booking covering
 * the instant, an expired sensor status, or a partner's reported counts). A lot that reports
 * counts for the lot as a whole is recorded under STANDARD. A bucket with missed samples just
 * has fewer; nothing is filled in.
 */
export const occupancyHistory = pgTable(
  'occupancy_history',
  {
    lotId: uuid()
      .notNull()
      .references(() => lots.id, { onDelete: 'cascade' }),
    spaceKind: spaceKind().notNull(),
    /** UTC, a multiple of 15 minutes. */
    bucketStart: timestamp({ withTimezone: true }).notNull(),
    /** Spaces of this kind in service (or the reported capacity) at the bucket's last sample. */
    capacity: integer().notNull(),
    occupiedMin: integer().notNull(),
    occupiedMax: integer().notNull(),
    /** Sum over the samples; the mean is occupied_sum / samples. */
    occupiedSum: bigint({ mode: 'number' }).notNull(),
    samples: integer().notNull(),
    /** Bookings (not cancelled) whose window starts in the bucket. */
    bookingsStarted: integer().notNull().default(0),
    /** Vehicles that entered (parking sessions opened) in the bucket. */
    sessionsStarted: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.lotId, t.spaceKind, t.bucketStart] }),
    // the retention job deletes by age across every lot
    index('occupancy_history_bucket_start').on(t.bucketStart),
    check('occupancy_history_samples', sql`${t.samples} > 0 AND ${t.occupiedMin} <= ${t.occupiedMax}`),
  ],
);

export type OccupancyHistoryRow = typeof occupancyHistory.$inferSelect;
export type NewOccupancyHistory = typeof occupancyHistory.$inferInsert;
