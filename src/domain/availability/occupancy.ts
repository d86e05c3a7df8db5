import type { StatusCounts } from '../../db/queries/space-counts.js';
import type { LotRow } from '../../db/schema/index.js';
import type { SpaceKind } from './lot-availability.js';

/** Live status counts of a set of spaces. */
export interface OccupancyCounts {
  total: number;
  available: number;
  occupied: number;
  reserved: number;
  outOfService: number;
}

/** A lot's occupancy now, in total and per kind. */
export interface LotOccupancy extends OccupancyCounts {
  byKind: Array<OccupancyCounts & { kind: SpaceKind }>;
  updatedAt: Date;
}

/**
 * A lot's occupancy now. Lots whose partner reports counts for the lot as a whole carry the
 * reported counts (free, and the rest occupied; no per-kind breakdown); lots with no live source
 * report nothing free or taken. Otherwise it is counted from the spaces, see spaceOccupancy.
 */
export function lotOccupancy(
  lot: Pick<LotRow, 'availabilitySource' | 'reportedFree' | 'reportedTotal' | 'capacity' | 'reportedAt'>,
  counts: StatusCounts[],
  at: Date,
): LotOccupancy {
  if (lot.availabilitySource === 'SPACES') return spaceOccupancy(counts, at);
  const total = lot.reportedTotal ?? lot.capacity ?? 0;
  const available = lot.availabilitySource === 'REPORTED_COUNTS' ? Math.min(lot.reportedFree ?? 0, total) : 0;
  const occupied = lot.availabilitySource === 'REPORTED_COUNTS' ? total - available : 0;
  return { total, available, occupied, reserved: 0, outOfService: 0, byKind: [], updatedAt: lot.reportedAt ?? at };
}

/**
 * Every space has exactly one live status: OUT_OF_SERVICE (operator), OCCUPIED (a vehicle is in
 * it), RESERVED (a live booking covers now), else AVAILABLE; so the four counts add up to total.
 */
export function spaceOccupancy(counts: StatusCounts[], at: Date): LotOccupancy {
  const byKind = counts
    .map(({ kind, total, outOfService, occupied, reserved }) => ({
      kind,
      total,
      outOfService,
      occupied,
      reserved,
      available: total - outOfService - occupied - reserved,
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind));
  const sum = (field: keyof OccupancyCounts) => byKind.reduce((total, kind) => total + kind[field], 0);
  return {
    total: sum('total'),
    available: sum('available'),
    occupied: sum('occupied'),
    reserved: sum('reserved'),
    outOfService: sum('outOfService'),
    byKind,
    updatedAt: at,
  };
}
