/**
 * The lots as ParkAPI v3 parking sites: `{ "items": [...] }`, each site in the combined static
 * and real-time shape that ParkAPI's sources exchange (ParkenDD's parkapi-sources-v3 models:
 * `uid`, `name`, `purpose`, `type`, `lat`/`lon`, `capacity`, `has_realtime_data`,
 * `static_data_updated_at`, and with live data `realtime_free_capacity`, `realtime_capacity`,
 * `realtime_data_updated_at`; opening status is left out, counts say nothing of it). ParkAPI requires a capacity, so lots
 * whose capacity is unknown are left out.
 */
import type { LotRow } from '../../../db/schema/index.js';
import type { FeedLot } from './feed-lots.js';

const SITE_TYPE: Record<LotRow['lotType'], string> = {
  SURFACE: 'OFF_STREET_PARKING_GROUND',
  PRIVATE_YARD: 'OFF_STREET_PARKING_GROUND',
  MULTI_STOREY: 'CAR_PARK',
  UNDERGROUND: 'UNDERGROUND',
  STREET: 'ON_STREET',
};

export interface ParkApiSite {
  uid: string;
  name: string;
  operator_name: string;
  address?: string;
  purpose: 'CAR';
  type: string;
  lat: number;
  lon: number;
  capacity: number;
  has_realtime_data: boolean;
  static_data_updated_at: string;
  max_height?: number;
  is_covered: boolean;
  has_fee?: boolean;
  realtime_capacity?: number;
  realtime_free_capacity?: number;
  realtime_data_updated_at?: string;
}

/** The sites of the lots (with `occupancy`, their live counts too). */
export function parkApiSites(lots: readonly FeedLot[]): { items: ParkApiSite[] } {
  return { items: lots.flatMap((lot) => (lot.capacity === null ? [] : [parkApiSite(lot, lot.capacity)])) };
}

function parkApiSite({ lot, id, operatorName, occupancy }: FeedLot, capacity: number): ParkApiSite {
  const counted = occupancy ? occupancy.available + occupancy.occupied + occupancy.reserved : 0;
  const live = occupancy !== undefined && lot.availabilitySource !== 'NONE' && counted > 0;
  return {
    uid: id,
    name: lot.name,
    operator_name: operatorName,
    ...(lot.address && { address: lot.address }),
    purpose: 'CAR',
    type: SITE_TYPE[lot.lotType],
    lat: lot.location.lat,
    lon: lot.location.lng,
    capacity,
    has_realtime_data: live,
    static_data_updated_at: lot.updatedAt.toISOString(),
    ...(lot.maxVehicleHeightCm !== null && { max_height: lot.maxVehicleHeightCm }),
    is_covered: lot.covered,
    ...(lot.fee !== null && { has_fee: lot.fee }),
    ...(live && {
      realtime_capacity: counted,
      realtime_free_capacity: occupancy.available,
      realtime_data_updated_at: occupancy.updatedAt.toISOString(),
    }),
  };
}
