import { sql } from 'drizzle-orm';
import { bigint, boolean, char, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { geographyPoint, geographyPolygon } from './columns.js';
import { arrivalObservation, availabilitySource, lotAccess, lotType } from './enums.js';
import { operators } from './operators.js';

/** A car park, yard or street section that drivers can park in. */
export const lots = pgTable(
  'lots',
  {
    id: uuid().primaryKey().defaultRandom(),
    operatorId: uuid()
      .notNull()
      .references(() => operators.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    address: text().notNull(),
    location: geographyPoint().notNull(),
    footprint: geographyPolygon(),
    /** IANA zone; opening hours, schedules and tariff bands are wall-clock rules in it. */
    timeZone: text().notNull(),
    lotType: lotType().notNull(),
    /** Free-form tags such as `CCTV`, `LIGHTING`, `TOILETS`, `CAR_WASH`. */
    amenities: text().array().notNull().default(sql`'{}'::text[]`),
    /** Clearance at the lowest point; null when there is no height limit. */
    maxVehicleHeightCm: integer(),
    covered: boolean().notNull().default(false),
    access: lotAccess().notNull().default('PUBLIC'),
    /** ISO 4217 code; every price at this lot is in it. */
    currency: char({ length: 3 }).notNull(),
    /** Cancelling is free until this many minutes before the booking starts... */
    freeCancellationMinutes: integer().notNull().default(60),
    /** ...and costs this much afterwards (capped at the booking's price). */
    cancellationFeeAmount: integer().notNull().default(0),
    /** A booking not checked in this many minutes after its start is a no-show; its space is released. */
    arrivalGraceMinutes: integer().notNull().default(30),
    /** Goes up with every change of the lot's occupancy (triggers bump it); clients resume from it. */
    occupancyVersion: bigint({ mode: 'number' }).notNull().default(0),
    /** The partner's own id for the lot (`upsertLots` keys on it), e.g. `osm:way/123`; unique per operator. */
    externalRef: text(),
    /** SPACES: counted from its spaces and bookable here; REPORTED_COUNTS: a partner reports free counts; NONE. */
    availabilitySource: availabilitySource().notNull().default('SPACES'),
    /** Declared capacity, for lots without space-level data; accessible and EV-charging parts of it. */
    capacity: integer(),
    capacityAccessible: integer(),
    capacityCharging: integer(),
    /** Whether parking costs money, as declared by open data; null when unknown or priced by tariff. */
    fee: boolean(),
    /** Free spaces and capacity as last reported for a REPORTED_COUNTS lot, observed at `reportedAt`. */
    reportedFree: integer(),
    reportedTotal: integer(),
    reportedAt: timestamp({ withTimezone: true }),
    /** Source tags kept verbatim (e.g. OpenStreetMap's) for export and auditing. */
    sourceTags: jsonb().$type<Record<string, string>>(),
    /** Gates admit drivers without a booking or permit while a space is free. */
    walkInsAllowed: boolean().notNull().default(false),
    /** A driver with a booking may enter this many minutes before it starts. */
    earlyArrivalMinutes: integer().notNull().default(15),
    /** Leaving up to this many minutes after a booking ends costs nothing extra. */
    overstayGraceMinutes: integer().notNull().default(10),
    /**
     * How arrival is observed (see domain/arrivals). New lots take SELF_CHECK_IN: drivers check in
     * themselves (a gate read checks in too); lots listed before this column were migrated to GATE
     * when they had gates, else NONE.
     */
    arrivalObservation: arrivalObservation().notNull().default('SELF_CHECK_IN'),
    /** A self check-in or check-out with a position must be within this many metres of `location`. */
    geofenceRadiusM: integer().notNull().default(200),
    /** Self check-in and check-out must send the driver's position. */
    checkInPositionRequired: boolean().notNull().default(false),
    /** Archived lots are hidden from search and take no bookings; their history stays. */
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('lots_location_gist').using('gist', t.location),
    // map viewports are latitude/longitude rectangles: a planar index answers them exactly
    index('lots_location_geometry_gist').using('gist', sql`(${t.location}::geometry)`),
    index().on(t.operatorId),
    index('lots_name_id_idx').on(t.name, t.id),
    // the live-data expiry job: partner counts whose time-to-live ran out since its last run
    index('lots_reported_at').on(t.reportedAt).where(sql`${t.reportedAt} IS NOT NULL`),
    uniqueIndex('lots_operator_external_ref').on(t.operatorId, t.externalRef).where(sql`${t.externalRef} IS NOT NULL`),
    check('lots_currency_iso', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('lots_max_height_positive', sql`${t.maxVehicleHeightCm} IS NULL OR ${t.maxVehicleHeightCm} > 0`),
    check(
      'lots_cancellation_policy',
      sql`${t.freeCancellationMinutes} >= 0 AND ${t.cancellationFeeAmount} >= 0 AND ${t.arrivalGraceMinutes} >= 0`,
    ),
    check('lots_geofence_radius', sql`${t.geofenceRadiusM} BETWEEN 10 AND 5000`),
    check('lots_gate_policy', sql`${t.earlyArrivalMinutes} >= 0 AND ${t.overstayGraceMinutes} >= 0`),
    check(
      'lots_counts_non_negative',
      sql`coalesce(${t.capacity}, 0) >= 0 AND coalesce(${t.capacityAccessible}, 0) >= 0 AND coalesce(${t.capacityCharging}, 0) >= 0
        AND coalesce(${t.reportedFree}, 0) >= 0 AND coalesce(${t.reportedTotal}, 0) >= 0`,
    ),
  ],
);

export type LotRow = typeof lots.$inferSelect;
export type NewLot = typeof lots.$inferInsert;
