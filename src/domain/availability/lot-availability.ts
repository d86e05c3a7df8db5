import type { WindowCounts } from '../../db/queries/space-counts.js';
import type { SpaceRow } from '../../db/schema/index.js';
import { isOpenThroughout } from '../schedule/index.js';
import type { TimeWindow } from '../time/zoned.js';
import { scheduleOf, type LotHours } from './lot-schedule.js';

export type SpaceKind = SpaceRow['kind'];
export type ClosedReason = 'OUTSIDE_OPENING_HOURS' | 'OUTSIDE_BOOKABLE_HOURS' | 'BLACKOUT';

/** How many spaces of a lot can be booked for a whole window. */
export interface LotAvailability {
  window: TimeWindow;
  total: number;
  available: number;
  byKind: Array<{ kind: SpaceKind; total: number; available: number }>;
  closedReason: ClosedReason | null;
}

/**
 * Why a booking for `window` cannot be taken whatever the spaces, or null when it can: a blackout
 * overlapping the window, then opening hours, then the owner's bookable hours.
 */
export function closedReasonFor(hours: LotHours, window: TimeWindow): ClosedReason | null {
  const overlapsBlackout = hours.blackouts.some(
    ({ period }) => period.start < window.end && window.start < period.end,
  );
  if (overlapsBlackout) return 'BLACKOUT';
  if (!isOpenThroughout(scheduleOf(hours, 'OPENING_HOURS'), window)) return 'OUTSIDE_OPENING_HOURS';
  if (!isOpenThroughout(scheduleOf(hours, 'BOOKABLE_HOURS'), window)) return 'OUTSIDE_BOOKABLE_HOURS';
  return null;
}

/**
 * Combines per-kind space counts with the lot's hours: a space is available when it is in
 * service and no live booking overlaps the window, and nothing is available when the lot is
 * closed for any part of the window.
 */
export function lotAvailability(counts: WindowCounts[], hours: LotHours, window: TimeWindow): LotAvailability {
  const closedReason = closedReasonFor(hours, window);
  const byKind = counts
    .map(({ kind, inService, booked }) => ({
      kind,
      total: inService,
      available: closedReason ? 0 : Math.max(0, inService - booked),
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind));
  return {
    window,
    total: byKind.reduce((sum, kind) => sum + kind.total, 0),
    available: byKind.reduce((sum, kind) => sum + kind.available, 0),
    byKind,
    closedReason,
  };
}
