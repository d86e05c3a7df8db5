import Stripe from 'stripe';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, payments } from '../src/db/schema/index.js';
import { nodeId } from './helpers/fixtures.js';
import { startFakeStripe, TEST_CARDS, type FakeStripe } from './helpers/fake-stripe.js';
import {
  book,
  BOOKING_PAYMENT,
  CHECK_IN,
  CHECK_OUT,
  endBookingAgo,
  ledgerInvariants,
  ledgerOfBooking,
  moneyWorld,
  REFUND,
  send,
  sqlRows,
  type MoneyWorld,
} from './helpers/payments.js';
import { startTestServer, type TestServer } from './helpers/server.js';

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

beforeAll(async () => {
  fake = await startFakeStripe(SECRET_KEY);
  server = await startTestServer({
    scheduler: { intervalMs: 200 },
    payments: {
      stripe: { secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET, apiBase: fake.url, timeoutMs: 400 },
      pendingTtlMs: 2_500,
      reconcileAfterMs: 0,
    },
  });
  world = await moneyWorld(server, { provider: 'stripe', stripeAccountId: CONNECTED_ACCOUNT, spaces: 6 });
});
afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

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
    expect(capture).toMatchObject({ idempotencyKey: `${payment!.id}:capture`, form: { amount_to_capture: '300', application_fee_amount: '30' } });
    expect(fake.intents.get(payment!.providerRef!)).toMatchObject({ status: 'succeeded', amount_received: 300 });
    // the destination charge paid the owner out: nothing stays payable, the platform holds its 10%
    expect(await ledgerOfBooking(server, id)).toEqual({ PROVIDER_CLEARING: 30, OPERATOR_PAYABLE: 0, PLATFORM_COMMISSION: -30 });

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
    const [row] = await server.database.db.select().from(payments).where(eq(payments.id, extraId));
    await waitFor(async () => ((await server.database.db.select().from(payments).where(eq(payments.id, extraId)))[0]!.providerRef ? true : undefined), 'its reference');
    expect(row!.kind).toBe('EXTRA');
  });

  it('settles a PENDING_PAYMENT hold from a signed payment_intent.amount_capturable_updated webhook', async () => {
    fake.mode = 'hang';
    const created = await book(server, world, 400, 460, { paymentMethod: TEST_CARDS.visa });
    // reconciliation cannot reach Stripe either: only the webhook can settle it
    fake.mode = 'down';
    expect(created.booking.payment.status).toBe('PENDING_PAYMENT');
    const [payment] = await server.database.db.select().from(payments).where(eq(payments.bookingId, idOf(created.booking.id)));
    const payload = JSON.stringify({
      id: 'evt_fake_capturable_1',
      object: 'event',
      type: 'payment_intent.amount_capturable_updated',
      api_version: Stripe.API_VERSION,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: { object: { id: 'pi_fake_from_webhook', object: 'payment_intent', amount: 300, amount_capturable: 300, status: 'requires_capture', metadata: { payment_id: payment!.id } } },
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
    expect(created.booking.status).toBe('CONFIRMED');
    expect(created.booking.payment.status).toBe('PENDING_PAYMENT');
    expect(Date.parse(created.booking.payment.expiresAt)).toBeGreaterThan(Date.now());
    const settled = await waitFor(async () => ((await paymentOf(created.booking.id)).status === 'AUTHORIZED' ? true : undefined), 'the hold');
    expect(settled).toBe(true);
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

  it('applies a refund made at Stripe once: a replayed delivery writes no second entry, a bad signature is refused', async () => {
    const created = await book(server, world, 2, 62, { paymentMethod: TEST_CARDS.visa });
    await send(server, CHECK_IN, { bookingId: created.booking.id }, world.driver.token);
    await send(server, CHECK_OUT, { bookingId: created.booking.id }, world.driver.token);
    const [payment] = await server.database.db.select().from(payments).where(eq(payments.bookingId, idOf(created.booking.id)));
    const event = {
      id: 'evt_fake_refund_1',
      object: 'event',
      type: 'charge.refunded',
      api_version: Stripe.API_VERSION,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: { object: { id: 'ch_fake_1', object: 'charge', amount: 300, amount_refunded: 120, payment_intent: payment!.providerRef, refunded: false } },
    };
    const payload = JSON.stringify(event);
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
