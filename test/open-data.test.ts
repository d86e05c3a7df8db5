import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osmExportMain } from '../src/cli/open-data/export-command.js';
import { osmImportMain } from '../src/cli/open-data/import-command.js';
import { lots } from '../src/db/schema/index.js';
import { exportLotsAsGeoJson, type GeoJsonFeature } from '../src/domain/open-data/export-geojson.js';
import { importOsm, OsmImportError, type OsmImportReport } from '../src/domain/open-data/import-osm.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { onPostgres } from './helpers/database.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import { request } from './gql/request.js';

// Salford Quays, west of the demo city's lots, so searches and boxes here see only these lots
const QUAYS = { lat: 53.4715, lng: -2.296 };
const QUAYS_BOX = { west: -2.305, south: 53.465, east: -2.288, north: 53.478 };
const SOURCE = 'OpenStreetMap contributors';
const SETTINGS = { timeZone: 'Europe/London', currency: 'GBP' };

const square = (lng: number, lat: number, half = 0.0005) => [
  [
    [lng - half, lat - half],
    [lng + half, lat - half],
    [lng + half, lat + half],
    [lng - half, lat + half],
    [lng - half, lat - half],
  ],
];

const SURFACE_TAGS = {
  amenity: 'parking',
  parking: 'surface',
  name: 'Quays Surface Car Park',
  capacity: '120',
  'capacity:disabled': '6',
  'capacity:charging': '4',
  fee: 'yes',
  access: 'yes',
  maxheight: '2.1',
  operator: 'Peel',
  opening_hours: 'Mo-Fr 07:00-19:00; Sa 09:00-13:00',
  'addr:housenumber': '1',
  'addr:street': 'The Quays',
  'addr:city': 'Salford',
  'addr:postcode': 'M50 3AZ',
  surface: 'asphalt',
};

/** A sample as Overpass Turbo and osmtogeojson write it: flat and nested tags, good and bad features. */
function sampleCollection() {
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: 'node/1001', properties: { '@id': 'node/1001', ...SURFACE_TAGS }, geometry: point(-2.2955, 53.4712) },
      {
        type: 'Feature',
        id: 'way/2002',
        properties: {
          '@id': 'way/2002',
          amenity: 'parking',
          parking: 'multi-storey',
          name: 'Quays Multi-Storey',
          maxheight: `6'6"`,
          opening_hours: '24/7',
          access: 'customers',
          fee: 'no',
          capacity: '450',
        },
        geometry: { type: 'Polygon', coordinates: square(-2.2975, 53.4718) },
      },
      {
        type: 'Feature',
        id: 'way/2003',
        properties: {
          '@id': 'way/2003',
          amenity: 'parking',
          parking: 'underground',
          operator: 'NCP',
          maxheight: '210 cm',
          access: 'permit',
          opening_hours: 'Mo-Su 06:00-24:00; PH off',
        },
        geometry: { type: 'Polygon', coordinates: square(-2.2945, 53.4722) },
      },
      {
        // osmtogeojson without flat properties: tags nested, the id split in type and number
        type: 'Feature',
        id: 'relation/3004',
        properties: {
          type: 'relation',
          id: 3004,
          tags: { amenity: 'parking', parking: 'street_side', name: 'Quays Street Parking', capacity: 'approx 30' },
          relations: [],
          meta: {},
        },
        geometry: { type: 'MultiPolygon', coordinates: [square(-2.2965, 53.4708, 0.0002)] },
      },
      {
        type: 'Feature',
        id: 'node/1005',
        properties: { amenity: 'parking', parking: 'rooftop', name: 'Quays Rooftop', opening_hours: 'Fr,Sa 22:00-02:00', 'capacity:charging': 'yes' },
        geometry: point(-2.2950, 53.4705),
      },
      // what the report must list as skipped
      feature('node/1006', { amenity: 'parking', access: 'private', name: 'Residents Only' }),
      feature('node/1007', { amenity: 'fuel', name: 'Quays Petrol' }),
      { type: 'Feature', properties: { '@id': 'way/2008', amenity: 'parking' }, geometry: { type: 'LineString', coordinates: [[-2.29, 53.47], [-2.291, 53.471]] } },
      { type: 'Feature', properties: { '@id': 'node/1009', amenity: 'parking' }, geometry: point(-2.29, 123) },
      { type: 'Feature', properties: { amenity: 'parking', name: 'No Id' }, geometry: point(-2.29, 53.47) },
      feature('node/1001', { ...SURFACE_TAGS, name: 'Quays Surface Again' }),
      feature('node/1010', { amenity: 'parking', name: 'N'.repeat(130) }),
    ],
  };
}

function point(lng: number, lat: number) {
  return { type: 'Point', coordinates: [lng, lat] };
}
function feature(id: string, tags: Record<string, string>) {
  return { type: 'Feature', id, properties: { '@id': id, ...tags }, geometry: point(-2.296, 53.4715) };
}

let server: TestServer;
let dir: string;
let first: OsmImportReport;
let operatorId: string;

beforeAll(async () => {
  server = await startTestServer();
  dir = await mkdtemp(join(tmpdir(), 'parkway-osm-'));
  await writeFile(join(dir, 'sample.geojson'), JSON.stringify(sampleCollection()));
  const importFile = async (name: string) => JSON.parse(await readFile(join(dir, name), 'utf8'));
  first = await importOsm(server.database.db, await importFile('sample.geojson'), { operator: { networkName: SOURCE }, ...SETTINGS });
  operatorId = first.operator.id;
});

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const importAgain = (collection: unknown, options: { dryRun?: boolean } = {}) =>
  importOsm(server.database.db, collection, { operator: { operatorId }, ...SETTINGS, ...options });
const lotsOfOperator = () => server.database.db.select().from(lots).where(eq(lots.operatorId, operatorId));

describe('OpenStreetMap import', () => {
  it('creates a lot per usable feature for a new network operator, and counts what it did', () => {
    expect(first).toMatchObject({
      dryRun: false,
      operator: { name: SOURCE, created: true },
      features: 12,
      created: 5,
      updated: 0,
      unchanged: 0,
      skipped: 7,
      hoursChanged: 2,
    });
  });

  it('lists every skipped feature with its reason, in file order', () => {
    expect(first.skippedFeatures.map(({ index, osmId, reason }) => ({ index, osmId, reason }))).toEqual([
      { index: 5, osmId: 'node/1006', reason: 'ACCESS_PRIVATE' },
      { index: 6, osmId: 'node/1007', reason: 'NOT_PARKING' },
      { index: 7, osmId: 'way/2008', reason: 'UNSUPPORTED_GEOMETRY' },
      { index: 8, osmId: 'node/1009', reason: 'BAD_COORDINATES' },
      { index: 9, osmId: null, reason: 'NO_OSM_ID' },
      { index: 10, osmId: 'node/1001', reason: 'DUPLICATE_ID' },
      { index: 11, osmId: 'node/1010', reason: 'REJECTED' },
    ]);
    expect(first.skippedFeatures.at(-1)!.message).toContain('name must have 1 to 120 characters');
  });

  it('warns, naming the lot, about hours and values it could not read', () => {
    expect(first.warnings).toEqual([
      {
        osmId: 'way/2003',
        name: 'Parking (NCP)',
        message: expect.stringContaining('opening_hours "Mo-Su 06:00-24:00; PH off" not understood'),
      },
      { osmId: 'relation/3004', name: 'Quays Street Parking', message: 'capacity=approx 30 is not a whole number; imported as unknown' },
    ]);
  });

  it('stores the address, the location, the footprint and the original tags', async () => {
    const stored = await lotsOfOperator();
    expect(stored).toHaveLength(5);
    const surface = stored.find((lot) => lot.externalRef === 'osm:node/1001')!;
    expect(surface).toMatchObject({
      address: '1 The Quays, Salford, M50 3AZ',
      location: { lat: 53.4712, lng: -2.2955 },
      footprint: null,
    });
    expect(surface.sourceTags).toEqual(SURFACE_TAGS);
    const multiStorey = stored.find((lot) => lot.externalRef === 'osm:way/2002')!;
    expect(multiStorey.footprint).toEqual(square(-2.2975, 53.4718));
    expect(multiStorey.location.lng).toBeCloseTo(-2.2975, 9);
    expect(multiStorey.location.lat).toBeCloseTo(53.4718, 9);
  });

  const FINDABLE = graphql(`
    query OpenDataFindable($near: LatLngInput!) {
      lotsNear(near: $near, radiusMeters: 500, first: 20) {
        edges {
          node {
            id name lotType access maxVehicleHeightCm covered timeZone currency
            capacity capacityAccessible capacityCharging fee externalRef availabilitySource bookable
            operator { name kind } openingHours { dayOfWeek opensAt closesAt }
          }
        }
      }
    }
  `);

  it('makes the lots findable with lotsNear, with capacity, type, access, height, cover and opening hours', async () => {
    const response = await request(server, FINDABLE, { near: QUAYS });
    expect(response.errors).toBeUndefined();
    const byName = new Map(response.data!.lotsNear.edges.map(({ node }) => [node.name, node]));
    expect([...byName.keys()].sort()).toEqual(['Parking (NCP)', 'Quays Multi-Storey', 'Quays Rooftop', 'Quays Street Parking', 'Quays Surface Car Park']);
    expect(byName.get('Quays Surface Car Park')).toMatchObject({
      lotType: 'SURFACE',
      access: 'PUBLIC',
      maxVehicleHeightCm: 210,
      covered: false,
      timeZone: 'Europe/London',
      currency: 'GBP',
      capacity: 120,
      capacityAccessible: 6,
      capacityCharging: 4,
      fee: true,
      externalRef: 'osm:node/1001',
      // open data says how many spaces, not which are free: findable, not bookable
      availabilitySource: 'NONE',
      bookable: false,
      operator: { name: SOURCE, kind: 'NETWORK' },
      openingHours: [
        ...[1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, opensAt: '07:00', closesAt: '19:00' })),
        { dayOfWeek: 6, opensAt: '09:00', closesAt: '13:00' },
      ],
    });
    expect(byName.get('Quays Multi-Storey')).toMatchObject({
      capacity: 450,
      fee: false,
      lotType: 'MULTI_STOREY',
      access: 'CUSTOMERS',
      maxVehicleHeightCm: 198,
      covered: true,
      openingHours: null,
    });
    expect(byName.get('Parking (NCP)')).toMatchObject({ lotType: 'UNDERGROUND', access: 'PERMIT_HOLDERS', maxVehicleHeightCm: 210, covered: true, openingHours: null });
    expect(byName.get('Quays Street Parking')).toMatchObject({ lotType: 'STREET', covered: false, capacity: null });
    expect(byName.get('Quays Rooftop')).toMatchObject({
      lotType: 'MULTI_STOREY',
      covered: false,
      openingHours: [
        { dayOfWeek: 5, opensAt: '22:00', closesAt: '02:00' },
        { dayOfWeek: 6, opensAt: '22:00', closesAt: '02:00' },
      ],
    });
  });

  it('imports the same file again as all unchanged, without duplicates', async () => {
    const again = await importOsm(server.database.db, sampleCollection(), { operator: { networkName: SOURCE }, ...SETTINGS });
    expect(again).toMatchObject({ operator: { id: operatorId, created: false }, created: 0, updated: 0, unchanged: 5, skipped: 7, hoursChanged: 0 });
    expect(await lotsOfOperator()).toHaveLength(5);
  });

  it('updates a lot whose tags or hours changed, and only that one', async () => {
    const changed = sampleCollection();
    Object.assign(changed.features[0]!.properties, { capacity: '150', opening_hours: 'Mo-Sa 07:00-19:00' });
    const report = await importAgain(changed);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 4, hoursChanged: 1 });
    const [surface] = (await lotsOfOperator()).filter((lot) => lot.externalRef === 'osm:node/1001');
    expect(surface!.capacity).toBe(150);
    // back to the sample for the tests that follow
    expect(await importAgain(sampleCollection())).toMatchObject({ updated: 1, hoursChanged: 1 });
  });

  it('counts a change of opening hours alone as an update', async () => {
    const changed = sampleCollection();
    Object.assign(changed.features[4]!.properties, { opening_hours: 'Fr,Sa 21:00-02:00' });
    expect(await importAgain(changed)).toMatchObject({ updated: 1, unchanged: 4, hoursChanged: 1 });
    expect(await importAgain(sampleCollection())).toMatchObject({ updated: 1, unchanged: 4, hoursChanged: 1 });
  });

  it('reports what it would do on a dry run and writes nothing', async () => {
    const withNewLot = sampleCollection();
    withNewLot.features.push(feature('node/1011', { amenity: 'parking', name: 'Quays Overflow' }));
    const report = await importAgain(withNewLot, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, created: 1, unchanged: 5 });
    expect(await lotsOfOperator()).toHaveLength(5);
  });

  it('refuses an unknown operator, a bad time zone, and a file that is not a FeatureCollection', async () => {
    const db = server.database.db;
    await expect(
      importOsm(db, sampleCollection(), { operator: { operatorId: '00000000-0000-0000-0000-000000000001' }, ...SETTINGS }),
    ).rejects.toThrow(OsmImportError);
    await expect(importOsm(db, sampleCollection(), { operator: { operatorId }, timeZone: 'Mars/Olympus', currency: 'GBP' })).rejects.toThrow(
      /time zone/,
    );
    await expect(importAgain({ type: 'Feature' })).rejects.toThrow(/FeatureCollection/);
  });
});

describe('GeoJSON export', () => {
  let exported: GeoJsonFeature[];
  beforeAll(async () => {
    exported = (await exportLotsAsGeoJson(server.database.db, { operatorId })).features;
  });

  it("writes each imported lot with its original tags, its OSM id and Parkway's id and operator", async () => {
    expect(exported).toHaveLength(5);
    const [surfaceLot] = (await lotsOfOperator()).filter((lot) => lot.externalRef === 'osm:node/1001');
    const surface = exported.find((feature) => feature.id === 'node/1001')!;
    expect(surface.geometry).toEqual({ type: 'Point', coordinates: [-2.2955, 53.4712] });
    expect(surface.properties).toEqual({
      ...SURFACE_TAGS,
      '@id': 'node/1001',
      'parkway:id': toGlobalId('Lot', surfaceLot!.id),
      'parkway:operator': SOURCE,
    });
  });

  it('writes footprints as polygons', () => {
    const multiStorey = exported.find((feature) => feature.id === 'way/2002')!;
    expect(multiStorey.geometry).toEqual({ type: 'Polygon', coordinates: square(-2.2975, 53.4718) });
  });

  it("rewrites a tag when the lot no longer says what it says, keeping the source's wording otherwise", async () => {
    const [rooftop] = (await lotsOfOperator()).filter((lot) => lot.externalRef === 'osm:node/1005');
    await server.database.db.update(lots).set({ maxVehicleHeightCm: 205, covered: true }).where(eq(lots.id, rooftop!.id));
    const { features } = await exportLotsAsGeoJson(server.database.db, { operatorId });
    expect(features.find((feature) => feature.id === 'node/1005')!.properties).toMatchObject({
      parking: 'rooftop',
      maxheight: '2.05',
      covered: 'yes',
      opening_hours: 'Fr,Sa 22:00-02:00',
    });
    await server.database.db.update(lots).set({ maxVehicleHeightCm: null, covered: false }).where(eq(lots.id, rooftop!.id));
  });

  it('builds OSM tags for lots that did not come from OSM, capacity counted from their spaces', async () => {
    const { features } = await exportLotsAsGeoJson(server.database.db);
    const seeded = features.find((feature) => feature.properties['parkway:operator'] !== SOURCE)!;
    expect(seeded.id).toBe(seeded.properties['parkway:id']);
    expect(seeded.properties).toMatchObject({ amenity: 'parking', name: expect.any(String), capacity: expect.stringMatching(/^\d+$/) });
    expect(seeded.properties.operator).toBe(seeded.properties['parkway:operator']);
    expect(seeded.properties['@id']).toBeUndefined();
  });

  it('exports only the lots inside a bounding box', async () => {
    const { features } = await exportLotsAsGeoJson(server.database.db, { bounds: QUAYS_BOX });
    expect(features.map((feature) => feature.id).sort()).toEqual(['node/1001', 'node/1005', 'relation/3004', 'way/2002', 'way/2003']);
  });

  it('re-imports its own export as all unchanged', async () => {
    const report = await importAgain(await exportLotsAsGeoJson(server.database.db, { operatorId }));
    expect(report).toMatchObject({ features: 5, created: 0, updated: 0, unchanged: 5, skipped: 0, hoursChanged: 0 });
  });
});

describe('osm:import and osm:export commands', () => {
  const io = () => {
    const lines = { out: [] as string[], err: [] as string[] };
    return { lines, io: { out: (text: string) => lines.out.push(text), err: (text: string) => lines.err.push(text) } };
  };
  const testDatabase = async () => ({ db: server.database.db, close: async () => {} });

  it('imports a file and prints the report as JSON', async () => {
    const { lines, io: captured } = io();
    const code = await osmImportMain(
      [join(dir, 'sample.geojson'), '--operator', toGlobalId('Operator', operatorId), '--time-zone', 'Europe/London', '--currency', 'GBP', '--json'],
      captured,
      testDatabase,
    );
    expect(code).toBe(0);
    expect(JSON.parse(lines.out.join('\n'))).toMatchObject({ unchanged: 5, skipped: 7 });
  });

  it('prints a readable report with the skipped features and warnings', async () => {
    const { lines, io: captured } = io();
    const code = await osmImportMain(
      [join(dir, 'sample.geojson'), '--operator-name', SOURCE, '--time-zone', 'Europe/London', '--currency', 'GBP', '--dry-run'],
      captured,
      testDatabase,
    );
    expect(code).toBe(0);
    const text = lines.out.join('\n');
    expect(text).toContain('DRY RUN');
    expect(text).toMatch(/lots unchanged\s+5/);
    expect(text).toContain('#6 node/1007  NOT_PARKING: amenity=fuel, not parking');
    expect(text).toContain('way/2003 (Parking (NCP)): opening_hours');
  });

  it('answers bad arguments with the usage and exit code 2, a failed import with 1', async () => {
    const { lines, io: captured } = io();
    expect(await osmImportMain([join(dir, 'sample.geojson'), '--operator-name', SOURCE], captured, testDatabase)).toBe(2);
    expect(lines.err.join('\n')).toContain('--time-zone and --currency are required');
    expect(await osmImportMain([join(dir, 'sample.geojson'), '--operator', 'nonsense', '--time-zone', 'UTC', '--currency', 'GBP'], captured, testDatabase)).toBe(2);
    const args = ['--operator-name', SOURCE, '--time-zone', 'Europe/London', '--currency', 'XYZ'];
    expect(await osmImportMain([join(dir, 'sample.geojson'), ...args], captured, testDatabase)).toBe(1);
    expect(lines.err.at(-1)).toContain('currency');
    expect(await osmImportMain([join(dir, 'missing.geojson'), ...args], captured, testDatabase)).toBe(1);
  });

  it('exports a bounding box to a file', async () => {
    const { lines, io: captured } = io();
    const out = join(dir, 'quays.geojson');
    const bbox = `${QUAYS_BOX.west},${QUAYS_BOX.south},${QUAYS_BOX.east},${QUAYS_BOX.north}`;
    // `--bbox=` form: a negative west would otherwise read as an option
    expect(await osmExportMain(['--out', out, `--bbox=${bbox}`], captured, testDatabase)).toBe(0);
    const collection = JSON.parse(await readFile(out, 'utf8'));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(5);
    expect(lines.err).toEqual([`exported 5 lots to ${out}`]);
    expect(await osmExportMain(['--bbox', '1,2,3'], captured, testDatabase)).toBe(2);
  });

  it.skipIf(!onPostgres)('runs as its own process on the configured PostgreSQL database', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/osm-import.ts', join(dir, 'sample.geojson'), '--operator-name', SOURCE, '--time-zone', 'Europe/London', '--currency', 'GBP', '--json'],
      { env: { ...process.env, DATABASE_URL: server.database.url, LOG_LEVEL: 'silent' } },
    );
    expect(JSON.parse(stdout)).toMatchObject({ operator: { id: operatorId }, unchanged: 5 });
  });
});
