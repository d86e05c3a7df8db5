import { describe, expect, it } from 'vitest';
import type { LotRow } from '../../src/db/schema/index.js';
import { lotFeature, type LotExportFacts } from '../../src/domain/open-data/export-geojson.js';

const OSM_TAGS = {
  amenity: 'parking',
  parking: 'surface',
  name: 'Tib Street',
  fee: 'yes',
  opening_hours: 'Mo-Fr 08:00-18:00; PH off',
  'addr:street': 'Tib Street',
  'addr:city': 'Manchester',
};

/** A lot as an import of OSM_TAGS leaves it (the hours were not understood, so none are stored). */
function importedLot(changes: Partial<LotRow> = {}): LotRow {
  return {
    id: '6f1c2a52-8d1e-4c55-9c1a-0d3c1f0e5b11',
    operatorId: '0b8f1f0a-7c55-4a0e-8a77-5a4c9b2f1d22',
    externalRef: 'osm:way/77',
    name: 'Tib Street',
    address: 'Tib Street, Manchester',
    location: { lat: 53.483, lng: -2.235 },
    footprint: null,
    lotType: 'SURFACE',
    access: 'PUBLIC',
    covered: false,
    maxVehicleHeightCm: null,
    capacity: null,
    capacityAccessible: null,
    capacityCharging: null,
    fee: true,
    sourceTags: OSM_TAGS,
    ...changes,
  } as LotRow;
}

const facts: LotExportFacts = { operatorName: 'OpenStreetMap contributors', openingHours: [], spaceCounts: null };
const tagsOf = (lot: LotRow, more: Partial<LotExportFacts> = {}) => lotFeature(lot, { ...facts, ...more }).properties;

describe('lotFeature', () => {
  it('gives back the source tags of an unchanged imported lot, hours it could not read included', () => {
    const { '@id': osmId, 'parkway:id': parkwayId, 'parkway:operator': operator, ...tags } = tagsOf(importedLot());
    expect(tags).toEqual(OSM_TAGS);
    expect({ osmId, operator }).toEqual({ osmId: 'way/77', operator: 'OpenStreetMap contributors' });
    expect(parkwayId).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('rewrites what changed: hours set since, fee now unknown, address removed', () => {
    const tags = tagsOf(importedLot({ fee: null, address: '' }), {
      openingHours: [{ dayOfWeek: 6, opensAt: '09:00', closesAt: '13:00' }],
    });
    expect(tags.opening_hours).toBe('Sa 09:00-13:00');
    expect(tags).not.toHaveProperty('fee');
    expect(Object.keys(tags).filter((key) => key.startsWith('addr:'))).toEqual([]);
  });

  it("does not pass a partner's own source tags off as OSM tags", () => {
    const tags = tagsOf(importedLot({ externalRef: 'citypark-17', sourceTags: { zone: 'B', amenity: 'garage' } }));
    expect(tags).not.toHaveProperty('zone');
    expect(tags).not.toHaveProperty('@id');
    expect(tags).toMatchObject({ amenity: 'parking', name: 'Tib Street', operator: 'OpenStreetMap contributors', 'addr:full': 'Tib Street, Manchester' });
  });

  it('counts capacity from the spaces of a lot that has them', () => {
    const tags = tagsOf(importedLot({ externalRef: null, sourceTags: null }), { spaceCounts: { total: 40, accessible: 2, charging: 0 } });
    expect(tags).toMatchObject({ capacity: '40', 'capacity:disabled': '2', 'capacity:charging': '0' });
  });

  it('writes a footprint as a polygon and a bare location as a point', () => {
    const ring: Array<[number, number]> = [
      [-2.236, 53.482],
      [-2.234, 53.482],
      [-2.234, 53.484],
      [-2.236, 53.482],
    ];
    expect(lotFeature(importedLot({ footprint: [ring] }), facts).geometry).toEqual({ type: 'Polygon', coordinates: [ring] });
    expect(lotFeature(importedLot(), facts).geometry).toEqual({ type: 'Point', coordinates: [-2.235, 53.483] });
  });
});
