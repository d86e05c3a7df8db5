import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { constraintViolationOf } from '../db/errors.js';
import { findVehicleById, insertVehicle, updateVehicle } from '../db/queries/vehicles.js';
import type { VehicleRow } from '../db/schema/index.js';
import type { Viewer } from './auth/viewer.js';
import { fail, succeed, type Outcome } from './outcome.js';
import { isPlausiblePlate, normalisePlate } from './plates.js';
import { isDriverOrAdmin, isSelf, requireUser } from './policy.js';

export interface VehicleInput {
  plate: string;
  country: string;
  nickname?: string;
  heightCm?: number;
}

/** Adds a vehicle to the signed-in driver; the plate is normalised and unique among their vehicles. */
export async function addVehicle(db: Database, viewer: Viewer, input: VehicleInput): Promise<Outcome<VehicleRow>> {
  const { user } = requireUser(viewer);
  const plate = normalisePlate(input.plate);
  if (!isPlausiblePlate(plate)) {
    return fail('INVALID_INPUT', 'A plate has 2 to 12 letters and digits', ['input', 'plate']);
  }
  const country = input.country.toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) {
    return fail('INVALID_INPUT', 'country must be an ISO 3166-1 alpha-2 code such as GB', ['input', 'country']);
  }
  const invalid = checkDetails(input);
  if (invalid) return invalid;
  try {
    return succeed(
      await insertVehicle(db, { ownerId: user.id, plate, country, nickname: input.nickname ?? null, heightCm: input.heightCm ?? null }),
    );
  } catch (error) {
    if (constraintViolationOf(error) === 'DUPLICATE') {
      return fail('DUPLICATE_PLATE', `You already have a vehicle with plate ${plate}`, ['input', 'plate']);
    }
    throw error;
  }
}

/** Renames (or sets the height of) one of the driver's vehicles. */
export async function updateVehicleDetails(
  db: Database,
  viewer: Viewer,
  vehicleId: string,
  changes: { nickname?: string | null; heightCm?: number | null },
): Promise<Outcome<VehicleRow>> {
  requireUser(viewer);
  const owned = await ownedVehicle(db, viewer, vehicleId);
  if (!owned.ok) return owned;
  const invalid = checkDetails({ nickname: changes.nickname ?? undefined, heightCm: changes.heightCm ?? undefined });
  if (invalid) return invalid;
  const updated = await updateVehicle(db, vehicleId, changes);
  return updated ? succeed(updated) : fail('NOT_FOUND', 'No such vehicle', ['input', 'vehicleId']);
}

/** Removes a vehicle from the driver's list; bookings made with it keep referring to it. */
export async function removeVehicle(db: Database, viewer: Viewer, vehicleId: string): Promise<Outcome<VehicleRow>> {
  requireUser(viewer);
  const owned = await ownedVehicle(db, viewer, vehicleId);
  if (!owned.ok) return owned;
  const removed = await updateVehicle(db, vehicleId, { removedAt: sql`now()` });
  return removed ? succeed(removed) : fail('NOT_FOUND', 'No such vehicle', ['input', 'vehicleId']);
}

/**
 * The vehicle, when it has not been removed and the viewer may act for its owner: the owner, or
 * an admin unless `ownerOnly` (a booking is always the signed-in driver's, with their vehicle).
 */
export async function ownedVehicle(
  db: Database,
  viewer: Viewer,
  vehicleId: string,
  { ownerOnly = false } = {},
): Promise<Outcome<VehicleRow>> {
  const vehicle = await findVehicleById(db, vehicleId);
  const allowed = vehicle && (ownerOnly ? isSelf(viewer, vehicle.ownerId) : isDriverOrAdmin(viewer, vehicle.ownerId));
  // another driver's vehicle is "not found", so ids cannot be probed
  if (!vehicle || vehicle.removedAt || !allowed) {
    return fail('NOT_FOUND', 'No such vehicle', ['input', 'vehicleId']);
  }
  return succeed(vehicle);
}

function checkDetails(details: { nickname?: string; heightCm?: number }): Outcome<never> | undefined {
  if (details.nickname !== undefined && details.nickname.length > 60) {
    return fail('INVALID_INPUT', 'A nickname has at most 60 characters', ['input', 'nickname']);
  }
  if (details.heightCm !== undefined && !(Number.isInteger(details.heightCm) && details.heightCm > 0 && details.heightCm <= 1_000)) {
    return fail('INVALID_INPUT', 'heightCm must be a whole number from 1 to 1000', ['input', 'heightCm']);
  }
  return undefined;
}
