import { sql } from 'drizzle-orm';
import { char, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings.js';
import { paymentProviderName } from './payments-enums.js';
import { lots } from './lots.js';
import { operators } from './operators.js';
import { parkingSessions } from './parking-sessions.js';
import { users } from './users.js';

/** What a payment is for: a booking's locked price, what its stay cost beyond that (overstay, an extension), or a walk-in's stay. */
export const paymentKind = pgEnum('payment_kind', ['BOOKING', 'EXTRA', 'WALK_IN']);

/**
 * PENDING: the provider has not answered the authorisation yet (reconciliation settles it before
 * `expires_at` or releases it); AUTHORIZED: held; CAPTURED: charged (possibly partly refunded);
 * RELEASED: the hold was let go with nothing charged.
 */
export const paymentStatus = pgEnum('payment_status', ['PENDING', 'AUTHORIZED', 'CAPTURED', 'RELEASED']);

/** A call to make to the provider (CHARGE: a new off-session charge to the card on file); written with the change it carries out. */
export const providerOperationKind = pgEnum('provider_operation_kind', ['CAPTURE', 'RELEASE', 'REFUND', 'CHARGE']);

/**
 * Money for one booking, overstay or walk-in stay. Amounts are integer minor units of
 * `currency`; the database refuses a capture above the authorisation or a refund above the capture.
 */
export const payments = pgTable(
  'payments',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: paymentKind().notNull(),
    bookingId: uuid().references(() => bookings.id, { onDelete: 'restrict' }),
    sessionId: uuid().references(() => parkingSessions.id, { onDelete: 'restrict' }),
    /** The paying driver; null for a walk-in nobody is signed in for. */
    driverId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    operatorId: uuid()
      .notNull()
      .references(() => operators.id, { onDelete: 'restrict' }),
    lotId: uuid()
      .notNull()
      .references(() => lots.id, { onDelete: 'restrict' }),
    provider: paymentProviderName().notNull(),
    status: paymentStatus().notNull(),
    currency: char({ length: 3 }).notNull(),
    authorizedAmount: integer().notNull(),
    capturedAmount: integer().notNull().default(0),
    refundedAmount: integer().notNull().default(0),
    /** The operator's commission rate when the payment was made, in basis points. */
    commissionBps: integer().notNull(),
    /** The provider's id for the charge (a PaymentIntent id, or the invoice reference). */
    providerRef: text(),
    /** What the driver pays with at the provider (a Stripe PaymentMethod id). */
    paymentMethod: text(),
    /** A PENDING payment not settled by then is released (and its booking cancelled). */
    expiresAt: timestamp({ withTimezone: true }),
    /** When the operator marked an invoiced (or declined, owed) charge as paid by the driver. */
    receivedAt: timestamp({ withTimezone: true }),
    /**
     * When the card provider declined a charge already recorded as captured (a hold captured while
     * still PENDING, an off-session overstay charge): the driver owes it, the operator collects it.
     */
    declinedAt: timestamp({ withTimezone: true }),
    /** The provider's reason for that decline. */
    declineReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('payments_provider_ref').on(t.providerRef).where(sql`${t.providerRef} IS NOT NULL`),
    index().on(t.driverId, t.createdAt),
    index().on(t.operatorId, t.createdAt),
    index('payments_pending_expiry').on(t.expiresAt).where(sql`${t.status} = 'PENDING'`),
    // one booking payment per booking: the authorisation made at booking time
    unique('payments_one_per_booking_kind').on(t.bookingId, t.kind),
    check('payments_amounts', sql`${t.authorizedAmount} >= 0 AND ${t.capturedAmount} >= 0 AND ${t.refundedAmount} >= 0`),
    check('payments_capture_within_authorization', sql`${t.capturedAmount} <= ${t.authorizedAmount}`),
    check('payments_refund_within_capture', sql`${t.refundedAmount} <= ${t.capturedAmount}`),
    check('payments_commission_bps', sql`${t.commissionBps} BETWEEN 0 AND 10000`),
    check('payments_currency_iso', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

/**
 * Calls to the provider that the reconciliation job makes after the change that needs them has
 * committed, each with its own idempotency key, so a retry never charges twice.
 */
export const providerOperations = pgTable(
  'provider_operations',
  {
    id: uuid().primaryKey().defaultRandom(),
    paymentId: uuid()
      .notNull()
      .references(() => payments.id, { onDelete: 'restrict' }),
    kind: providerOperationKind().notNull(),
    amount: integer().notNull(),
    /** Sent as the provider's Idempotency-Key. */
    idempotencyKey: text().notNull().unique(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    doneAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('provider_operations_due').on(t.createdAt).where(sql`${t.doneAt} IS NULL`)],
);

/** Provider webhook events already applied: a replay finds its id here and changes nothing. */
export const providerEvents = pgTable('provider_events', {
  id: text().primaryKey(),
  type: text().notNull(),
  payload: jsonb().notNull(),
  receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type PaymentRow = typeof payments.$inferSelect;
export type NewPayment = typeof payments.$inferInsert;
export type ProviderOperationRow = typeof providerOperations.$inferSelect;
