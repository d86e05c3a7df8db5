import type { StatusCounts } from '../../db/queries/space-counts.js';
import type { LotRow } from '../../db/schema/index.js';
import { reportedCountsFresh, type LiveDataTtls } from './freshness.js';
import type { SpaceKind } from './lot-availability.js';

/** Live status counts of a set of spaces. */
export interface OccupancyCounts {
  total: number;
  available: number;
  occupied: number;
  reserved: number;
  outOfService: number;
  /** Nothing current says whether a vehicle is there: an expired sensor status or partner count. */
  unknown: number;
}

/** A lot's occupancy now, in total and per kind. */
export interface LotOccupancy extends OccupancyCounts {
  byKind: Array<OccupancyCounts & { kind: SpaceKind }>;
  updatedAt: Date;
}

/**
 * A lot's occupancy now. Lots whose partner reports counts for the lot as a whole carry the
 * reported counts (free, and the rest occupied; no per-kind breakdown) while they are fresher
 * than the REPORTED_COUNTS_TTL, and are all unknown after it; lots with no live source report
 * nothing free or taken. Otherwise it is counted from the spaces, see spaceOccupancy.
 */
export function lotOccupancy(
  lot: Pick<LotRow, 'availabilitySource' | 'reportedFree' | 'reportedTotal' | 'capacity' | 'reportedAt'>,
  counts: StatusCounts[],
  at: Date,
  ttls: LiveDataTtls,
): LotOccupancy {
  if (lot.availabilitySource === 'SPACES') return spaceOccupancy(counts, at);
  const total = lot.reportedTotal ?? lot.capacity ?? 0;
  const reported = lot.availabilitySource === 'REPORTED_COUNTS';
  const fresh = reported && reportedCountsFresh(lot.reportedAt, at, ttls);
  const available = fresh ? Math.min(lot.reportedFree ?? 0, total) : 0;
  const occupied = fresh ? total - available : 0;
  const unknown = reported && !fresh ? total : 0;
  return { total, available, occupied, reserved: 0, outOfService: 0, unknown, byKind: [], updatedAt: lot.reportedAt ?? at };
}

/**
 * Every space has exactly one live status: OUT_OF_SERVICE (operator), OCCUPIED (a vehicle is in
 * it), RESERVED (a live booking covers now), UNKNOWN (its sensor's status expired), else
 * AVAILABLE; so the five counts add up to total.
 */
export function spaceOccupancy(counts: StatusCounts[], at: Date): LotOccupancy {
  const byKind = counts
    .map(({ kind, total, outOfService, occupied, reserved, unknown }) => ({
      kind,
      total,
      outOfService,
      occupied,
      reserved,
      unknown,
      available: total - outOfService - occupied - reserved - unknown,
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind));
  const sum = (field: keyof OccupancyCounts) => byKind.reduce((total, kind) => total + kind[field], 0);
  return {
    total: sum('total'),
    available: sum('available'),
    occupied: sum('occupied'),
    reserved: sum('reserved'),
    outOfService: sum('outOfService'),
    unknown: sum('unknown'),
    byKind,
    updatedAt: at,
  };
}
