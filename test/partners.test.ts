import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { lots, spaces } from '../src/db/schema/index.js';
import { addMember, createApiKey, createOperator, createUser, globalId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import type { LotAvailabilityReportInput, PartnerLotInput } from './gql/generated/graphql.js';
import { request, subscribeTo } from './gql/request.js';

const UPSERT = graphql(`
  mutation PartnersUpsert($input: UpsertLotsInput!) {
    upsertLots(input: $input) {
      lots {
        externalRef result spacesCreated spacesUpdated
        lot { id name capacity bookable availabilitySource spaces(first: 10) { edges { node { label externalRef kind } } } }
      }
      userErrors { code message field }
    }
  }
`);
const SENSORS = graphql(`
  mutation PartnersSensors($input: ReportSpaceStatusInput!) { reportSpaceStatus(input: $input) { results applied userErrors { code field } } }
`);
const COUNTS = graphql(`
  mutation PartnersCounts($input: ReportLotAvailabilityInput!) { reportLotAvailability(input: $input) { results applied userErrors { code field } } }
`);
const LOT = graphql(`
  query PartnersLot($id: ID!) {
    lot(id: $id) {
      bookable availabilitySource capacity reportedAvailability { free total observedAt }
      occupancy { total available occupied reserved byKind { kind } }
      spaces(first: 10) { edges { node { label sensorStatus sensorObservedAt } } }
    }
  }
`);
const OCCUPANCY = graphql(`
  subscription PartnersOccupancy($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { occupancy { occupied } } }
`);
const SEARCH = graphql(`
  query PartnersSearch { lotsNear(near: { lat: 53.4815, lng: -2.2450 }, radiusMeters: 800, first: 100) { edges { node { id bookable availabilitySource } } } }
`);
const ADD_VEHICLE = graphql(`
  mutation PartnersAddVehicle { addVehicle(input: { plate: "PA12 TNR", country: "GB" }) { vehicle { id } } }
`);
const BOOK = graphql(`
  mutation PartnersBook($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } userErrors { code } } }
`);

const garage = (overrides: Partial<PartnerLotInput> = {}): PartnerLotInput => ({
  externalRef: 'NCP-0042',
  name: 'Arndale Garage',
  address: '1 Market St, Manchester',
  location: { lat: 53.4831, lng: -2.2421 },
  timeZone: 'Europe/London',
  lotType: 'MULTI_STOREY',
  currency: 'GBP',
  covered: true,
  spaces: [
    { externalRef: 'L1-01', label: '1-01' },
    { externalRef: 'L1-02', label: '1-02', kind: 'EV_CHARGING' },
  ],
  ...overrides,
});
const countsOnly: PartnerLotInput = {
  externalRef: 'NCP-0099',
  name: 'Deansgate Counts',
  address: '',
  location: { lat: 53.4794, lng: -2.2487 },
  timeZone: 'Europe/London',
  lotType: 'SURFACE',
  currency: 'GBP',
  capacity: 120,
};

describe('partner networks: upserts by reference, sensors and lot counts', () => {
  let server: TestServer;
  let operator: string;
  let key: string;
  let garageId: string;
  let countsId: string;
  const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

  beforeAll(async () => {
    server = await startTestServer();
    const operatorId = await createOperator(server.database.db, 'Partner Network');
    operator = globalId('Operator', operatorId);
    key = (await createApiKey(server.database.db, operatorId, { scopes: ['lots:write', 'availability:write'] })).key;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('creates lots and spaces by the partner reference, then reports the same input UNCHANGED and writes nothing', async () => {
    const first = await request(server, UPSERT, { input: { operatorId: operator, lots: [garage(), countsOnly] } }, { as: key });
    expect(first.errors).toBeUndefined();
    expect(first.data!.upsertLots.userErrors).toEqual([]);
    const [created, counted] = first.data!.upsertLots.lots;
    expect(created).toMatchObject({ externalRef: 'NCP-0042', result: 'CREATED', spacesCreated: 2, lot: { bookable: true, availabilitySource: 'SPACES' } });
    expect(counted).toMatchObject({ result: 'CREATED', spacesCreated: 0, lot: { capacity: 120, bookable: false, availabilitySource: 'NONE' } });
    garageId = created!.lot.id;
    countsId = counted!.lot.id;

    const before = await server.database.db.select({ updatedAt: lots.updatedAt, version: lots.occupancyVersion }).from(lots).where(eq(lots.externalRef, 'NCP-0042'));
    const again = await request(server, UPSERT, { input: { operatorId: operator, lots: [garage(), countsOnly] } }, { as: key });
    expect(again.data!.upsertLots.lots.map((lot) => [lot.result, lot.lot.id])).toEqual([
      ['UNCHANGED', garageId],
      ['UNCHANGED', countsId],
    ]);
    const after = await server.database.db.select({ updatedAt: lots.updatedAt, version: lots.occupancyVersion }).from(lots).where(eq(lots.externalRef, 'NCP-0042'));
    expect(after).toEqual(before);
    expect(await server.database.db.select().from(spaces).where(eq(spaces.lotId, (await idOf('NCP-0042'))))).toHaveLength(2);
  });

  it('updates what changed (a new name, a relabelled space, a new space) and keeps spaces it was not sent', async () => {
    const changed = garage({
      name: 'Arndale Garage (Level 1)',
      spaces: [
        { externalRef: 'L1-01', label: '1-01A' },
        { externalRef: 'L1-03', label: '1-03' },
      ],
    });
    const response = await request(server, UPSERT, { input: { operatorId: operator, lots: [changed] } }, { as: key });
    expect(response.data!.upsertLots.lots[0]).toMatchObject({ result: 'UPDATED', spacesCreated: 1, spacesUpdated: 1, lot: { name: 'Arndale Garage (Level 1)' } });
    const labels = (await server.database.db.select().from(spaces).where(eq(spaces.lotId, await idOf('NCP-0042')))).map((space) => space.label).sort();
    expect(labels).toEqual(['1-01A', '1-02', '1-03']);
  });

  it('rejects a bad batch whole, naming every field at fault, and writes nothing', async () => {
    const response = await request(
      server,
      UPSERT,
      {
        input: {
          operatorId: operator,
          lots: [
            garage({ externalRef: 'NEW-1', timeZone: 'Mars/Olympus' }),
            garage({ externalRef: 'NEW-1', location: { lat: 91, lng: 0 } }),
            garage({ externalRef: 'NEW-2', spaces: [{ externalRef: 'a', label: 'X' }, { externalRef: 'b', label: 'X' }] }),
          ],
        },
      },
      { as: key },
    );
    expect(response.data!.upsertLots.lots).toEqual([]);
    expect(response.data!.upsertLots.userErrors.map((error) => error.field!.join('.'))).toEqual([
      'input.lots.0.timeZone',
      'input.lots.1.externalRef',
      'input.lots.1.location',
      'input.lots.2.spaces.1.label',
    ]);
    expect(await server.database.db.select().from(lots).where(eq(lots.externalRef, 'NEW-1'))).toEqual([]);
  });

  it("refuses another operator's lots and keys without lots:write", async () => {
    const other = await createOperator(server.database.db, 'Someone Else');
    const denied = await request(server, UPSERT, { input: { operatorId: globalId('Operator', other), lots: [garage()] } }, { as: key });
    expect(denied.data!.upsertLots.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'operatorId'] })]);
    const readOnly = (await createApiKey(server.database.db, (await idOf('NCP-0042', 'operator')), { scopes: ['bookings:read'] })).key;
    const noScope = await request(server, UPSERT, { input: { operatorId: operator, lots: [garage()] } }, { as: readOnly });
    expect(noScope.data!.upsertLots.userErrors[0]!.code).toBe('FORBIDDEN');
  });

  it('applies sensor reports by space id or by reference, ignores stale and out-of-order ones, and moves occupancy live', async () => {
    const lotView = async () => (await request(server, LOT, { id: garageId })).data!.lot!;
    const live = subscribeTo(server.wsClient(), OCCUPANCY, { ids: [garageId] });
    await live.next(undefined, 5_000, 'snapshot');
    const [space] = await server.database.db.select().from(spaces).where(eq(spaces.externalRef, 'L1-02'));
    const response = await request(
      server,
      SENSORS,
      {
        input: {
          operatorId: operator,
          reports: [
            { lotExternalRef: 'NCP-0042', spaceExternalRef: 'L1-01', status: 'OCCUPIED', observedAt: iso(-60_000) },
            { spaceId: globalId('Space', space!.id), status: 'OCCUPIED', observedAt: iso(-30_000) },
            // the same sensor's older message arriving late in the same batch
            { spaceId: globalId('Space', space!.id), status: 'FREE', observedAt: iso(-90_000) },
            { lotExternalRef: 'NCP-0042', spaceExternalRef: 'NOPE', status: 'FREE', observedAt: iso(0) },
          ],
        },
      },
      { as: key },
    );
    expect(response.data!.reportSpaceStatus).toEqual({ results: ['APPLIED', 'APPLIED', 'STALE', 'UNKNOWN_SPACE'], applied: 2, userErrors: [] });
    await live.next((message) => message.lotOccupancyChanged.occupancy.occupied === 2, 5_000, 'two occupied');
    expect((await lotView()).occupancy).toMatchObject({ total: 3, occupied: 2, available: 1 });

    // a retry of an old report in a later call is stale too
    const retry = await request(
      server,
      SENSORS,
      { input: { operatorId: operator, reports: [{ lotExternalRef: 'NCP-0042', spaceExternalRef: 'L1-01', status: 'FREE', observedAt: iso(-120_000) }] } },
      { as: key },
    );
    expect(retry.data!.reportSpaceStatus.results).toEqual(['STALE']);
    expect((await lotView()).occupancy.occupied).toBe(2);
    live.dispose();

    const future = await request(
      server,
      SENSORS,
      { input: { operatorId: operator, reports: [{ spaceId: globalId('Space', space!.id), status: 'FREE', observedAt: iso(3_600_000) }] } },
      { as: key },
    );
    expect(future.data!.reportSpaceStatus.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT' })]);
  });

  it('shows reported counts for a lot without space data, refuses counts for a lot with spaces, and ignores stale counts', async () => {
    const report = (reports: LotAvailabilityReportInput[]) => request(server, COUNTS, { input: { operatorId: operator, reports } }, { as: key });
    const response = await report([
      { externalRef: 'NCP-0099', free: 37, observedAt: iso(-10_000) },
      { lotId: garageId, free: 5, observedAt: iso(-10_000) },
      { externalRef: 'NOPE', free: 1, observedAt: iso(0) },
    ]);
    expect(response.data!.reportLotAvailability).toEqual({ results: ['APPLIED', 'HAS_SPACE_DATA', 'UNKNOWN_LOT'], applied: 1, userErrors: [] });
    const view = (await request(server, LOT, { id: countsId })).data!.lot!;
    expect(view).toMatchObject({ availabilitySource: 'REPORTED_COUNTS', bookable: false, reportedAvailability: { free: 37, total: 120 } });
    expect(view.occupancy).toMatchObject({ total: 120, available: 37, occupied: 83, reserved: 0 });
    expect((await report([{ externalRef: 'NCP-0099', free: 90, observedAt: iso(-20_000) }])).data!.reportLotAvailability.results).toEqual(['STALE']);
    expect((await report([{ externalRef: 'NCP-0099', free: 130, total: 120, observedAt: iso(0) }])).data!.reportLotAvailability.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'reports', '0'] }),
    ]);
    // an upsert of the same lot keeps it on reported counts
    const upserted = await request(server, UPSERT, { input: { operatorId: operator, lots: [countsOnly] } }, { as: key });
    expect(upserted.data!.upsertLots.lots[0]!.lot.availabilitySource).toBe('REPORTED_COUNTS');
  });

  it('finds both kinds of lot in search and says which can be booked here; a count-only lot cannot be booked', async () => {
    const search = await request(server, SEARCH, {});
    const found = new Map(search.data!.lotsNear.edges.map((edge) => [edge.node.id, edge.node]));
    expect(found.get(garageId)).toMatchObject({ bookable: true, availabilitySource: 'SPACES' });
    expect(found.get(countsId)).toMatchObject({ bookable: false, availabilitySource: 'REPORTED_COUNTS' });

    const driver = await createUser(server.database.db);
    const token = await server.tokenFor(driver.email);
    const vehicle = await request(server, ADD_VEHICLE, {}, { as: token });
    const start = new Date(Date.now() + 86_400_000);
    const booking = await request(
      server,
      BOOK,
      {
        input: {
          lotId: countsId,
          vehicleId: vehicle.data!.addVehicle.vehicle!.id,
          window: { start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString() },
        },
      },
      { as: token },
    );
    expect(booking.data!.createBooking).toEqual({ booking: null, userErrors: [expect.objectContaining({ code: 'NOT_AVAILABLE' })] });
  });

  async function idOf(externalRef: string, what: 'lot' | 'operator' = 'lot'): Promise<string> {
    const [row] = await server.database.db.select().from(lots).where(eq(lots.externalRef, externalRef));
    return what === 'lot' ? row!.id : row!.operatorId;
  }
});
