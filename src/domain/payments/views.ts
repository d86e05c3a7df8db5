import type { Database } from '../../db/client.js';
import { operatorStatementRows, type StatementRow } from '../../db/queries/ledger.js';
import type { LotRow, PaymentRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import { canHandleOperatorMoney } from '../policy.js';
import { vatIncluded, vatRateForZone } from './vat.js';

/**
 * A payment's status as drivers see it: PENDING is "pending payment", a declined charge not
 * collected yet is OWED, refunds show.
 */
export type PaymentStatusView = 'PENDING_PAYMENT' | 'AUTHORIZED' | 'CAPTURED' | 'PARTIALLY_REFUNDED' | 'REFUNDED' | 'RELEASED' | 'OWED';

type StatusFacts = Pick<PaymentRow, 'status' | 'capturedAmount' | 'refundedAmount' | 'declinedAt' | 'receivedAt'>;

/** The provider declined it after it was recorded, and the driver has not paid it yet. */
export function isOwed(payment: StatusFacts): boolean {
  return payment.declinedAt !== null && payment.receivedAt === null && payment.capturedAmount > payment.refundedAmount;
}

export function paymentStatusView(payment: StatusFacts): PaymentStatusView {
  if (payment.status === 'PENDING') return 'PENDING_PAYMENT';
  if (isOwed(payment)) return 'OWED';
  if (payment.status !== 'CAPTURED' || payment.refundedAmount === 0) return payment.status;
  return payment.refundedAmount === payment.capturedAmount ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
}

/** A booking's money over its payments; undefined for a booking without any. */
export interface BookingPaymentView {
  status: PaymentStatusView;
  currency: string;
  authorized: number;
  captured: number;
  refunded: number;
  expiresAt: Date | null;
  payments: PaymentRow[];
}

export function bookingPaymentView(payments: PaymentRow[]): BookingPaymentView | undefined {
  const held = payments.find((payment) => payment.kind === 'BOOKING') ?? payments[0];
  if (!held) return undefined;
  const sum = (pick: (payment: PaymentRow) => number) => payments.reduce((total, payment) => total + pick(payment), 0);
  const captured = sum((payment) => payment.capturedAmount);
  const refunded = sum((payment) => payment.refundedAmount);
  // a booking with any charge still owed after a decline shows that first
  const owed = payments.some(isOwed);
  return {
    status: owed ? 'OWED' : paymentStatusView({ ...held, capturedAmount: captured, refundedAmount: refunded }),
    currency: held.currency,
    authorized: sum((payment) => payment.authorizedAmount),
    captured,
    refunded,
    expiresAt: held.status === 'PENDING' ? held.expiresAt : null,
    payments,
  };
}

export interface Receipt {
  lines: Array<{ description: string; amount: number }>;
  total: number;
  vat: number;
  net: number;
  vatRatePercent: number;
  country: string;
  currency: string;
}

const KIND_TEXT: Record<PaymentRow['kind'], string> = {
  BOOKING: 'Parking booking',
  EXTRA: 'Overstay or extension',
  WALK_IN: 'Parking without a booking',
};

/** The receipt of a payment at a lot: tax-inclusive lines, the VAT in them at the lot country's rate. */
export function receiptOf(payment: PaymentRow, lot: Pick<LotRow, 'name' | 'timeZone'>): Receipt | undefined {
  if (payment.capturedAmount === 0) return undefined;
  const rate = vatRateForZone(lot.timeZone);
  const lines = [{ description: `${KIND_TEXT[payment.kind]} at ${lot.name}`, amount: payment.capturedAmount }];
  if (payment.refundedAmount > 0) lines.push({ description: 'Refund', amount: -payment.refundedAmount });
  const total = payment.capturedAmount - payment.refundedAmount;
  const vat = vatIncluded(total, rate);
  return { lines, total, vat, net: total - vat, vatRatePercent: rate.bps / 100, country: rate.country, currency: payment.currency };
}

/** One currency of an operator's month (see schema/payments.graphql StatementTotal). */
export interface StatementTotal {
  currency: string;
  bookings: number;
  sessions: number;
  charged: number;
  refunded: number;
  commission: number;
  paidOut: number;
  collected: number;
  declined: number;
  providerFees: number;
  netPayable: number;
}

export interface OperatorStatement {
  month: string;
  totals: StatementTotal[];
  rows: StatementRow[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * An operator's month (UTC) from its ledger entries; undefined when the viewer may not see its
 * money. A month that is not `YYYY-MM` is an error for the caller to report.
 */
export async function operatorStatement(
  db: Database,
  viewer: Viewer,
  operatorId: string,
  month: string,
): Promise<OperatorStatement | 'INVALID_MONTH' | undefined> {
  if (!canHandleOperatorMoney(viewer, operatorId)) return undefined;
  const parsed = MONTH.exec(month);
  if (!parsed) return 'INVALID_MONTH';
  const from = new Date(Date.UTC(Number(parsed[1]), Number(parsed[2]) - 1, 1));
  const to = new Date(Date.UTC(Number(parsed[1]), Number(parsed[2]), 1));
  const rows = await operatorStatementRows(db, operatorId, from, to);
  const totals = new Map<string, StatementTotal>();
  for (const row of rows) {
    const total =
      totals.get(row.currency) ??
      totals
        .set(row.currency, {
          currency: row.currency,
          bookings: 0,
          sessions: 0,
          charged: 0,
          refunded: 0,
          commission: 0,
          paidOut: 0,
          collected: 0,
          declined: 0,
          providerFees: 0,
          netPayable: 0,
        })
        .get(row.currency)!;
    total.netPayable += row.operatorAmount;
    total.commission += row.commissionAmount;
    switch (row.entryKind) {
      case 'CAPTURE':
        total.charged += row.operatorAmount + row.commissionAmount;
        if (row.paymentKind === 'WALK_IN') total.sessions++;
        else if (row.paymentKind === 'BOOKING') total.bookings++;
        break;
      case 'REFUND':
        total.refunded -= row.operatorAmount + row.commissionAmount;
        break;
      case 'PAYOUT':
        total.paidOut -= row.operatorAmount;
        break;
      case 'RECEIVED':
        total.collected -= row.operatorAmount;
        break;
      case 'DECLINED':
        // the provider never paid this out after all; the driver owes it instead
        total.paidOut -= row.operatorAmount;
        total.declined += row.receivableAmount;
        break;
      case 'PROVIDER_FEE':
        total.providerFees += row.providerFeeAmount;
        break;
    }
  }
  return { month, totals: [...totals.values()], rows };
}

/** The statement's entries as CSV (RFC 4180; amounts in minor units). */
export function statementCsv(statement: OperatorStatement): string {
  const header =
    'posted_at,entry,payment_kind,payment_id,booking_id,session_id,currency,operator_amount,commission_amount,receivable_amount,provider_fee_amount';
  const lines = statement.rows.map((row) =>
    [
      row.postedAt.toISOString(),
      row.entryKind,
      row.paymentKind,
      row.paymentId,
      row.bookingId ?? '',
      row.sessionId ?? '',
      row.currency,
      row.operatorAmount,
      row.commissionAmount,
      row.receivableAmount,
      row.providerFeeAmount,
    ].join(','),
  );
  return [header, ...lines].join('\r\n') + '\r\n';
}
