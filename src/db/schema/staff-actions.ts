import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staffActionKind } from './enums.js';
import { gates } from './gates.js';
import { lots } from './lots.js';
import { parkingSessions } from './parking-sessions.js';
import { plateReads } from './plate-reads.js';
import { users } from './users.js';

/**
 * The audit log of what staff decided by hand beside the gates' own log (plate_reads): a car
 * admitted under REVIEW, a session closed whose exit the camera missed. Append-only, with the
 * reason the member of staff gave.
 */
export const staffActions = pgTable(
  'staff_actions',
  {
    id: uuid().primaryKey().defaultRandom(),
    lotId: uuid()
      .notNull()
      .references(() => lots.id, { onDelete: 'restrict' }),
    kind: staffActionKind().notNull(),
    /** Who did it. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    reason: text().notNull(),
    /** The normalised plate concerned. */
    plate: text().notNull(),
    /** ADMIT_VEHICLE: the gate and, when there was one, the read under REVIEW it resolves. */
    gateId: uuid().references(() => gates.id, { onDelete: 'restrict' }),
    plateReadId: uuid().references(() => plateReads.id, { onDelete: 'restrict' }),
    /** The session opened (ADMIT_VEHICLE) or closed (CLOSE_SESSION). */
    sessionId: uuid()
      .notNull()
      .references(() => parkingSessions.id, { onDelete: 'restrict' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.lotId, t.createdAt)],
);

export type StaffActionRow = typeof staffActions.$inferSelect;
export type NewStaffAction = typeof staffActions.$inferInsert;
