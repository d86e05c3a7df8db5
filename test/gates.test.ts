import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { bookings, parkingSessions, plateReads } from '../src/db/schema/index.js';
import {
  addMember,
  addSpaces,
  addTariff,
  createLot,
  createOperator,
  createUser,
  createVehicle,
  globalId,
  insertBookingRow,
} from './helpers/fixtures.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import type { GateDirection, GatesPlateReadsQuery, PlateReadInput } from './gql/generated/graphql.js';
import { request, subscribeTo } from './gql/request.js';

const MINUTE = 60_000;

const REGISTER_GATE = graphql(`
  mutation GatesRegister($input: RegisterGateInput!) {
    registerGate(input: $input) { gate { id name direction } deviceKey { id scopes } deviceKeySecret userErrors { code field } }
  }
`);
const READ = graphql(`
  mutation GatesRead($input: PlateReadInput!) {
    reportPlateRead(input: $input) {
      decision reason
      read { id plate repeated session { id kind exitedAt charge { amount currency } space { id } } booking { id status } }
      userErrors { code message field }
    }
  }
`);
const OCCUPANCY = graphql(`
  subscription GatesOccupancy($lotIds: [ID!]) {
    lotOccupancyChanged(lotIds: $lotIds) { version occupancy { total available occupied reserved } }
  }
`);
const ADD_RULE = graphql(`
  mutation GatesAddRule($input: AddPlateRuleInput!) { addPlateRule(input: $input) { plateRule { id plate kind } userErrors { code } } }
`);
const SET_POLICY = graphql(`
  mutation GatesSetPolicy($input: SetGatePolicyInput!) { setGatePolicy(input: $input) { lot { walkInsAllowed } userErrors { code } } }
`);
const PLATE_READS = graphql(`
  query GatesPlateReads($id: ID!, $filter: PlateReadFilter, $after: String) {
    node(id: $id) {
      ... on Operator {
        plateReads(filter: $filter, first: 2, after: $after) {
          edges { node { plate decision reason repeated gate { name } } } pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`);

describe('gates: plate reads, parking sessions and charges', () => {
  let server: TestServer;
  let managerToken: string;
  let operatorId: string;
  let lotId: string;
  let spaceIds: string[];
  let entry: { id: string; key: string };
  let exit: { id: string; key: string };
  const now = new Date();

  const read = (key: string, gateId: string, plate: string, readAt: Date, confidence = 0.95) =>
    request(server, READ, { input: { gateId, plate, confidence, readAt: readAt.toISOString() } }, { as: key });

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    operatorId = await createOperator(db, 'Gate Test Parking');
    lotId = await createLot(db, { operatorId, name: 'Barrier Lot', location: { lat: 53.48, lng: -2.24 } });
    spaceIds = await addSpaces(db, lotId, [{ label: 'A1' }, { label: 'A2' }]);
    // 300 per started hour, no cap, no grace: an hour's overstay costs exactly 300
    await addTariff(db, lotId, { hourlyRateAmount: 300, billingIncrementMinutes: 60, dailyCapAmount: null, graceMinutes: 0 });
    const manager = await createUser(db);
    await addMember(db, operatorId, manager.id, 'MANAGER');
    managerToken = await server.tokenFor(manager.email);

    const register = async (name: string, direction: GateDirection) => {
      const response = await request(server, REGISTER_GATE, { input: { lotId: globalId('Lot', lotId), name, direction } }, { as: managerToken });
      expect(response.errors).toBeUndefined();
      expect(response.data!.registerGate.userErrors).toEqual([]);
      expect(response.data!.registerGate.deviceKey!.scopes).toEqual(['GATES_WRITE']);
      return { id: response.data!.registerGate.gate!.id, key: response.data!.registerGate.deviceKeySecret! };
    };
    entry = await register('North entry', 'ENTRY');
    exit = await register('North exit', 'EXIT');
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('runs the automated visit: booked entry opens, the space turns occupied live, an overstay is charged at exit', async () => {
    const db = server.database.db;
    const driver = await createUser(db);
    const vehicleId = await createVehicle(db, driver.id, { plate: 'MA19XYZ' });
    const start = new Date(now.getTime() - 3 * 60 * MINUTE);
    const end = new Date(now.getTime() - 60 * MINUTE);
    const bookingId = await insertBookingRow(db, {
      driverId: driver.id,
      vehicleId,
      lotId,
      spaceId: spaceIds[0]!,
      start,
      end,
      priceAmount: 500,
    });
    const live = subscribeTo(server.wsClient(), OCCUPANCY, { lotIds: [globalId('Lot', lotId)] });
    const snapshot = await live.next(undefined, 5_000, 'snapshot');
    expect(snapshot.lotOccupancyChanged.occupancy.occupied).toBe(0);

    // entry 10 minutes before the window opens: within the default 15-minute early arrival
    const entered = await read(entry.key, entry.id, 'ma19 xyz', new Date(start.getTime() - 10 * MINUTE));
    expect(entered.errors).toBeUndefined();
    expect(entered.data!.reportPlateRead).toMatchObject({ decision: 'OPEN', reason: 'BOOKING', userErrors: [] });
    expect(entered.data!.reportPlateRead.read!.session).toMatchObject({ kind: 'BOOKING', exitedAt: null, charge: null });
    expect(entered.data!.reportPlateRead.read!.booking!.status).toBe('CHECKED_IN');
    const occupied = await live.next((message) => message.lotOccupancyChanged.occupancy.occupied === 1, 5_000, 'occupied');
    expect(occupied.lotOccupancyChanged.version).toBeGreaterThan(snapshot.lotOccupancyChanged.version);

    // leaves an hour after the booking ended (past the 10-minute grace): 500 booked + 300 overstay
    const left = await read(exit.key, exit.id, 'MA19-XYZ', now);
    expect(left.data!.reportPlateRead).toMatchObject({ decision: 'OPEN', reason: 'EXIT', userErrors: [] });
    expect(left.data!.reportPlateRead.read!.session!.charge).toEqual({ amount: 800, currency: 'GBP' });
    expect(left.data!.reportPlateRead.read!.booking!.status).toBe('COMPLETED');
    await live.next((message) => message.lotOccupancyChanged.occupancy.occupied === 0, 5_000, 'freed');
    live.dispose();

    const [booking] = await db.select().from(bookings).where(eq(bookings.id, bookingId));
    expect(booking!.status).toBe('COMPLETED');
    const sessions = await db.select().from(parkingSessions).where(eq(parkingSessions.bookingId, bookingId));
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.exitedAt).not.toBeNull();
  });

  it('charges nothing extra for an exit within the overstay grace', async () => {
    const db = server.database.db;
    const driver = await createUser(db);
    const vehicleId = await createVehicle(db, driver.id, { plate: 'GR4CE' });
    const end = new Date(now.getTime() - 5 * MINUTE);
    await insertBookingRow(db, { driverId: driver.id, vehicleId, lotId, spaceId: spaceIds[1]!, start: new Date(end.getTime() - 60 * MINUTE), end, priceAmount: 450 });
    expect((await read(entry.key, entry.id, 'GR4CE', new Date(end.getTime() - 50 * MINUTE))).data!.reportPlateRead.decision).toBe('OPEN');
    const left = await read(exit.key, exit.id, 'GR4CE', now);
    expect(left.data!.reportPlateRead.read!.session!.charge).toEqual({ amount: 450, currency: 'GBP' });
  });

  it('sends a low-confidence read to REVIEW and never opens on it, even for a booked plate', async () => {
    const db = server.database.db;
    const driver = await createUser(db);
    const vehicleId = await createVehicle(db, driver.id, { plate: 'LOW1' });
    await insertBookingRow(db, { driverId: driver.id, vehicleId, lotId, spaceId: spaceIds[1]!, start: new Date(now.getTime() - 10 * MINUTE), end: new Date(now.getTime() + 60 * MINUTE) });
    const response = await read(entry.key, entry.id, 'LOW1', now, 0.5);
    expect(response.data!.reportPlateRead).toMatchObject({ decision: 'REVIEW', reason: 'LOW_CONFIDENCE' });
    expect(response.data!.reportPlateRead.read!.session).toBeNull();
    const open = await db.select().from(parkingSessions).where(eq(parkingSessions.plate, 'LOW1'));
    expect(open).toHaveLength(0);
  });

  it('answers a repeated read at the same gate with the same decision and one session', async () => {
    const db = server.database.db;
    const driver = await createUser(db);
    const vehicleId = await createVehicle(db, driver.id, { plate: 'REP123' });
    await insertBookingRow(db, { driverId: driver.id, vehicleId, lotId, spaceId: spaceIds[0]!, start: new Date(now.getTime() - 5 * MINUTE), end: new Date(now.getTime() + 60 * MINUTE) });
    const first = await read(entry.key, entry.id, 'REP123', new Date(now.getTime() - 110_000));
    // a car waiting at the barrier: 50 s apart, the last 110 s after the first, still one event
    const second = await read(entry.key, entry.id, 'rep 123', new Date(now.getTime() - 60_000));
    const third = await read(entry.key, entry.id, 'REP123', new Date(now.getTime() - 10_000));
    expect(first.data!.reportPlateRead).toMatchObject({ decision: 'OPEN', reason: 'BOOKING' });
    for (const repeat of [second, third]) {
      expect(repeat.data!.reportPlateRead).toMatchObject({ decision: 'OPEN', reason: 'BOOKING' });
      expect(repeat.data!.reportPlateRead.read!.repeated).toBe(true);
      expect(repeat.data!.reportPlateRead.read!.session!.id).toBe(first.data!.reportPlateRead.read!.session!.id);
    }
    expect(await db.select().from(parkingSessions).where(eq(parkingSessions.plate, 'REP123'))).toHaveLength(1);
    // two reads of a new plate arriving at once: the lot lock makes exactly one of them the original
    const raced = await Promise.all([read(entry.key, entry.id, 'TWIN1', now), read(entry.key, entry.id, 'TWIN1', now)]);
    expect(raced.map((response) => response.data!.reportPlateRead.read!.repeated).sort()).toEqual([false, true]);
    // and it leaves, so the next tests have the spaces back
    expect((await read(exit.key, exit.id, 'REP123', now)).data!.reportPlateRead.reason).toBe('EXIT');
  });

  it('refuses a plate on the deny list even with a booking, and lets a permit holder in until it expires', async () => {
    const db = server.database.db;
    const driver = await createUser(db);
    const vehicleId = await createVehicle(db, driver.id, { plate: 'DENY9' });
    await insertBookingRow(db, { driverId: driver.id, vehicleId, lotId, spaceId: spaceIds[0]!, start: new Date(now.getTime() - 5 * MINUTE), end: new Date(now.getTime() + 30 * MINUTE) });
    const added = await request(
      server,
      ADD_RULE,
      { input: { lotId: globalId('Lot', lotId), kind: 'DENY', plate: 'deny-9', note: 'Unpaid charges' } },
      { as: managerToken },
    );
    expect(added.data!.addPlateRule.plateRule!.plate).toBe('DENY9');
    expect((await read(entry.key, entry.id, 'DENY9', now)).data!.reportPlateRead).toMatchObject({ decision: 'DENY', reason: 'DENY_LISTED' });
    // the refused driver's bay goes back to the pool (the other bay holds LOW1's booking)
    await db.update(bookings).set({ status: 'CANCELLED' }).where(eq(bookings.vehicleId, vehicleId));

    await request(server, ADD_RULE, { input: { lotId: globalId('Lot', lotId), kind: 'PERMIT', plate: 'PERM1', validUntil: new Date(now.getTime() - MINUTE).toISOString(), validFrom: new Date(now.getTime() - 60 * MINUTE).toISOString() } }, { as: managerToken });
    expect((await read(entry.key, entry.id, 'PERM1', now)).data!.reportPlateRead).toMatchObject({ decision: 'DENY', reason: 'NO_BOOKING' });
    await request(server, ADD_RULE, { input: { lotId: globalId('Lot', lotId), kind: 'PERMIT', plate: 'PERM2' } }, { as: managerToken });
    const permitted = await read(entry.key, entry.id, 'PERM2', now);
    expect(permitted.data!.reportPlateRead).toMatchObject({ decision: 'OPEN', reason: 'PERMIT' });
    const left = await read(exit.key, exit.id, 'PERM2', now);
    expect(left.data!.reportPlateRead.read!.session!.charge).toEqual({ amount: 0, currency: 'GBP' });
  });

  it('admits walk-ins only where the lot takes them and while a space is free, and charges the tariff', async () => {
    const lotGid = globalId('Lot', lotId);
    expect((await read(entry.key, entry.id, 'WALK1', now)).data!.reportPlateRead).toMatchObject({ decision: 'DENY', reason: 'NO_BOOKING' });
    const policy = await request(
      server,
      SET_POLICY,
      { input: { lotId: lotGid, walkInsAllowed: true } },
      { as: managerToken },
    );
    expect(policy.data!.setGatePolicy.lot!.walkInsAllowed).toBe(true);
    // two spaces, freed of earlier tests' bookings: two walk-ins fill the lot
    const db = server.database.db;
    await db.update(bookings).set({ status: 'CANCELLED' }).where(eq(bookings.lotId, lotId));
    const first = await read(entry.key, entry.id, 'WALK1', new Date(now.getTime() - 90 * MINUTE));
    const second = await read(entry.key, entry.id, 'WALK2', new Date(now.getTime() - 90 * MINUTE));
    expect(first.data!.reportPlateRead).toMatchObject({ decision: 'OPEN', reason: 'WALK_IN' });
    expect(second.data!.reportPlateRead).toMatchObject({ decision: 'OPEN', reason: 'WALK_IN' });
    expect(second.data!.reportPlateRead.read!.session!.space.id).not.toBe(first.data!.reportPlateRead.read!.session!.space.id);
    expect((await read(entry.key, entry.id, 'WALK3', now)).data!.reportPlateRead).toMatchObject({ decision: 'DENY', reason: 'LOT_FULL' });
    // 90 minutes at 300 per started hour
    const left = await read(exit.key, exit.id, 'WALK1', now);
    expect(left.data!.reportPlateRead.read!.session!.charge).toEqual({ amount: 600, currency: 'GBP' });
    // WALK3 read again within a minute would repeat its refusal: another car takes the freed space
    expect((await read(entry.key, entry.id, 'WALK4', now)).data!.reportPlateRead).toMatchObject({ decision: 'OPEN', reason: 'WALK_IN' });
  });

  it('seats exactly one of two cars arriving at two entries at once for the last free space', async () => {
    const second = await request(
      server,
      REGISTER_GATE,
      { input: { lotId: globalId('Lot', lotId), name: 'South entry', direction: 'ENTRY' } },
      { as: managerToken },
    );
    const south = { id: second.data!.registerGate.gate!.id, key: second.data!.registerGate.deviceKeySecret! };
    // the lot is full (WALK2 and WALK4 inside); WALK2 leaves, freeing one space
    expect((await read(exit.key, exit.id, 'WALK2', now)).data!.reportPlateRead.reason).toBe('EXIT');
    const [north, southRead] = await Promise.all([read(entry.key, entry.id, 'RACE1', now), read(south.key, south.id, 'RACE2', now)]);
    const decisions = [north, southRead].map((response) => response.data!.reportPlateRead.reason).sort();
    expect(decisions).toEqual(['LOT_FULL', 'WALK_IN']);
    const open = await server.database.db.select().from(parkingSessions).where(eq(parkingSessions.lotId, lotId));
    const admitted = north.data!.reportPlateRead.reason === 'WALK_IN' ? 'RACE1' : 'RACE2';
    expect(open.filter((session) => session.exitedAt === null).map((session) => session.plate).sort()).toEqual([admitted, 'WALK4'].sort());
  });

  it("refuses another gate's device key and keys without gates:write", async () => {
    const response = await read(exit.key, entry.id, 'KEY1', now);
    expect(response.data!.reportPlateRead.decision).toBeNull();
    expect(response.data!.reportPlateRead.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'gateId'] })]);
    const anonymous = await request(server, READ, { input: { gateId: entry.id, plate: 'KEY1', confidence: 1, readAt: now.toISOString() } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects bad reads with coded errors and records nothing', async () => {
    const cases: Array<[Omit<PlateReadInput, 'gateId'>, string]> = [
      [{ plate: '-', confidence: 0.9, readAt: now.toISOString() }, 'plate'],
      [{ plate: 'AB12', confidence: 1.5, readAt: now.toISOString() }, 'confidence'],
      [{ plate: 'AB12', confidence: 0.9, readAt: new Date(now.getTime() + 3_600_000).toISOString() }, 'readAt'],
      [{ plate: 'AB12', confidence: 0.9, readAt: now.toISOString(), imageUrl: 'javascript:alert(1)' }, 'imageUrl'],
    ];
    for (const [input, field] of cases) {
      const response = await request(server, READ, { input: { gateId: entry.id, ...input } }, { as: entry.key });
      expect(response.data!.reportPlateRead.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', field] })]);
    }
    expect(await server.database.db.select().from(plateReads).where(eq(plateReads.plate, 'AB12'))).toEqual([]);
    const badId = await request(server, READ, { input: { gateId: 'nope', plate: 'AB12', confidence: 1, readAt: now.toISOString() } }, { as: entry.key });
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets the operator page through the audit log with filters, and nobody else', async () => {
    // the Operator's plateReads (null when the viewer may not see them)
    const plateReads = (response: GraphQLResponse<GatesPlateReadsQuery>) => {
      const node = response.data!.node!;
      if (!('plateReads' in node)) throw new Error(`expected an Operator, got ${JSON.stringify(node)}`);
      return node.plateReads;
    };
    const id = globalId('Operator', operatorId);
    const denied = await request(server, PLATE_READS, { id, filter: { decisions: ['DENY'] } }, { as: managerToken });
    const first = plateReads(denied)!;
    expect(first.edges).toHaveLength(2);
    expect(first.edges.every((edge) => edge.node.decision === 'DENY')).toBe(true);
    const next = await request(server, PLATE_READS, { id, filter: { decisions: ['DENY'] }, after: first.pageInfo.endCursor }, { as: managerToken });
    expect(plateReads(next)!.edges.length).toBeGreaterThan(0);
    const byPlate = await request(server, PLATE_READS, { id, filter: { plate: 'rep-123' } }, { as: managerToken });
    expect(plateReads(byPlate)!.edges.map((edge) => edge.node.plate)).toEqual(['REP123', 'REP123']);
    const stranger = await request(server, PLATE_READS, { id }, { as: await server.tokenFor((await createUser(server.database.db)).email) });
    expect(plateReads(stranger)).toBeNull();
  });
});
