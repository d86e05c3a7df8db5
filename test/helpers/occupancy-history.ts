import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';

/**
 * The occupancy history table as issue 23 fixes it (its migration, 0022, belongs to the history
 * work): created here when the test database does not have it yet, so forecast tests can write
 * the history they forecast from either way.
 */
export async function ensureOccupancyHistory(db: Database): Promise<void> {
  await db.execute(sql`CREATE TABLE IF NOT EXISTS occupancy_history (
    lot_id uuid NOT NULL REFERENCES lots(id) ON DELETE CASCADE,
    space_kind space_kind NOT NULL,
    bucket_start timestamptz NOT NULL,
    capacity integer NOT NULL,
    occupied_min integer NOT NULL,
    occupied_max integer NOT NULL,
    occupied_sum bigint NOT NULL,
    samples integer NOT NULL,
    bookings_started integer NOT NULL DEFAULT 0,
    sessions_started integer NOT NULL DEFAULT 0,
    PRIMARY KEY (lot_id, space_kind, bucket_start),
    CHECK (samples > 0 AND occupied_min <= occupied_max)
  )`);
}
