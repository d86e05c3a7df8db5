import { toHoursMinutes } from '../../../domain/availability/lot-schedule.js';
import type { WeeklyHoursResolvers } from '../../generated/resolvers-types.js';

export const WeeklyHours: WeeklyHoursResolvers = {
  opensAt: (row) => toHoursMinutes(row.opensAt),
  closesAt: (row) => toHoursMinutes(row.closesAt),
};
