/**
 * Lots as GeoJSON with OpenStreetMap-style tags, for maps and for giving data back.
 *
 * A lot imported from OSM keeps its original tags; a tag is rewritten only where the lot now
 * says something else (an operator changed its height limit, say), so the export of an imported
 * file imports again as UNCHANGED. Other lots get tags built from their fields. `operator` is
 * the OSM tag (who runs the car park) for OSM lots and the Parkway operator's name otherwise;
 * `parkway:operator` always names the Parkway operator and `parkway:id` is the lot's global id.
 */
import type { Database } from '../../db/client.js';
import { countSpacesByKind, findLotsForExport, type ExportedLotRow, type LotExportFilter } from '../../db/queries/open-data.js';
import type { LotRow } from '../../db/schema/index.js';
import { toGlobalId } from '../public-ids.js';
import type { WeeklyHoursInput } from '../inventory/prices-and-hours.js';
import { resolveArea, type Bounds } from '../search/search-area.js';
import { formatOpeningHours, parseOpeningHours, sameWeeklyHours } from './opening-hours.js';
import { storedOpeningHours } from './stored-hours.js';
import { lotFieldsFromTags, OSM_REF_PREFIX, type OsmTags } from './osm-tags.js';

export interface GeoJsonFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | { type: 'Polygon'; coordinates: Array<Array<[number, number]>> };
  properties: Record<string, string>;
}

export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
}

export interface LotExportOptions {
  operatorId?: string;
  /** Only lots inside this box (`west > east` crosses the antimeridian). */
  bounds?: Bounds;
  /** Lots read per query. @default 1000 */
  pageSize?: number;
  /** Only lots the open feeds publish (their operators' choice, see open-data/feeds). */
  publishedOnly?: boolean;
}

/** What the export knows about a lot beyond its row. */
export interface LotExportFacts {
  operatorName: string;
  /** Stored OPENING_HOURS windows; empty means around the clock. */
  openingHours: WeeklyHoursInput;
  /** Spaces by kind, for lots with space-level data. */
  spaceCounts: { total: number; accessible: number; charging: number } | null;
}

const PARKING_OF_LOT_TYPE: Record<LotRow['lotType'], string> = {
  SURFACE: 'surface',
  MULTI_STOREY: 'multi-storey',
  UNDERGROUND: 'underground',
  STREET: 'street_side',
  PRIVATE_YARD: 'surface',
};

const ACCESS_TAG_OF: Record<LotRow['access'], string> = {
  PUBLIC: 'yes',
  CUSTOMERS: 'customers',
  PERMIT_HOLDERS: 'permit',
  PRIVATE: 'private',
};

/**
 * Every matching lot as a feature, a page at a time (ordered by id), so a city's worth is never
 * held in memory at once. Throws InvalidInputError for bounds off Earth.
 */
export async function* exportLotFeatures(db: Database, options: LotExportOptions = {}): AsyncGenerator<GeoJsonFeature> {
  const filter: LotExportFilter = { operatorId: options.operatorId, publishedOnly: options.publishedOnly };
  if (options.bounds) {
    const { area } = resolveArea({ bounds: options.bounds });
    if ('boxes' in area) filter.boxes = area.boxes;
  }
  const pageSize = options.pageSize ?? 1_000;
  let afterId: string | undefined;
  for (;;) {
    const page = await findLotsForExport(db, filter, pageSize, afterId);
    if (page.length === 0) return;
    for (const feature of await featuresOfPage(db, page)) yield feature;
    if (page.length < pageSize) return;
    afterId = page.at(-1)!.lot.id;
  }
}

/** The whole export as one FeatureCollection (for tests and small exports). */
export async function exportLotsAsGeoJson(db: Database, options: LotExportOptions = {}): Promise<GeoJsonFeatureCollection> {
  const features: GeoJsonFeature[] = [];
  for await (const feature of exportLotFeatures(db, options)) features.push(feature);
  return { type: 'FeatureCollection', features };
}

async function featuresOfPage(db: Database, page: ExportedLotRow[]): Promise<GeoJsonFeature[]> {
  const lotIds = page.map(({ lot }) => lot.id);
  const [hoursByLot, counts] = await Promise.all([storedOpeningHours(db, lotIds), countSpacesByKind(db, lotIds)]);
  const countsByLot = new Map<string, NonNullable<LotExportFacts['spaceCounts']>>();
  for (const { lotId, kind, spaces } of counts) {
    const lotCounts = countsByLot.get(lotId) ?? { total: 0, accessible: 0, charging: 0 };
    lotCounts.total += spaces;
    if (kind === 'ACCESSIBLE') lotCounts.accessible += spaces;
    if (kind === 'EV_CHARGING') lotCounts.charging += spaces;
    countsByLot.set(lotId, lotCounts);
  }
  return page.map(({ lot, operatorName }) =>
    lotFeature(lot, { operatorName, openingHours: hoursByLot.get(lot.id) ?? [], spaceCounts: countsByLot.get(lot.id) ?? null }),
  );
}

/** One lot as a GeoJSON feature: its footprint when it has one, else its location. */
export function lotFeature(lot: LotRow, facts: LotExportFacts): GeoJsonFeature {
  const osmId = lot.externalRef?.startsWith(OSM_REF_PREFIX) ? lot.externalRef.slice(OSM_REF_PREFIX.length) : null;
  const globalId = toGlobalId('Lot', lot.id);
  const properties: Record<string, string> = {
    ...lotTags(lot, osmId, facts),
    'parkway:id': globalId,
    'parkway:operator': facts.operatorName,
  };
  if (osmId) properties['@id'] = osmId;
  return {
    type: 'Feature',
    id: osmId ?? globalId,
    geometry: lot.footprint
      ? { type: 'Polygon', coordinates: lot.footprint }
      : { type: 'Point', coordinates: [lot.location.lng, lot.location.lat] },
    properties,
  };
}

/** The lot's OSM tags: the source tags where they still hold, the lot's own values where not. */
function lotTags(lot: LotRow, osmId: string | null, facts: LotExportFacts): OsmTags {
  // only OSM's tags are OSM tags; a partner's source tags follow a vocabulary of its own
  const tags: OsmTags = osmId ? { ...(lot.sourceTags ?? {}) } : {};
  tags.amenity = 'parking';
  const said = lotFieldsFromTags(tags, osmId);
  const set = (key: string, value: string | null) => (value === null ? delete tags[key] : (tags[key] = value));

  if (said.name !== lot.name) tags.name = lot.name;
  if (said.address !== lot.address) {
    if (lot.address === '') for (const key of Object.keys(tags).filter((key) => key.startsWith('addr:'))) delete tags[key];
    else tags['addr:full'] = lot.address;
  }
  if (said.lotType !== lot.lotType) tags.parking = PARKING_OF_LOT_TYPE[lot.lotType];
  if (said.access !== lot.access) tags.access = ACCESS_TAG_OF[lot.access];
  if (said.covered !== lot.covered) tags.covered = lot.covered ? 'yes' : 'no';
  if (said.maxVehicleHeightCm !== lot.maxVehicleHeightCm) {
    set('maxheight', lot.maxVehicleHeightCm === null ? 'none' : String(lot.maxVehicleHeightCm / 100));
  }
  const declared = {
    capacity: lot.capacity ?? facts.spaceCounts?.total ?? null,
    'capacity:disabled': lot.capacityAccessible ?? facts.spaceCounts?.accessible ?? null,
    'capacity:charging': lot.capacityCharging ?? facts.spaceCounts?.charging ?? null,
  };
  if (said.capacity !== declared.capacity) set('capacity', numberTag(declared.capacity));
  if (said.capacityAccessible !== declared['capacity:disabled']) set('capacity:disabled', numberTag(declared['capacity:disabled']));
  if (said.capacityCharging !== declared['capacity:charging']) set('capacity:charging', numberTag(declared['capacity:charging']));
  if (said.fee !== lot.fee) set('fee', lot.fee === null ? null : lot.fee ? 'yes' : 'no');
  const hours = openingHoursTag(tags.opening_hours, facts.openingHours);
  if (hours !== undefined) set('opening_hours', hours);
  if (!osmId) tags.operator = facts.operatorName;
  return tags;
}

/**
 * The `opening_hours` to write, or undefined to leave the tag as it is: the source value while
 * it still means the stored hours (or could not be read, and the lot has no hours of its own).
 */
function openingHoursTag(source: string | undefined, stored: WeeklyHoursInput): string | null | undefined {
  if (source === undefined) return stored.length === 0 ? undefined : formatOpeningHours(stored);
  const parsed = parseOpeningHours(source);
  if (parsed.ok ? sameWeeklyHours(parsed.windows, stored) : stored.length === 0) return undefined;
  return formatOpeningHours(stored);
}

function numberTag(value: number | null): string | null {
  return value === null ? null : String(value);
}
