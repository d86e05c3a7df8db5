import { describe, expect, it } from 'vitest';
import { centroid, heightCm, lotFieldsFromTags, mapOsmFeature } from '../../src/domain/open-data/osm-tags.js';

const settings = { timeZone: 'Europe/London', currency: 'GBP' };
const point = { type: 'Point', coordinates: [-2.2369, 53.481] };
const square = [
  [-2.24, 53.48],
  [-2.238, 53.48],
  [-2.238, 53.482],
  [-2.24, 53.482],
  [-2.24, 53.48],
];

function lotOf(feature: unknown) {
  const mapped = mapOsmFeature(feature, settings);
  if (mapped.kind !== 'lot') throw new Error(`expected a lot, got ${mapped.reason}: ${mapped.message}`);
  return mapped;
}
function skipOf(feature: unknown) {
  const mapped = mapOsmFeature(feature, settings);
  if (mapped.kind !== 'skipped') throw new Error('expected a skip');
  return mapped;
}
const feature = (properties: Record<string, unknown>, geometry: unknown = point, id?: string) => ({
  type: 'Feature',
  ...(id && { id }),
  properties,
  geometry,
});

describe('mapOsmFeature: ids and tags', () => {
  it('reads Overpass Turbo flat properties with @id, keeping every tag but the metadata', () => {
    const mapped = lotOf(feature({ '@id': 'node/42', '@timestamp': '2024-01-01', amenity: 'parking', name: 'Tib Street', capacity: '40' }));
    expect(mapped.osmId).toBe('node/42');
    expect(mapped.lot.externalRef).toBe('osm:node/42');
    expect(mapped.lot.sourceTags).toEqual({ amenity: 'parking', name: 'Tib Street', capacity: '40' });
    expect(mapped.lot).toMatchObject({ name: 'Tib Street', capacity: 40, timeZone: 'Europe/London', currency: 'GBP' });
  });

  it("reads osmtogeojson's nested tags with type and numeric id", () => {
    const mapped = lotOf(feature({ type: 'way', id: 123, tags: { amenity: 'parking' }, relations: [], meta: {} }, point));
    expect(mapped.lot.externalRef).toBe('osm:way/123');
    expect(mapped.lot.sourceTags).toEqual({ amenity: 'parking' });
  });

  it('reads the id from feature.id, long or short form', () => {
    expect(lotOf(feature({ amenity: 'parking' }, point, 'relation/7')).osmId).toBe('relation/7');
    expect(lotOf(feature({ amenity: 'parking' }, point, 'w99')).osmId).toBe('way/99');
  });

  it('skips features without an OSM id, and other amenities', () => {
    expect(skipOf(feature({ amenity: 'parking' }, point, 'lot-1')).reason).toBe('NO_OSM_ID');
    expect(skipOf(feature({ '@id': 'node/1', amenity: 'fuel' })).reason).toBe('NOT_PARKING');
    expect(skipOf(feature({ '@id': 'node/1', highway: 'service' }))).toMatchObject({ reason: 'NOT_PARKING', osmId: 'node/1' });
    expect(skipOf({ type: 'Point', coordinates: [0, 0] }).reason).toBe('NOT_A_FEATURE');
  });

  it.each(['private', 'no'])('skips access=%s: drivers cannot use the lot', (access) => {
    expect(skipOf(feature({ '@id': 'way/5', amenity: 'parking', access })).reason).toBe('ACCESS_PRIVATE');
  });
});

describe('mapOsmFeature: geometry', () => {
  it('takes a point as the location, with no footprint', () => {
    expect(lotOf(feature({ '@id': 'node/1', amenity: 'parking' })).lot).toMatchObject({
      location: { lng: -2.2369, lat: 53.481 },
      footprint: null,
    });
  });

  it("takes a polygon as the footprint and its outer ring's centroid as the location", () => {
    const { lot } = lotOf(feature({ '@id': 'way/1', amenity: 'parking' }, { type: 'Polygon', coordinates: [square] }));
    expect(lot.footprint).toEqual([square]);
    expect(lot.location.lng).toBeCloseTo(-2.239, 9);
    expect(lot.location.lat).toBeCloseTo(53.481, 9);
  });

  it('closes a ring left open', () => {
    const { lot } = lotOf(feature({ '@id': 'way/1', amenity: 'parking' }, { type: 'Polygon', coordinates: [square.slice(0, 4)] }));
    expect(lot.footprint).toEqual([square]);
  });

  it('keeps the largest part of a multipolygon, with a warning', () => {
    const small = [
      [0, 0],
      [0.0001, 0],
      [0.0001, 0.0001],
      [0, 0],
    ];
    const mapped = lotOf(feature({ '@id': 'relation/3', amenity: 'parking' }, { type: 'MultiPolygon', coordinates: [[small], [square]] }));
    expect(mapped.lot.footprint).toEqual([square]);
    expect(mapped.warnings).toEqual([expect.stringContaining('multipolygon of 2 parts')]);
  });

  it('skips lines and features without geometry', () => {
    const line = { type: 'LineString', coordinates: square };
    expect(skipOf(feature({ '@id': 'way/2', amenity: 'parking' }, line)).reason).toBe('UNSUPPORTED_GEOMETRY');
    expect(skipOf(feature({ '@id': 'way/2', amenity: 'parking' }, null)).reason).toBe('UNSUPPORTED_GEOMETRY');
  });

  it.each([
    ['a latitude off Earth', { type: 'Point', coordinates: [-2.2, 95] }],
    ['a string coordinate', { type: 'Point', coordinates: ['-2.2', 53.4] }],
    ['a ring of two positions', { type: 'Polygon', coordinates: [[[0, 0], [1, 1]]] }],
    ['a polygon with no rings', { type: 'Polygon', coordinates: [] }],
  ])('skips %s as BAD_COORDINATES', (_what, geometry) => {
    expect(skipOf(feature({ '@id': 'node/2', amenity: 'parking' }, geometry)).reason).toBe('BAD_COORDINATES');
  });

  it('finds the centroid of an L-shaped ring by area, not by corners', () => {
    const ell: Array<[number, number]> = [
      [0, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 2],
      [0, 2],
      [0, 0],
    ];
    const { lat, lng } = centroid(ell);
    expect(lng).toBeCloseTo(5 / 6, 12);
    expect(lat).toBeCloseTo(5 / 6, 12);
  });
});

describe('lotFieldsFromTags', () => {
  it.each([
    ['surface', 'SURFACE', false],
    ['multi-storey', 'MULTI_STOREY', true],
    ['rooftop', 'MULTI_STOREY', false],
    ['underground', 'UNDERGROUND', true],
    ['street_side', 'STREET', false],
    ['lane', 'STREET', false],
    ['on_street', 'STREET', false],
    ['layby', 'STREET', false],
    ['garage_boxes', 'SURFACE', false],
    ['carports', 'SURFACE', false],
  ])('maps parking=%s to %s (covered: %s)', (parking, lotType, covered) => {
    const warnings: string[] = [];
    expect(lotFieldsFromTags({ parking }, 'node/1', warnings)).toMatchObject({ lotType, covered });
    expect(warnings).toEqual([]);
  });

  it('maps an unknown parking value to SURFACE with a warning, and a missing one silently', () => {
    const warnings: string[] = [];
    expect(lotFieldsFromTags({ parking: 'sheds' }, 'node/1', warnings).lotType).toBe('SURFACE');
    expect(lotFieldsFromTags({}, 'node/1', warnings).lotType).toBe('SURFACE');
    expect(warnings).toEqual(['parking=sheds is not a known parking type; imported as SURFACE']);
  });

  it('lets covered=yes/no say what the parking type does not', () => {
    expect(lotFieldsFromTags({ parking: 'surface', covered: 'yes' }, null).covered).toBe(true);
    expect(lotFieldsFromTags({ parking: 'multi-storey', covered: 'no' }, null).covered).toBe(false);
  });

  it.each([
    ['yes', 'PUBLIC'],
    ['public', 'PUBLIC'],
    ['permissive', 'PUBLIC'],
    ['customers', 'CUSTOMERS'],
    ['destination', 'CUSTOMERS'],
    ['permit', 'PERMIT_HOLDERS'],
    [undefined, 'PUBLIC'],
  ])('maps access=%s to %s', (access, expected) => {
    expect(lotFieldsFromTags(access === undefined ? {} : { access }, null).access).toBe(expected);
  });

  it('maps an unknown access value to public with a warning', () => {
    const warnings: string[] = [];
    expect(lotFieldsFromTags({ access: 'residents' }, null, warnings).access).toBe('PUBLIC');
    expect(warnings).toHaveLength(1);
  });

  it('reads capacities as whole numbers; yes is unknown, no is zero, anything else a warning', () => {
    const warnings: string[] = [];
    expect(
      lotFieldsFromTags({ capacity: '120', 'capacity:disabled': 'yes', 'capacity:charging': 'no' }, null, warnings),
    ).toMatchObject({ capacity: 120, capacityAccessible: null, capacityCharging: 0 });
    expect(warnings).toEqual([]);
    expect(lotFieldsFromTags({ capacity: 'about 50', 'capacity:disabled': '-2' }, null, warnings)).toMatchObject({
      capacity: null,
      capacityAccessible: null,
    });
    expect(warnings).toEqual([
      'capacity=about 50 is not a whole number; imported as unknown',
      'capacity:disabled=-2 is not a whole number; imported as unknown',
    ]);
  });

  it('reads fee=yes/no as a boolean and anything else as unknown with a warning', () => {
    const warnings: string[] = [];
    expect(lotFieldsFromTags({ fee: 'yes' }, null, warnings).fee).toBe(true);
    expect(lotFieldsFromTags({ fee: 'no' }, null, warnings).fee).toBe(false);
    expect(lotFieldsFromTags({}, null, warnings).fee).toBeNull();
    expect(warnings).toEqual([]);
    expect(lotFieldsFromTags({ fee: 'Mo-Fr 08:00-18:00' }, null, warnings).fee).toBeNull();
    expect(warnings).toHaveLength(1);
  });

  it('names a lot by name, else by operator, else by OSM id', () => {
    expect(lotFieldsFromTags({ name: ' Tib Street ', operator: 'NCP' }, 'way/1').name).toBe('Tib Street');
    expect(lotFieldsFromTags({ operator: 'NCP' }, 'way/1').name).toBe('Parking (NCP)');
    expect(lotFieldsFromTags({}, 'way/1').name).toBe('Parking way/1');
  });

  it('builds the address from addr:* tags, preferring addr:full', () => {
    expect(
      lotFieldsFromTags({ 'addr:housenumber': '12', 'addr:street': 'Tib Street', 'addr:city': 'Manchester', 'addr:postcode': 'M4 1LN' }, null)
        .address,
    ).toBe('12 Tib Street, Manchester, M4 1LN');
    expect(lotFieldsFromTags({ 'addr:street': 'Tib Street' }, null).address).toBe('Tib Street');
    expect(lotFieldsFromTags({ 'addr:full': '1 Main St', 'addr:street': 'x' }, null).address).toBe('1 Main St');
    expect(lotFieldsFromTags({}, null).address).toBe('');
  });
});

describe('heightCm', () => {
  it.each([
    ['2.1', 210],
    ['2.1 m', 210],
    ['2.10m', 210],
    ['210 cm', 210],
    [`6'6"`, 198],
    [`7'`, 213],
  ])('reads maxheight=%s as %i cm', (value, expected) => {
    const warnings: string[] = [];
    expect(heightCm(value, warnings)).toBe(expected);
    expect(warnings).toEqual([]);
  });

  it.each(['none', 'default', undefined])('reads maxheight=%s as no limit, silently', (value) => {
    const warnings: string[] = [];
    expect(heightCm(value, warnings)).toBeNull();
    expect(warnings).toEqual([]);
  });

  it.each(['below_default', 'low', '2,1', '0.5', '25'])('reads maxheight=%s as no limit, with a warning', (value) => {
    const warnings: string[] = [];
    expect(heightCm(value, warnings)).toBeNull();
    expect(warnings).toHaveLength(1);
  });
});

describe('mapOsmFeature: opening hours', () => {
  it('parses opening_hours beside the lot', () => {
    const mapped = lotOf(feature({ '@id': 'node/1', amenity: 'parking', opening_hours: 'Sa 09:00-13:00' }));
    expect(mapped.openingHours).toEqual([{ dayOfWeek: 6, opensAt: '09:00', closesAt: '13:00' }]);
    expect(mapped.warnings).toEqual([]);
  });

  it('imports a lot with unsupported hours without them, and says so', () => {
    const mapped = lotOf(feature({ '@id': 'node/1', amenity: 'parking', opening_hours: 'Mo-Fr 08:00-18:00; PH off' }));
    expect(mapped.openingHours).toBeUndefined();
    expect(mapped.warnings).toEqual([expect.stringContaining('opening_hours "Mo-Fr 08:00-18:00; PH off" not understood')]);
  });

  it('leaves hours undefined when the tag is missing', () => {
    expect(lotOf(feature({ '@id': 'node/1', amenity: 'parking' })).openingHours).toBeUndefined();
  });
});
