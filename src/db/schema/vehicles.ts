import { char, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
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
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.ownerId, t.plate)],
);

export type VehicleRow = typeof vehicles.$inferSelect;
export type NewVehicle = typeof vehicles.$inferInsert;
