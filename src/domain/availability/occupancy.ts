import type { StatusCounts } from '../../db/queries/space-counts.js';
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
 * Every space has exactly one live status: OUT_OF_SERVICE (operator), OCCUPIED (a vehicle is in
 * it), RESERVED (a live booking covers now), else AVAILABLE; so the four counts add up to total.
 */
export function lotOccupancy(counts: StatusCounts[], at: Date): LotOccupancy {
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
