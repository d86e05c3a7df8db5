/**
 * One GeoJSON feature carrying OpenStreetMap parking tags → a lot for `upsertLots`, or the
 * reason it is skipped. Pure: no database, no clock.
 *
 * Reads what the usual exporters write: Overpass Turbo and osmtogeojson's flat properties
 * (tags beside `@id`), osmtogeojson's nested `properties.tags` with `properties.type`/`id`,
 * and `feature.id` as `way/123` or osmium's `w123`.
 */
import type { LatLng, PolygonRings } from '../../db/wkb.js';
import type { LotRow } from '../../db/schema/index.js';
import type { WeeklyHoursInput } from '../inventory/prices-and-hours.js';
import type { PartnerLotInput } from '../partners/partner-lot.js';
import { parseOpeningHours } from './opening-hours.js';

/** Why a feature did not become a lot. */
export type OsmSkipReason =
  | 'NOT_A_FEATURE'
  | 'NO_OSM_ID'
  | 'NOT_PARKING'
  | 'UNSUPPORTED_GEOMETRY'
  | 'BAD_COORDINATES'
  /** access=private/no: drivers cannot use the lot, so listing it would only mislead them. */
  | 'ACCESS_PRIVATE'
  | 'DUPLICATE_ID'
  /** The lot was refused when stored (the message says why). */
  | 'REJECTED';

export type OsmTags = Record<string, string>;

/** Where every imported lot goes and how it is priced; OSM says neither. */
export interface OsmImportSettings {
  timeZone: string;
  currency: string;
}

export type MappedOsmFeature =
  | {
      kind: 'lot';
      /** `way/123`. */
      osmId: string;
      lot: PartnerLotInput;
      /** Parsed `opening_hours`; undefined when the tag is missing or unsupported (see `warnings`). */
      openingHours: WeeklyHoursInput | undefined;
      warnings: string[];
    }
  | { kind: 'skipped'; osmId: string | null; reason: OsmSkipReason; message: string };

/** What the tags say about the lot's own fields; shared by the import and the export. */
export interface LotFieldsFromTags {
  name: string;
  address: string;
  lotType: LotRow['lotType'];
  access: LotRow['access'];
  covered: boolean;
  maxVehicleHeightCm: number | null;
  capacity: number | null;
  capacityAccessible: number | null;
  capacityCharging: number | null;
  fee: boolean | null;
}

/** `osm:way/123`: the external ref of an imported lot, unique per operator. */
export const OSM_REF_PREFIX = 'osm:';

/** Keys that are not OSM tags: our own (`parkway:id` on export) and exporters' metadata (`@id`). */
export function isOsmTagKey(key: string): boolean {
  return !key.startsWith('@') && !key.startsWith('parkway:');
}

// rooftop decks are part of a multi-storey structure; garage boxes and carports are rows of
// single spaces on open ground, the nearest of our types is SURFACE.
const LOT_TYPE_OF_PARKING: Record<string, LotRow['lotType']> = {
  surface: 'SURFACE',
  'multi-storey': 'MULTI_STOREY',
  rooftop: 'MULTI_STOREY',
  underground: 'UNDERGROUND',
  street_side: 'STREET',
  lane: 'STREET',
  on_street: 'STREET',
  layby: 'STREET',
  garage_boxes: 'SURFACE',
  carports: 'SURFACE',
};

const ACCESS_OF_TAG: Record<string, LotRow['access']> = {
  yes: 'PUBLIC',
  public: 'PUBLIC',
  permissive: 'PUBLIC',
  customers: 'CUSTOMERS',
  destination: 'CUSTOMERS',
  permit: 'PERMIT_HOLDERS',
  private: 'PRIVATE',
  no: 'PRIVATE',
};

const CM_PER_FOOT = 30.48;
const CM_PER_INCH = 2.54;
/** The range `createLot` accepts for a clearance; outside it the tag is a typo. */
const HEIGHT_CM_RANGE = [100, 1_000] as const;

/** Maps one feature. `settings` supplies what OSM does not say (time zone, currency). */
export function mapOsmFeature(feature: unknown, settings: OsmImportSettings): MappedOsmFeature {
  if (!isObject(feature) || feature.type !== 'Feature') {
    return skipped(null, 'NOT_A_FEATURE', 'not a GeoJSON Feature');
  }
  const properties = isObject(feature.properties) ? feature.properties : {};
  const osmId = osmIdOf(feature, properties);
  if (!osmId) return skipped(null, 'NO_OSM_ID', 'no OpenStreetMap id (@id, id "way/123" or type and id)');
  const tags = tagsOf(properties);
  if (tags.amenity !== 'parking') {
    return skipped(osmId, 'NOT_PARKING', tags.amenity ? `amenity=${tags.amenity}, not parking` : 'no amenity=parking tag');
  }
  const shape = shapeOf(feature.geometry);
  if ('reason' in shape) return skipped(osmId, shape.reason, shape.message);

  const warnings: string[] = [...shape.warnings];
  const fields = lotFieldsFromTags(tags, osmId, warnings);
  if (fields.access === 'PRIVATE') {
    return skipped(osmId, 'ACCESS_PRIVATE', `access=${tags.access}: drivers cannot park here`);
  }
  let openingHours: WeeklyHoursInput | undefined;
  if (tags.opening_hours !== undefined) {
    const parsed = parseOpeningHours(tags.opening_hours);
    if (parsed.ok) openingHours = parsed.windows;
    else warnings.push(`opening_hours "${tags.opening_hours}" not understood (${parsed.reason}); imported without hours`);
  }
  return {
    kind: 'lot',
    osmId,
    openingHours,
    warnings,
    lot: {
      externalRef: `${OSM_REF_PREFIX}${osmId}`,
      ...fields,
      location: shape.location,
      footprint: shape.footprint,
      timeZone: settings.timeZone,
      currency: settings.currency,
      sourceTags: tags,
    },
  };
}

/**
 * The lot fields the tags describe; problems with a tag's value (it is then ignored) are
 * appended to `warnings`. Unknown access values count as public, unknown parking values as
 * SURFACE, each with a warning.
 */
export function lotFieldsFromTags(tags: OsmTags, osmId: string | null, warnings: string[] = []): LotFieldsFromTags {
  const lotType = tags.parking === undefined ? 'SURFACE' : LOT_TYPE_OF_PARKING[tags.parking];
  if (!lotType) warnings.push(`parking=${tags.parking} is not a known parking type; imported as SURFACE`);
  const access = tags.access === undefined ? 'PUBLIC' : ACCESS_OF_TAG[tags.access];
  if (!access) warnings.push(`access=${tags.access} is not a known access value; imported as public`);
  return {
    name: tags.name?.trim() || (tags.operator ? `Parking (${tags.operator})` : `Parking ${osmId ?? ''}`.trim()),
    address: addressOf(tags),
    lotType: lotType ?? 'SURFACE',
    access: access ?? 'PUBLIC',
    covered: tags.covered === 'yes' || (tags.covered !== 'no' && (lotType === 'UNDERGROUND' || tags.parking === 'multi-storey')),
    maxVehicleHeightCm: heightCm(tags.maxheight, warnings),
    capacity: count('capacity', tags.capacity, warnings),
    capacityAccessible: count('capacity:disabled', tags['capacity:disabled'], warnings),
    capacityCharging: count('capacity:charging', tags['capacity:charging'], warnings),
    fee: fee(tags.fee, warnings),
  };
}

/** `addr:full`, else "<housenumber> <street>, <city>, <postcode>"; "" when the tags give none. */
function addressOf(tags: OsmTags): string {
  if (tags['addr:full']?.trim()) return tags['addr:full'].trim();
  const street = [tags['addr:housenumber'], tags['addr:street']].filter(Boolean).join(' ');
  return [street, tags['addr:city'], tags['addr:postcode']].map((part) => part?.trim()).filter(Boolean).join(', ');
}

/**
 * `maxheight` in centimetres: metres (`2.1`, `2.1 m`), centimetres (`210 cm`) or feet and
 * inches (`6'6"`). `none` and `default` mean no signed limit; `below_default` means a limit of
 * unknown height, so it is kept as unknown with a warning.
 */
export function heightCm(value: string | undefined, warnings: string[]): number | null {
  if (value === undefined || value === 'none' || value === 'default') return null;
  const text = value.trim();
  let cm: number | undefined;
  const metres = /^(\d+(?:\.\d+)?)\s*(m)?$/.exec(text);
  const centimetres = /^(\d+(?:\.\d+)?)\s*cm$/.exec(text);
  const imperial = /^(\d+)'(?:\s*(\d+(?:\.\d+)?)")?$/.exec(text);
  if (metres) cm = Number(metres[1]) * 100;
  else if (centimetres) cm = Number(centimetres[1]);
  else if (imperial) cm = Number(imperial[1]) * CM_PER_FOOT + Number(imperial[2] ?? 0) * CM_PER_INCH;
  if (cm === undefined) {
    warnings.push(`maxheight=${value} is not a height in metres, centimetres or feet and inches; imported without a limit`);
    return null;
  }
  const rounded = Math.round(cm);
  if (rounded < HEIGHT_CM_RANGE[0] || rounded > HEIGHT_CM_RANGE[1]) {
    warnings.push(`maxheight=${value} is outside 1 m to 10 m; imported without a limit`);
    return null;
  }
  return rounded;
}

/** A whole number of spaces; `yes` (some, number unknown) is null without a warning. */
function count(key: string, value: string | undefined, warnings: string[]): number | null {
  if (value === undefined || value === 'yes') return null;
  if (value === 'no') return 0;
  if (/^\d{1,6}$/.test(value.trim())) return Number(value.trim());
  warnings.push(`${key}=${value} is not a whole number; imported as unknown`);
  return null;
}

function fee(value: string | undefined, warnings: string[]): boolean | null {
  if (value === undefined) return null;
  if (value === 'yes' || value === 'no') return value === 'yes';
  warnings.push(`fee=${value} is neither yes nor no; imported as unknown`);
  return null;
}

/** `way/123` from `@id`, `feature.id` (`way/123`, `w123`), or osmtogeojson's `type` + numeric `id`. */
function osmIdOf(feature: Record<string, unknown>, properties: Record<string, unknown>): string | null {
  const candidates = [properties['@id'], feature.id];
  if (typeof properties.type === 'string' && (typeof properties.id === 'number' || typeof properties.id === 'string')) {
    candidates.push(`${properties.type}/${properties.id}`);
  }
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const full = /^(node|way|relation)\/(\d+)$/.exec(candidate);
    if (full) return `${full[1]}/${full[2]}`;
    const short = /^([nwr])(\d+)$/.exec(candidate);
    if (short) return `${{ n: 'node', w: 'way', r: 'relation' }[short[1] as 'n' | 'w' | 'r']}/${short[2]}`;
  }
  return null;
}

/** The OSM tags: nested `properties.tags`, or the flat properties without exporters' metadata. */
function tagsOf(properties: Record<string, unknown>): OsmTags {
  const source = isObject(properties.tags) ? properties.tags : properties;
  const tags: OsmTags = {};
  for (const [key, value] of Object.entries(source)) {
    if (isOsmTagKey(key) && (typeof value === 'string' || typeof value === 'number')) tags[key] = String(value);
  }
  return tags;
}

type Shape =
  | { location: LatLng; footprint: PolygonRings | null; warnings: string[] }
  | { reason: 'UNSUPPORTED_GEOMETRY' | 'BAD_COORDINATES'; message: string };

/**
 * A point is the location; a polygon is the footprint and its outer ring's centroid the
 * location. The centroid is planar in degrees: over a few hundred metres the error is
 * centimetres. A multipolygon keeps its largest part (the footprint column holds one polygon).
 */
function shapeOf(geometry: unknown): Shape {
  if (!isObject(geometry)) return { reason: 'UNSUPPORTED_GEOMETRY', message: 'the feature has no geometry' };
  const { type, coordinates } = geometry;
  if (type === 'Point') {
    return isPosition(coordinates)
      ? { location: { lng: coordinates[0], lat: coordinates[1] }, footprint: null, warnings: [] }
      : badCoordinates('the point is not a [longitude, latitude] position on Earth');
  }
  if (type === 'Polygon') {
    const rings = polygonRings(coordinates);
    return rings ? { location: centroid(rings[0]!), footprint: rings, warnings: [] } : badCoordinates(POLYGON_PROBLEM);
  }
  if (type === 'MultiPolygon' && Array.isArray(coordinates) && coordinates.length > 0) {
    const polygons = coordinates.map(polygonRings);
    if (polygons.some((rings) => rings === null)) return badCoordinates(POLYGON_PROBLEM);
    const largest = (polygons as PolygonRings[]).reduce((best, rings) => (ringArea(rings[0]!) > ringArea(best[0]!) ? rings : best));
    const warnings = polygons.length > 1 ? [`multipolygon of ${polygons.length} parts; kept the largest as the footprint`] : [];
    return { location: centroid(largest[0]!), footprint: largest, warnings };
  }
  return { reason: 'UNSUPPORTED_GEOMETRY', message: `${String(type)} geometry; only Point, Polygon and MultiPolygon are lots` };
}

const POLYGON_PROBLEM = 'a polygon ring has fewer than 4 positions or a position off Earth';

function badCoordinates(message: string): Shape {
  return { reason: 'BAD_COORDINATES', message };
}

/** Rings with at least four positions on Earth, closed (GeoJSON requires it; some tools forget). */
function polygonRings(coordinates: unknown): PolygonRings | null {
  if (!Array.isArray(coordinates) || coordinates.length === 0) return null;
  const rings: PolygonRings = [];
  for (const ring of coordinates) {
    if (!Array.isArray(ring) || !ring.every(isPosition)) return null;
    const positions = ring.map(([lng, lat]) => [lng, lat] as [number, number]);
    const [first, last] = [positions[0], positions.at(-1)];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) positions.push([...first]);
    if (positions.length < 4) return null;
    rings.push(positions);
  }
  return rings;
}

function isPosition(value: unknown): value is [number, number] {
  if (!Array.isArray(value) || value.length < 2) return false;
  const [lng, lat] = value as unknown[];
  return (
    typeof lng === 'number' && typeof lat === 'number' && Number.isFinite(lng) && Number.isFinite(lat) &&
    Math.abs(lng) <= 180 && Math.abs(lat) <= 90
  );
}

/**
 * Twice the signed area of a closed ring (shoelace), in square degrees, and its area-weighted
 * centre. Positions are taken relative to the first corner: products of raw coordinates such as
 * 53.48 x -2.24 cancel badly and would move a small lot's centre by millimetres.
 */
function shoelace(ring: Array<[number, number]>): { doubleArea: number; x: number; y: number } {
  const [originX, originY] = ring[0]!;
  let doubleArea = 0;
  let x = 0;
  let y = 0;
  for (let index = 0; index < ring.length - 1; index++) {
    const [x0, y0] = [ring[index]![0] - originX, ring[index]![1] - originY];
    const [x1, y1] = [ring[index + 1]![0] - originX, ring[index + 1]![1] - originY];
    const cross = x0 * y1 - x1 * y0;
    doubleArea += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return { doubleArea, x: originX + x / (3 * doubleArea), y: originY + y / (3 * doubleArea) };
}

function ringArea(ring: Array<[number, number]>): number {
  return Math.abs(shoelace(ring).doubleArea) / 2;
}

/** Area-weighted centroid of a closed ring; the mean of its corners when it has no area. */
export function centroid(ring: Array<[number, number]>): LatLng {
  const { doubleArea, x, y } = shoelace(ring);
  if (doubleArea !== 0) return { lng: x, lat: y };
  const corners = ring.slice(0, -1);
  return {
    lng: corners.reduce((sum, [lng]) => sum + lng, 0) / corners.length,
    lat: corners.reduce((sum, [, lat]) => sum + lat, 0) / corners.length,
  };
}

function skipped(osmId: string | null, reason: OsmSkipReason, message: string): MappedOsmFeature {
  return { kind: 'skipped', osmId, reason, message };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
