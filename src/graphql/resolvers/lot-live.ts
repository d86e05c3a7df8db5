import { lotAvailability } from '../../domain/availability/lot-availability.js';
import { lotOccupancy } from '../../domain/availability/occupancy.js';
import { quoteLot } from '../../domain/pricing/index.js';
import { validateWindow } from '../../domain/time-window.js';
import type { LotWeeklyHoursRow } from '../../db/schema/index.js';
import type { LotResolvers } from '../generated/resolvers-types.js';
import { toWindow } from './search.js';

/** Lot fields that depend on time: availability for a window, occupancy now, hours and prices. */
export const lotLiveFields: Pick<LotResolvers, 'availability' | 'occupancy' | 'openingHours' | 'bookableHours' | 'quote'> = {
  availability: async (lot, args, { loaders }) => {
    const window = validateWindow(toWindow(args.window)!);
    const [counts, weeklyHours, blackouts] = await Promise.all([
      loaders.windowCounts.load({ lotId: lot.id, argument: window }),
      loaders.weeklyHours.load(lot.id),
      loaders.blackouts.load({ lotId: lot.id, argument: window }),
    ]);
    return lotAvailability(counts, { timeZone: lot.timeZone, weeklyHours, blackouts }, window);
  },

  occupancy: async (lot, _args, { loaders }) => lotOccupancy(lot, await loaders.statusCounts.load(lot.id), loaders.now),

  openingHours: async (lot, _args, { loaders }) => hoursOf(await loaders.weeklyHours.load(lot.id), 'OPENING_HOURS'),

  bookableHours: async (lot, _args, { loaders }) => hoursOf(await loaders.weeklyHours.load(lot.id), 'BOOKABLE_HOURS'),

  quote: async (lot, args, { loaders }) => {
    const window = validateWindow(toWindow(args.window)!);
    return quoteLot(lot, await loaders.tariffs.load(lot.id), args.spaceKind ?? 'STANDARD', window) ?? null;
  },
};

/** The weekly rows of one purpose; null when there are none ("around the clock"). */
function hoursOf(rows: LotWeeklyHoursRow[], purpose: LotWeeklyHoursRow['purpose']): LotWeeklyHoursRow[] | null {
  const ofPurpose = rows.filter((row) => row.purpose === purpose);
  return ofPurpose.length > 0 ? ofPurpose : null;
}
