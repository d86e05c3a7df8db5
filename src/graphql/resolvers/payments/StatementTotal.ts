import type { StatementTotalResolvers } from '../../generated/resolvers-types.js';

const money = (amount: number, currency: string) => ({ amount, currency });

export const StatementTotal: StatementTotalResolvers = {
  charged: (total) => money(total.charged, total.currency),
  refunded: (total) => money(total.refunded, total.currency),
  commission: (total) => money(total.commission, total.currency),
  paidOut: (total) => money(total.paidOut, total.currency),
  collected: (total) => money(total.collected, total.currency),
  declined: (total) => money(total.declined, total.currency),
  providerFees: (total) => money(total.providerFees, total.currency),
  netPayable: (total) => money(total.netPayable, total.currency),
};
