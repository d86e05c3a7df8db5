import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sensorStatus, spaceKind, spaceOperatorStatus } from './enums.js';
import { lots } from './lots.js';

/** One marked bay in a lot. */
export const spaces = pgTable(
  'spaces',
  {
    id: uuid().primaryKey().defaultRandom(),
    lotId: uuid()
      .notNull()
      .references(() => lots.id, { onDelete: 'cascade' }),
    /** What the driver sees painted on the ground, e.g. `B2-017`. */
    label: text().notNull(),
    kind: spaceKind().notNull().default('STANDARD'),
    /** Floor or zone, e.g. `-1`, `L3`, `Yard`; null for single-level lots. */
    level: text(),
    operatorStatus: spaceOperatorStatus().notNull().default('IN_SERVICE'),
    /** The partner's own id for the space, unique within the lot (sensors may report by it). */
    externalRef: text(),
    /** What the bay's sensor last saw, and when (its clock): older reports are ignored. */
    sensorStatus: sensorStatus(),
    sensorObservedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.lotId, t.label),
    index().on(t.lotId, t.kind),
    // searches count a lot's in-service spaces (per kind) from this index alone
    index('spaces_in_service_lot_kind').on(t.lotId, t.kind).where(sql`${t.operatorStatus} = 'IN_SERVICE'`),
    uniqueIndex('spaces_lot_external_ref').on(t.lotId, t.externalRef).where(sql`${t.externalRef} IS NOT NULL`),
    // the live-data expiry job: statuses whose time-to-live ran out since its last run
    index('spaces_sensor_observed_at').on(t.sensorObservedAt).where(sql`${t.sensorObservedAt} IS NOT NULL`),
  ],
);

export type SpaceRow = typeof spaces.$inferSelect;
export type NewSpace = typeof spaces.$inferInsert;
