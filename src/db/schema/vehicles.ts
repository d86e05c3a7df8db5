import { sql } from 'drizzle-orm';
import { char, check, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/** A driver's car, van or motorcycle, known by its number plate. */
export const vehicles = pgTable(
  'vehicles',
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Normalised: upper case, letters and digits only (see domain/plates). */
    plate: text().notNull(),
    /** ISO 3166-1 alpha-2 country of registration. */
    country: char({ length: 2 }).notNull(),
    nickname: text(),
    /** Height in centimetres, checked against a lot's clearance when booking; null when unknown. */
    heightCm: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Removed by the driver; kept because past bookings refer to it. */
    removedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // a plate once per driver among the vehicles they still have
    uniqueIndex('vehicles_owner_plate_unique').on(t.ownerId, t.plate).where(sql`${t.removedAt} IS NULL`),
    check('vehicles_height_positive', sql`${t.heightCm} IS NULL OR ${t.heightCm} > 0`),
  ],
);

export type VehicleRow = typeof vehicles.$inferSelect;
export type NewVehicle = typeof vehicles.$inferInsert;
