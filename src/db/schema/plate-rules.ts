import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { plateRuleKind } from './enums.js';
import { lots } from './lots.js';
import { users } from './users.js';

/** A lot's allow-list (permits, optionally expiring) and deny-list, by normalised plate. */
export const plateRules = pgTable(
  'plate_rules',
  {
    id: uuid().primaryKey().defaultRandom(),
    lotId: uuid()
      .notNull()
      .references(() => lots.id, { onDelete: 'cascade' }),
    kind: plateRuleKind().notNull(),
    /** Normalised: upper case, letters and digits only (see domain/plates). */
    plate: text().notNull(),
    /** Shown to staff, e.g. the permit holder's name or why the plate is denied. */
    note: text(),
    /** The rule applies from this instant (null: always)... */
    validFrom: timestamp({ withTimezone: true }),
    /** ...until this one, exclusive (null: no expiry). */
    validUntil: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // one current rule of each kind per plate and lot; a gate looks rules up by (lot, plate)
    uniqueIndex('plate_rules_current_unique').on(t.lotId, t.plate, t.kind).where(sql`${t.removedAt} IS NULL`),
    index().on(t.lotId, t.createdAt),
  ],
);

export type PlateRuleRow = typeof plateRules.$inferSelect;
export type NewPlateRule = typeof plateRules.$inferInsert;
