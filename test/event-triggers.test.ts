import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../src/db/client.js';
import { selectRows } from '../src/db/rows.js';
import { openTestDatabase, releaseTestDatabase } from './helpers/database.js';
import { addSpaces, createDriver, createLot, createOperator, insertBookingRow, many } from './helpers/fixtures.js';

// Every booking, session and space write runs the event triggers (drizzle/0006, 0015, 0017, 0024),
// so what they read is paid on every write. They must find the lots of a change by primary key:
// a plan that scans the lots table costs each write time in proportion to the number of lots
// (docs/performance.md, "Real time under a write load"). The test counts the rows of lots that
// one write's own transaction read by sequential scans (pg_stat_xact_user_tables), on a table big
// enough that the planner would not scan it for a handful of rows if it could use the key. (A few
// dozen are read by scans that stop early; a plan that scans the table reads every lot, twice.)

const MORE_LOTS = 5_000;

describe('the event triggers on a write', () => {
  let database: DatabaseHandle;
  let lotId: string;
  let spaceId: string;
  let driver: { driverId: string; vehicleId: string };

  beforeAll(async () => {
    database = await openTestDatabase();
    const db = database.db;
    const operatorId = await createOperator(db, 'Trigger Plans Parking');
    lotId = await createLot(db, { operatorId, name: 'Trigger Plans Lot', location: { lat: 51.5, lng: -0.12 } });
    spaceId = (await addSpaces(db, lotId, many(1)))[0]!;
    driver = await createDriver(db);
    await db.execute(sql`
      INSERT INTO lots (operator_id, name, address, location, time_zone, lot_type, currency)
      SELECT operator_id, name || ' ' || n, address, location, time_zone, lot_type, currency
      FROM lots, generate_series(1, ${MORE_LOTS}) AS n WHERE id = ${lotId}`);
    await db.execute(sql`ANALYZE lots`);
  });
  afterAll(async () => {
    if (database) await releaseTestDatabase(database);
  });

  /** Rows of lots read by sequential scans during `write`, and the events it appended (now() is the transaction's start), counted inside its transaction (rolled back). */
  async function lotScansOf(write: (tx: Database) => Promise<unknown>): Promise<{ rowsScanned: number; indexScans: number; events: number }> {
    let counted: { rowsScanned: number; indexScans: number; events: number } | undefined;
    await database.db
      .transaction(async (tx) => {
        await write(tx);
        const [row] = await selectRows<{ seq_tup_read: string; idx_scan: string }>(
          tx,
          sql`SELECT seq_tup_read, idx_scan FROM pg_stat_xact_user_tables WHERE relname = 'lots'`,
        );
        const [events] = await selectRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM parking_events WHERE lot_id = ${lotId} AND created_at = now()`);
        counted = { rowsScanned: Number(row!.seq_tup_read), indexScans: Number(row!.idx_scan), events: events!.n };
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (counted === undefined) throw error;
      });
    return counted!;
  }

  it('finds the lots of a new booking by key: not a scan of the lots table', async () => {
    const start = new Date(Date.now() + 30 * 86_400_000);
    const scans = await lotScansOf((tx) => insertBookingRow(tx, { ...driver, lotId, spaceId, start, end: new Date(start.getTime() + 3_600_000) }));
    expect(scans.events).toBe(1); // one event: the occupancy change with the booking's details
    expect(scans.indexScans).toBeGreaterThan(0);
    expect(scans.rowsScanned).toBeLessThan(MORE_LOTS / 10);
  });

  it('finds the lots of a booking whose status changes by key: not a scan of the lots table', async () => {
    const start = new Date(Date.now() + 31 * 86_400_000);
    const bookingId = await insertBookingRow(database.db, { ...driver, lotId, spaceId, start, end: new Date(start.getTime() + 3_600_000) });
    const scans = await lotScansOf((tx) => tx.execute(sql`UPDATE bookings SET status = 'CANCELLED' WHERE id = ${bookingId}`));
    expect(scans.events).toBe(1); // the occupancy change with the status details
    expect(scans.rowsScanned).toBeLessThan(MORE_LOTS / 10);
  });
});
