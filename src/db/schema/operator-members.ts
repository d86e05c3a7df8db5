import { index, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { memberRole } from './enums.js';
import { operators } from './operators.js';
import { users } from './users.js';

/** Which users work for which operator, and in what role. */
export const operatorMembers = pgTable(
  'operator_members',
  {
    operatorId: uuid()
      .notNull()
      .references(() => operators.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: memberRole().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.operatorId, t.userId] }), index().on(t.userId)],
);

export type OperatorMemberRow = typeof operatorMembers.$inferSelect;
export type NewOperatorMember = typeof operatorMembers.$inferInsert;
