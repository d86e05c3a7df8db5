import type { QuoteLineResolvers } from '../../generated/resolvers-types.js';

export const QuoteLine: QuoteLineResolvers = {
  unitPrice: (line) => ({ amount: line.unitAmount, currency: line.currency }),
  amount: (line) => ({ amount: line.amount, currency: line.currency }),
  period: (line) => ({ start: line.start, end: line.end }),
};
