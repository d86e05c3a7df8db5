import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { gateDirection, gateKind } from './enums.js';
import { lots } from './lots.js';

/** A barrier with a number-plate camera at a lot's entry, exit, or both. */
export const gates = pgTable(
  'gates',
  {
    id: uuid().primaryKey().defaultRandom(),
    lotId: uuid()
      .notNull()
      .references(() => lots.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    direction: gateDirection().notNull(),
    /**
     * BARRIER: a camera and barrier. SELF_CHECK_IN_POINT: where drivers' own check-ins enter and
     * leave (made by the first check-in at a SELF_CHECK_IN lot), so every session has a gate.
     */
    kind: gateKind().notNull().default('BARRIER'),
    /** Reads below this confidence (0 to 1) go to a person (REVIEW), never open the barrier. */
    minConfidence: doublePrecision().notNull().default(0.8),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Removed gates keep their audit log; their keys stop working. */
    removedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.lotId),
    uniqueIndex('gates_one_self_check_in_point')
      .on(t.lotId)
      .where(sql`${t.kind} = 'SELF_CHECK_IN_POINT' AND ${t.removedAt} IS NULL`),
    check('gates_min_confidence', sql`${t.minConfidence} BETWEEN 0 AND 1`),
  ],
);

export type GateRow = typeof gates.$inferSelect;
export type NewGate = typeof gates.$inferInsert;
