/** Resolvers of schema/payments.graphql: payments on bookings, refunds, the driver's history, statements. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { Booking } from './Booking.js';
import { BookingPayment } from './BookingPayment.js';
import { Mutation } from './Mutation.js';
import { Operator } from './Operator.js';
import { OperatorStatement } from './OperatorStatement.js';
import { Payment } from './Payment.js';
import { Receipt } from './Receipt.js';
import { ReceiptLine } from './ReceiptLine.js';
import { StatementTotal } from './StatementTotal.js';
import { Viewer } from './Viewer.js';

export const payments: Resolvers = {
  Mutation,
  Booking,
  BookingPayment,
  Payment,
  Receipt,
  ReceiptLine,
  Viewer,
  Operator,
  OperatorStatement,
  StatementTotal,
};
