import { toHoursMinutes } from '../../domain/availability/lot-schedule.js';
import type { QuoteLineResolvers, QuoteResolvers, WeeklyHoursResolvers } from '../generated/resolvers-types.js';

export const Quote: QuoteResolvers = {
  total: (quote) => ({ amount: quote.amount, currency: quote.currency }),
  lines: (quote) => quote.lines.map((line) => ({ ...line, currency: quote.currency })),
};

export const QuoteLine: QuoteLineResolvers = {
  unitPrice: (line) => ({ amount: line.unitAmount, currency: line.currency }),
  amount: (line) => ({ amount: line.amount, currency: line.currency }),
  period: (line) => ({ start: line.start, end: line.end }),
};

export const WeeklyHours: WeeklyHoursResolvers = {
  opensAt: (row) => toHoursMinutes(row.opensAt),
  closesAt: (row) => toHoursMinutes(row.closesAt),
};
