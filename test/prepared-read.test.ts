import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/client.js';
import { findLotsByIds, listLots } from '../src/db/queries/lots.js';
import { findSpacesByIds, listSpacesOfLots } from '../src/db/queries/spaces.js';
import { lots, spaces } from '../src/db/schema/index.js';
import { openTestDatabase, releaseTestDatabase, withRollback } from './helpers/database.js';
import { createOperator } from './helpers/fixtures.js';

// The hot reads decode rows themselves (src/db/prepared-read.ts), as plain rows or as one JSON
// value: each must give exactly what Drizzle's own select gives, for every column type the
// tables use (PostGIS point and polygon, text[], jsonb, bigint, char, enums, timestamps with
// microseconds, nulls).

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle && releaseTestDatabase(handle));

const EVERY_LOT_COLUMN = {
  name: '  Aaaa first lot in the list',
  address: '1 Column Street',
  location: { lat: 51.501234, lng: -0.141234 },
  footprint: [
    [
      [-0.1415, 51.5011],
      [-0.1409, 51.5011],
      [-0.1409, 51.5014],
      [-0.1415, 51.5011],
    ],
  ] as [number, number][][],
  timeZone: 'Europe/London',
  lotType: 'MULTI_STOREY' as const,
  amenities: ['CCTV', 'EV_CHARGING'],
  maxVehicleHeightCm: 210,
  covered: true,
  currency: 'EUR',
  externalRef: 'osm:way/42',
  availabilitySource: 'SPACES' as const,
  capacity: 120,
  capacityAccessible: 4,
  capacityCharging: 8,
  fee: true,
  reportedFree: 10,
  reportedTotal: 120,
  reportedAt: new Date('2026-03-01T10:00:00.123Z'),
  sourceTags: { 'parking:levels': '3', operator: 'Example "quoted" \u00e9' },
  walkInsAllowed: true,
};

describe('rows read by prepared statements', () => {
  it('a lot read by id and through the lot list equals the row Drizzle reads', async () => {
    await withRollback(handle.db, async (tx) => {
      const operatorId = await createOperator(tx, 'Prepared Read Operator');
      const [inserted] = await tx
        .insert(lots)
        .values({ ...EVERY_LOT_COLUMN, operatorId })
        .returning({ id: lots.id });
      // microseconds that a JavaScript Date cannot hold: both paths must round them the same way
      await tx.execute(sql`update ${lots} set ${sql.identifier('updated_at')} = '2026-03-01 10:00:00.123456+00', occupancy_version = 9007199254740 where id = ${inserted!.id}`);
      const [expected] = await tx.select().from(lots).where(eq(lots.id, inserted!.id));

      const [byId] = await findLotsByIds(tx, [inserted!.id]);
      const listed = (await listLots(tx, 1))[0];

      expect(expected!.footprint).toHaveLength(1);
      expect(expected!.sourceTags).toEqual(EVERY_LOT_COLUMN.sourceTags);
      expect(byId).toEqual(expected);
      expect(listed).toEqual(expected);
    });
  });

  it('a space read by id and through a page of its lot equals the row Drizzle reads', async () => {
    await withRollback(handle.db, async (tx) => {
      const operatorId = await createOperator(tx, 'Prepared Read Operator');
      const [lot] = await tx
        .insert(lots)
        .values({ ...EVERY_LOT_COLUMN, operatorId })
        .returning({ id: lots.id });
      const [space, bare] = await tx
        .insert(spaces)
        .values([
          {
            lotId: lot!.id,
            label: 'A-001',
            kind: 'EV_CHARGING',
            level: '-1',
            operatorStatus: 'OUT_OF_SERVICE',
            externalRef: 'bay-1',
            sensorStatus: 'OCCUPIED',
            sensorObservedAt: new Date('2026-03-01T09:59:59.999Z'),
          },
          { lotId: lot!.id, label: 'A-002' },
        ])
        .returning({ id: spaces.id });
      const expected = await tx.select().from(spaces).where(eq(spaces.lotId, lot!.id)).orderBy(spaces.label);

      expect(await findSpacesByIds(tx, [space!.id, bare!.id]).then((rows) => rows.sort((a, b) => a.label.localeCompare(b.label)))).toEqual(expected);
      expect(await listSpacesOfLots(tx, [lot!.id], 10)).toEqual(expected);
      expect(await listSpacesOfLots(tx, [lot!.id], 10, { label: 'A-001', id: space!.id })).toEqual(expected.slice(1));
    });
  });

  it('pages of several lots come lot by lot, in the order asked, each cut at the limit', async () => {
    await withRollback(handle.db, async (tx) => {
      const operatorId = await createOperator(tx, 'Prepared Read Operator');
      const lotIds: string[] = [];
      for (const name of ['Second', 'First']) {
        const [lot] = await tx
          .insert(lots)
          .values({ ...EVERY_LOT_COLUMN, name, operatorId, externalRef: null })
          .returning({ id: lots.id });
        lotIds.push(lot!.id);
        await tx.insert(spaces).values(['C', 'A', 'B'].map((label) => ({ lotId: lot!.id, label: `${name}-${label}` })));
      }
      const page = await listSpacesOfLots(tx, lotIds, 2);
      expect(page.map((space) => space.label)).toEqual(['Second-A', 'Second-B', 'First-A', 'First-B']);
      expect(await listSpacesOfLots(tx, [], 2)).toEqual([]);
    });
  });
});
