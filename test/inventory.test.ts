import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createUser, createVehicle, nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import type { TimeWindowInput, TypedDocumentString } from './gql/generated/graphql.js';
import { payloadOf, request } from './gql/request.js';

// The owner flow: a private land owner lists a yard with a schedule and a tariff in a few
// mutations, drivers find and book it, and the owner sees the bookings (plates and times).

let server: TestServer;
const as: Record<string, string> = {};
const ids = { vehicle: '', ownerUser: '', operator: '', lot: '', space: '', key: '' };

// a quiet corner far from the demo city, so seeded lots never interfere
const YARD = { lat: 52.2053, lng: 0.1218 };
const TUESDAY = { start: '2031-01-14T09:00:00Z', end: '2031-01-14T12:00:00Z' };
const SATURDAY = { start: '2031-01-18T09:00:00Z', end: '2031-01-18T12:00:00Z' };

const CREATE_OPERATOR = graphql(`
  mutation InventoryCreateOperator($input: CreateOperatorInput!) { createOperator(input: $input) { operator { id name kind } userErrors { code message field } } }
`);
const CREATE_LOT = graphql(`
  mutation InventoryCreateLot($input: CreateLotInput!) { createLot(input: $input) { lot { id } userErrors { code message field } } }
`);
const UPDATE_LOT = graphql(`
  mutation InventoryUpdateLot($input: UpdateLotInput!) { updateLot(input: $input) { lot { name } userErrors { code message field } } }
`);
const ARCHIVE_LOT = graphql(`
  mutation InventoryArchiveLot($input: ArchiveLotInput!) { archiveLot(input: $input) { lot { archivedAt } userErrors { code message field } } }
`);
const ADD_SPACES = graphql(`
  mutation InventoryAddSpaces($input: AddSpacesInput!) { addSpaces(input: $input) { spaces { id label kind } userErrors { code message field } } }
`);
const UPDATE_SPACE = graphql(`
  mutation InventoryUpdateSpace($input: UpdateSpaceInput!) { updateSpace(input: $input) { space { operatorStatus } userErrors { code message field } } }
`);
const SET_WEEKLY_HOURS = graphql(`
  mutation InventorySetWeeklyHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { lot { id } userErrors { code message field } } }
`);
const SET_TARIFF = graphql(`
  mutation InventorySetTariff($input: SetTariffInput!) { setTariff(input: $input) { lot { id } userErrors { code message field } } }
`);
const ADD_BLACKOUT = graphql(`
  mutation InventoryAddBlackout($input: AddBlackoutInput!) { addBlackout(input: $input) { lot { id } userErrors { code message field } } }
`);
const SET_CANCELLATION_POLICY = graphql(`
  mutation InventorySetCancellationPolicy($input: SetCancellationPolicyInput!) {
    setCancellationPolicy(input: $input) {
      lot { cancellationPolicy { freeCancellationMinutes cancellationFee { amount currency } arrivalGraceMinutes } }
      userErrors { code message field }
    }
  }
`);
const CREATE_BOOKING = graphql(`
  mutation InventoryCreateBooking($input: CreateBookingInput!) { createBooking(input: $input) { booking { id price { amount } } userErrors { code message field } } }
`);
graphql(`
  fragment InventoryKeyFields on ApiKey { id name prefix scopes revokedAt }
`);
const CREATE_API_KEY = graphql(`
  mutation InventoryCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { ...InventoryKeyFields } secret userErrors { code message field } } }
`);
const ROTATE_API_KEY = graphql(`
  mutation InventoryRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { ...InventoryKeyFields } secret userErrors { code message field } } }
`);
const REVOKE_API_KEY = graphql(`
  mutation InventoryRevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } userErrors { code message field } } }
`);
const ANONYMOUS_CREATE_OPERATOR = graphql(`
  mutation InventoryAnonymousCreateOperator { createOperator(input: { name: "x", kind: PRIVATE }) { userErrors { code } } }
`);
const SEARCH = graphql(`
  query InventorySearch($near: LatLngInput!, $window: TimeWindowInput) { lotsNear(near: $near, radiusMeters: 500, window: $window) { edges { node { id } } } }
`);
const MEMBERSHIPS = graphql(`
  query InventoryMemberships { viewer { memberships { role operator { id } } } }
`);
const LOT_SETUP = graphql(`
  query InventoryLotSetup($id: ID!, $w: TimeWindowInput!) {
    lot(id: $id) {
      bookableHours { dayOfWeek opensAt closesAt }
      tariffs { name spaceKind hourlyRate { amount currency } billingIncrementMinutes dailyCap { amount } graceMinutes flatRates { name } }
      blackouts { window { start end } reason }
      quote(window: $w) { total { amount } }
    }
  }
`);
const OPERATOR_BOOKINGS = graphql(`
  query InventoryOperatorBookings($id: ID!) {
    node(id: $id) {
      ... on Operator { bookings(first: 10) { edges { node { status window { start end } vehicle { plate } driver { displayName } } } } }
    }
  }
`);
const SPACE_CURSORS = graphql(`
  query InventorySpaceCursors($id: ID!) { lot(id: $id) { spaces(first: 10) { edges { cursor } } } }
`);
const AVAILABILITY_TOTAL = graphql(`
  query InventoryAvailabilityTotal($id: ID!, $w: TimeWindowInput!) { lot(id: $id) { availability(window: $w) { total } } }
`);
const VIEWER_BOOKINGS = graphql(`
  query InventoryViewerBookings { viewer { bookings { edges { cursor } } } }
`);
const KEY_VIEW = graphql(`
  query InventoryKeyView($id: ID!) { node(id: $id) { ... on Operator { bookings { edges { cursor } } apiKeys { prefix lastUsedAt } } } }
`);
const OWNER_KEYS = graphql(`
  query InventoryOwnerKeys($id: ID!) { node(id: $id) { ... on Operator { apiKeys { prefix lastUsedAt } } } }
`);
const VIEWER_USER = graphql(`
  query InventoryViewerUser { viewer { user { id } } }
`);

/** The payload of a mutation taking one `input`, sent as `who` (failing the test on GraphQL errors). */
async function mutate<Result extends object, Input>(document: TypedDocumentString<Result, { input: Input }>, input: Input, who: string): Promise<Result[keyof Result]> {
  return payloadOf(await request(server, document, { input }, { as: as[who] }));
}

/** An Operator node's fields (a node of another type fails the test). */
function operatorNode<Node extends object>(node: Node | null | undefined): Node {
  if (!node || Object.keys(node).length === 0) throw new Error(`expected an Operator, got ${JSON.stringify(node)}`);
  return node;
}

async function search(window: TimeWindowInput): Promise<string[]> {
  const { data } = await request(server, SEARCH, { near: YARD, window });
  return data!.lotsNear.edges.map((edge) => edge.node.id);
}

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.database;
  const owner = await createUser(db, { displayName: 'Olive Owner' });
  const stranger = await createUser(db);
  const driver = await createUser(db, { displayName: 'Drew Driver' });
  ids.vehicle = nodeId('Vehicle', await createVehicle(db, driver.id, { plate: 'YARD123' }));
  for (const [who, user] of Object.entries({ owner, stranger, driver })) as[who] = await server.tokenFor(user.email);
  as.admin = await server.tokenFor('admin@parkway.dev');
  ids.ownerUser = owner.id;
});
afterAll(() => server?.stop());

describe('a private owner lists a yard', () => {
  it('creates a PRIVATE operator and becomes its OWNER', async () => {
    const payload = await mutate(CREATE_OPERATOR, { name: "Olive's Yards", kind: 'PRIVATE' }, 'owner');
    expect(payload.userErrors).toEqual([]);
    const operator = payload.operator!;
    expect(operator.kind).toBe('PRIVATE');
    ids.operator = operator.id;
    const { data } = await request(server, MEMBERSHIPS, {}, { as: as.owner });
    expect(data!.viewer!.memberships).toEqual([{ role: 'OWNER', operator: { id: ids.operator } }]);
  });

  it('only admins create NETWORK operators', async () => {
    const refused = await mutate(CREATE_OPERATOR, { name: 'Big Parking Ltd', kind: 'NETWORK' }, 'owner');
    expect(refused.userErrors).toMatchObject([{ code: 'FORBIDDEN', field: ['input', 'kind'] }]);
    const allowed = await mutate(CREATE_OPERATOR, { name: 'Big Parking Ltd', kind: 'NETWORK' }, 'admin');
    expect(allowed).toMatchObject({ operator: { kind: 'NETWORK' }, userErrors: [] });
  });

  it('lists the yard, its spaces, its bookable hours, a tariff and a Christmas closure', async () => {
    const created = await mutate(
      CREATE_LOT,
      {
        operatorId: ids.operator,
        name: 'Mill Road Yard',
        address: '12 Mill Road, Cambridge',
        location: YARD,
        timeZone: 'Europe/London',
        lotType: 'PRIVATE_YARD',
        currency: 'GBP',
        access: 'PRIVATE',
      },
      'owner',
    );
    expect(created.userErrors).toEqual([]);
    ids.lot = created.lot!.id;

    const spaces = await mutate(
      ADD_SPACES,
      { lotId: ids.lot, spaces: [{ label: 'Y-1' }, { label: 'Y-2', kind: 'VAN' }] },
      'owner',
    );
    expect(spaces).toMatchObject({ spaces: [{ label: 'Y-1', kind: 'STANDARD' }, { label: 'Y-2', kind: 'VAN' }], userErrors: [] });
    ids.space = spaces.spaces[0]!.id;

    const weekdays = [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, opensAt: '08:00', closesAt: '18:00' }));
    expect((await mutate(SET_WEEKLY_HOURS, { lotId: ids.lot, purpose: 'BOOKABLE_HOURS', windows: weekdays }, 'owner')).userErrors).toEqual([]);
    expect(
      (await mutate(SET_TARIFF, { lotId: ids.lot, name: 'Standard', hourlyRate: 200, billingIncrementMinutes: 30, dailyCap: 1200 }, 'owner'))
        .userErrors,
    ).toEqual([]);
    expect(
      (
        await mutate(
          ADD_BLACKOUT,
          { lotId: ids.lot, window: { start: '2030-12-24T00:00:00Z', end: '2030-12-25T00:00:00Z' }, reason: 'Christmas Eve' },
          'owner',
        )
      ).userErrors,
    ).toEqual([]);

    const { data } = await request(server, LOT_SETUP, { id: ids.lot, w: TUESDAY });
    expect(data!.lot).toEqual({
      bookableHours: weekdays,
      tariffs: [
        {
          name: 'Standard',
          spaceKind: null,
          hourlyRate: { amount: 200, currency: 'GBP' },
          billingIncrementMinutes: 30,
          dailyCap: { amount: 1200 },
          graceMinutes: 0,
          flatRates: [],
        },
      ],
      blackouts: [{ window: { start: '2030-12-24T00:00:00.000Z', end: '2030-12-25T00:00:00.000Z' }, reason: 'Christmas Eve' }],
      quote: { total: { amount: 600 } },
    });
  });

  it('shows in search for a weekday window but not on a Saturday', async () => {
    expect(await search(TUESDAY)).toEqual([ids.lot]);
    expect(await search(SATURDAY)).toEqual([]);
  });

  it('is booked by a driver, and the owner sees the booking with the plate but not the driver', async () => {
    const booked = await mutate(
      CREATE_BOOKING,
      { lotId: ids.lot, vehicleId: ids.vehicle, window: TUESDAY },
      'driver',
    );
    expect(booked).toMatchObject({ booking: { price: { amount: 600 } }, userErrors: [] });
    const saturday = await mutate(CREATE_BOOKING, { lotId: ids.lot, vehicleId: ids.vehicle, window: SATURDAY }, 'driver');
    expect(saturday.userErrors).toMatchObject([{ code: 'OUTSIDE_BOOKABLE_HOURS' }]);

    const { data } = await request(server, OPERATOR_BOOKINGS, { id: ids.operator }, { as: as.owner });
    expect(operatorNode(data!.node).bookings!.edges.map((edge) => edge.node)).toEqual([
      { status: 'CONFIRMED', window: { start: '2031-01-14T09:00:00.000Z', end: '2031-01-14T12:00:00.000Z' }, vehicle: { plate: 'YARD123' }, driver: null },
    ]);
    const forStranger = await request(server, OPERATOR_BOOKINGS, { id: ids.operator }, { as: as.stranger });
    expect(operatorNode(forStranger.data!.node).bookings).toBeNull();
  });
});

describe('managing inventory', () => {
  it('refuses strangers and staff, allows managers and admins', async () => {
    const { db } = server.database;
    const staff = await createUser(db);
    const manager = await createUser(db);
    const operatorUuid = Buffer.from(ids.operator!, 'base64url').toString().split(':')[1]!;
    await addMember(db, operatorUuid, staff.id, 'STAFF');
    await addMember(db, operatorUuid, manager.id, 'MANAGER');
    as.staff = await server.tokenFor(staff.email);
    as.manager = await server.tokenFor(manager.email);

    for (const who of ['stranger', 'staff']) {
      const refused = await mutate(UPDATE_LOT, { lotId: ids.lot, name: 'Renamed' }, who);
      expect(refused).toMatchObject({ lot: null, userErrors: [{ code: 'FORBIDDEN', field: ['input', 'lotId'] }] });
    }
    for (const [who, name] of [['manager', 'Mill Road Yard (rear)'], ['admin', 'Mill Road Yard']]) {
      expect(await mutate(UPDATE_LOT, { lotId: ids.lot, name }, who!)).toEqual({ lot: { name }, userErrors: [] });
    }
    const anonymous = await request(server, ANONYMOUS_CREATE_OPERATOR, {});
    expect(anonymous.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('adds spaces all or nothing: a label already in the lot adds none', async () => {
    const payload = await mutate(ADD_SPACES, { lotId: ids.lot, spaces: [{ label: 'Y-3' }, { label: 'Y-1' }] }, 'owner');
    expect(payload).toMatchObject({ spaces: [], userErrors: [{ code: 'INVALID_INPUT' }] });
    const repeated = await mutate(ADD_SPACES, { lotId: ids.lot, spaces: [{ label: 'Y-4' }, { label: 'Y-4' }] }, 'owner');
    expect(repeated.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'spaces', '1', 'label'] }]);
    const { data } = await request(server, SPACE_CURSORS, { id: ids.lot });
    expect(data!.lot!.spaces.edges).toHaveLength(2);
  });

  it('taking a space out of service removes it from availability', async () => {
    const availability = async () =>
      (
        await request(server, AVAILABILITY_TOTAL, { id: ids.lot, w: { start: '2031-02-04T09:00:00Z', end: '2031-02-04T10:00:00Z' } })
      ).data!.lot!.availability.total;
    expect(await availability()).toBe(2);
    const payload = await mutate(UPDATE_SPACE, { spaceId: ids.space, operatorStatus: 'OUT_OF_SERVICE' }, 'owner');
    expect(payload).toEqual({ space: { operatorStatus: 'OUT_OF_SERVICE' }, userErrors: [] });
    expect(await availability()).toBe(1);
  });

  it('validates what it stores', async () => {
    const badZone = await mutate(
      CREATE_LOT,
      { operatorId: ids.operator, name: 'X', address: 'Y', location: YARD, timeZone: 'Mars/Olympus', lotType: 'SURFACE', currency: 'GBP' },
      'owner',
    );
    expect(badZone.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'timeZone'] }]);
    const badTariff = await mutate(
      SET_TARIFF,
      { lotId: ids.lot, name: 'Night', hourlyRate: 100, billingIncrementMinutes: 0, flatRates: [] },
      'owner',
    );
    expect(badTariff.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'billingIncrementMinutes'] }]);
    const badHours = await mutate(
      SET_WEEKLY_HOURS,
      { lotId: ids.lot, purpose: 'OPENING_HOURS', windows: [{ dayOfWeek: 8, opensAt: '08:00', closesAt: '18:00' }] },
      'owner',
    );
    expect(badHours.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'windows', '0', 'dayOfWeek'] }]);
  });

  it('sets the cancellation policy', async () => {
    const payload = await mutate(
      SET_CANCELLATION_POLICY,
      { lotId: ids.lot, freeCancellationMinutes: 120, cancellationFee: 250, arrivalGraceMinutes: 20 },
      'owner',
    );
    expect(payload).toEqual({
      lot: { cancellationPolicy: { freeCancellationMinutes: 120, cancellationFee: { amount: 250, currency: 'GBP' }, arrivalGraceMinutes: 20 } },
      userErrors: [],
    });
  });

  it('archives the lot: out of the lot list and search, no new bookings, history kept', async () => {
    const payload = await mutate(ARCHIVE_LOT, { lotId: ids.lot }, 'owner');
    expect(payload.userErrors).toEqual([]);
    expect(await search(TUESDAY)).toEqual([]);
    const refused = await mutate(
      CREATE_BOOKING,
      { lotId: ids.lot, vehicleId: ids.vehicle, window: { start: '2031-01-21T09:00:00Z', end: '2031-01-21T10:00:00Z' } },
      'driver',
    );
    expect(refused.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
    const { data } = await request(server, VIEWER_BOOKINGS, {}, { as: as.driver });
    expect(data!.viewer!.bookings.edges).toHaveLength(1);
  });
});

describe('partner API keys', () => {
  it('the owner creates a key; it authenticates, its scopes apply, the secret is never listed', async () => {
    const created = await mutate(CREATE_API_KEY, { operatorId: ids.operator, name: 'Feed', scopes: ['LOTS_WRITE'] }, 'owner');
    expect(created.userErrors).toEqual([]);
    const secret = created.secret!;
    const apiKey = created.apiKey!;
    expect(secret.startsWith(`${apiKey.prefix}_`)).toBe(true);
    expect(apiKey.scopes).toEqual(['LOTS_WRITE']);
    ids.key = apiKey.id;
    as.key = secret;

    const listed = await mutate(
      CREATE_LOT,
      { operatorId: ids.operator, name: 'Key-made lot', address: 'A', location: YARD, timeZone: 'Europe/London', lotType: 'SURFACE', currency: 'GBP' },
      'key',
    );
    expect(listed.userErrors).toEqual([]);
    // LOTS_WRITE does not include reading bookings
    const { data } = await request(server, KEY_VIEW, { id: ids.operator }, { as: as.key });
    expect(data!.node).toEqual({ bookings: null, apiKeys: null });

    const forOwner = await request(server, OWNER_KEYS, { id: ids.operator }, { as: as.owner });
    expect(operatorNode(forOwner.data!.node).apiKeys).toEqual([{ prefix: apiKey.prefix, lastUsedAt: expect.any(String) }]);
    expect(JSON.stringify(forOwner)).not.toContain(secret);
  });

  it('only the owner manages keys', async () => {
    const refused = await mutate(CREATE_API_KEY, { operatorId: ids.operator, name: 'Mine', scopes: ['BOOKINGS_READ'] }, 'manager');
    expect(refused).toMatchObject({ apiKey: null, secret: null, userErrors: [{ code: 'FORBIDDEN' }] });
    const revokeByStranger = await mutate(REVOKE_API_KEY, { apiKeyId: ids.key }, 'stranger');
    expect(revokeByStranger.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
  });

  it('rotating stops the old secret at once and issues a working new one', async () => {
    const rotated = await mutate(ROTATE_API_KEY, { apiKeyId: ids.key }, 'owner');
    expect(rotated.userErrors).toEqual([]);
    const oldSecret = as.key!;
    const newSecret = rotated.secret!;
    expect(newSecret).not.toBe(oldSecret);
    const withOld = await request(server, VIEWER_USER, {}, { as: oldSecret });
    expect(withOld.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await request(server, VIEWER_USER, {}, { as: newSecret })).errors).toBeUndefined();

    const revoked = await mutate(REVOKE_API_KEY, { apiKeyId: rotated.apiKey!.id }, 'owner');
    expect(revoked.apiKey!.revokedAt).not.toBeNull();
    const withRevoked = await request(server, VIEWER_USER, {}, { as: newSecret });
    expect(withRevoked.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
