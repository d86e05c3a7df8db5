import type { ReceiptResolvers } from '../../generated/resolvers-types.js';

export const Receipt: ReceiptResolvers = {
  lines: (receipt) => receipt.lines.map((line) => ({ ...line, currency: receipt.currency })),
  total: (receipt) => ({ amount: receipt.total, currency: receipt.currency }),
  vat: (receipt) => ({ amount: receipt.vat, currency: receipt.currency }),
  net: (receipt) => ({ amount: receipt.net, currency: receipt.currency }),
};
