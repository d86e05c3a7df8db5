import type { LngLatBox, LotSearchQuery } from '../../db/queries/search.js';
import type { LatLng } from '../../db/wkb.js';
import { InvalidInputError } from '../errors.js';

/** The largest search radius: a driver looks for parking near a place, not across a region. */
export const MAX_RADIUS_METERS = 50_000;

/** A map viewport; `west > east` means it crosses the antimeridian. */
export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Where to search: around a point, or inside a viewport. */
export type SearchArea = { near: LatLng; radiusMeters: number } | { bounds: Bounds };

/** Checks the area and turns it into what the search SQL needs: an origin and a shape. */
export function resolveArea(area: SearchArea): Pick<LotSearchQuery, 'origin' | 'area'> {
  if ('near' in area) {
    checkLatLng(area.near.lat, area.near.lng, 'near');
    if (!(area.radiusMeters > 0 && area.radiusMeters <= MAX_RADIUS_METERS)) {
      throw new InvalidInputError('radiusMeters', `radiusMeters must be more than 0 and at most ${MAX_RADIUS_METERS}`);
    }
    return { origin: area.near, area: { radiusMeters: area.radiusMeters } };
  }
  const { south, west, north, east } = area.bounds;
  checkLatLng(south, west, 'bounds');
  checkLatLng(north, east, 'bounds');
  if (south > north) throw new InvalidInputError('bounds', 'bounds.south must not be north of bounds.north');
  const crossesAntimeridian = west > east;
  const width = crossesAntimeridian ? east + 360 - west : east - west;
  let centreLng = west + width / 2;
  if (centreLng > 180) centreLng -= 360;
  const boxes: LngLatBox[] = crossesAntimeridian
    ? [
        { south, west, north, east: 180 },
        { south, west: -180, north, east },
      ]
    : [{ south, west, north, east }];
  return { origin: { lat: (south + north) / 2, lng: centreLng }, area: { boxes } };
}


function checkLatLng(lat: number, lng: number, field: string): void {
  if (!(lat >= -90 && lat <= 90)) throw new InvalidInputError(field, `latitude must be between -90 and 90, got ${lat}`);
  if (!(lng >= -180 && lng <= 180)) throw new InvalidInputError(field, `longitude must be between -180 and 180, got ${lng}`);
}
