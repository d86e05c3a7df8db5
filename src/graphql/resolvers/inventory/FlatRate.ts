import { toHoursMinutes } from '../../../domain/availability/lot-schedule.js';
import type { FlatRateResolvers } from '../../generated/resolvers-types.js';

export const FlatRate: FlatRateResolvers = {
  entryAfter: (rate) => toHoursMinutes(rate.entryAfter),
  exitBefore: (rate) => toHoursMinutes(rate.exitBefore),
  price: (rate) => ({ amount: rate.amount, currency: rate.currency }),
};
