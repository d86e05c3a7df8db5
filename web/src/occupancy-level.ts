// How a lot's marker looks for its free spaces now (pure: unit-tested in Node).

/** The counts a marker shows (`LotOccupancy`). */
export interface Occupancy {
  total: number;
  available: number;
  reserved: number;
  occupied: number;
  outOfService: number;
}

/** Marker colour band; the label always carries the number too, so colour is never the only cue. */
export type OccupancyLevel = 'plenty' | 'few' | 'full';

/** A lot with a quarter or less of its in-service spaces free shows as "few". */
const FEW_SHARE = 0.25;

export function occupancyLevel({ total, available, outOfService }: Occupancy): OccupancyLevel {
  const inService = total - outOfService;
  if (available <= 0 || inService <= 0) return 'full';
  return available / inService <= FEW_SHARE ? 'few' : 'plenty';
}

/** The words a screen reader and the tooltip give for a lot, e.g. "11 of 12 free, 1 reserved". */
export function describeOccupancy({ total, available, reserved, occupied, outOfService }: Occupancy): string {
  const parts = [`${available} of ${total} free`];
  if (reserved > 0) parts.push(`${reserved} reserved`);
  if (occupied > 0) parts.push(`${occupied} occupied`);
  if (outOfService > 0) parts.push(`${outOfService} out of service`);
  return parts.join(', ');
}
