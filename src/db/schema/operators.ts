import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { operatorKind } from './enums.js';

/** Parking networks (partners) and private land owners: whoever lists lots. */
export const operators = pgTable('operators', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  kind: operatorKind().notNull(),
  /** Public contact address shown to drivers and partner engineers. */
  contactEmail: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type OperatorRow = typeof operators.$inferSelect;
export type NewOperator = typeof operators.$inferInsert;
