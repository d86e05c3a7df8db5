import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
  bookings,
  operators,
  payments,
  providerEvents,
  providerOperations,
  type NewPayment,
  type OperatorRow,
  type PaymentRow,
  type ProviderOperationRow,
} from '../schema/index.js';
import { keyset, toMilliseconds } from './keyset.js';

export async function insertPayment(db: Database, payment: NewPayment): Promise<PaymentRow> {
  const [row] = await db.insert(payments).values(payment).returning();
  return row!;
}

export async function findPaymentById(db: Database, id: string): Promise<PaymentRow | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.id, id));
  return row;
}

/** The payment, locked until the transaction ends: every change of its amounts goes through this. */
export async function lockPayment(db: Database, id: string): Promise<PaymentRow | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.id, id)).for('update');
  return row;
}

/** A booking's payments (its authorisation first, then what its stay cost beyond it), locked. */
export function lockPaymentsOfBooking(db: Database, bookingId: string): Promise<PaymentRow[]> {
  return db.select().from(payments).where(eq(payments.bookingId, bookingId)).orderBy(asc(payments.createdAt), asc(payments.id)).for('update');
}

export function findPaymentsOfBookings(db: Database, bookingIds: readonly string[]): Promise<PaymentRow[]> {
  return db
    .select()
    .from(payments)
    .where(inArray(payments.bookingId, [...bookingIds]))
    .orderBy(asc(payments.createdAt), asc(payments.id));
}

export function findPaymentsByIds(db: Database, ids: readonly string[]): Promise<PaymentRow[]> {
  return db.select().from(payments).where(inArray(payments.id, [...ids]));
}

export function findPaymentOfSession(db: Database, sessionId: string): Promise<PaymentRow[]> {
  return db.select().from(payments).where(eq(payments.sessionId, sessionId));
}

/** Changes a payment; the row's CHECK constraints refuse a capture above the authorisation. */
export async function updatePayment(db: Database, id: string, change: Partial<NewPayment>): Promise<PaymentRow> {
  const [row] = await db
    .update(payments)
    .set({ ...change, updatedAt: sql`now()` })
    .where(eq(payments.id, id))
    .returning();
  return row!;
}

/** Deletes a payment that never took money (a declined authorisation) and its booking with it. */
export async function deletePaymentAndBooking(db: Database, payment: PaymentRow): Promise<void> {
  await db.delete(payments).where(eq(payments.id, payment.id));
  if (payment.bookingId) await db.delete(bookings).where(eq(bookings.id, payment.bookingId));
}

export async function findOperatorForPayments(db: Database, operatorId: string): Promise<OperatorRow> {
  const [row] = await db.select().from(operators).where(eq(operators.id, operatorId));
  return row!;
}

/** PENDING authorisations older than `before`, oldest first: reconciliation asks the provider again. */
export function findPendingAuthorizations(db: Database, before: Date, limit: number): Promise<PaymentRow[]> {
  return db
    .select()
    .from(payments)
    .where(and(eq(payments.status, 'PENDING'), lte(payments.createdAt, before)))
    .orderBy(asc(payments.createdAt))
    .limit(limit);
}

export async function insertProviderOperation(
  db: Database,
  operation: Pick<ProviderOperationRow, 'paymentId' | 'kind' | 'amount' | 'idempotencyKey'> & { doneAt?: Date | null },
): Promise<void> {
  await db.insert(providerOperations).values(operation);
}

/** Provider calls not made yet whose payment the provider knows (it has a reference), oldest first. */
export function findDueProviderOperations(
  db: Database,
  limit: number,
): Promise<Array<{ operation: ProviderOperationRow; payment: PaymentRow }>> {
  return db
    .select({ operation: providerOperations, payment: payments })
    .from(providerOperations)
    .innerJoin(payments, eq(payments.id, providerOperations.paymentId))
    .where(and(isNull(providerOperations.doneAt), sql`${payments.providerRef} IS NOT NULL OR ${providerOperations.kind} = 'CHARGE'`))
    .orderBy(asc(providerOperations.createdAt))
    .limit(limit);
}

export async function finishProviderOperation(db: Database, id: string, outcome: { error?: string }): Promise<void> {
  await db
    .update(providerOperations)
    .set(
      outcome.error === undefined
        ? { doneAt: sql`now()`, attempts: sql`${providerOperations.attempts} + 1`, lastError: null }
        : { attempts: sql`${providerOperations.attempts} + 1`, lastError: outcome.error },
    )
    .where(eq(providerOperations.id, id));
}

/** Marks every provider call still waiting for a payment as done without making it (the provider declined the payment). */
export async function abandonProviderOperations(db: Database, paymentId: string, reason: string): Promise<void> {
  await db
    .update(providerOperations)
    .set({ doneAt: sql`now()`, lastError: reason })
    .where(and(eq(providerOperations.paymentId, paymentId), isNull(providerOperations.doneAt)));
}

/**
 * Payments captured before the provider answered their hold (a CAPTURE waiting for the hold's
 * reference), oldest first: reconciliation asks for the hold again, and a decline makes a debt.
 */
export function findCapturesAwaitingHold(db: Database, before: Date, limit: number): Promise<PaymentRow[]> {
  return db
    .select({ payment: payments })
    .from(providerOperations)
    .innerJoin(payments, eq(payments.id, providerOperations.paymentId))
    .where(
      and(
        isNull(providerOperations.doneAt),
        eq(providerOperations.kind, 'CAPTURE'),
        isNull(payments.providerRef),
        eq(payments.status, 'CAPTURED'),
        lte(payments.createdAt, before),
      ),
    )
    .orderBy(asc(providerOperations.createdAt))
    .limit(limit)
    .then((rows) => rows.map((row) => row.payment));
}

export function countOpenProviderOperations(db: Database, paymentId: string): Promise<ProviderOperationRow[]> {
  return db.select().from(providerOperations).where(eq(providerOperations.paymentId, paymentId));
}

/** Records a provider's webhook event; false when it was recorded before (a replay). */
export async function recordProviderEvent(db: Database, event: { id: string; type: string; payload: unknown }): Promise<boolean> {
  const rows = await db.insert(providerEvents).values(event).onConflictDoNothing().returning({ id: providerEvents.id });
  return rows.length === 1;
}

export async function findPaymentByProviderRef(db: Database, providerRef: string): Promise<PaymentRow | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.providerRef, providerRef)).for('update');
  return row;
}

/** The order of a driver's payment history: newest first. */
export const paymentHistoryOrder = keyset(
  'desc',
  { column: toMilliseconds(payments.createdAt), type: 'timestamptz' },
  { column: payments.id, type: 'uuid' },
);

/** A page of a driver's payments, newest first, after a cursor `[createdAt, id]`. */
export function findPaymentsOfDriver(db: Database, driverId: string, limit: number, after?: readonly [string, string]): Promise<PaymentRow[]> {
  return db
    .select()
    .from(payments)
    .where(and(eq(payments.driverId, driverId), after ? paymentHistoryOrder.after(after) : undefined))
    .orderBy(...paymentHistoryOrder.orderBy)
    .limit(limit);
}
