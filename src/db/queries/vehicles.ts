import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { vehicles, type NewVehicle, type VehicleRow } from '../schema/index.js';

export async function findVehicleById(db: Database, id: string): Promise<VehicleRow | undefined> {
  const [row] = await db.select().from(vehicles).where(eq(vehicles.id, id));
  return row;
}

export function findVehiclesByIds(db: Database, ids: readonly string[]): Promise<VehicleRow[]> {
  return db.select().from(vehicles).where(inArray(vehicles.id, [...ids]));
}

/** A driver's current vehicles (not removed), oldest first. */
export function listVehiclesOfOwner(db: Database, ownerId: string): Promise<VehicleRow[]> {
  return db
    .select()
    .from(vehicles)
    .where(and(eq(vehicles.ownerId, ownerId), isNull(vehicles.removedAt)))
    .orderBy(asc(vehicles.createdAt), asc(vehicles.id));
}

/** Inserts a vehicle; throws 23505 when the owner already has that plate. */
export async function insertVehicle(db: Database, vehicle: NewVehicle): Promise<VehicleRow> {
  const [row] = await db.insert(vehicles).values(vehicle).returning();
  return row!;
}

/** Updates a vehicle the owner still has; undefined when there is none. */
export async function updateVehicle(
  db: Database,
  id: string,
  changes: Partial<Pick<VehicleRow, 'nickname' | 'heightCm'>> | { removedAt: ReturnType<typeof sql> },
): Promise<VehicleRow | undefined> {
  const [row] = await db
    .update(vehicles)
    .set(changes)
    .where(and(eq(vehicles.id, id), isNull(vehicles.removedAt)))
    .returning();
  return row;
}
