import Stripe from 'stripe';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, payments, vehicles } from '../src/db/schema/index.js';
import { nodeId } from './helpers/fixtures.js';
import { startFakeStripe, TEST_CARDS, type FakeStripe } from './helpers/fake-stripe.js';
import {
  book,
  BOOKING_PAYMENT,
  CANCEL_BOOKING,
  CHECK_IN,
  CHECK_OUT,
  endBookingAgo,
  ledgerInvariants,
  ledgerOf,
  ledgerOfBooking,
  MARK_RECEIVED,
  minutesFromNow,
  moneyWorld,
  readPlate,
  REFUND,
  registerGate,
  send,
  setLotPolicy,
  sqlRows,
  statementOf,
  type MoneyWorld,
} from './helpers/payments.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver.js';

// The Stripe provider through the API, with the official `stripe` library pointed at a local fake
// of the PaymentIntents/Refunds API (test/helpers/fake-stripe.ts): holds, captures and refunds
// with idempotency keys, a declined card, a provider that does not answer (settled or released
// by the reconciliation job), and signed webhooks applied once. Not verified against live Stripe.

const SECRET_KEY = 'sk_test_parkway_fake';
const WEBHOOK_SECRET = 'whsec_parkway_test';
const CONNECTED_ACCOUNT = 'acct_1ParkwayOwner';

let fake: FakeStripe;
let server: TestServer;
let world: MoneyWorld;
let partner: WebhookReceiver;

beforeAll(async () => {
  fake = await startFakeStripe(SECRET_KEY);
  server = await startTestServer({
    scheduler: { intervalMs: 200 },
    payments: {
      stripe: { secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET, apiBase: fake.url, timeoutMs: 400 },
      // long enough that no test races it: the release test makes its hold's expiry pass instead
      pendingTtlMs: 30 * 60_000,
      reconcileAfterMs: 0,
    },
    // partners' webhooks, delivered to a local receiver
    webhooks: { allowPrivateNetworks: true, sweepMs: 50, leaseSeconds: 2, sendTimeoutMs: 1_000 },
  });
  world = await moneyWorld(server, { provider: 'stripe', stripeAccountId: CONNECTED_ACCOUNT, spaces: 6 });
  partner = await startWebhookReceiver();
  const { data, errors } = await server.graphql<any>(
    `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code } } }`,
    { input: { operatorId: nodeId('Operator', world.operatorId), url: partner.url, eventTypes: ['BOOKING_CREATED', 'BOOKING_CONFIRMED'] } },
    { as: world.managerToken },
  );
  expect(errors).toBeUndefined();
  expect(data.createWebhookEndpoint.userErrors).toEqual([]);
});
afterAll(async () => {
  await server?.stop();
  await fake?.close();
  await partner?.close();
});

const ADMIT = `mutation ($input: AdmitVehicleInput!) { admitVehicle(input: $input) { session { id } userErrors { code field } } }`;

const idOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stripe's fee on an intent's charge, read from the fake's balance transaction. */
function stripeFeeOf(intentId: string): number {
  const charge = fake.charges.get(fake.intents.get(intentId)!.latest_charge!)!;
  return fake.balanceTransactions.get(charge.balance_transaction!)!.fee;
}

/** A Stripe event's JSON as Stripe sends it (the webhook endpoint verifies its signature). */
function stripeEvent(id: string, type: string, object: Record<string, unknown>): string {
  return JSON.stringify({ id, object: 'event', type, api_version: Stripe.API_VERSION, created: Math.floor(Date.now() / 1000), livemode: false, data: { object } });
}

async function bookingStatusOf(bookingGlobalId: string): Promise<string> {
  const { data } = await server.graphql<any>(BOOKING_PAYMENT, { id: bookingGlobalId }, { as: world.driver.token });
  return data.node.status;
}

const ledgerOfPayment = (paymentId: string) => ledgerOf(server, sql`p.id = ${paymentId}`);

async function paymentOf(bookingGlobalId: string) {
  const { data } = await server.graphql<any>(BOOKING_PAYMENT, { id: bookingGlobalId }, { as: world.driver.token });
  return data.node.payment;
}

describe('card payments through Stripe', () => {
  it('holds with a manual-capture destination charge, captures at check-out and refunds with the transfer reversed', async () => {
    const created = await book(server, world, 1, 61, { paymentMethod: TEST_CARDS.visa });
    expect(created.userErrors).toEqual([]);
    const id = created.booking.id;
    expect(created.booking.payment).toMatchObject({ status: 'AUTHORIZED', authorized: { amount: 300 }, payments: [{ provider: 'STRIPE' }] });
    const [payment] = await server.database.db.select().from(payments).where(eq(payments.bookingId, idOf(id)));
    const create = fake.requests.find((request) => request.path === '/v1/payment_intents' && request.form['metadata[payment_id]'] === payment!.id)!;
    expect(create).toMatchObject({
      method: 'POST',
      idempotencyKey: `${payment!.id}:authorize`,
      form: {
        amount: '300',
        currency: 'gbp',
        capture_method: 'manual',
        confirm: 'true',
        payment_method: TEST_CARDS.visa,
        'transfer_data[destination]': CONNECTED_ACCOUNT,
        application_fee_amount: '30',
        'metadata[booking_id]': idOf(id),
      },
    });
    expect(payment!.providerRef).toMatch(/^pi_/);

    await send(server, CHECK_IN, { bookingId: id }, world.driver.token);
    const out = await send(server, CHECK_OUT, { bookingId: id }, world.driver.token);
    expect(out.booking.payment).toMatchObject({ status: 'CAPTURED', captured: { amount: 300 } });
    // the reconciliation job makes the capture call after the check-out committed
    const capture = await waitFor(() => fake.requests.find((request) => request.path === `/v1/payment_intents/${payment!.providerRef}/capture`), 'the capture');
    expect(capture).toMatchObject({
      idempotencyKey: `${payment!.id}:capture`,
      form: { amount_to_capture: '300', application_fee_amount: '30', 'expand[0]': 'latest_charge.balance_transaction' },
    });
    expect(fake.intents.get(payment!.providerRef!)).toMatchObject({ status: 'succeeded', amount_received: 300 });
    // Stripe's fee, as its balance transaction says, is posted with the capture's result
    const fee = stripeFeeOf(payment!.providerRef!);
    expect(fee).toBeGreaterThan(0);
    await waitFor(async () => ((await ledgerOfBooking(server, id)).PROVIDER_FEES ? true : undefined), 'the fee entry');
    // the destination charge paid the owner out: nothing stays payable; the platform holds its 10% less Stripe's fee
    expect(await ledgerOfBooking(server, id)).toEqual({ PROVIDER_CLEARING: 30 - fee, OPERATOR_PAYABLE: 0, PLATFORM_COMMISSION: -30, PROVIDER_FEES: fee });
    const statement = await statementOf(server, world);
    expect(statement.csv).toContain(`,PROVIDER_FEE,BOOKING,${payment!.id},${idOf(id)},,GBP,0,0,0,${fee}\r\n`);
    expect(statement.totals[0]!.providerFees.amount).toBeGreaterThanOrEqual(fee);

    const refunded = await send(server, REFUND, { bookingId: id, amount: 100 }, world.managerToken);
    expect(refunded.booking.payment).toMatchObject({ status: 'PARTIALLY_REFUNDED', refunded: { amount: 100 } });
    const refund = await waitFor(() => fake.requests.find((request) => request.path === '/v1/refunds' && request.form.payment_intent === payment!.providerRef), 'the refund');
    expect(refund).toMatchObject({
      idempotencyKey: `${payment!.id}:refund:100`,
      form: { amount: '100', reverse_transfer: 'true', refund_application_fee: 'true' },
    });
    expect(await ledgerInvariants(server)).toEqual({ unbalanced: [], broken: [] });
  });

  it('charges an overstay beyond the hold off-session to the same card, as its own automatic-capture PaymentIntent', async () => {
    const created = await book(server, world, 3, 63, { paymentMethod: TEST_CARDS.visa });
    const id = created.booking.id;
    await send(server, CHECK_IN, { bookingId: id }, world.driver.token);
    await endBookingAgo(server, id, 60);
    const out = await send(server, CHECK_OUT, { bookingId: id }, world.driver.token);
    const extra = out.booking.payment.payments.find((payment: any) => payment.kind === 'EXTRA');
    expect(extra).toMatchObject({ provider: 'STRIPE', status: 'CAPTURED' });
    const extraId = Buffer.from(extra.id, 'base64url').toString().split(':')[1]!;
    const charge = await waitFor(() => fake.requests.find((request) => request.idempotencyKey === `${extraId}:charge`), 'the overstay charge');
    expect(charge).toMatchObject({
      method: 'POST',
      path: '/v1/payment_intents',
      form: {
        amount: String(extra.captured.amount),
        capture_method: 'automatic',
        off_session: 'true',
        confirm: 'true',
        payment_method: TEST_CARDS.visa,
        'transfer_data[destination]': CONNECTED_ACCOUNT,
        application_fee_amount: String(Math.round(extra.captured.amount / 10)),
      },
    });
    expect(charge!.form['expand[0]']).toBe('latest_charge.balance_transaction');
    const [row] = await waitFor(async () => {
      const rows = await server.database.db.select().from(payments).where(eq(payments.id, extraId));
      return rows[0]!.providerRef ? rows : undefined;
    }, 'its reference');
    expect(row!.kind).toBe('EXTRA');
    // its fee came back with the charge itself
    const fees = await waitFor(
      async () => (await sqlRows<{ amount: number }>(server, sql`SELECT l.amount::int AS amount FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
        JOIN ledger_accounts a ON a.id = l.account_id WHERE e.payment_id = ${extraId} AND a.kind = 'PROVIDER_FEES'`)).map((line) => line.amount).at(0),
      'the charge fee entry',
    );
    expect(fees).toBe(stripeFeeOf(row!.providerRef!));
  });

  it('turns an overstay charge the card declines into a debt the driver owes, which the operator collects', async () => {
    const created = await book(server, world, 4, 64, { paymentMethod: TEST_CARDS.visa });
    const id = created.booking.id;
    await send(server, CHECK_IN, { bookingId: id }, world.driver.token);
    await endBookingAgo(server, id, 60);
    // the card was emptied or cancelled after the hold: the off-session charge is declined
    fake.decliningCards.add(TEST_CARDS.visa);
    try {
      const out = await send(server, CHECK_OUT, { bookingId: id }, world.driver.token);
      const extra = out.booking.payment.payments.find((payment: any) => payment.kind === 'EXTRA');
      const extraId = idOf(extra.id);
      const owed = await waitFor(async () => {
        const payment = await paymentOf(id);
        return payment.status === 'OWED' ? payment : undefined;
      }, 'the decline');
      expect(owed.payments.find((payment: any) => payment.kind === 'EXTRA')).toMatchObject({
        status: 'OWED',
        declineReason: 'Your card has insufficient funds.',
        receivedAt: null,
      });
      expect(owed.payments.find((payment: any) => payment.kind === 'BOOKING').status).toBe('CAPTURED');
      const amount = extra.captured.amount as number;
      const commission = Math.round(amount / 10);
      // the overstay is owed by the driver now, not by Stripe; its payout (never made) is payable again
      expect(await ledgerOfPayment(extraId)).toEqual({ DRIVER_RECEIVABLE: amount, PROVIDER_CLEARING: 0, OPERATOR_PAYABLE: -(amount - commission), PLATFORM_COMMISSION: -commission });
      const [operation] = await sqlRows<{ done: boolean; last_error: string }>(
        server,
        sql`SELECT done_at IS NOT NULL AS done, last_error FROM provider_operations WHERE payment_id = ${extraId} AND kind = 'CHARGE'`,
      );
      expect(operation).toEqual({ done: true, last_error: 'declined: Your card has insufficient funds.' });
      const month = await statementOf(server, world);
      expect(month.totals[0]!.declined.amount).toBeGreaterThanOrEqual(amount);
      expect(month.csv).toContain(`,DECLINED,EXTRA,${extraId},${idOf(id)},,GBP,${amount - commission},0,${amount},0`);

      // the driver pays at the lot: the manager marks it received; the card payment is not touched
      const received = await send(server, MARK_RECEIVED, { bookingId: id }, world.managerToken);
      expect(received.userErrors).toEqual([]);
      const after = await paymentOf(id);
      expect(after.status).toBe('CAPTURED');
      expect(after.payments.find((payment: any) => payment.kind === 'EXTRA').receivedAt).not.toBeNull();
      expect(await ledgerOfPayment(extraId)).toMatchObject({ DRIVER_RECEIVABLE: 0, OPERATOR_PAYABLE: commission });
      expect(await ledgerInvariants(server)).toEqual({ unbalanced: [], broken: [] });
    } finally {
      fake.decliningCards.delete(TEST_CARDS.visa);
    }
  });

  it('settles a PENDING_PAYMENT hold from a signed payment_intent.amount_capturable_updated webhook', async () => {
    fake.mode = 'hang';
    const created = await book(server, world, 400, 460, { paymentMethod: TEST_CARDS.visa });
    // reconciliation cannot reach Stripe either: only the webhook can settle it
    fake.mode = 'down';
    expect(created.booking.payment.status).toBe('PENDING_PAYMENT');
    const [payment] = await server.database.db.select().from(payments).where(eq(payments.bookingId, idOf(created.booking.id)));
    const payload = stripeEvent('evt_fake_capturable_1', 'payment_intent.amount_capturable_updated', {
      id: 'pi_fake_from_webhook',
      object: 'payment_intent',
      amount: 300,
      amount_capturable: 300,
      status: 'requires_capture',
      metadata: { payment_id: payment!.id },
    });
    const stripe = new Stripe(SECRET_KEY);
    const response = await fetch(`${server.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) },
      body: payload,
    });
    fake.mode = 'normal';
    expect(await response.json()).toEqual({ received: true, outcome: 'applied' });
    expect(await paymentOf(created.booking.id)).toMatchObject({ status: 'AUTHORIZED', expiresAt: null });
    const [settled] = await server.database.db.select().from(payments).where(eq(payments.id, payment!.id));
    expect(settled!.providerRef).toBe('pi_fake_from_webhook');
  });

  it('keeps a booking waiting on its payment PENDING_PAYMENT: it holds its space but opens no gate, no self check-in, no staff admit; confirmed once held', async () => {
    fake.mode = 'down';
    const spaceId = nodeId('Space', world.spaceIds[3]!);
    const window = { start: minutesFromNow(1).toISOString(), end: minutesFromNow(61).toISOString() };
    const available = async () => {
      const { data } = await server.graphql<any>(`query ($id: ID!, $window: TimeWindowInput!) { node(id: $id) { ... on Lot { availability(window: $window) { available } } } }`, {
        id: nodeId('Lot', world.lotId),
        window,
      });
      return data.node.availability.available as number;
    };
    try {
      const before = await available();
      const created = await book(server, world, 1, 61, { paymentMethod: TEST_CARDS.visa, spaceId });
      expect(created.userErrors).toEqual([]);
      expect(created.booking).toMatchObject({ status: 'PENDING_PAYMENT', payment: { status: 'PENDING_PAYMENT' } });
      const id = created.booking.id;

      // it holds its space: one fewer free for its window, the same bay cannot be booked again, and
      // once its window has begun the bay shows RESERVED
      expect(await available()).toBe(before - 1);
      const again = await book(server, world, 1, 61, { paymentMethod: TEST_CARDS.visa, spaceId });
      expect(again.userErrors.map((error: any) => error.code)).toEqual(['NOT_AVAILABLE']);
      await endBookingAgo(server, id, -59);
      const { data } = await server.graphql<any>(`query ($id: ID!) { node(id: $id) { ... on Space { status } } }`, { id: spaceId }, { as: world.driver.token });
      expect(data.node.status).toBe('RESERVED');

      // but the car does not get in: self check-in, the gate (even with walk-ins allowed) and staff refuse
      const checkIn = await send(server, CHECK_IN, { bookingId: id }, world.driver.token);
      expect(checkIn).toMatchObject({ booking: null, userErrors: [{ code: 'PAYMENT_PENDING', field: ['input', 'bookingId'] }] });
      await setLotPolicy(server, world.lotId, { walkInsAllowed: true });
      const gate = await registerGate(server, world, 'ENTRY');
      const [vehicle] = await server.database.db.select().from(vehicles).where(eq(vehicles.id, world.driver.vehicleId));
      expect(await readPlate(server, gate, vehicle!.plate)).toMatchObject({ decision: 'DENY', reason: 'PAYMENT_PENDING', read: { session: null } });
      const admit = await send(server, ADMIT, { gateId: gate.id, plate: vehicle!.plate, reason: 'Driver at the barrier' }, world.managerToken);
      expect(admit).toMatchObject({ session: null, userErrors: [{ code: 'PAYMENT_PENDING' }] });
      expect(await bookingStatusOf(id)).toBe('PENDING_PAYMENT');

      // Stripe answers again: reconciliation holds the price and the booking is CONFIRMED; now the car gets in
      fake.mode = 'normal';
      await waitFor(async () => ((await bookingStatusOf(id)) === 'CONFIRMED' ? true : undefined), 'the confirmation');
      expect((await paymentOf(id)).status).toBe('AUTHORIZED');
      // (at another gate: a car waiting at the first one would get its first decision repeated)
      expect(await readPlate(server, await registerGate(server, world, 'ENTRY'), vehicle!.plate)).toMatchObject({ decision: 'OPEN', reason: 'BOOKING' });
      expect(await bookingStatusOf(id)).toBe('CHECKED_IN');
      // partners heard of it as created PENDING_PAYMENT, then confirmed
      const ofBooking = () => partner.hits.filter((hit) => hit.json.data.bookingId === id).map((hit) => [hit.json.type, hit.json.data.status, hit.json.data.previousStatus]);
      await partner.waitFor(() => ofBooking().length >= 2, 15_000);
      expect(ofBooking()).toEqual([
        ['booking.created', 'PENDING_PAYMENT', null],
        ['booking.confirmed', 'CONFIRMED', 'PENDING_PAYMENT'],
      ]);
      // the car leaves again (the same driver's vehicle parks in later tests)
      expect((await send(server, CHECK_OUT, { bookingId: id }, world.driver.token)).userErrors).toEqual([]);
    } finally {
      fake.mode = 'normal';
      await setLotPolicy(server, world.lotId, { walkInsAllowed: false });
    }
  });

  it('makes a cancellation fee captured from a hold Stripe had not answered a debt when the hold is declined later', async () => {
    fake.mode = 'down';
    const created = await book(server, world, 600, 660, { paymentMethod: TEST_CARDS.declined });
    expect(created.booking).toMatchObject({ status: 'PENDING_PAYMENT', payment: { status: 'PENDING_PAYMENT' } });
    const id = created.booking.id;
    // cancelled inside the fee window while the hold is still unanswered: the fee is captured in the books
    await setLotPolicy(server, world.lotId, { freeCancellationMinutes: 24 * 60, cancellationFeeAmount: 150 });
    const cancelled = await send(server, CANCEL_BOOKING, { bookingId: id }, world.driver.token);
    expect(cancelled.booking).toMatchObject({ status: 'CANCELLED', cancellationFee: { amount: 150 }, payment: { status: 'CAPTURED', captured: { amount: 150 } } });
    const [payment] = await server.database.db.select().from(payments).where(eq(payments.bookingId, idOf(id)));

    // Stripe is back: asked again with the same key, it declines the hold; the fee is now owed by the driver
    fake.mode = 'normal';
    const owed = await waitFor(async () => {
      const view = await paymentOf(id);
      return view.status === 'OWED' ? view : undefined;
    }, 'the decline');
    expect(owed.payments).toEqual([expect.objectContaining({ kind: 'BOOKING', status: 'OWED', declineReason: 'Your card was declined.', captured: { amount: 150 } })]);
    expect(fake.requests.filter((request) => request.idempotencyKey === `${payment!.id}:authorize`).length).toBeGreaterThanOrEqual(2);
    // nothing to capture at Stripe: the capture was given up, never sent
    expect(fake.requests.some((request) => request.idempotencyKey === `${payment!.id}:capture`)).toBe(false);
    expect(await ledgerOfPayment(payment!.id)).toEqual({ DRIVER_RECEIVABLE: 150, PROVIDER_CLEARING: 0, OPERATOR_PAYABLE: -135, PLATFORM_COMMISSION: -15 });
    // the driver's history shows it
    const history = await server.graphql<any>(`{ viewer { payments(first: 50) { edges { node { id status declinedAt } } } } }`, {}, { as: world.driver.token });
    expect(history.data.viewer.payments.edges.map((edge: any) => edge.node)).toContainEqual({
      id: Buffer.from(`Payment:${payment!.id}`).toString('base64url'),
      status: 'OWED',
      declinedAt: expect.any(String),
    });
    expect((await send(server, MARK_RECEIVED, { bookingId: id }, world.managerToken)).userErrors).toEqual([]);
    expect((await paymentOf(id)).status).toBe('CAPTURED');
    expect(await ledgerInvariants(server)).toEqual({ unbalanced: [], broken: [] });
    await setLotPolicy(server, world.lotId, { freeCancellationMinutes: 60, cancellationFeeAmount: 0 });
  });

  it('answers PAYMENT_DECLINED for a declined card, and leaves no booking and no held space', async () => {
    const before = await server.database.db.select().from(bookings).where(eq(bookings.driverId, world.driver.id));
    const spaceId = nodeId('Space', world.spaceIds[5]!);
    const declined = await book(server, world, 10, 70, { paymentMethod: TEST_CARDS.declined, spaceId });
    expect(declined).toMatchObject({ booking: null, userErrors: [{ code: 'PAYMENT_DECLINED', field: ['input', 'paymentMethod'] }] });
    expect(declined.userErrors[0].message).toContain('Your card was declined.');
    const after = await server.database.db.select().from(bookings).where(eq(bookings.driverId, world.driver.id));
    expect(after).toHaveLength(before.length);
    const again = await book(server, world, 10, 70, { paymentMethod: TEST_CARDS.visa, spaceId });
    expect(again.userErrors).toEqual([]);
  });

  it('leaves a booking PENDING_PAYMENT when Stripe does not answer, and reconciliation settles it with the same key', async () => {
    fake.mode = 'hang';
    const created = await book(server, world, 200, 260, { paymentMethod: TEST_CARDS.visa });
    fake.mode = 'normal';
    expect(created.userErrors).toEqual([]);
    expect(created.booking.status).toBe('PENDING_PAYMENT');
    expect(created.booking.payment.status).toBe('PENDING_PAYMENT');
    expect(Date.parse(created.booking.payment.expiresAt)).toBeGreaterThan(Date.now());
    const settled = await waitFor(async () => ((await paymentOf(created.booking.id)).status === 'AUTHORIZED' ? true : undefined), 'the hold');
    expect(settled).toBe(true);
    expect(await bookingStatusOf(created.booking.id)).toBe('CONFIRMED');
    const [payment] = await server.database.db.select().from(payments).where(eq(payments.bookingId, idOf(created.booking.id)));
    const asked = fake.requests.filter((request) => request.idempotencyKey === `${payment!.id}:authorize`);
    expect(asked.length).toBeGreaterThanOrEqual(2);
    // one PaymentIntent for the booking, whatever the retries
    expect([...fake.intents.values()].filter((intent) => intent.metadata.payment_id === payment!.id)).toHaveLength(1);
  });

  it('releases a PENDING_PAYMENT booking at its expiry when Stripe stays down, freeing the space', async () => {
    fake.mode = 'down';
    const spaceId = nodeId('Space', world.spaceIds[4]!);
    const created = await book(server, world, 30, 90, { paymentMethod: TEST_CARDS.visa, spaceId });
    expect(created.booking.payment.status).toBe('PENDING_PAYMENT');
    // time passes: the hold's expiry is reached with Stripe still down
    await server.database.db.update(payments).set({ expiresAt: new Date(Date.now() - 1_000) }).where(eq(payments.bookingId, idOf(created.booking.id)));
    const released = await waitFor(async () => {
      const { data } = await server.graphql<any>(BOOKING_PAYMENT, { id: created.booking.id }, { as: world.driver.token });
      return data.node.status === 'CANCELLED' ? data.node : undefined;
    }, 'the release');
    fake.mode = 'normal';
    expect(released.payment).toMatchObject({ status: 'RELEASED', captured: { amount: 0 } });
    const rebooked = await book(server, world, 30, 90, { paymentMethod: TEST_CARDS.visa, spaceId });
    expect(rebooked.userErrors).toEqual([]);
  });
});

describe('Stripe webhooks', () => {
  const stripe = new Stripe(SECRET_KEY);
  const deliver = async (payload: string, signature?: string) => {
    const response = await fetch(`${server.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature ?? stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) },
      body: payload,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('makes a fee captured from an unanswered hold a debt when payment_intent.payment_failed reports the hold failed', async () => {
    // Stripe's API stays unreachable throughout: only the webhook tells the outcome
    fake.mode = 'down';
    try {
      const created = await book(server, world, 700, 760, { paymentMethod: TEST_CARDS.visa });
      expect(created.booking.status).toBe('PENDING_PAYMENT');
      await setLotPolicy(server, world.lotId, { freeCancellationMinutes: 24 * 60, cancellationFeeAmount: 120 });
      const cancelled = await send(server, CANCEL_BOOKING, { bookingId: created.booking.id }, world.driver.token);
      expect(cancelled.booking.payment).toMatchObject({ status: 'CAPTURED', captured: { amount: 120 } });
      const [payment] = await server.database.db.select().from(payments).where(eq(payments.bookingId, idOf(created.booking.id)));
      const payload = stripeEvent('evt_fake_failed_1', 'payment_intent.payment_failed', {
        id: 'pi_fake_failed_1',
        object: 'payment_intent',
        amount: 300,
        status: 'requires_payment_method',
        last_payment_error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' },
        metadata: { payment_id: payment!.id },
      });
      expect(await deliver(payload)).toEqual({ status: 200, body: { received: true, outcome: 'applied' } });
      expect(await deliver(payload)).toEqual({ status: 200, body: { received: true, outcome: 'replayed' } });
      expect((await paymentOf(created.booking.id)).payments).toEqual([
        expect.objectContaining({ status: 'OWED', declineReason: 'Your card was declined.', captured: { amount: 120 } }),
      ]);
      expect(await ledgerOfPayment(payment!.id)).toEqual({ DRIVER_RECEIVABLE: 120, PROVIDER_CLEARING: 0, OPERATOR_PAYABLE: -108, PLATFORM_COMMISSION: -12 });
      expect(await ledgerInvariants(server)).toEqual({ unbalanced: [], broken: [] });
    } finally {
      fake.mode = 'normal';
      await setLotPolicy(server, world.lotId, { freeCancellationMinutes: 60, cancellationFeeAmount: 0 });
    }
  });

  it('applies a refund made at Stripe once: a replayed delivery writes no second entry, a bad signature is refused', async () => {
    const created = await book(server, world, 2, 62, { paymentMethod: TEST_CARDS.visa });
    await send(server, CHECK_IN, { bookingId: created.booking.id }, world.driver.token);
    await send(server, CHECK_OUT, { bookingId: created.booking.id }, world.driver.token);
    const [payment] = await server.database.db.select().from(payments).where(eq(payments.bookingId, idOf(created.booking.id)));
    const payload = stripeEvent('evt_fake_refund_1', 'charge.refunded', {
      id: 'ch_fake_1',
      object: 'charge',
      amount: 300,
      amount_refunded: 120,
      payment_intent: payment!.providerRef,
      refunded: false,
    });
    const entries = async () =>
      (await sqlRows<{ n: number }>(server, sql`SELECT count(*)::int AS n FROM journal_entries WHERE payment_id = ${payment!.id} AND kind = 'REFUND'`))[0]!.n;

    expect(await deliver(payload, 't=1,v1=0000')).toMatchObject({ status: 400 });
    expect(await entries()).toBe(0);
    expect(await deliver(payload)).toEqual({ status: 200, body: { received: true, outcome: 'applied' } });
    expect(await entries()).toBe(1);
    expect(await deliver(payload)).toEqual({ status: 200, body: { received: true, outcome: 'replayed' } });
    expect(await entries()).toBe(1);
    expect((await paymentOf(created.booking.id)).refunded).toEqual({ amount: 120 });
    expect(await ledgerInvariants(server)).toEqual({ unbalanced: [], broken: [] });
  });
});
