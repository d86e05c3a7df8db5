import type { QuoteResolvers } from '../../generated/resolvers-types.js';

export const Quote: QuoteResolvers = {
  total: (quote) => ({ amount: quote.amount, currency: quote.currency }),
  lines: (quote) => quote.lines.map((line) => ({ ...line, currency: quote.currency })),
};
