import type { Database } from '../../db/client.js';
import { updateBooking } from '../../db/queries/bookings.js';
import { findLotsByIds } from '../../db/queries/lots.js';
import {
  deletePaymentAndBooking,
  findOperatorForPayments,
  insertPayment,
  insertProviderOperation,
  lockPayment,
  lockPaymentsOfBooking,
  updatePayment,
} from '../../db/queries/payments.js';
import type { BookingRow, LotRow, OperatorRow, ParkingSessionRow, PaymentRow } from '../../db/schema/index.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { declineCapturedPayment } from './declines.js';
import { commissionOf, postCapture } from './postings.js';
import { ProviderUnavailableError, type AuthorizeResult, type PaymentProvider, type PaymentProviders } from './provider.js';
import type { StripeSettings } from './stripe-provider.js';

/** What the payment lifecycle needs from the server: its providers and how long a PENDING payment may wait. */
export interface PaymentsSetup {
  providers: PaymentProviders;
  /** A payment the provider has not answered for is released after this long. @default 15 minutes */
  pendingTtlMs: number;
  /** Stripe's settings when it is configured (its webhooks are verified with them). */
  stripe?: StripeSettings;
}

export const DEFAULT_PENDING_TTL_MS = 15 * 60_000;

export function providerOf(setup: PaymentsSetup, name: PaymentRow['provider']): PaymentProvider {
  const provider = setup.providers[name];
  // an operator set to stripe on a server without STRIPE_SECRET_KEY is a configuration fault
  if (!provider) throw new Error(`payment provider ${name} is not configured (STRIPE_SECRET_KEY)`);
  return provider;
}

/** How a new booking at a lot is paid: its operator (provider, commission) and the status the booking starts in. */
export interface BookingPaymentTerms {
  operator: OperatorRow;
  /** CONFIRMED where the provider answers at once (invoice); else PENDING_PAYMENT until the hold is answered. */
  bookingStatus: 'CONFIRMED' | 'PENDING_PAYMENT';
}

export async function bookingPaymentTerms(tx: Database, lot: Pick<LotRow, 'operatorId'>, setup: PaymentsSetup): Promise<BookingPaymentTerms> {
  const operator = await findOperatorForPayments(tx, lot.operatorId);
  return { operator, bookingStatus: providerOf(setup, operator.paymentProvider).answersAtOnce ? 'CONFIRMED' : 'PENDING_PAYMENT' };
}

/**
 * The booking's payment, PENDING until the provider answers: written in the transaction that
 * inserts the booking, so a booking never exists without it.
 */
export async function openBookingPayment(
  tx: Database,
  booking: BookingRow,
  { operator }: BookingPaymentTerms,
  paymentMethod: string | null,
  setup: PaymentsSetup,
  now: Date,
): Promise<PaymentRow> {
  return insertPayment(tx, {
    kind: 'BOOKING',
    bookingId: booking.id,
    driverId: booking.driverId,
    operatorId: operator.id,
    lotId: booking.lotId,
    provider: operator.paymentProvider,
    status: 'PENDING',
    currency: booking.currency,
    authorizedAmount: booking.priceAmount,
    commissionBps: operator.commissionBps,
    paymentMethod,
    expiresAt: new Date(now.getTime() + setup.pendingTtlMs),
  });
}

/**
 * Asks the provider to hold a PENDING payment (idempotency key `<payment id>:authorize`, so
 * asking again, as reconciliation does, never holds twice), or one captured before the provider
 * answered. The answer is applied by `applyHoldAnswer`. No answer: unchanged, for reconciliation.
 */
export async function authorizePendingPayment(
  db: Database,
  setup: PaymentsSetup,
  payment: PaymentRow,
  onDecline: 'delete' | 'cancel',
): Promise<Outcome<PaymentRow>> {
  const provider = providerOf(setup, payment.provider);
  const operator = await findOperatorForPayments(db, payment.operatorId);
  let result;
  try {
    result = await provider.authorize({
      amount: payment.authorizedAmount,
      currency: payment.currency,
      paymentMethod: payment.paymentMethod,
      destinationAccount: operator.stripeAccountId,
      applicationFee: commissionOf(payment.authorizedAmount, payment.commissionBps),
      idempotencyKey: `${payment.id}:authorize`,
      metadata: { payment_id: payment.id, ...(payment.bookingId && { booking_id: payment.bookingId }) },
    });
  } catch (error) {
    if (error instanceof ProviderUnavailableError) return succeed(payment);
    throw error;
  }
  return db.transaction(async (tx) =>
    applyHoldAnswer(tx, (await lockPayment(tx, payment.id))!, result, onDecline, { bookingWaits: !provider.answersAtOnce }),
  );
}

/**
 * What the provider answered for a hold, applied to the payment (locked by the caller) in one
 * transaction. Held: a PENDING payment is AUTHORIZED and its PENDING_PAYMENT booking CONFIRMED
 * (`bookingWaits: false` for a provider that answers at once: its bookings are CONFIRMED already); a
 * payment captured meanwhile only gets its reference, so its capture can be made. Declined: a
 * PENDING payment and its booking go (`onDecline: 'delete'`, for a createBooking the driver has
 * not seen succeed) or the booking is cancelled (`'cancel'`, for one the driver was told is
 * pending), so no live booking holds the space; a payment captured meanwhile becomes a debt the
 * driver owes (`declineCapturedPayment`).
 */
export async function applyHoldAnswer(
  tx: Database,
  current: PaymentRow,
  answer: AuthorizeResult,
  onDecline: 'delete' | 'cancel',
  { bookingWaits = true, now = new Date() }: { bookingWaits?: boolean; now?: Date } = {},
): Promise<Outcome<PaymentRow>> {
  if (answer.status === 'AUTHORIZED') {
    if (current.status !== 'PENDING') return succeed(await updatePayment(tx, current.id, { providerRef: answer.ref }));
    if (current.bookingId && bookingWaits) await updateBooking(tx, current.bookingId, 'PENDING_PAYMENT', { status: 'CONFIRMED' });
    return succeed(await updatePayment(tx, current.id, { status: 'AUTHORIZED', providerRef: answer.ref, expiresAt: null }));
  }
  if (current.status === 'CAPTURED' && current.providerRef === null) return succeed(await declineCapturedPayment(tx, current, answer.reason, now));
  if (current.status !== 'PENDING') return succeed(current);
  if (onDecline === 'delete') {
    await deletePaymentAndBooking(tx, current);
  } else {
    await releaseBookingOf(tx, current, now);
  }
  return fail('PAYMENT_DECLINED', `The payment was declined: ${answer.reason}`, ['input', 'paymentMethod']);
}

/**
 * A PENDING payment nobody could settle, or that was declined: released, and its booking (if still
 * waiting or unused) cancelled free. Bookings made before PENDING_PAYMENT existed were CONFIRMED.
 */
export async function releaseBookingOf(tx: Database, payment: PaymentRow, now: Date): Promise<void> {
  await updatePayment(tx, payment.id, { status: 'RELEASED', expiresAt: null });
  if (payment.bookingId) {
    await updateBooking(tx, payment.bookingId, ['PENDING_PAYMENT', 'CONFIRMED'], { status: 'CANCELLED', cancellationFeeAmount: 0, cancelledAt: now });
  }
}

/**
 * Charges what a booking's stay or cancellation cost (`total`, minor units) in the transaction
 * that completes or cancels it: the authorisation is captured up to `total` (the rest released);
 * what is beyond the authorisation (overstay, an extension) is a second, EXTRA payment. Captures
 * once: a booking whose payment was captured or released already is left alone, so concurrent
 * or repeated completions charge once (the payment row is locked). A booking without a hold (made
 * before payments, or written by hand) is invoiced the whole `total`, or left alone with
 * `withoutHold: 'skip'` (the sweeps: nobody agreed to pay for a stay nobody saw).
 */
export async function chargeBooking(
  tx: Database,
  booking: BookingRow,
  total: number,
  { withoutHold = 'invoice' }: { withoutHold?: 'invoice' | 'skip' } = {},
): Promise<PaymentRow[]> {
  const existing = await lockPaymentsOfBooking(tx, booking.id);
  const held = existing.find((payment) => payment.kind === 'BOOKING');
  if (held && held.status !== 'PENDING' && held.status !== 'AUTHORIZED') return [];
  if (!held && withoutHold === 'skip') return [];
  const charged: PaymentRow[] = [];
  let rest = total;
  if (held) {
    const amount = Math.min(total, held.authorizedAmount);
    charged.push(amount > 0 ? await capture(tx, held, amount) : await release(tx, held));
    rest -= amount;
  }
  if (rest > 0) {
    const operator = await findOperatorForPayments(tx, (await lotOperatorOf(tx, held, booking)).operatorId);
    charged.push(
      await chargeNow(tx, operator, {
        kind: held ? 'EXTRA' : 'BOOKING',
        bookingId: booking.id,
        driverId: booking.driverId,
        lotId: booking.lotId,
        currency: booking.currency,
        amount: rest,
        paymentMethod: held?.paymentMethod ?? null,
      }),
    );
  }
  return charged;
}

/** A stay without a booking (a walk-in; a permit costs nothing), charged at exit: nobody is signed in, so it is invoiced (paid at the lot). */
export async function chargeUnbookedStay(tx: Database, session: ParkingSessionRow, lot: Pick<LotRow, 'operatorId'>): Promise<PaymentRow | undefined> {
  const amount = session.chargeAmount ?? 0;
  if (amount <= 0) return undefined;
  const operator = await findOperatorForPayments(tx, lot.operatorId);
  return chargeNow(tx, operator, {
    kind: 'WALK_IN',
    sessionId: session.id,
    driverId: null,
    lotId: session.lotId,
    currency: session.currency,
    amount,
    paymentMethod: null,
  });
}

async function lotOperatorOf(tx: Database, held: PaymentRow | undefined, booking: BookingRow): Promise<{ operatorId: string }> {
  if (held) return held;
  const [lot] = await findLotsByIds(tx, [booking.lotId]);
  return lot!;
}

async function capture(tx: Database, payment: PaymentRow, amount: number): Promise<PaymentRow> {
  const captured = await updatePayment(tx, payment.id, { status: 'CAPTURED', capturedAmount: amount, expiresAt: null });
  await postCapture(tx, captured, amount);
  if (captured.provider === 'stripe') {
    await insertProviderOperation(tx, { paymentId: captured.id, kind: 'CAPTURE', amount, idempotencyKey: `${captured.id}:capture` });
  }
  return captured;
}

async function release(tx: Database, payment: PaymentRow): Promise<PaymentRow> {
  const released = await updatePayment(tx, payment.id, { status: 'RELEASED', expiresAt: null });
  if (released.provider === 'stripe') {
    await insertProviderOperation(tx, { paymentId: released.id, kind: 'RELEASE', amount: 0, idempotencyKey: `${released.id}:release` });
  }
  return released;
}

/**
 * A charge taken at once (authorised and captured together): by card when the operator takes
 * Stripe and the driver's card is on file (a CHARGE the reconciliation job makes), else invoiced.
 */
async function chargeNow(
  tx: Database,
  operator: OperatorRow,
  charge: Pick<PaymentRow, 'kind' | 'driverId' | 'lotId' | 'currency' | 'paymentMethod'> & {
    bookingId?: string;
    sessionId?: string;
    amount: number;
  },
): Promise<PaymentRow> {
  const byCard = operator.paymentProvider === 'stripe' && charge.paymentMethod !== null;
  const payment = await insertPayment(tx, {
    kind: charge.kind,
    bookingId: charge.bookingId ?? null,
    sessionId: charge.sessionId ?? null,
    driverId: charge.driverId,
    operatorId: operator.id,
    lotId: charge.lotId,
    provider: byCard ? 'stripe' : 'invoice',
    status: 'CAPTURED',
    currency: charge.currency,
    authorizedAmount: charge.amount,
    capturedAmount: charge.amount,
    commissionBps: operator.commissionBps,
    paymentMethod: charge.paymentMethod,
  });
  await postCapture(tx, payment, charge.amount);
  if (byCard) {
    await insertProviderOperation(tx, { paymentId: payment.id, kind: 'CHARGE', amount: charge.amount, idempotencyKey: `${payment.id}:charge` });
  }
  return payment;
}
