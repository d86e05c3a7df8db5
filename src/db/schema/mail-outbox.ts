import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * Mail to send, written in the same transaction as the change that causes it (a sign-up, a
 * reset request), so a message is never lost nor sent for a change that rolled back. The
 * mail-sender job delivers due rows at least once, retrying with backoff; once sent, the body
 * is cleared (it may hold a live token).
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    /** Plain-text body; emptied once sent. */
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Delivery attempts so far. */
    attempts: integer().notNull().default(0),
    /** Not tried again before this. */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    /** Set when the last allowed attempt failed: no more tries. */
    failedAt: timestamp({ withTimezone: true }),
    lastError: text(),
  },
  (t) => [index('mail_outbox_due').on(t.nextAttemptAt).where(sql`${t.sentAt} IS NULL AND ${t.failedAt} IS NULL`)],
);

export type MailOutboxRow = typeof mailOutbox.$inferSelect;
export type NewMail = typeof mailOutbox.$inferInsert;
