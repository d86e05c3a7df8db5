-- What drizzle-kit cannot express for bookings.

-- No double-booking, ever: two live bookings of one space may not overlap. Periods are
-- half-open [start, end), so back-to-back bookings do not collide. Application checks only
-- produce good error messages; this constraint is the truth (SQLSTATE 23P01 on conflict).
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_double_booking"
  EXCLUDE USING gist ("space_id" WITH =, "period" WITH &&)
  WHERE ("status" IN ('CONFIRMED', 'CHECKED_IN'));
--> statement-breakpoint

-- Availability is counted per lot, not probed per space: search asks "how many distinct spaces
-- of this lot have a live booking overlapping the window", which this index answers directly.
CREATE INDEX "bookings_live_lot_period_gist" ON "bookings" USING gist ("lot_id", "period")
  WHERE ("status" IN ('CONFIRMED', 'CHECKED_IN'));
--> statement-breakpoint

-- A booking's lot must be its space's lot (lot_id is denormalised for the index above).
CREATE UNIQUE INDEX "spaces_id_lot_id_unique" ON "spaces" ("id", "lot_id");
--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_space_in_lot"
  FOREIGN KEY ("space_id", "lot_id") REFERENCES "spaces" ("id", "lot_id");
