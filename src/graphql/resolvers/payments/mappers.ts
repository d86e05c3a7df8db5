/** The parents payments' resolvers receive (codegen.ts mappers). */
export type { PaymentRow } from '../../../db/schema/index.js';
export type {
  BookingPaymentView,
  OperatorStatement as OperatorStatementParent,
  Receipt as ReceiptParent,
  StatementTotal as StatementTotalParent,
} from '../../../domain/payments/views.js';

/** A receipt line with its receipt's currency, so its amount resolves as Money. */
export type ReceiptLineParent = { description: string; amount: number; currency: string };
