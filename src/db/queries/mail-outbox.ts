import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { mailOutbox, type MailOutboxRow } from '../schema/index.js';

/** Queues a message; call it with the transaction that makes the change the mail is about. */
export async function enqueueMail(db: Database, mail: { toAddress: string; subject: string; body: string }): Promise<void> {
  await db.insert(mailOutbox).values(mail);
}

/**
 * Leases up to `limit` due messages: their next attempt moves `leaseSeconds` ahead and their
 * attempt count up, so another sender (a new leader) skips them meanwhile; a sender that dies
 * mid-send leaves them to be tried again when the lease runs out (at least once).
 */
export function leaseDueMail(db: Database, limit: number, leaseSeconds: number): Promise<MailOutboxRow[]> {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), isNull(mailOutbox.failedAt), lte(mailOutbox.nextAttemptAt, sql`now()`)))
    .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(mailOutbox)
    .set({
      attempts: sql`${mailOutbox.attempts} + 1`,
      nextAttemptAt: sql`now() + make_interval(secs => ${leaseSeconds})`,
    })
    .where(inArray(mailOutbox.id, due))
    .returning();
}

/** Sent: the body (which may hold a live token) is cleared. */
export async function markMailSent(db: Database, id: number): Promise<void> {
  await db.update(mailOutbox).set({ sentAt: sql`now()`, body: '', lastError: null }).where(eq(mailOutbox.id, id));
}

/** A failed attempt: retry after `retryInSeconds`, or give up (`retryInSeconds` undefined). */
export async function markMailFailed(db: Database, id: number, error: string, retryInSeconds: number | undefined): Promise<void> {
  await db
    .update(mailOutbox)
    .set(
      retryInSeconds === undefined
        ? { failedAt: sql`now()`, lastError: error }
        : { nextAttemptAt: sql`now() + make_interval(secs => ${retryInSeconds})`, lastError: error },
    )
    .where(eq(mailOutbox.id, id));
}
