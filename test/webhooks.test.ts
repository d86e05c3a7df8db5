import { eq, inArray } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneEventsBefore } from '../src/db/queries/events.js';
import { bookings, lots, webhookDeliveries } from '../src/db/schema/index.js';
import { openTestDatabase, releaseTestDatabase, onPostgres } from './helpers/database.js';
import {
  addMember,
  addSpaces,
  addTariff,
  createApiKey,
  createLot,
  createOperator,
  createUser,
  createVehicle,
  insertBookingRow,
  many,
  nodeId,
} from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from './helpers/webhook-receiver.js';
import type { DatabaseHandle } from '../src/db/client.js';

// Webhooks through the public API: an operator registers a real local HTTP endpoint, bookings and
// lots change, and the receiver verifies every delivery with standardwebhooks' Webhook.verify as a
// partner would. Retries, disabling, rotation, redelivery, SSRF refusal, restarts and (on
// PostgreSQL) two senders on one database.

const FAST = {
  allowPrivateNetworks: true,
  sweepMs: 50,
  leaseSeconds: 2,
  sendTimeoutMs: 1_000,
  retry: { firstDelayMs: 100, maxDelayMs: 800, horizonMs: 4_000, disableAfterMs: 2_500 },
};

let database: DatabaseHandle;
let server: TestServer;
const receivers: WebhookReceiver[] = [];
let counter = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  server = await startTestServer({ database, webhooks: FAST });
});
afterAll(async () => {
  await server?.stop();
  await Promise.all(receivers.map((receiver) => receiver.close()));
  if (database) await releaseTestDatabase(database);
});

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
const ERRORS = 'userErrors { code field message }';
const ENDPOINT_FIELDS = 'id url description eventTypes enabled disabledReason failingSince occupancyIntervalSeconds previousSecretExpiresAt operator { id }';
const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret webhookEndpoint { ${ENDPOINT_FIELDS} } ${ERRORS} } }`;
const UPDATE = `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { webhookEndpoint { ${ENDPOINT_FIELDS} } ${ERRORS} } }`;
const DELETE = `mutation($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { webhookEndpoint { id } ${ERRORS} } }`;
const ROTATE = `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret webhookEndpoint { ${ENDPOINT_FIELDS} } ${ERRORS} } }`;
const REDELIVER = `mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { webhookDelivery { id eventId state } ${ERRORS} } }`;
const LOG = `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { ${ENDPOINT_FIELDS}
  deliveries(first: 100) { edges { node { id eventId eventType state attemptCount payload deliveredAt nextAttemptAt lot { id }
    attempts { statusCode durationMs error attemptedAt } } } } } } }`;
const LIST = `query($id: ID!) { node(id: $id) { ... on Operator { webhookEndpoints(first: 10) { edges { node { id url } } } } } }`;

type Payload = Record<string, unknown> & { userErrors: Array<{ code: string; field: string[] | null; message: string }> };
interface Endpoint {
  id: string;
  enabled: boolean;
  disabledReason: string | null;
  failingSince: string | null;
  previousSecretExpiresAt: string | null;
  eventTypes: string[];
}
interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  state: string;
  attemptCount: number;
  payload: string;
  attempts: Array<{ statusCode: number | null; durationMs: number; error: string | null }>;
}

async function call(document: string, input: Record<string, unknown>, as?: string, on: TestServer = server): Promise<Payload> {
  const response = await on.graphql<Record<string, Payload>>(document, { input }, { as });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return Object.values(response.data!)[0]!;
}

/** An operator with a MANAGER, a lot with spaces, and a driver with a vehicle. */
async function scene() {
  const db = database.db;
  counter += 1;
  const operatorId = await createOperator(db, `Webhook Parking ${counter}`);
  const manager = await createUser(db, { displayName: 'Mina Manager' });
  await addMember(db, operatorId, manager.id, 'MANAGER');
  const lotId = await createLot(db, { operatorId, name: `Webhook Lot ${counter}`, location: { lat: 60 + counter * 0.01, lng: 25 } });
  const spaceIds = await addSpaces(db, lotId, many(6));
  const driver = await createUser(db, { displayName: 'Dee Driver' });
  const vehicleId = await createVehicle(db, driver.id);
  return { operatorId, lotId, spaceIds, manager: await server.tokenFor(manager.email), driver: { ...driver, vehicleId } };
}

type Scene = Awaited<ReturnType<typeof scene>>;

async function receiver(): Promise<WebhookReceiver> {
  const started = await startWebhookReceiver();
  receivers.push(started);
  return started;
}

async function register(s: Scene, url: string, eventTypes: string[], extra: Record<string, unknown> = {}) {
  const created = await call(CREATE, { operatorId: gid('Operator', s.operatorId), url, eventTypes, ...extra }, s.manager);
  expect(created.userErrors).toEqual([]);
  return { endpoint: created.webhookEndpoint as Endpoint, secret: created.secret as string };
}

/** A booking row (the trigger appends its event whatever writes it), `hoursAhead` from now on space `space`. */
async function book(s: Scene, space = 0, hoursAhead = 24 + counter) {
  const start = new Date(Date.now() + hoursAhead * 3_600_000);
  return insertBookingRow(database.db, {
    driverId: s.driver.id,
    vehicleId: s.driver.vehicleId,
    lotId: s.lotId,
    spaceId: s.spaceIds[space]!,
    start,
    end: new Date(start.getTime() + 3_600_000),
  });
}

const setStatus = (bookingIds: string[], status: 'CANCELLED' | 'CHECKED_IN' | 'COMPLETED' | 'NO_SHOW') =>
  database.db.update(bookings).set({ status }).where(inArray(bookings.id, bookingIds));

async function log(endpointId: string, as: string): Promise<Endpoint & { deliveries: Delivery[] }> {
  const response = await server.graphql<{ node: Endpoint & { deliveries: { edges: Array<{ node: Delivery }> } } }>(LOG, { id: endpointId }, { as });
  expect(response.errors).toBeUndefined();
  const node = response.data!.node;
  return { ...node, deliveries: node.deliveries.edges.map((edge) => edge.node) };
}

/** Verifies like a partner: throws unless one of the signatures is `secret`'s. */
const verify = (hit: ReceivedWebhook, secret: string) => new Webhook(secret).verify(hit.body, hit.headers);

const ofType = (hits: ReceivedWebhook[], type: string) => hits.filter((hit) => hit.json.type === type);

async function until(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('endpoints through the API', () => {
  it('registers, lists, changes and deletes an endpoint; the secret is shown once', async () => {
    const s = await scene();
    const target = await receiver();
    const { endpoint, secret } = await register(s, target.url, ['BOOKING_CREATED', 'LOT_OCCUPANCY'], { description: ' Our booking system ', occupancyIntervalSeconds: 5 });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint).toMatchObject({
      url: target.url,
      description: 'Our booking system',
      eventTypes: ['BOOKING_CREATED', 'LOT_OCCUPANCY'],
      enabled: true,
      occupancyIntervalSeconds: 5,
      operator: { id: gid('Operator', s.operatorId) },
    });
    const listed = await server.graphql<{ node: { webhookEndpoints: { edges: Array<{ node: { id: string } }> } } }>(LIST, { id: gid('Operator', s.operatorId) }, { as: s.manager });
    expect(listed.data!.node.webhookEndpoints.edges.map((edge) => edge.node.id)).toEqual([endpoint.id]);

    const updated = await call(UPDATE, { endpointId: endpoint.id, eventTypes: ['BOOKING_CANCELLED'], enabled: false }, s.manager);
    expect(updated).toMatchObject({ webhookEndpoint: { eventTypes: ['BOOKING_CANCELLED'], enabled: false, disabledReason: 'Disabled by its owner' }, userErrors: [] });
    const enabled = await call(UPDATE, { endpointId: endpoint.id, enabled: true }, s.manager);
    expect(enabled).toMatchObject({ webhookEndpoint: { enabled: true, disabledReason: null }, userErrors: [] });

    expect(await call(DELETE, { endpointId: endpoint.id }, s.manager)).toEqual({ webhookEndpoint: { id: endpoint.id }, userErrors: [] });
    expect((await server.graphql<{ node: unknown }>(LOG, { id: endpoint.id }, { as: s.manager })).data).toEqual({ node: null });
  });

  it('is for managers, owners and webhooks:manage keys of the operator; others see nothing and change nothing', async () => {
    const s = await scene();
    const target = await receiver();
    const db = database.db;
    const staff = await createUser(db);
    await addMember(db, s.operatorId, staff.id, 'STAFF');
    const stranger = await server.tokenFor((await createUser(db)).email);
    const staffToken = await server.tokenFor(staff.email);
    const input = { operatorId: gid('Operator', s.operatorId), url: target.url, eventTypes: ['LOT_CHANGED'] };

    expect((await call(CREATE, input, staffToken)).userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'operatorId'] })]);
    expect((await call(CREATE, input, stranger)).userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect((await server.graphql(CREATE, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const readKey = await createApiKey(db, s.operatorId, { scopes: ['bookings:read'] });
    expect((await call(CREATE, input, readKey.key)).userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);

    const webhookKey = await createApiKey(db, s.operatorId, { scopes: ['webhooks:manage'] });
    const byKey = await call(CREATE, input, webhookKey.key);
    expect(byKey.userErrors).toEqual([]);
    const endpointId = (byKey.webhookEndpoint as Endpoint).id;

    // to anyone but its managers it does not exist
    expect((await server.graphql(LOG, { id: endpointId }, { as: staffToken })).data).toEqual({ node: null });
    expect((await call(DELETE, { endpointId }, stranger)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await call(ROTATE, { endpointId }, staffToken)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const list = await server.graphql<{ node: { webhookEndpoints: unknown } }>(LIST, { id: gid('Operator', s.operatorId) }, { as: staffToken });
    expect(list.data!.node.webhookEndpoints).toBeNull();
    expect((await log(endpointId, s.manager)).enabled).toBe(true);
  });

  it('refuses bad input with coded errors and changes nothing', async () => {
    const s = await scene();
    const target = await receiver();
    const operatorId = gid('Operator', s.operatorId);
    const refused = async (input: Record<string, unknown>) => (await call(CREATE, { operatorId, url: target.url, eventTypes: ['LOT_CHANGED'], ...input }, s.manager)).userErrors;
    expect(await refused({ url: 'not a url' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'url'] })]);
    expect(await refused({ url: 'ftp://example.com/x' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'url'] })]);
    expect(await refused({ url: 'https://user:pw@example.com/x' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT' })]);
    expect(await refused({ eventTypes: [] })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'eventTypes'] })]);
    expect(await refused({ occupancyIntervalSeconds: 0 })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'occupancyIntervalSeconds'] })]);
    expect((await server.graphql(CREATE, { input: { operatorId, url: target.url, eventTypes: ['NOPE'] } }, { as: s.manager })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const list = await server.graphql<{ node: { webhookEndpoints: { edges: unknown[] } } }>(LIST, { id: operatorId }, { as: s.manager });
    expect(list.data!.node.webhookEndpoints.edges).toEqual([]);
  });
});

describe('deliveries', () => {
  it('signs each event per Standard Webhooks; a booking made and cancelled through the API arrives as created, then cancelled', async () => {
    const s = await scene();
    const target = await receiver();
    const { endpoint, secret } = await register(s, target.url, ['BOOKING_CREATED', 'BOOKING_CANCELLED']);
    await addTariff(database.db, s.lotId, { hourlyRateAmount: 250, billingIncrementMinutes: 60 });
    const driverToken = await server.tokenFor(s.driver.email);
    const start = new Date(Date.now() + 48 * 3_600_000);
    start.setUTCMinutes(0, 0, 0);
    const window = { start: start.toISOString(), end: new Date(start.getTime() + 7_200_000).toISOString() };
    const created = await call(
      `mutation($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } ${ERRORS} } }`,
      { lotId: nodeId('Lot', s.lotId), vehicleId: nodeId('Vehicle', s.driver.vehicleId), window },
      driverToken,
    );
    expect(created.userErrors).toEqual([]);
    const bookingId = (created.booking as { id: string }).id;
    await call(`mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id } ${ERRORS} } }`, { bookingId }, driverToken);

    await target.waitFor((hits) => hits.length >= 2);
    expect(target.hits.map((hit) => hit.json.type)).toEqual(['booking.created', 'booking.cancelled']);
    for (const hit of target.hits) {
      expect(verify(hit, secret)).toEqual(hit.json);
      expect(hit.headers['content-type']).toBe('application/json');
      expect(Number(hit.headers['webhook-timestamp'])).toBeCloseTo(Date.now() / 1000, -2);
    }
    // a wrong secret does not verify
    expect(() => verify(target.hits[0]!, `whsec_${Buffer.alloc(32, 7).toString('base64')}`)).toThrow();
    expect(target.hits[0]!.json.data).toMatchObject({ bookingId, lotId: nodeId('Lot', s.lotId), status: 'CONFIRMED', previousStatus: null, startsAt: window.start, endsAt: window.end });
    expect(target.hits[1]!.json.data).toMatchObject({ bookingId, status: 'CANCELLED', previousStatus: 'CONFIRMED' });

    // the delivery log shows each with its event id, response code and timing
    await until(async () => (await log(endpoint.id, s.manager)).deliveries.every((delivery) => delivery.state === 'DELIVERED'));
    const { deliveries } = await log(endpoint.id, s.manager);
    expect(deliveries.map((delivery) => [delivery.eventType, delivery.state, delivery.attemptCount])).toEqual([
      ['BOOKING_CANCELLED', 'DELIVERED', 1],
      ['BOOKING_CREATED', 'DELIVERED', 1],
    ]);
    expect(deliveries.map((delivery) => delivery.eventId)).toEqual([target.hits[1]!.id, target.hits[0]!.id]);
    expect(deliveries[0]!.payload).toBe(target.hits[1]!.body);
    expect(deliveries[0]!.attempts).toEqual([{ statusCode: 204, durationMs: expect.any(Number), error: null, attemptedAt: expect.any(String) }]);
  });

  it('sends each subscribed type: check-in, completion, no-show, lot changes; nothing unsubscribed', async () => {
    const s = await scene();
    const target = await receiver();
    const { secret } = await register(s, target.url, ['BOOKING_CHECKED_IN', 'BOOKING_COMPLETED', 'BOOKING_NO_SHOW', 'LOT_CHANGED']);
    const [a, b] = [await book(s, 0), await book(s, 1)];
    await setStatus([a], 'CHECKED_IN');
    await setStatus([a], 'COMPLETED');
    await setStatus([b], 'NO_SHOW');
    await database.db.update(lots).set({ name: 'Renamed Webhook Lot', walkInsAllowed: true }).where(eq(lots.id, s.lotId));
    await target.waitFor((hits) => hits.length >= 4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.hits.map((hit) => [hit.json.type, hit.json.data.bookingId ?? hit.json.data.changedFields])).toEqual([
      ['booking.checked_in', nodeId('Booking', a)],
      ['booking.completed', nodeId('Booking', a)],
      ['booking.no_show', nodeId('Booking', b)],
      ['lot.changed', ['name', 'walkInsAllowed']],
    ]);
    for (const hit of target.hits) verify(hit, secret);
  });

  it('keeps the order of each lot while an endpoint fails and recovers', async () => {
    const s = await scene();
    const target = await receiver();
    await register(s, target.url, ['BOOKING_CREATED', 'BOOKING_CANCELLED']);
    let failures = 0;
    target.respond = () => (failures++ < 2 ? 503 : 204);
    const ids = [];
    for (let space = 0; space < 5; space++) ids.push(await book(s, space));
    await setStatus(ids.slice(0, 2), 'CANCELLED');
    await target.waitFor((hits) => hits.filter((hit) => hit.status === 204).length >= 7);
    const delivered = target.hits.filter((hit) => hit.status === 204);
    expect(delivered.map((hit) => [hit.json.type, hit.json.data.bookingId])).toEqual([
      ...ids.map((id) => ['booking.created', nodeId('Booking', id)]),
      // one statement cancelled two: its rows come in the order of their ids
      ...ids.slice(0, 2).sort().map((id) => ['booking.cancelled', nodeId('Booking', id)]),
    ]);
    // the first delivery was retried (same id) before anything after it went out
    expect(target.hits.slice(0, 3).map((hit) => [hit.id, hit.status])).toEqual([
      [delivered[0]!.id, 503],
      [delivered[0]!.id, 503],
      [delivered[0]!.id, 204],
    ]);
    // each retry waited at least its back-off (100 ms, then 200 ms); a busy machine only adds to the gaps
    expect(target.hits[1]!.receivedAt - target.hits[0]!.receivedAt).toBeGreaterThanOrEqual(FAST.retry.firstDelayMs);
    expect(target.hits[2]!.receivedAt - target.hits[1]!.receivedAt).toBeGreaterThanOrEqual(2 * FAST.retry.firstDelayMs);
  });

  it('coalesces occupancy: at most one snapshot per lot per interval, the latest state, versions rising', async () => {
    const s = await scene();
    const target = await receiver();
    await register(s, target.url, ['LOT_OCCUPANCY'], { occupancyIntervalSeconds: 1 });
    const started = Date.now();
    const ids = [];
    for (let space = 0; space < 4; space++) ids.push(await book(s, space, 0));
    // a liveness wait (generous: under the full PostgreSQL run one attempt can fail and back off 5 s)
    await target.waitFor((hits) => hits.some((hit) => hit.json.data.reserved === 4), 30_000).catch(async (error: unknown) => {
      const rows = await database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.lotId, s.lotId));
      throw new Error(`${String(error)}\n${JSON.stringify({ hits: target.hits.map((hit) => hit.body), rows }, null, 1)}`);
    });
    // each snapshot's first arrival: a send that timed out on a loaded machine is retried with its webhook-id
    const arrivals = target.hits.filter((hit, i) => target.hits.findIndex((other) => other.id === hit.id) === i);
    const snapshots = arrivals.map((hit) => hit.json.data as { version: number; reserved: number; total: number; lotId: string });
    expect(snapshots.length).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 1000) + 1);
    expect(snapshots.every((snapshot) => snapshot.lotId === nodeId('Lot', s.lotId) && snapshot.total === 6)).toBe(true);
    const versions = snapshots.map((snapshot) => snapshot.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    for (let i = 1; i < arrivals.length; i++) expect(arrivals[i]!.receivedAt - arrivals[i - 1]!.receivedAt).toBeGreaterThanOrEqual(500);
  });

  /** What /metrics counts of dead letters (all reasons) and of endpoints the worker disabled. */
  async function givenUpCounts(): Promise<{ deadLetters: number; endpointsDisabled: number }> {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const sum = (pattern: RegExp) => [...text.matchAll(pattern)].reduce((total, [, value]) => total + Number(value), 0);
    return {
      deadLetters: sum(/^parkway_webhook_dead_letters_total\{reason="(?:retries_exhausted|endpoint_disabled)"\} (\d+)$/gm),
      endpointsDisabled: sum(/^parkway_webhook_endpoints_disabled_total (\d+)$/gm),
    };
  }

  it('backs off, dead-letters, and disables an endpoint that keeps failing, with the reason visible', async () => {
    const before = await givenUpCounts();
    const s = await scene();
    const target = await receiver();
    target.respond = () => 500;
    const { endpoint } = await register(s, target.url, ['BOOKING_CREATED']);
    await book(s, 0);
    await book(s, 1);
    await until(async () => !(await log(endpoint.id, s.manager)).enabled, 10_000);
    const after = await log(endpoint.id, s.manager);
    expect(after.disabledReason).toMatch(/^Every delivery attempt failed for 2.5 seconds; the last: HTTP 500: receiver says no$/);
    expect(after.failingSince).not.toBeNull();
    expect(after.deliveries.map((delivery) => delivery.state)).toEqual(['DEAD', 'DEAD']);
    // /metrics counts both dead letters and the disabled endpoint, for the alert (deploy/monitoring/alerts.yaml)
    expect(await givenUpCounts()).toEqual({ deadLetters: before.deadLetters + 2, endpointsDisabled: before.endpointsDisabled + 1 });
    const first = after.deliveries[1]!;
    expect(first.attemptCount).toBeGreaterThanOrEqual(3);
    expect(first.attempts.every((attempt) => attempt.statusCode === 500 && attempt.error === 'HTTP 500: receiver says no')).toBe(true);
    // the gaps between attempts grow (exponential back-off from 100 ms) up to the 800 ms cap
    const times = target.hits.filter((hit) => hit.id === first.eventId).map((hit) => hit.receivedAt);
    const gaps = times.slice(1).map((time, i) => time - times[i]!);
    expect(gaps.at(-1)!).toBeGreaterThanOrEqual(750);
    expect(gaps.at(-1)!).toBeGreaterThan(gaps[0]!);
    // nothing more is sent to a disabled endpoint
    const hits = target.hits.length;
    await book(s, 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(target.hits.length).toBe(hits);
    expect((await call(REDELIVER, { deliveryId: first.id }, s.manager)).userErrors).toEqual([expect.objectContaining({ code: 'ENDPOINT_DISABLED' })]);

    // enabled again, a redelivered dead letter goes out with its original id
    target.respond = () => 204;
    await call(UPDATE, { endpointId: endpoint.id, enabled: true }, s.manager);
    expect(await call(REDELIVER, { deliveryId: first.id }, s.manager)).toEqual({ webhookDelivery: { id: first.id, eventId: first.eventId, state: 'PENDING' }, userErrors: [] });
    await target.waitFor((all) => all.some((hit) => hit.id === first.eventId && hit.status === 204));
    await until(async () => (await log(endpoint.id, s.manager)).deliveries.find((delivery) => delivery.id === first.id)?.state === 'DELIVERED');
  });

  it('signs with both secrets while a rotation overlaps, then with the new one only', async () => {
    const s = await scene();
    const target = await receiver();
    const { endpoint, secret: oldSecret } = await register(s, target.url, ['BOOKING_CREATED']);
    const rotated = await call(ROTATE, { endpointId: endpoint.id, overlapSeconds: 3600 }, s.manager);
    const newSecret = rotated.secret as string;
    expect(newSecret).not.toBe(oldSecret);
    expect(Date.parse((rotated.webhookEndpoint as Endpoint).previousSecretExpiresAt!) - Date.now()).toBeGreaterThan(3_500_000);
    await book(s, 0);
    await target.waitFor((hits) => hits.length === 1);
    const overlapping = target.hits[0]!;
    expect(overlapping.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(verify(overlapping, oldSecret)).toEqual(overlapping.json);
    expect(verify(overlapping, newSecret)).toEqual(overlapping.json);

    const again = await call(ROTATE, { endpointId: endpoint.id, overlapSeconds: 0 }, s.manager);
    const newest = again.secret as string;
    expect((again.webhookEndpoint as Endpoint).previousSecretExpiresAt).toBeNull();
    await book(s, 1);
    await target.waitFor((hits) => hits.length === 2);
    const single = target.hits[1]!;
    expect(single.headers['webhook-signature']!.split(' ')).toHaveLength(1);
    expect(verify(single, newest)).toEqual(single.json);
    expect(() => verify(single, newSecret)).toThrow();
    expect(() => verify(single, oldSecret)).toThrow();
  });

  it('redelivers a delivered event with the same webhook-id', async () => {
    const s = await scene();
    const target = await receiver();
    const { endpoint, secret } = await register(s, target.url, ['BOOKING_CREATED']);
    await book(s, 0);
    await until(async () => (await log(endpoint.id, s.manager)).deliveries[0]?.state === 'DELIVERED');
    const [delivery] = (await log(endpoint.id, s.manager)).deliveries;
    expect((await call(REDELIVER, { deliveryId: delivery!.id }, s.manager)).userErrors).toEqual([]);
    await target.waitFor((hits) => hits.length === 2);
    expect(target.hits.map((hit) => hit.id)).toEqual([delivery!.eventId, delivery!.eventId]);
    expect(target.hits[1]!.body).toBe(target.hits[0]!.body);
    verify(target.hits[1]!, secret);
    await until(async () => (await log(endpoint.id, s.manager)).deliveries[0]?.attemptCount === 2);
    const stranger = await server.tokenFor((await createUser(database.db)).email);
    expect((await call(REDELIVER, { deliveryId: delivery!.id }, stranger)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
  });
});

describe('server-side request forgery guard', () => {
  it('refuses private, loopback and link-local endpoints unless configured, and re-checks at send time', async () => {
    const s = await scene();
    const target = await receiver();
    // registered while private networks are allowed (the test server's setting), over https
    const { endpoint } = await register(s, target.url.replace('http://', 'https://'), ['BOOKING_CREATED']);
    await server.stop();
    const strict = await startTestServer({ database, webhooks: { ...FAST, allowPrivateNetworks: false } });
    try {
      const operatorId = gid('Operator', s.operatorId);
      const refused = async (url: string) => (await call(CREATE, { operatorId, url, eventTypes: ['LOT_CHANGED'] }, s.manager, strict)).userErrors;
      for (const url of ['https://127.0.0.1/hooks', 'https://10.1.2.3/', 'https://192.168.0.10/', 'https://169.254.169.254/latest', 'https://[::1]/', 'https://[fd00::1]/', 'https://[::ffff:127.0.0.1]/', 'https://localhost:8443/']) {
        expect(await refused(url), url).toEqual([expect.objectContaining({ code: 'UNSAFE_URL', field: ['input', 'url'] })]);
      }
      // plain http only where private networks are allowed
      expect(await refused('http://93.184.215.14/')).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'url'] })]);

      // the endpoint registered before: each send re-resolves and refuses it
      await book(s, 0);
      const attempts = async () =>
        (await strict.graphql<{ node: { deliveries: { edges: Array<{ node: Delivery }> } } }>(LOG, { id: endpoint.id }, { as: s.manager })).data!.node.deliveries.edges[0]?.node
          .attemptCount ?? 0;
      await until(async () => (await attempts()) >= 2, 10_000);
      const logged = (await strict.graphql<{ node: { deliveries: { edges: Array<{ node: Delivery }> } } }>(LOG, { id: endpoint.id }, { as: s.manager })).data!.node.deliveries.edges[0]!.node;
      expect(logged.attempts[0]).toMatchObject({ statusCode: null, error: 'The host 127.0.0.1 resolves to 127.0.0.1, which is not a public address' });
      expect(target.hits).toEqual([]);
    } finally {
      await strict.stop();
      server = await startTestServer({ database, webhooks: FAST });
    }
  });
});

describe('at least once, across restarts and pruning', () => {
  it('ends with every event by id after the sender stops mid-stream, events are pruned meanwhile, and it starts again', async () => {
    const s = await scene();
    const target = await receiver();
    const { secret } = await register(s, target.url, ['BOOKING_CREATED', 'BOOKING_CANCELLED']);
    // slow answers, so the stop lands while sends are in flight
    target.delayMs = 30;
    const expected = new Set<string>();
    const writes = (async () => {
      for (let round = 0; round < 12; round++) {
        const id = await book(s, round % 6, 100 + round);
        expected.add(`booking.created:${nodeId('Booking', id)}`);
        await setStatus([id], 'CANCELLED');
        expected.add(`booking.cancelled:${nodeId('Booking', id)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    await target.waitFor((hits) => hits.length >= 3);
    await server.stop();
    await writes;
    // the sender is down: the prune job would delete these events, but they are above the outbox cursor
    await pruneEventsBefore(database.db, new Date(Date.now() + 3_600_000));
    server = await startTestServer({ database, webhooks: FAST });
    await target.waitFor((hits) => new Set(hits.map((hit) => `${hit.json.type}:${hit.json.data.bookingId}`)).size >= expected.size, 20_000);
    const byId = new Map<string, ReceivedWebhook>();
    let duplicates = 0;
    for (const hit of target.hits) {
      verify(hit, secret);
      if (byId.has(hit.id)) duplicates += 1;
      else byId.set(hit.id, hit);
    }
    expect(new Set([...byId.values()].map((hit) => `${hit.json.type}:${hit.json.data.bookingId}`))).toEqual(expected);
    expect(byId.size).toBe(expected.size);
    // at least once: a send cut off by the stop may arrive twice, and only such a send
    expect(duplicates).toBeLessThanOrEqual(1);
    const rows = await database.db.select().from(webhookDeliveries).where(inArray(webhookDeliveries.eventId, [...byId.keys()]));
    expect(rows.length).toBe(expected.size);
  });
});

describe.runIf(onPostgres)('two senders on one PostgreSQL database', () => {
  it('never send the same attempt twice', async () => {
    const second = await startTestServer({ database, webhooks: FAST });
    try {
      const scenes = [await scene(), await scene(), await scene()];
      const targets = [];
      const endpointIds: string[] = [];
      for (const s of scenes) {
        const target = await receiver();
        targets.push(target);
        for (let i = 0; i < 4; i++) endpointIds.push((await register(s, `${target.url}?endpoint=${i}`, ['BOOKING_CREATED', 'BOOKING_CANCELLED'])).endpoint.id);
      }
      const ids: string[] = [];
      for (let round = 0; round < 10; round++) {
        for (const s of scenes) ids.push(await book(s, round % 6, 200 + round));
      }
      await setStatus(ids, 'CANCELLED');
      // 3 operators x 4 endpoints x 10 bookings x (created, cancelled)
      for (const target of targets) await target.waitFor((hits) => hits.length >= 4 * 10 * 2, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const target of targets) {
        expect(target.hits).toHaveLength(80);
        expect(new Set(target.hits.map((hit) => `${hit.path} ${hit.id}`)).size).toBe(80);
      }
      const rawIds = endpointIds.map((id) => Buffer.from(id, 'base64url').toString().split(':')[1]!);
      const rows = await database.db.select().from(webhookDeliveries).where(inArray(webhookDeliveries.endpointId, rawIds));
      expect(rows).toHaveLength(240);
      expect(rows.filter((row) => row.state !== 'DELIVERED' || row.attempts !== 1)).toEqual([]);
    } finally {
      await second.stop();
    }
  });
});
