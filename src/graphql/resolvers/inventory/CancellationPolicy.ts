import type { CancellationPolicyResolvers } from '../../generated/resolvers-types.js';

/** A lot's cancellation terms: the parent is the lot itself. */
export const CancellationPolicy: CancellationPolicyResolvers = {
  cancellationFee: (lot) => ({ amount: lot.cancellationFeeAmount, currency: lot.currency }),
};
