import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiKeys,
  lotBlackouts,
  lots,
  lotWeeklyHours,
  operatorMembers,
  operators,
  spaces,
  tariffFlatRates,
  tariffs,
} from '../src/db/schema/index.js';
import {
  cellsOf,
  createMatrixUsers,
  dataOf,
  matrixCredentials,
  outcomeOf,
  postAs,
  type MatrixOutcome,
  type MutationPayload,
} from './helpers/authorization-matrix.js';
import { addBlackout, addSpaces, addTariff, createApiKey, createLot, createOperator, createVehicle, insertBookingRow } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// The authorization matrix of test/authorization.test.ts, extended to operators, inventory and
// partner API keys. Every cell is written out from src/domain/policy.ts and the SDL:
//
// - inventory (createLot ... setCancellationPolicy): MANAGER or OWNER of the lot's operator, an
//   admin, or a key of that operator with `lots:write` (canManageInventory). Anyone else gets a
//   FORBIDDEN userError: lots are public, so saying "not yours" leaks nothing (managed-lot.ts), and
//   the SDL puts "not allowed for this viewer" in userErrors. Anonymous requests are not "a
//   viewer who may not": they are told to sign in (UNAUTHENTICATED, requireSignedIn).
// - API keys: the operator's OWNER or an admin (canManageApiKeys). Other signed-in users get
//   FORBIDDEN for createApiKey and NOT_FOUND for rotate/revoke of an existing key (to anyone but
//   the owner a key does not exist). Keys are created "by the owner" (a user, `createdBy`), so
//   anonymous requests and API keys get UNAUTHENTICATED (requireUser), the existing matrix's
//   convention for user-only mutations.
// - createOperator: a signed-in user (requireUser: anonymous and keys UNAUTHENTICATED); NETWORK
//   only for admins (others FORBIDDEN).
// - Operator.bookings: any member, an admin, or a `bookings:read` key of the operator; null else.
// - Operator.apiKeys and node(id) of an ApiKey: the OWNER or an admin; null else.
// - A revoked key is refused before anything runs: HTTP 401.
//
// Every cell acts on objects of its own (a new lot, space, blackout or key per cell), checks that
// a success changed what it says, and that a refusal changed nothing.

const VIEWERS = [
  'anonymous',
  'driver',
  'otherDriver',
  'staff',
  'otherManager',
  'manager',
  'owner',
  'admin',
  'partnerKey',
  'bookingsReadKey',
  'revokedKey',
] as const;
type ViewerName = (typeof VIEWERS)[number];
type UserViewerName = Exclude<ViewerName, 'anonymous' | 'partnerKey' | 'bookingsReadKey' | 'revokedKey'>;

let server: TestServer;
let credentials: Map<ViewerName, string | undefined>;
const userIds = new Map<UserViewerName, string>();
let operatorId: string;
let cellCounter = 0;

const gid = (type: 'Operator' | 'Lot' | 'Space' | 'Blackout' | 'ApiKey' | 'Booking', id: string) =>
  Buffer.from(`${type}:${id}`).toString('base64url');
const next = () => (cellCounter += 1);
// a quiet corner far from the seeded city and from other test files' fixtures
const PLACE = { lat: 57.48, lng: -4.22 };

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  operatorId = await createOperator(db, 'Matrix Parking', 'NETWORK');
  const otherOperatorId = await createOperator(db, 'Other Parking', 'NETWORK');

  const users = await createMatrixUsers<UserViewerName>(db, {
    driver: { displayName: 'Matrix Driver' },
    otherDriver: {},
    staff: { displayName: 'Matrix Staff', member: { operatorId, role: 'STAFF' } },
    otherManager: { displayName: 'Other Manager', member: { operatorId: otherOperatorId, role: 'MANAGER' } },
    manager: { displayName: 'Matrix Manager', member: { operatorId, role: 'MANAGER' } },
    owner: { displayName: 'Matrix Owner', member: { operatorId, role: 'OWNER' } },
    admin: { displayName: 'Matrix Admin', role: 'ADMIN' },
  });
  const emails = {} as Record<UserViewerName, string>;
  for (const [name, user] of Object.entries(users) as Array<[UserViewerName, { id: string; email: string }]>) {
    emails[name] = user.email;
    userIds.set(name, user.id);
  }
  credentials = await matrixCredentials(server, {
    users: emails,
    apiKeys: {
      partnerKey: { operatorId, name: 'Partner feed', scopes: ['lots:write'] },
      bookingsReadKey: { operatorId, name: 'Bookings export', scopes: ['bookings:read'] },
      revokedKey: { operatorId, name: 'Old feed', scopes: ['lots:write', 'bookings:read'], revoked: true },
    },
  });
});
afterAll(() => server?.stop());

const post = (query: string, variables: Record<string, unknown>, credential: string | undefined) => postAs(server, credential, query, variables);

/** Whether a key's secret is accepted: 200 with no errors, or 401. */
async function keyWorks(secret: string): Promise<boolean> {
  const response = await post('{ viewer { user { id } } }', {}, secret);
  if (response.status === 401) return false;
  expect(response.body.errors).toBeUndefined();
  return true;
}

type Payload = MutationPayload;

/** One cell's own objects: the input, what the mutation would change, and how to check it did. */
interface Cell {
  input: Record<string, unknown>;
  /** The stored state the mutation acts on (compared before and after). */
  state: () => Promise<unknown>;
  /** On success: that the change is the one asked for. */
  changed: (payload: Payload, after: unknown, viewer: ViewerName) => Promise<void> | void;
  /** On refusal, beyond "the state is as before" (e.g. the key's secret still works). */
  unchanged?: () => Promise<void>;
}

interface MutationCase {
  name: string;
  field: string;
  selection: string;
  objectKey: string;
  cell: () => Promise<Cell>;
  expected: Record<ViewerName, MatrixOutcome>;
}

// --- per-cell fixtures ------------------------------------------------------------------------

async function freshLot(): Promise<string> {
  const n = next();
  return createLot(server.database.db, {
    operatorId,
    name: `Matrix Lot ${n}`,
    location: { lat: PLACE.lat + n * 0.001, lng: PLACE.lng },
  });
}

const lotRow = async (id: string) => (await server.database.db.select().from(lots).where(eq(lots.id, id)))[0]!;

const keysNamed = (name: string) =>
  server.database.db
    .select({ id: apiKeys.id, name: apiKeys.name, scopes: apiKeys.scopes, revokedAt: apiKeys.revokedAt, createdBy: apiKeys.createdBy })
    .from(apiKeys)
    .where(and(eq(apiKeys.operatorId, operatorId), eq(apiKeys.name, name)))
    .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));

// --- expectations -----------------------------------------------------------------------------

/** Inventory: MANAGER/OWNER of the operator, admin, or a lots:write key of the operator. */
const INVENTORY: Record<ViewerName, MatrixOutcome> = {
  anonymous: 'UNAUTHENTICATED',
  driver: 'FORBIDDEN',
  otherDriver: 'FORBIDDEN',
  staff: 'FORBIDDEN', // STAFF sees bookings, does not change inventory
  otherManager: 'FORBIDDEN', // a MANAGER, but of another operator
  manager: 'OK',
  owner: 'OK',
  admin: 'OK',
  partnerKey: 'OK', // lots:write
  bookingsReadKey: 'FORBIDDEN', // bookings:read is not lots:write
  revokedKey: 'HTTP_401',
};

/** rotate/revoke of an existing key: OWNER or admin; to other users the key does not exist. */
const KEY_OF_OPERATOR: Record<ViewerName, MatrixOutcome> = {
  anonymous: 'UNAUTHENTICATED',
  driver: 'NOT_FOUND',
  otherDriver: 'NOT_FOUND',
  staff: 'NOT_FOUND',
  otherManager: 'NOT_FOUND',
  manager: 'NOT_FOUND', // MANAGER manages inventory, not keys
  owner: 'OK',
  admin: 'OK',
  partnerKey: 'UNAUTHENTICATED', // keys do not manage keys (not even themselves)
  bookingsReadKey: 'UNAUTHENTICATED',
  revokedKey: 'HTTP_401',
};

const CREATE_OPERATOR: Record<ViewerName, MatrixOutcome> = {
  anonymous: 'UNAUTHENTICATED',
  driver: 'OK',
  otherDriver: 'OK',
  staff: 'OK',
  otherManager: 'OK',
  manager: 'OK',
  owner: 'OK',
  admin: 'OK',
  partnerKey: 'UNAUTHENTICATED',
  bookingsReadKey: 'UNAUTHENTICATED',
  revokedKey: 'HTTP_401',
};

function createOperatorCase(kind: 'PRIVATE' | 'NETWORK', expected: Record<ViewerName, MatrixOutcome>): MutationCase {
  return {
    name: `createOperator (${kind})`,
    field: 'createOperator',
    selection: 'operator { id name kind }',
    objectKey: 'operator',
    expected,
    cell: async () => {
      const name = `Matrix ${kind} operator ${next()}`;
      const state = async () => {
        const rows = await server.database.db.select().from(operators).where(eq(operators.name, name));
        const members = rows.length
          ? await server.database.db.select().from(operatorMembers).where(eq(operatorMembers.operatorId, rows[0]!.id))
          : [];
        return { rows, members };
      };
      return {
        input: { name, kind },
        state,
        changed: (payload, after, viewer) => {
          const { rows, members } = after as Awaited<ReturnType<typeof state>>;
          expect(rows).toHaveLength(1);
          expect(rows[0]).toMatchObject({ name, kind });
          expect(payload.operator).toEqual({ id: gid('Operator', rows[0]!.id), name, kind });
          // the signed-in user became its OWNER, and its only member
          expect(members.map(({ userId, role }) => ({ userId, role }))).toEqual([
            { userId: userIds.get(viewer as UserViewerName), role: 'OWNER' },
          ]);
        },
      };
    },
  };
}

const MUTATIONS: MutationCase[] = [
  createOperatorCase('PRIVATE', CREATE_OPERATOR),
  createOperatorCase('NETWORK', {
    ...CREATE_OPERATOR,
    driver: 'FORBIDDEN',
    otherDriver: 'FORBIDDEN',
    staff: 'FORBIDDEN',
    otherManager: 'FORBIDDEN',
    manager: 'FORBIDDEN',
    owner: 'FORBIDDEN', // owning a NETWORK operator does not let one create another
    admin: 'OK',
  }),
  {
    name: 'createLot',
    field: 'createLot',
    selection: 'lot { id name }',
    objectKey: 'lot',
    expected: INVENTORY,
    cell: async () => {
      const n = next();
      const name = `Matrix created lot ${n}`;
      const state = () => server.database.db.select().from(lots).where(eq(lots.name, name));
      return {
        input: {
          operatorId: gid('Operator', operatorId),
          name,
          address: '1 Matrix Way',
          location: { lat: PLACE.lat - n * 0.001, lng: PLACE.lng },
          timeZone: 'Europe/London',
          lotType: 'SURFACE',
          currency: 'GBP',
        },
        state,
        changed: (payload, after) => {
          const rows = after as Awaited<ReturnType<typeof state>>;
          expect(rows).toHaveLength(1);
          expect(rows[0]).toMatchObject({ operatorId, name, address: '1 Matrix Way', archivedAt: null });
          expect(payload.lot).toEqual({ id: gid('Lot', rows[0]!.id), name });
        },
      };
    },
  },
  {
    name: 'updateLot',
    field: 'updateLot',
    selection: 'lot { id name }',
    objectKey: 'lot',
    expected: INVENTORY,
    cell: async () => {
      const lotId = await freshLot();
      const name = `Renamed lot ${next()}`;
      return {
        input: { lotId: gid('Lot', lotId), name },
        state: () => lotRow(lotId),
        changed: (payload, after) => {
          expect((after as { name: string }).name).toBe(name);
          expect(payload.lot).toEqual({ id: gid('Lot', lotId), name });
        },
      };
    },
  },
  {
    name: 'archiveLot',
    field: 'archiveLot',
    selection: 'lot { id archivedAt }',
    objectKey: 'lot',
    expected: INVENTORY,
    cell: async () => {
      const lotId = await freshLot();
      return {
        input: { lotId: gid('Lot', lotId) },
        state: () => lotRow(lotId),
        changed: (payload, after) => {
          const { archivedAt } = after as { archivedAt: Date | null };
          expect(archivedAt).toBeInstanceOf(Date);
          expect(payload.lot).toEqual({ id: gid('Lot', lotId), archivedAt: archivedAt!.toISOString() });
        },
      };
    },
  },
  {
    name: 'addSpaces',
    field: 'addSpaces',
    selection: 'spaces { id label kind }',
    objectKey: 'spaces',
    expected: INVENTORY,
    cell: async () => {
      const lotId = await freshLot();
      await addSpaces(server.database.db, lotId, [{ label: 'EXISTING-1' }]);
      const state = () =>
        server.database.db
          .select({ id: spaces.id, label: spaces.label, kind: spaces.kind })
          .from(spaces)
          .where(eq(spaces.lotId, lotId))
          .orderBy(asc(spaces.label));
      return {
        input: { lotId: gid('Lot', lotId), spaces: [{ label: 'M-1' }, { label: 'M-2', kind: 'VAN' }] },
        state,
        changed: (payload, after) => {
          const rows = after as Awaited<ReturnType<typeof state>>;
          expect(rows.map(({ label, kind }) => ({ label, kind }))).toEqual([
            { label: 'EXISTING-1', kind: 'STANDARD' },
            { label: 'M-1', kind: 'STANDARD' },
            { label: 'M-2', kind: 'VAN' },
          ]);
          const byLabel = new Map(rows.map((row) => [row.label, row.id]));
          expect(payload.spaces).toEqual([
            { id: gid('Space', byLabel.get('M-1')!), label: 'M-1', kind: 'STANDARD' },
            { id: gid('Space', byLabel.get('M-2')!), label: 'M-2', kind: 'VAN' },
          ]);
        },
      };
    },
  },
  {
    name: 'updateSpace',
    field: 'updateSpace',
    selection: 'space { id operatorStatus level }',
    objectKey: 'space',
    expected: INVENTORY,
    cell: async () => {
      const lotId = await freshLot();
      const [spaceId] = await addSpaces(server.database.db, lotId, [{ label: 'U-1' }]);
      const state = async () => (await server.database.db.select().from(spaces).where(eq(spaces.id, spaceId!)))[0]!;
      return {
        input: { spaceId: gid('Space', spaceId!), operatorStatus: 'OUT_OF_SERVICE', level: 'L9' },
        state,
        changed: (payload, after) => {
          expect(after).toMatchObject({ operatorStatus: 'OUT_OF_SERVICE', level: 'L9', label: 'U-1' });
          expect(payload.space).toEqual({ id: gid('Space', spaceId!), operatorStatus: 'OUT_OF_SERVICE', level: 'L9' });
        },
      };
    },
  },
  {
    name: 'setTariff',
    field: 'setTariff',
    selection: 'lot { id tariffs { name hourlyRate { amount } } }',
    objectKey: 'lot',
    expected: INVENTORY,
    cell: async () => {
      const lotId = await freshLot();
      await addTariff(server.database.db, lotId, { name: 'Standard', hourlyRateAmount: 200 });
      const state = async () => {
        const rows = await server.database.db.select().from(tariffs).where(eq(tariffs.lotId, lotId)).orderBy(asc(tariffs.id));
        const rates = [];
        for (const row of rows) {
          rates.push(...(await server.database.db.select().from(tariffFlatRates).where(eq(tariffFlatRates.tariffId, row.id))));
        }
        return { rows, rates };
      };
      return {
        input: {
          lotId: gid('Lot', lotId),
          name: 'Matrix tariff',
          hourlyRate: 321,
          billingIncrementMinutes: 15,
          flatRates: [{ name: 'Night', entryAfter: '18:00', exitBefore: '08:00', amount: 500 }],
        },
        state,
        changed: (payload, after) => {
          const { rows, rates } = after as Awaited<ReturnType<typeof state>>;
          // the general tariff was replaced, not added to
          expect(rows).toHaveLength(1);
          expect(rows[0]).toMatchObject({ name: 'Matrix tariff', spaceKind: null, hourlyRateAmount: 321, billingIncrementMinutes: 15 });
          expect(rates.map(({ name, amount }) => ({ name, amount }))).toEqual([{ name: 'Night', amount: 500 }]);
          expect(payload.lot).toEqual({ id: gid('Lot', lotId), tariffs: [{ name: 'Matrix tariff', hourlyRate: { amount: 321 } }] });
        },
      };
    },
  },
  {
    name: 'setWeeklyHours',
    field: 'setWeeklyHours',
    selection: 'lot { id bookableHours { dayOfWeek opensAt closesAt } }',
    objectKey: 'lot',
    expected: INVENTORY,
    cell: async () => {
      const lotId = await freshLot();
      const state = () =>
        server.database.db
          .select({ purpose: lotWeeklyHours.purpose, dayOfWeek: lotWeeklyHours.dayOfWeek, opensAt: lotWeeklyHours.opensAt, closesAt: lotWeeklyHours.closesAt })
          .from(lotWeeklyHours)
          .where(eq(lotWeeklyHours.lotId, lotId))
          .orderBy(asc(lotWeeklyHours.dayOfWeek));
      const windows = [
        { dayOfWeek: 1, opensAt: '08:00', closesAt: '18:00' },
        { dayOfWeek: 2, opensAt: '09:30', closesAt: '17:00' },
      ];
      return {
        input: { lotId: gid('Lot', lotId), purpose: 'BOOKABLE_HOURS', windows },
        state,
        changed: (payload, after) => {
          const rows = after as Awaited<ReturnType<typeof state>>;
          expect(rows.map((row) => ({ ...row, opensAt: row.opensAt.slice(0, 5), closesAt: row.closesAt.slice(0, 5) }))).toEqual(
            windows.map((window) => ({ purpose: 'BOOKABLE_HOURS', ...window })),
          );
          expect(payload.lot).toEqual({ id: gid('Lot', lotId), bookableHours: windows });
        },
      };
    },
  },
  {
    name: 'addBlackout',
    field: 'addBlackout',
    selection: 'lot { id blackouts { reason } }',
    objectKey: 'lot',
    expected: INVENTORY,
    cell: async () => {
      const lotId = await freshLot();
      const state = () =>
        server.database.db
          .select({ id: lotBlackouts.id, period: lotBlackouts.period, reason: lotBlackouts.reason })
          .from(lotBlackouts)
          .where(eq(lotBlackouts.lotId, lotId));
      return {
        input: {
          lotId: gid('Lot', lotId),
          window: { start: '2032-12-24T00:00:00Z', end: '2032-12-25T00:00:00Z' },
          reason: 'Matrix closure',
        },
        state,
        changed: (payload, after) => {
          const rows = after as Awaited<ReturnType<typeof state>>;
          expect(rows.map(({ period, reason }) => ({ start: period.start.toISOString(), end: period.end.toISOString(), reason }))).toEqual([
            { start: '2032-12-24T00:00:00.000Z', end: '2032-12-25T00:00:00.000Z', reason: 'Matrix closure' },
          ]);
          expect(payload.lot).toEqual({ id: gid('Lot', lotId), blackouts: [{ reason: 'Matrix closure' }] });
        },
      };
    },
  },
  {
    name: 'removeBlackout',
    field: 'removeBlackout',
    selection: 'lot { id blackouts { reason } }',
    objectKey: 'lot',
    expected: INVENTORY,
    cell: async () => {
      const lotId = await freshLot();
      await addBlackout(server.database.db, lotId, new Date('2032-11-01T00:00:00Z'), new Date('2032-11-02T00:00:00Z'), 'To remove');
      const state = () =>
        server.database.db
          .select({ id: lotBlackouts.id, period: lotBlackouts.period, reason: lotBlackouts.reason })
          .from(lotBlackouts)
          .where(eq(lotBlackouts.lotId, lotId));
      const [blackout] = await state();
      return {
        input: { blackoutId: gid('Blackout', blackout!.id) },
        state,
        changed: (payload, after) => {
          expect(after).toEqual([]);
          expect(payload.lot).toEqual({ id: gid('Lot', lotId), blackouts: [] });
        },
      };
    },
  },
  {
    name: 'setCancellationPolicy',
    field: 'setCancellationPolicy',
    selection: 'lot { id cancellationPolicy { freeCancellationMinutes cancellationFee { amount } arrivalGraceMinutes } }',
    objectKey: 'lot',
    expected: INVENTORY,
    cell: async () => {
      const lotId = await freshLot();
      return {
        input: { lotId: gid('Lot', lotId), freeCancellationMinutes: 180, cancellationFee: 275, arrivalGraceMinutes: 12 },
        state: () => lotRow(lotId),
        changed: (payload, after) => {
          expect(after).toMatchObject({ freeCancellationMinutes: 180, cancellationFeeAmount: 275, arrivalGraceMinutes: 12 });
          expect(payload.lot).toEqual({
            id: gid('Lot', lotId),
            cancellationPolicy: { freeCancellationMinutes: 180, cancellationFee: { amount: 275 }, arrivalGraceMinutes: 12 },
          });
        },
      };
    },
  },
  {
    name: 'createApiKey',
    field: 'createApiKey',
    selection: 'apiKey { id name scopes revokedAt } secret',
    objectKey: 'apiKey',
    expected: {
      anonymous: 'UNAUTHENTICATED',
      driver: 'FORBIDDEN',
      otherDriver: 'FORBIDDEN',
      staff: 'FORBIDDEN',
      otherManager: 'FORBIDDEN',
      manager: 'FORBIDDEN', // keys are the owner's, not the manager's
      owner: 'OK',
      admin: 'OK',
      partnerKey: 'UNAUTHENTICATED', // a key cannot mint keys (even with lots:write)
      bookingsReadKey: 'UNAUTHENTICATED',
      revokedKey: 'HTTP_401',
    },
    cell: async () => {
      const name = `Matrix new key ${next()}`;
      return {
        input: { operatorId: gid('Operator', operatorId), name, scopes: ['AVAILABILITY_WRITE'] },
        state: () => keysNamed(name),
        changed: async (payload, after, viewer) => {
          const rows = after as Awaited<ReturnType<typeof keysNamed>>;
          expect(rows).toHaveLength(1);
          expect(rows[0]).toMatchObject({ scopes: ['availability:write'], revokedAt: null, createdBy: userIds.get(viewer as UserViewerName) });
          expect(payload.apiKey).toEqual({ id: gid('ApiKey', rows[0]!.id), name, scopes: ['AVAILABILITY_WRITE'], revokedAt: null });
          expect(await keyWorks(payload.secret as string)).toBe(true);
        },
      };
    },
  },
  {
    name: 'rotateApiKey',
    field: 'rotateApiKey',
    selection: 'apiKey { id name scopes revokedAt } secret',
    objectKey: 'apiKey',
    expected: KEY_OF_OPERATOR,
    cell: async () => {
      const name = `Matrix rotated key ${next()}`;
      const old = await createApiKey(server.database.db, operatorId, { name, scopes: ['availability:write'] });
      return {
        input: { apiKeyId: gid('ApiKey', old.id) },
        state: () => keysNamed(name),
        changed: async (payload, after) => {
          const rows = after as Awaited<ReturnType<typeof keysNamed>>;
          // the old key is revoked at once; a new one with the same name and scopes replaces it
          expect(rows).toHaveLength(2);
          const oldRow = rows.find((row) => row.id === old.id)!;
          const newRow = rows.find((row) => row.id !== old.id)!;
          expect(oldRow.revokedAt).toBeInstanceOf(Date);
          expect(newRow).toMatchObject({ name, scopes: ['availability:write'], revokedAt: null });
          expect(payload.apiKey).toEqual({ id: gid('ApiKey', newRow.id), name, scopes: ['AVAILABILITY_WRITE'], revokedAt: null });
          expect(payload.secret).not.toBe(old.key);
          expect(await keyWorks(old.key)).toBe(false);
          expect(await keyWorks(payload.secret as string)).toBe(true);
        },
        unchanged: async () => expect(await keyWorks(old.key)).toBe(true),
      };
    },
  },
  {
    name: 'revokeApiKey',
    field: 'revokeApiKey',
    selection: 'apiKey { id revokedAt }',
    objectKey: 'apiKey',
    expected: KEY_OF_OPERATOR,
    cell: async () => {
      const name = `Matrix revoked key ${next()}`;
      const key = await createApiKey(server.database.db, operatorId, { name, scopes: ['availability:write'] });
      return {
        input: { apiKeyId: gid('ApiKey', key.id) },
        state: () => keysNamed(name),
        changed: async (payload, after) => {
          const rows = after as Awaited<ReturnType<typeof keysNamed>>;
          expect(rows).toHaveLength(1);
          expect(rows[0]!.revokedAt).toBeInstanceOf(Date);
          expect(payload.apiKey).toEqual({ id: gid('ApiKey', key.id), revokedAt: rows[0]!.revokedAt!.toISOString() });
          expect(await keyWorks(key.key)).toBe(false);
        },
        unchanged: async () => expect(await keyWorks(key.key)).toBe(true),
      };
    },
  },
];

describe.each(MUTATIONS)('$name', (mutation) => {
  const document = `mutation ($input: ${mutation.field[0]!.toUpperCase()}${mutation.field.slice(1)}Input!) {
    ${mutation.field}(input: $input) { ${mutation.selection} userErrors { code message field } }
  }`;
  it.each(cellsOf(VIEWERS, mutation.expected))('as %s: %s', async (viewer, expected) => {
    const cell = await mutation.cell();
    const before = await cell.state();
    const response = await post(document, { input: cell.input }, credentials.get(viewer));
    // soft: a wrong outcome still shows below whether anything changed
    expect.soft(outcomeOf(response, mutation.field, mutation.objectKey)).toBe(expected);
    const after = await cell.state();
    if (expected === 'OK') {
      expect(after, 'a success changes what it says').not.toEqual(before);
      await cell.changed(response.body.data![mutation.field] as Payload, after, viewer);
    } else {
      expect(after, 'a refusal changes nothing').toEqual(before);
      await cell.unchanged?.();
    }
  });
});

// --- fields ----------------------------------------------------------------------------------

/** A query's data, or HTTP_401 when the request is refused. */
async function query(document: string, variables: Record<string, unknown>, viewer: ViewerName): Promise<'HTTP_401' | Record<string, unknown>> {
  return dataOf(await post(document, variables, credentials.get(viewer)));
}

/** 'visible': the field's value for those allowed; otherwise the exact answer. */
type FieldExpectation = 'visible' | 'HTTP_401' | Record<string, unknown>;

describe('Operator.bookings', () => {
  const BOOKINGS = `query ($id: ID!) { node(id: $id) { ... on Operator { name bookings(first: 10) { edges { node { id vehicle { plate } } } } } } }`;
  let bookingId: string;
  beforeAll(async () => {
    const db = server.database.db;
    const lotId = await freshLot();
    const [spaceId] = await addSpaces(db, lotId, [{ label: 'B-1' }]);
    const driverId = userIds.get('driver')!;
    const vehicleId = await createVehicle(db, driverId, { plate: 'MATRIX1' });
    const start = new Date('2032-03-02T10:00:00Z');
    bookingId = await insertBookingRow(db, { driverId, vehicleId, lotId, spaceId: spaceId!, start, end: new Date(start.getTime() + 2 * 3_600_000) });
  });

  const hidden = { node: { name: 'Matrix Parking', bookings: null } };
  const expected: Record<ViewerName, FieldExpectation> = {
    anonymous: hidden,
    driver: hidden, // the booking's own driver is not a member of the operator
    otherDriver: hidden,
    staff: 'visible', // any member
    otherManager: hidden,
    manager: 'visible',
    owner: 'visible',
    admin: 'visible',
    partnerKey: hidden, // lots:write does not read bookings
    bookingsReadKey: 'visible',
    revokedKey: 'HTTP_401',
  };
  it.each(VIEWERS.map((viewer) => [viewer, expected[viewer] === 'visible' ? 'the bookings' : JSON.stringify(expected[viewer])] as const))(
    'as %s: %s',
    async (viewer) => {
      const want = expected[viewer];
      const visible = { node: { name: 'Matrix Parking', bookings: { edges: [{ node: { id: gid('Booking', bookingId), vehicle: { plate: 'MATRIX1' } } }] } } };
      expect(await query(BOOKINGS, { id: gid('Operator', operatorId) }, viewer)).toEqual(want === 'visible' ? visible : want);
    },
  );
});

describe('Operator.apiKeys', () => {
  const API_KEYS = `query ($id: ID!) { node(id: $id) { ... on Operator { name apiKeys { id name prefix revokedAt } } } }`;
  const hidden = { node: { name: 'Matrix Parking', apiKeys: null } };
  const expected: Record<ViewerName, FieldExpectation> = {
    anonymous: hidden,
    driver: hidden,
    otherDriver: hidden,
    staff: hidden,
    otherManager: hidden,
    manager: hidden, // keys are the owner's
    owner: 'visible',
    admin: 'visible',
    partnerKey: hidden,
    bookingsReadKey: hidden,
    revokedKey: 'HTTP_401',
  };
  it.each(VIEWERS.map((viewer) => [viewer, expected[viewer] === 'visible' ? 'every key of the operator' : JSON.stringify(expected[viewer])] as const))(
    'as %s: %s',
    async (viewer) => {
      const want = expected[viewer];
      const response = await query(API_KEYS, { id: gid('Operator', operatorId) }, viewer);
      if (want !== 'visible') {
        expect(response).toEqual(want);
        return;
      }
      const stored = await server.database.db
        .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt })
        .from(apiKeys)
        .where(eq(apiKeys.operatorId, operatorId));
      const listed = (response as { node: { apiKeys: Array<{ id: string }> } }).node.apiKeys;
      // exactly the operator's keys (with the revoked one), never a secret
      expect([...listed].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        stored
          .map((row) => ({ id: gid('ApiKey', row.id), name: row.name, prefix: row.prefix, revokedAt: row.revokedAt?.toISOString() ?? null }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      );
      expect(listed.map((key) => (key as unknown as { name: string }).name)).toEqual(
        expect.arrayContaining(['Partner feed', 'Bookings export', 'Old feed']),
      );
      for (const [name, secret] of credentials) if (name.endsWith('Key')) expect(JSON.stringify(response)).not.toContain(secret!);
    },
  );
});

describe('node(id) of an ApiKey', () => {
  const NODE = `query ($id: ID!) { node(id: $id) { __typename ... on ApiKey { id name prefix scopes } } }`;
  let key: { id: string; prefix: string };
  beforeAll(async () => {
    key = await createApiKey(server.database.db, operatorId, { name: 'Node key', scopes: ['lots:write', 'bookings:read'] });
  });
  const hidden = { node: null };
  const expected: Record<ViewerName, FieldExpectation> = {
    anonymous: hidden,
    driver: hidden,
    otherDriver: hidden,
    staff: hidden,
    otherManager: hidden,
    manager: hidden,
    owner: 'visible',
    admin: 'visible',
    partnerKey: hidden, // a key of the same operator does not see keys
    bookingsReadKey: hidden,
    revokedKey: 'HTTP_401',
  };
  it.each(VIEWERS.map((viewer) => [viewer, expected[viewer] === 'visible' ? 'the key' : JSON.stringify(expected[viewer])] as const))(
    'as %s: %s',
    async (viewer) => {
      const want = expected[viewer];
      const visible = { node: { __typename: 'ApiKey', id: gid('ApiKey', key.id), name: 'Node key', prefix: key.prefix, scopes: ['LOTS_WRITE', 'BOOKINGS_READ'] } };
      expect(await query(NODE, { id: gid('ApiKey', key.id) }, viewer)).toEqual(want === 'visible' ? visible : want);
    },
  );
});
