// Pure helpers between Leaflet's view and the API's arguments (no DOM: unit-tested in Node).

/** A map viewport as the API takes it (`BoundsInput`). */
export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Central Manchester around every lot of the demo city (src/seed/demo-city.ts): the page opens here. */
export const DEMO_CITY_BOUNDS: Bounds = { south: 53.458, west: -2.275, north: 53.498, east: -2.222 };

/**
 * Leaflet's view as `BoundsInput`. Leaflet lets longitudes run past ±180 when the map is panned
 * around the world; the API wants them in range, with `west > east` for a box that crosses the
 * antimeridian, and a view wider than the world becomes the whole world.
 */
export function viewportBounds(view: Bounds): Bounds {
  const south = clamp(view.south, -90, 90);
  const north = clamp(view.north, -90, 90);
  if (view.east - view.west >= 360) return { south, west: -180, north, east: 180 };
  return { south, west: wrapLongitude(view.west), north, east: wrapLongitude(view.east) };
}

/** True when a point is inside the bounds (including a box that crosses the antimeridian). */
export function containsPoint(bounds: Bounds, point: { lat: number; lng: number }): boolean {
  if (point.lat < bounds.south || point.lat > bounds.north) return false;
  return bounds.west <= bounds.east
    ? point.lng >= bounds.west && point.lng <= bounds.east
    : point.lng >= bounds.west || point.lng <= bounds.east;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function wrapLongitude(lng: number): number {
  if (lng >= -180 && lng <= 180) return lng;
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}
