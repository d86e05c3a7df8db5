import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createUser, createVehicle, nodeId } from './helpers/fixtures.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';

// The owner flow: a private land owner lists a yard with a schedule and a tariff in a few
// mutations, drivers find and book it, and the owner sees the bookings (plates and times).

let server: TestServer;
const as: Record<string, string> = {};
const ids: Record<string, string> = {};

// a quiet corner far from the demo city, so seeded lots never interfere
const YARD = { lat: 52.2053, lng: 0.1218 };
const TUESDAY = { start: '2031-01-14T09:00:00Z', end: '2031-01-14T12:00:00Z' };
const SATURDAY = { start: '2031-01-18T09:00:00Z', end: '2031-01-18T12:00:00Z' };

type Payload = { userErrors: Array<{ code: string; field?: string[] }> } & Record<string, unknown>;

async function mutate(name: string, input: Record<string, unknown>, who: string, selection = 'lot { id }'): Promise<Payload> {
  const response: GraphQLResponse<Record<string, Payload>> = await server.graphql(
    `mutation ($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} userErrors { code message field } } }`,
    { input },
    { as: as[who] },
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data![name]!;
}

async function search(window: { start: string; end: string }): Promise<string[]> {
  const { data } = await server.graphql<{ lotsNear: { edges: Array<{ node: { id: string } }> } }>(
    `query ($near: LatLngInput!, $window: TimeWindowInput) { lotsNear(near: $near, radiusMeters: 500, window: $window) { edges { node { id } } } }`,
    { near: YARD, window },
  );
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
    const payload = await mutate('createOperator', { name: "Olive's Yards", kind: 'PRIVATE' }, 'owner', 'operator { id name kind }');
    expect(payload.userErrors).toEqual([]);
    const operator = payload.operator as { id: string; kind: string };
    expect(operator.kind).toBe('PRIVATE');
    ids.operator = operator.id;
    const { data } = await server.graphql<{ viewer: { memberships: Array<{ role: string; operator: { id: string } }> } }>(
      '{ viewer { memberships { role operator { id } } } }',
      {},
      { as: as.owner },
    );
    expect(data!.viewer.memberships).toEqual([{ role: 'OWNER', operator: { id: ids.operator } }]);
  });

  it('only admins create NETWORK operators', async () => {
    const refused = await mutate('createOperator', { name: 'Big Parking Ltd', kind: 'NETWORK' }, 'owner', 'operator { id }');
    expect(refused.userErrors).toMatchObject([{ code: 'FORBIDDEN', field: ['input', 'kind'] }]);
    const allowed = await mutate('createOperator', { name: 'Big Parking Ltd', kind: 'NETWORK' }, 'admin', 'operator { kind }');
    expect(allowed).toMatchObject({ operator: { kind: 'NETWORK' }, userErrors: [] });
  });

  it('lists the yard, its spaces, its bookable hours, a tariff and a Christmas closure', async () => {
    const created = await mutate(
      'createLot',
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
    ids.lot = (created.lot as { id: string }).id;

    const spaces = await mutate(
      'addSpaces',
      { lotId: ids.lot, spaces: [{ label: 'Y-1' }, { label: 'Y-2', kind: 'VAN' }] },
      'owner',
      'spaces { id label kind }',
    );
    expect(spaces).toMatchObject({ spaces: [{ label: 'Y-1', kind: 'STANDARD' }, { label: 'Y-2', kind: 'VAN' }], userErrors: [] });
    ids.space = (spaces.spaces as Array<{ id: string }>)[0]!.id;

    const weekdays = [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, opensAt: '08:00', closesAt: '18:00' }));
    expect((await mutate('setWeeklyHours', { lotId: ids.lot, purpose: 'BOOKABLE_HOURS', windows: weekdays }, 'owner')).userErrors).toEqual([]);
    expect(
      (await mutate('setTariff', { lotId: ids.lot, name: 'Standard', hourlyRate: 200, billingIncrementMinutes: 30, dailyCap: 1200 }, 'owner'))
        .userErrors,
    ).toEqual([]);
    expect(
      (
        await mutate(
          'addBlackout',
          { lotId: ids.lot, window: { start: '2030-12-24T00:00:00Z', end: '2030-12-25T00:00:00Z' }, reason: 'Christmas Eve' },
          'owner',
        )
      ).userErrors,
    ).toEqual([]);

    const { data } = await server.graphql<{ lot: Record<string, unknown> }>(
      `query ($id: ID!, $w: TimeWindowInput!) { lot(id: $id) {
         bookableHours { dayOfWeek opensAt closesAt }
         tariffs { name spaceKind hourlyRate { amount currency } billingIncrementMinutes dailyCap { amount } graceMinutes flatRates { name } }
         blackouts { window { start end } reason }
         quote(window: $w) { total { amount } }
       } }`,
      { id: ids.lot, w: TUESDAY },
    );
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
      'createBooking',
      { lotId: ids.lot, vehicleId: ids.vehicle, window: TUESDAY },
      'driver',
      'booking { id price { amount } }',
    );
    expect(booked).toMatchObject({ booking: { price: { amount: 600 } }, userErrors: [] });
    const saturday = await mutate('createBooking', { lotId: ids.lot, vehicleId: ids.vehicle, window: SATURDAY }, 'driver', 'booking { id }');
    expect(saturday.userErrors).toMatchObject([{ code: 'OUTSIDE_BOOKABLE_HOURS' }]);

    const bookingsQuery = `query ($id: ID!) { node(id: $id) { ... on Operator {
      bookings(first: 10) { edges { node { status window { start end } vehicle { plate } driver { displayName } } } }
    } } }`;
    const { data } = await server.graphql<{ node: { bookings: { edges: Array<{ node: Record<string, unknown> }> } | null } }>(
      bookingsQuery,
      { id: ids.operator },
      { as: as.owner },
    );
    expect(data!.node.bookings!.edges.map((edge) => edge.node)).toEqual([
      { status: 'CONFIRMED', window: { start: '2031-01-14T09:00:00.000Z', end: '2031-01-14T12:00:00.000Z' }, vehicle: { plate: 'YARD123' }, driver: null },
    ]);
    const forStranger = await server.graphql<{ node: { bookings: unknown } }>(bookingsQuery, { id: ids.operator }, { as: as.stranger });
    expect(forStranger.data!.node.bookings).toBeNull();
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
      const refused = await mutate('updateLot', { lotId: ids.lot, name: 'Renamed' }, who, 'lot { name }');
      expect(refused).toMatchObject({ lot: null, userErrors: [{ code: 'FORBIDDEN', field: ['input', 'lotId'] }] });
    }
    for (const [who, name] of [['manager', 'Mill Road Yard (rear)'], ['admin', 'Mill Road Yard']]) {
      expect(await mutate('updateLot', { lotId: ids.lot, name }, who!, 'lot { name }')).toEqual({ lot: { name }, userErrors: [] });
    }
    const anonymous = await server.graphql('mutation { createOperator(input: {name: "x", kind: PRIVATE}) { userErrors { code } } }');
    expect(anonymous.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('adds spaces all or nothing: a label already in the lot adds none', async () => {
    const payload = await mutate('addSpaces', { lotId: ids.lot, spaces: [{ label: 'Y-3' }, { label: 'Y-1' }] }, 'owner', 'spaces { id }');
    expect(payload).toMatchObject({ spaces: [], userErrors: [{ code: 'INVALID_INPUT' }] });
    const repeated = await mutate('addSpaces', { lotId: ids.lot, spaces: [{ label: 'Y-4' }, { label: 'Y-4' }] }, 'owner', 'spaces { id }');
    expect(repeated.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'spaces', '1', 'label'] }]);
    const { data } = await server.graphql<{ lot: { spaces: { edges: unknown[] } } }>(
      'query ($id: ID!) { lot(id: $id) { spaces(first: 10) { edges { cursor } } } }',
      { id: ids.lot },
    );
    expect(data!.lot.spaces.edges).toHaveLength(2);
  });

  it('taking a space out of service removes it from availability', async () => {
    const availability = async () =>
      (
        await server.graphql<{ lot: { availability: { total: number } } }>(
          'query ($id: ID!, $w: TimeWindowInput!) { lot(id: $id) { availability(window: $w) { total } } }',
          { id: ids.lot, w: { start: '2031-02-04T09:00:00Z', end: '2031-02-04T10:00:00Z' } },
        )
      ).data!.lot.availability.total;
    expect(await availability()).toBe(2);
    const payload = await mutate('updateSpace', { spaceId: ids.space, operatorStatus: 'OUT_OF_SERVICE' }, 'owner', 'space { operatorStatus }');
    expect(payload).toEqual({ space: { operatorStatus: 'OUT_OF_SERVICE' }, userErrors: [] });
    expect(await availability()).toBe(1);
  });

  it('validates what it stores', async () => {
    const badZone = await mutate(
      'createLot',
      { operatorId: ids.operator, name: 'X', address: 'Y', location: YARD, timeZone: 'Mars/Olympus', lotType: 'SURFACE', currency: 'GBP' },
      'owner',
    );
    expect(badZone.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'timeZone'] }]);
    const badTariff = await mutate(
      'setTariff',
      { lotId: ids.lot, name: 'Night', hourlyRate: 100, billingIncrementMinutes: 0, flatRates: [] },
      'owner',
    );
    expect(badTariff.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'billingIncrementMinutes'] }]);
    const badHours = await mutate(
      'setWeeklyHours',
      { lotId: ids.lot, purpose: 'OPENING_HOURS', windows: [{ dayOfWeek: 8, opensAt: '08:00', closesAt: '18:00' }] },
      'owner',
    );
    expect(badHours.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'windows', '0', 'dayOfWeek'] }]);
  });

  it('sets the cancellation policy', async () => {
    const payload = await mutate(
      'setCancellationPolicy',
      { lotId: ids.lot, freeCancellationMinutes: 120, cancellationFee: 250, arrivalGraceMinutes: 20 },
      'owner',
      'lot { cancellationPolicy { freeCancellationMinutes cancellationFee { amount currency } arrivalGraceMinutes } }',
    );
    expect(payload).toEqual({
      lot: { cancellationPolicy: { freeCancellationMinutes: 120, cancellationFee: { amount: 250, currency: 'GBP' }, arrivalGraceMinutes: 20 } },
      userErrors: [],
    });
  });

  it('archives the lot: out of the lot list and search, no new bookings, history kept', async () => {
    const payload = await mutate('archiveLot', { lotId: ids.lot }, 'owner', 'lot { archivedAt }');
    expect(payload.userErrors).toEqual([]);
    expect(await search(TUESDAY)).toEqual([]);
    const refused = await mutate(
      'createBooking',
      { lotId: ids.lot, vehicleId: ids.vehicle, window: { start: '2031-01-21T09:00:00Z', end: '2031-01-21T10:00:00Z' } },
      'driver',
      'booking { id }',
    );
    expect(refused.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
    const { data } = await server.graphql<{ viewer: { bookings: { edges: unknown[] } } }>(
      '{ viewer { bookings { edges { cursor } } } }',
      {},
      { as: as.driver },
    );
    expect(data!.viewer.bookings.edges).toHaveLength(1);
  });
});

describe('partner API keys', () => {
  const keyFields = 'apiKey { id name prefix scopes revokedAt } secret';

  it('the owner creates a key; it authenticates, its scopes apply, the secret is never listed', async () => {
    const created = await mutate('createApiKey', { operatorId: ids.operator, name: 'Feed', scopes: ['LOTS_WRITE'] }, 'owner', keyFields);
    expect(created.userErrors).toEqual([]);
    const secret = created.secret as string;
    const apiKey = created.apiKey as { id: string; prefix: string; scopes: string[] };
    expect(secret.startsWith(`${apiKey.prefix}_`)).toBe(true);
    expect(apiKey.scopes).toEqual(['LOTS_WRITE']);
    ids.key = apiKey.id;
    as.key = secret;

    const listed = await mutate(
      'createLot',
      { operatorId: ids.operator, name: 'Key-made lot', address: 'A', location: YARD, timeZone: 'Europe/London', lotType: 'SURFACE', currency: 'GBP' },
      'key',
    );
    expect(listed.userErrors).toEqual([]);
    // LOTS_WRITE does not include reading bookings
    const { data } = await server.graphql<{ node: { bookings: unknown; apiKeys: Array<Record<string, unknown>> | null } }>(
      'query ($id: ID!) { node(id: $id) { ... on Operator { bookings { edges { cursor } } apiKeys { prefix lastUsedAt } } } }',
      { id: ids.operator },
      { as: as.key },
    );
    expect(data!.node).toEqual({ bookings: null, apiKeys: null });

    const forOwner = await server.graphql<{ node: { apiKeys: Array<Record<string, unknown>> } }>(
      'query ($id: ID!) { node(id: $id) { ... on Operator { apiKeys { prefix lastUsedAt } } } }',
      { id: ids.operator },
      { as: as.owner },
    );
    expect(forOwner.data!.node.apiKeys).toEqual([{ prefix: apiKey.prefix, lastUsedAt: expect.any(String) }]);
    expect(JSON.stringify(forOwner)).not.toContain(secret);
  });

  it('only the owner manages keys', async () => {
    const refused = await mutate('createApiKey', { operatorId: ids.operator, name: 'Mine', scopes: ['BOOKINGS_READ'] }, 'manager', keyFields);
    expect(refused).toMatchObject({ apiKey: null, secret: null, userErrors: [{ code: 'FORBIDDEN' }] });
    const revokeByStranger = await mutate('revokeApiKey', { apiKeyId: ids.key }, 'stranger', 'apiKey { id }');
    expect(revokeByStranger.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
  });

  it('rotating stops the old secret at once and issues a working new one', async () => {
    const rotated = await mutate('rotateApiKey', { apiKeyId: ids.key }, 'owner', keyFields);
    expect(rotated.userErrors).toEqual([]);
    const oldSecret = as.key!;
    const newSecret = rotated.secret as string;
    expect(newSecret).not.toBe(oldSecret);
    const withOld = await server.graphql('{ viewer { user { id } } }', {}, { as: oldSecret });
    expect(withOld.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await server.graphql('{ viewer { user { id } } }', {}, { as: newSecret })).errors).toBeUndefined();

    const revoked = await mutate('revokeApiKey', { apiKeyId: (rotated.apiKey as { id: string }).id }, 'owner', 'apiKey { revokedAt }');
    expect((revoked.apiKey as { revokedAt: string | null }).revokedAt).not.toBeNull();
    const withRevoked = await server.graphql('{ viewer { user { id } } }', {}, { as: newSecret });
    expect(withRevoked.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
