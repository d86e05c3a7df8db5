/**
 * Resolvers of schema/payments.graphql: payments, receipts, statements and refunds. The fields it
 * adds to Booking, Viewer and Operator live in those types' files (bookings/, accounts/, operators/).
 */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { BookingPayment } from './BookingPayment.js';
import { Mutation } from './Mutation.js';
import { OperatorStatement } from './OperatorStatement.js';
import { Payment } from './Payment.js';
import { Receipt } from './Receipt.js';
import { ReceiptLine } from './ReceiptLine.js';
import { StatementTotal } from './StatementTotal.js';

export const payments: Resolvers = {
  Mutation,
  BookingPayment,
  Payment,
  Receipt,
  ReceiptLine,
  OperatorStatement,
  StatementTotal,
};
