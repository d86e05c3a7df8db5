import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/client.js';
import {
  bookings,
  lotBlackouts,
  lots,
  lotWeeklyHours,
  operators,
  spaces,
  tariffFlatRates,
  tariffs,
  users,
  vehicles,
  type NewLot,
  type NewTariff,
  type NewTariffFlatRate,
} from '../../src/db/schema/index.js';

/**
 * Fixture builders for search, availability and pricing tests. They write straight to the test
 * database (committed, since the server reads through its own connections); tests keep their
 * fixtures apart by placing lots far from each other and from the seeded Manchester lots.
 */

export type SpaceKind = 'STANDARD' | 'EV_CHARGING' | 'ACCESSIBLE' | 'MOTORCYCLE' | 'VAN' | 'FAMILY';
export type BookingStatus = 'CONFIRMED' | 'CHECKED_IN' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (degrees: number) => (degrees * Math.PI) / 180;
const deg = (radians: number) => (radians * 180) / Math.PI;

/** Great-circle distance on a sphere (the value PostGIS's spheroid distance is within ~0.5% of). */
export function haversineMeters(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `meters` away from `from` on compass bearing `bearingDegrees` (0 = north), on a sphere. */
export function destination(from: LatLng, bearingDegrees: number, meters: number): LatLng {
  const angular = meters / EARTH_RADIUS_M;
  const bearing = rad(bearingDegrees);
  const lat1 = rad(from.lat);
  const lng1 = rad(from.lng);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
  const lng2 =
    lng1 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1), Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: deg(lat2), lng: ((deg(lng2) + 540) % 360) - 180 };
}

/** A global id as the API encodes it (opaque to clients; tests need it to address fixture rows). */
export function globalId(type: 'Lot' | 'Space' | 'Operator', id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export async function createOperator(db: Database, name: string, kind: 'NETWORK' | 'PRIVATE' = 'NETWORK'): Promise<string> {
  const [row] = await db.insert(operators).values({ name, kind }).returning({ id: operators.id });
  return row!.id;
}

export interface LotFixture {
  operatorId: string;
  name: string;
  location: LatLng;
  timeZone?: string;
  currency?: string;
  covered?: boolean;
  access?: NewLot['access'];
  maxVehicleHeightCm?: number | null;
  lotType?: NewLot['lotType'];
}

export async function createLot(db: Database, lot: LotFixture): Promise<string> {
  const [row] = await db
    .insert(lots)
    .values({
      operatorId: lot.operatorId,
      name: lot.name,
      address: `${lot.name}, Fixture Street`,
      location: lot.location,
      timeZone: lot.timeZone ?? 'Europe/London',
      currency: lot.currency ?? 'GBP',
      covered: lot.covered ?? false,
      access: lot.access ?? 'PUBLIC',
      maxVehicleHeightCm: lot.maxVehicleHeightCm ?? null,
      lotType: lot.lotType ?? 'SURFACE',
    })
    .returning({ id: lots.id });
  return row!.id;
}

export interface SpaceFixture {
  kind?: SpaceKind;
  outOfService?: boolean;
  label?: string;
}

/** Inserts spaces in order and returns their ids in the same order. */
export async function addSpaces(db: Database, lotId: string, list: SpaceFixture[]): Promise<string[]> {
  if (list.length === 0) return [];
  const rows = await db
    .insert(spaces)
    .values(
      list.map((space, index) => ({
        lotId,
        label: space.label ?? `S-${String(index + 1).padStart(3, '0')}`,
        kind: space.kind ?? 'STANDARD',
        operatorStatus: space.outOfService ? ('OUT_OF_SERVICE' as const) : ('IN_SERVICE' as const),
      })),
    )
    .returning({ id: spaces.id, label: spaces.label });
  const byLabel = new Map(rows.map((row) => [row.label, row.id]));
  return list.map((space, index) => byLabel.get(space.label ?? `S-${String(index + 1).padStart(3, '0')}`)!);
}

/** `count` in-service spaces of one kind. */
export const many = (count: number, kind: SpaceKind = 'STANDARD', outOfService = false): SpaceFixture[] =>
  Array.from({ length: count }, () => ({ kind, outOfService }));

export type TariffFixture = Omit<NewTariff, 'lotId' | 'name'> & { name?: string };
export type FlatRateFixture = Omit<NewTariffFlatRate, 'tariffId'>;

export async function addTariff(db: Database, lotId: string, tariff: TariffFixture, flatRates: FlatRateFixture[] = []): Promise<string> {
  const [row] = await db
    .insert(tariffs)
    .values({ name: 'Standard', ...tariff, lotId })
    .returning({ id: tariffs.id });
  if (flatRates.length > 0) {
    await db.insert(tariffFlatRates).values(flatRates.map((rate) => ({ ...rate, tariffId: row!.id })));
  }
  return row!.id;
}

export interface HoursFixture {
  dayOfWeek: number;
  opensAt: string;
  closesAt: string;
}

export async function addWeeklyHours(
  db: Database,
  lotId: string,
  purpose: 'OPENING_HOURS' | 'BOOKABLE_HOURS',
  rows: HoursFixture[],
): Promise<void> {
  await db.insert(lotWeeklyHours).values(rows.map((row) => ({ ...row, lotId, purpose })));
}

/** The same hours on each of `days` (ISO weekdays). */
export const onDays = (days: number[], opensAt: string, closesAt: string): HoursFixture[] =>
  days.map((dayOfWeek) => ({ dayOfWeek, opensAt, closesAt }));

export const WEEKDAYS = [1, 2, 3, 4, 5];
export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

export async function addBlackout(db: Database, lotId: string, start: Date, end: Date, reason = 'Closed'): Promise<void> {
  await db.insert(lotBlackouts).values({ lotId, period: { start, end }, reason });
}

/** A driver with one vehicle; bookings need both. */
export async function createDriver(db: Database): Promise<{ driverId: string; vehicleId: string }> {
  const suffix = randomUUID().slice(0, 8);
  const [driver] = await db
    .insert(users)
    .values({ email: `fixture-${suffix}@test.example`, displayName: 'Fixture Driver' })
    .returning({ id: users.id });
  const [vehicle] = await db
    .insert(vehicles)
    .values({ ownerId: driver!.id, plate: `FX${suffix.toUpperCase()}`, country: 'GB' })
    .returning({ id: vehicles.id });
  return { driverId: driver!.id, vehicleId: vehicle!.id };
}

export interface BookingFixture {
  lotId: string;
  spaceId: string;
  start: Date;
  end: Date;
  status?: BookingStatus;
}

export async function addBooking(db: Database, driver: { driverId: string; vehicleId: string }, booking: BookingFixture): Promise<void> {
  await db.insert(bookings).values({
    driverId: driver.driverId,
    vehicleId: driver.vehicleId,
    lotId: booking.lotId,
    spaceId: booking.spaceId,
    period: { start: booking.start, end: booking.end },
    status: booking.status ?? 'CONFIRMED',
    priceAmount: 0,
    currency: 'GBP',
  });
}

/** A `TimeWindowInput` from two ISO strings (with offsets). */
export const windowOf = (start: string, end: string) => ({ start, end });

/** `Date` from an ISO string, for fixture periods. */
export const at = (iso: string) => new Date(iso);

/** The ISO form the API outputs: UTC with milliseconds. */
export const utc = (iso: string) => new Date(iso).toISOString();

// --- accounts, vehicles, API keys and bookings for the F3 tests (auth, vehicles, bookings) ------
// (imports are hoisted; they sit here so the builders above stay untouched)
import { eq as eqF3 } from 'drizzle-orm';
import { generateApiKey, type ApiKeyScope } from '../../src/domain/auth/api-keys.js';
import { apiKeys, operatorMembers } from '../../src/db/schema/index.js';

/** Every type with a global id, encoded as the API encodes it. */
export type NodeTypeName = 'Lot' | 'Space' | 'Operator' | 'Booking' | 'Vehicle' | 'User';
export function nodeId(type: NodeTypeName, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

/** A user with a unique email (sign in with `server.tokenFor(email)`). */
export async function createUser(
  db: Database,
  options: { email?: string; displayName?: string; role?: 'DRIVER' | 'ADMIN' } = {},
): Promise<{ id: string; email: string }> {
  const email = options.email ?? `user-${randomUUID().slice(0, 8)}@test.example`;
  const [row] = await db
    .insert(users)
    .values({ email, displayName: options.displayName ?? 'Test User', role: options.role ?? 'DRIVER' })
    .returning({ id: users.id, email: users.email });
  return row!;
}

/** Makes a user a member of an operator. */
export async function addMember(db: Database, operatorId: string, userId: string, role: 'OWNER' | 'MANAGER' | 'STAFF'): Promise<void> {
  await db.insert(operatorMembers).values({ operatorId, userId, role });
}

/** A vehicle of `ownerId`; the plate is stored as given (pass it normalised). */
export async function createVehicle(
  db: Database,
  ownerId: string,
  vehicle: { plate?: string; country?: string; nickname?: string | null; heightCm?: number | null } = {},
): Promise<string> {
  const [row] = await db
    .insert(vehicles)
    .values({
      ownerId,
      plate: vehicle.plate ?? `VH${randomUUID().slice(0, 8).toUpperCase()}`,
      country: vehicle.country ?? 'GB',
      nickname: vehicle.nickname ?? null,
      heightCm: vehicle.heightCm ?? null,
    })
    .returning({ id: vehicles.id });
  return row!.id;
}

/** A partner API key of an operator, stored as the API stores one (prefix + hash); `key` is the secret. */
export async function createApiKey(
  db: Database,
  operatorId: string,
  options: { scopes?: ApiKeyScope[]; name?: string; revoked?: boolean } = {},
): Promise<{ id: string; key: string; prefix: string }> {
  const generated = generateApiKey();
  const [row] = await db
    .insert(apiKeys)
    .values({
      operatorId,
      name: options.name ?? 'Test key',
      prefix: generated.prefix,
      secretHash: generated.secretHash,
      scopes: options.scopes ?? ['bookings:read'],
      revokedAt: options.revoked ? new Date() : null,
    })
    .returning({ id: apiKeys.id });
  return { id: row!.id, key: generated.key, prefix: generated.prefix };
}

/** A lot's cancellation policy (free until `freeCancellationMinutes` before the start, then the fee). */
export async function setCancellationPolicy(
  db: Database,
  lotId: string,
  policy: { freeCancellationMinutes: number; cancellationFeeAmount: number },
): Promise<void> {
  await db.update(lots).set(policy).where(eqF3(lots.id, lotId));
}

/** Inserts a booking straight into the table (no API checks) and returns its id. */
export async function insertBookingRow(
  db: Database,
  booking: BookingFixture & { driverId: string; vehicleId: string; priceAmount?: number },
): Promise<string> {
  const [row] = await db
    .insert(bookings)
    .values({
      driverId: booking.driverId,
      vehicleId: booking.vehicleId,
      lotId: booking.lotId,
      spaceId: booking.spaceId,
      period: { start: booking.start, end: booking.end },
      status: booking.status ?? 'CONFIRMED',
      priceAmount: booking.priceAmount ?? 0,
      currency: 'GBP',
    })
    .returning({ id: bookings.id });
  return row!.id;
}
