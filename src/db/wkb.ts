/**
 * A tiny reader for the hex (E)WKB that PostGIS returns for geography columns.
 * Only the shapes our tables store are supported: Point and Polygon.
 */

/** WGS84 coordinates in degrees. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** Polygon rings as GeoJSON-style `[lng, lat]` positions; the first ring is the outer boundary. */
export type PolygonRings = Array<Array<[number, number]>>;

const WKB_POINT = 1;
const WKB_POLYGON = 3;
const EWKB_SRID_FLAG = 0x20000000;
const EWKB_Z_FLAG = 0x80000000;
const EWKB_M_FLAG = 0x40000000;

class WkbReader {
  private offset = 0;
  private littleEndian = true;
  private readonly view: DataView;

  constructor(hex: string) {
    const bytes = Buffer.from(hex, 'hex');
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Reads the byte order, geometry type and optional SRID; returns the base type. */
  header(): number {
    this.littleEndian = this.view.getUint8(this.offset) === 1;
    this.offset += 1;
    const type = this.uint32();
    if (type & (EWKB_Z_FLAG | EWKB_M_FLAG)) throw new Error('WKB with Z or M coordinates is not supported');
    if (type & EWKB_SRID_FLAG) this.uint32();
    return type & 0xffff;
  }

  uint32(): number {
    const value = this.view.getUint32(this.offset, this.littleEndian);
    this.offset += 4;
    return value;
  }

  position(): [number, number] {
    const x = this.view.getFloat64(this.offset, this.littleEndian);
    const y = this.view.getFloat64(this.offset + 8, this.littleEndian);
    this.offset += 16;
    return [x, y];
  }
}

/** Parses a hex EWKB point into `{ lat, lng }`. */
export function readPoint(hex: string): LatLng {
  const reader = new WkbReader(hex);
  const type = reader.header();
  if (type !== WKB_POINT) throw new Error(`expected a WKB point, got type ${type}`);
  const [lng, lat] = reader.position();
  return { lat, lng };
}

/** Parses a hex EWKB polygon into its rings of `[lng, lat]` positions. */
export function readPolygon(hex: string): PolygonRings {
  const reader = new WkbReader(hex);
  const type = reader.header();
  if (type !== WKB_POLYGON) throw new Error(`expected a WKB polygon, got type ${type}`);
  const rings: PolygonRings = [];
  for (let ringCount = reader.uint32(); ringCount > 0; ringCount--) {
    const ring: Array<[number, number]> = [];
    for (let pointCount = reader.uint32(); pointCount > 0; pointCount--) ring.push(reader.position());
    rings.push(ring);
  }
  return rings;
}
