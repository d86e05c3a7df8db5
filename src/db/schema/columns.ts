import { customType } from 'drizzle-orm/pg-core';
import { readPoint, readPolygon, type LatLng, type PolygonRings } from '../wkb.js';

/**
 * Custom column types for PostGIS and range values.
 *
 * Both drivers (node-postgres and PGlite) return geography values as hex EWKB and ranges as
 * their text form, so each type parses on the way out and writes a text literal on the way in.
 */

/** A WGS84 point stored as `geography(Point,4326)`; metres in every distance function. */
export const geographyPoint = customType<{ data: LatLng; driverData: string }>({
  dataType: () => 'geography(Point,4326)',
  toDriver: ({ lat, lng }) => `SRID=4326;POINT(${lng} ${lat})`,
  fromDriver: (hex) => readPoint(hex),
});

/** A WGS84 polygon stored as `geography(Polygon,4326)`, e.g. a car park's footprint. */
export const geographyPolygon = customType<{ data: PolygonRings; driverData: string }>({
  dataType: () => 'geography(Polygon,4326)',
  toDriver: (rings) =>
    `SRID=4326;POLYGON(${rings
      .map((ring) => `(${ring.map(([lng, lat]) => `${lng} ${lat}`).join(',')})`)
      .join(',')})`,
  fromDriver: (hex) => readPolygon(hex),
});

/** A half-open time window `[start, end)`. */
export interface Period {
  start: Date;
  end: Date;
}

/** `tstzrange`, always written half-open so back-to-back windows never overlap. */
export const tstzrange = customType<{ data: Period; driverData: string }>({
  dataType: () => 'tstzrange',
  toDriver: ({ start, end }) => `[${start.toISOString()},${end.toISOString()})`,
  fromDriver: (text) => parseTstzrange(text),
});

// postgres prints `["2026-01-01 10:00:00+00","2026-01-01 12:00:00+00")`; offsets may lack minutes.
function parseTstzrange(text: string): Period {
  const [start, end] = text
    .slice(1, -1)
    .split(',')
    .map((bound) => new Date(bound.replaceAll('"', '').replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')));
  if (!start || !end || Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    throw new Error(`unbounded or malformed tstzrange: ${text}`);
  }
  return { start, end };
}
