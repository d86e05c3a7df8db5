import { describe, expect, it } from 'vitest';
import { readPoint, readPolygon } from '../../src/db/wkb.js';

// Hex strings as PostGIS prints them: SELECT 'SRID=4326;POINT(-2.2426 53.4808)'::geography
const POINT_LE = '0101000020E6100000A913D044D8F001C05AF5B9DA8ABD4A40';
// ST_AsEWKB(..., 'XDR')
const POINT_BE = '0020000001000010e6c001f0d844d013a9404abd8adab9f55a';
const SQUARE = '0103000020E610000001000000050000000000000000000000000000000000000000000000000000400000000000000000000000000000004000000000000000400000000000000000000000000000004000000000000000000000000000000000';

describe('EWKB reader', () => {
  it('reads a little-endian point with SRID as lat/lng', () => {
    expect(readPoint(POINT_LE)).toEqual({ lat: 53.4808, lng: -2.2426 });
  });

  it('reads the same point written big-endian', () => {
    expect(readPoint(POINT_BE)).toEqual({ lat: 53.4808, lng: -2.2426 });
  });

  it('reads polygon rings as [lng, lat] positions', () => {
    expect(readPolygon(SQUARE)).toEqual([
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ]);
  });

  it('refuses a shape it was not asked for', () => {
    expect(() => readPolygon(POINT_LE)).toThrow('expected a WKB polygon, got type 1');
    expect(() => readPoint(SQUARE)).toThrow('expected a WKB point, got type 3');
  });
});
