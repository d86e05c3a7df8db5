import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings.js';
import { gateDecision, gateDecisionReason } from './enums.js';
import { gates } from './gates.js';
import { lots } from './lots.js';
import { parkingSessions } from './parking-sessions.js';

/**
 * The audit log of every plate a gate camera reported and what the API decided. Append-only:
 * a repeated read is logged too, pointing at the read whose decision it repeated.
 */
export const plateReads = pgTable(
  'plate_reads',
  {
    id: uuid().primaryKey().defaultRandom(),
    gateId: uuid()
      .notNull()
      .references(() => gates.id, { onDelete: 'restrict' }),
    /** Denormalised from the gate so an operator's log is read by lot and time from one index. */
    lotId: uuid()
      .notNull()
      .references(() => lots.id, { onDelete: 'restrict' }),
    /** Normalised plate; `rawPlate` is what the camera sent. */
    plate: text().notNull(),
    rawPlate: text().notNull(),
    /** The camera's confidence in its read, 0 to 1. */
    confidence: doublePrecision().notNull(),
    /** The camera's clock. */
    readAt: timestamp({ withTimezone: true }).notNull(),
    imageUrl: text(),
    decision: gateDecision().notNull(),
    reason: gateDecisionReason().notNull(),
    bookingId: uuid().references(() => bookings.id, { onDelete: 'set null' }),
    sessionId: uuid().references(() => parkingSessions.id, { onDelete: 'set null' }),
    /** Set when this read repeated an earlier one at the same gate within the repeat interval. */
    repeatOf: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.lotId, t.createdAt),
    // the repeat look-up: the latest original read of a plate at a gate
    index().on(t.gateId, t.plate, t.readAt),
    check('plate_reads_confidence', sql`${t.confidence} BETWEEN 0 AND 1`),
  ],
);

export type PlateReadRow = typeof plateReads.$inferSelect;
export type NewPlateRead = typeof plateReads.$inferInsert;
