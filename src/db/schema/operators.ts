import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { operatorKind } from './enums.js';
import { paymentProviderName } from './payments-enums.js';

/** Parking networks (partners) and private land owners: whoever lists lots. */
export const operators = pgTable('operators', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  kind: operatorKind().notNull(),
  /** Public contact address shown to drivers and partner engineers. */
  contactEmail: text(),
  /** The platform's commission on each captured charge, in basis points (1000 = 10%). */
  commissionBps: integer().notNull().default(1000),
  /** Who takes drivers' money for this operator's lots (domain/payments). */
  paymentProvider: paymentProviderName().notNull().default('invoice'),
  /** The operator's Stripe Connect account (`acct_...`): destination of its charges. */
  stripeAccountId: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [check('operators_commission_bps', sql`${t.commissionBps} BETWEEN 0 AND 10000`)]);

export type OperatorRow = typeof operators.$inferSelect;
export type NewOperator = typeof operators.$inferInsert;
