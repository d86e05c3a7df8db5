import type { ReceiptLineResolvers } from '../../generated/resolvers-types.js';

export const ReceiptLine: ReceiptLineResolvers = {
  amount: (line) => ({ amount: line.amount, currency: line.currency }),
};
