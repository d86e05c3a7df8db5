import type { LatLng, PolygonRings } from '../../db/wkb.js';
import type { LotRow, SpaceRow } from '../../db/schema/index.js';

/** Lots and spaces a partner may send in one `upsertLots` call. */
export const MAX_LOTS_PER_UPSERT = 500;
export const MAX_SPACES_PER_LOT_UPSERT = 2_000;

/**
 * A lot as a partner network (or an open-data import) describes it, keyed by the partner's own
 * reference. Upserting the same input twice changes nothing the second time.
 */
export interface PartnerLotInput {
  /** The partner's id for the lot (1 to 200 characters), unique per operator, e.g. `osm:way/123`. */
  externalRef: string;
  name: string;
  address: string;
  location: LatLng;
  /** Outline of the lot, outer ring first; rings closed (first point repeated last). */
  footprint?: PolygonRings | null;
  /** IANA zone, e.g. `Europe/London`. */
  timeZone: string;
  lotType: LotRow['lotType'];
  /** ISO 4217. */
  currency: string;
  access?: LotRow['access'];
  covered?: boolean;
  maxVehicleHeightCm?: number | null;
  amenities?: string[];
  /**
   * Declared number of spaces, for lots without space-level data (counts only). Ignored for
   * availability when `spaces` are given.
   */
  capacity?: number | null;
  /** Declared accessible (disabled) and EV-charging capacity, when known. */
  capacityAccessible?: number | null;
  capacityCharging?: number | null;
  /** Whether parking here costs money (open data `fee=*`); null when unknown. */
  fee?: boolean | null;
  /** Source tags kept verbatim for export and auditing (e.g. the OpenStreetMap tags). */
  sourceTags?: Record<string, string> | null;
  /** Space-level data; when given, each space is upserted by its own `externalRef`. */
  spaces?: PartnerSpaceInput[];
}

/** A space as a partner describes it. */
export interface PartnerSpaceInput {
  /** The partner's id for the space, unique within the lot. */
  externalRef: string;
  label: string;
  kind?: SpaceRow['kind'];
  level?: string | null;
}

/** What `upsertLots` did with one input lot. */
export interface UpsertedLot {
  externalRef: string;
  lot: LotRow;
  /** CREATED, UPDATED, or UNCHANGED when the stored lot already matched the input. */
  result: 'CREATED' | 'UPDATED' | 'UNCHANGED';
  spacesCreated: number;
  spacesUpdated: number;
}
