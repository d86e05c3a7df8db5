import { pgEnum } from 'drizzle-orm/pg-core';

/** Which provider moves an operator's money: `invoice` (receivables the operator collects) or `stripe`. */
export const paymentProviderName = pgEnum('payment_provider', ['invoice', 'stripe']);
