import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalEntries, journalLines, payments } from '../src/db/schema/index.js';
import { markNoShows } from '../src/jobs/index.js';
import { nodeId } from './helpers/fixtures.js';
import {
  book,
  BOOKING_PAYMENT,
  CANCEL_BOOKING,
  CHECK_IN,
  CHECK_OUT,
  endBookingAgo,
  ledgerInvariants,
  ledgerOfBooking,
  MARK_RECEIVED,
  moneyWorld,
  readPlate,
  REFUND,
  registerGate,
  send,
  setLotPolicy,
  sqlRows,
  STATEMENT,
  type MoneyWorld,
} from './helpers/payments.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// Money through the API with the embedded default provider (invoice): a booking's hold, its
// capture at check-out with overstay, cancellation fees, refunds, statements and receipts, and
// the ledger's balance enforced by the database.

let server: TestServer;
let world: MoneyWorld;

beforeAll(async () => {
  server = await startTestServer();
  world = await moneyWorld(server, { spaces: 6 });
});
afterAll(() => server?.stop());

const bookingIdOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

describe('a booking pays for itself', () => {
  it('authorises the locked price, captures it plus overstay at check-out, and the ledger balances', async () => {
    const created = await book(server, world, 1, 61);
    expect(created.userErrors).toEqual([]);
    const id = created.booking.id;
    expect(created.booking.payment).toMatchObject({
      status: 'AUTHORIZED',
      authorized: { amount: 300, currency: 'GBP' },
      captured: { amount: 0 },
      refunded: { amount: 0 },
      expiresAt: null,
      payments: [{ kind: 'BOOKING', status: 'AUTHORIZED', provider: 'INVOICE', authorized: { amount: 300 } }],
    });

    expect((await send(server, CHECK_IN, { bookingId: id }, world.driver.token)).userErrors).toEqual([]);
    // the driver stays an hour past the booking's end (grace is 10 minutes)
    await endBookingAgo(server, id, 60);
    const out = await send(server, CHECK_OUT, { bookingId: id }, world.driver.token);
    expect(out.userErrors).toEqual([]);
    const charge = out.session.charge.amount as number;
    expect(charge).toBeGreaterThan(300);
    expect(out.booking.payment).toMatchObject({
      status: 'CAPTURED',
      captured: { amount: charge },
      payments: [
        { kind: 'BOOKING', status: 'CAPTURED', authorized: { amount: 300 }, captured: { amount: 300 } },
        { kind: 'EXTRA', status: 'CAPTURED', authorized: { amount: charge - 300 }, captured: { amount: charge - 300 } },
      ],
    });
    const overstay = charge - 300;
    expect(await ledgerOfBooking(server, id)).toEqual({
      DRIVER_RECEIVABLE: charge,
      OPERATOR_PAYABLE: -(270 + overstay - Math.round(overstay / 10)),
      PLATFORM_COMMISSION: -(30 + Math.round(overstay / 10)),
    });
    expect(await ledgerInvariants(server)).toEqual({ unbalanced: [], broken: [] });
  });

  it('gives a receipt with the VAT inside the price and lists the driver payment history, newest first', async () => {
    const created = await book(server, world, 2, 62);
    await send(server, CHECK_IN, { bookingId: created.booking.id }, world.driver.token);
    await send(server, CHECK_OUT, { bookingId: created.booking.id }, world.driver.token);
    const { data, errors } = await server.graphql<any>(
      `{ viewer { payments(first: 1) { edges { node { kind captured { amount } booking { id } lot { name }
          receipt { total { amount currency } vat { amount } net { amount } vatRatePercent country lines { description amount { amount } } } } }
          pageInfo { hasNextPage endCursor } } } }`,
      {},
      { as: world.driver.token },
    );
    expect(errors).toBeUndefined();
    const [edge] = data.viewer.payments.edges;
    expect(edge.node).toEqual({
      kind: 'BOOKING',
      captured: { amount: 300 },
      booking: { id: created.booking.id },
      lot: { name: 'Money Yard' },
      // 300 includes 20% UK VAT: 50 of it is VAT
      receipt: {
        total: { amount: 300, currency: 'GBP' },
        vat: { amount: 50 },
        net: { amount: 250 },
        vatRatePercent: 20,
        country: 'GB',
        lines: [{ description: 'Parking booking at Money Yard', amount: { amount: 300 } }],
      },
    });
    expect(data.viewer.payments.pageInfo.hasNextPage).toBe(true);
    const next = await server.graphql<any>(
      `query ($after: String) { viewer { payments(first: 10, after: $after) { edges { node { kind booking { id } } } } } }`,
      { after: data.viewer.payments.pageInfo.endCursor },
      { as: world.driver.token },
    );
    const older = next.data.viewer.payments.edges.map((e: any) => e.node);
    expect(older).not.toContainEqual({ kind: 'BOOKING', booking: { id: created.booking.id } });
    expect(older.length).toBeGreaterThanOrEqual(2);
  });
});

describe('cancelling', () => {
  it('inside the free window releases the hold and charges nothing', async () => {
    await setLotPolicy(server, world.lotId, { freeCancellationMinutes: 60, cancellationFeeAmount: 150 });
    const created = await book(server, world, 180, 240);
    const cancelled = await send(server, CANCEL_BOOKING, { bookingId: created.booking.id }, world.driver.token);
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.booking).toMatchObject({ status: 'CANCELLED', cancellationFee: { amount: 0 } });
    expect(cancelled.booking.payment).toMatchObject({ status: 'RELEASED', authorized: { amount: 300 }, captured: { amount: 0 } });
    expect(await ledgerOfBooking(server, created.booking.id)).toEqual({});
  });

  it('outside it captures the fee and releases the rest', async () => {
    const created = await book(server, world, 30, 90);
    const cancelled = await send(server, CANCEL_BOOKING, { bookingId: created.booking.id }, world.driver.token);
    expect(cancelled.booking).toMatchObject({ status: 'CANCELLED', cancellationFee: { amount: 150 } });
    expect(cancelled.booking.payment).toMatchObject({ status: 'CAPTURED', authorized: { amount: 300 }, captured: { amount: 150 } });
    expect(await ledgerOfBooking(server, created.booking.id)).toEqual({ DRIVER_RECEIVABLE: 150, OPERATOR_PAYABLE: -135, PLATFORM_COMMISSION: -15 });
  });
});

describe('refunds', () => {
  it('the operator refunds part, then the rest; never more than was captured; the commission comes back in proportion', async () => {
    const created = await book(server, world, 3, 63);
    const id = created.booking.id;
    await send(server, CHECK_IN, { bookingId: id }, world.driver.token);
    await send(server, CHECK_OUT, { bookingId: id }, world.driver.token);

    const byDriver = await send(server, REFUND, { bookingId: id, amount: 100 }, world.driver.token);
    expect(byDriver.userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);

    const part = await send(server, REFUND, { bookingId: id, amount: 100 }, world.managerToken);
    expect(part.userErrors).toEqual([]);
    expect(part.booking.payment).toMatchObject({ status: 'PARTIALLY_REFUNDED', captured: { amount: 300 }, refunded: { amount: 100 } });

    const tooMuch = await send(server, REFUND, { bookingId: id, amount: 201 }, world.managerToken);
    expect(tooMuch).toMatchObject({ booking: null, userErrors: [{ code: 'REFUND_EXCEEDS_CAPTURE', field: ['input', 'amount'] }] });
    const zero = await send(server, REFUND, { bookingId: id, amount: 0 }, world.managerToken);
    expect(zero.userErrors.map((e: any) => e.code)).toEqual(['INVALID_INPUT']);

    const rest = await send(server, REFUND, { bookingId: id }, world.managerToken);
    expect(rest.booking.payment).toMatchObject({ status: 'REFUNDED', refunded: { amount: 300 } });
    const again = await send(server, REFUND, { bookingId: id, amount: 1 }, world.managerToken);
    expect(again.userErrors.map((e: any) => e.code)).toEqual(['NOTHING_TO_REFUND']);
    // everything given back: every account of this booking is back at zero
    expect(await ledgerOfBooking(server, id)).toEqual({ DRIVER_RECEIVABLE: 0, OPERATOR_PAYABLE: 0, PLATFORM_COMMISSION: 0 });
    expect(await ledgerInvariants(server)).toEqual({ unbalanced: [], broken: [] });
  });
});

describe('what operators see', () => {
  it('a monthly statement with commission and net payable, as CSV too, and invoices marked paid', async () => {
    const created = await book(server, world, 4, 64);
    const id = created.booking.id;
    await send(server, CHECK_IN, { bookingId: id }, world.driver.token);
    await send(server, CHECK_OUT, { bookingId: id }, world.driver.token);
    const received = await send(server, MARK_RECEIVED, { bookingId: id }, world.managerToken);
    expect(received.userErrors).toEqual([]);
    const twice = await send(server, MARK_RECEIVED, { bookingId: id }, world.managerToken);
    expect(twice.userErrors.map((e: any) => e.code)).toEqual(['NOTHING_TO_RECEIVE']);

    const month = new Date().toISOString().slice(0, 7);
    const { data, errors } = await server.graphql<any>(STATEMENT, { id: nodeId('Operator', world.operatorId), month }, { as: world.managerToken });
    expect(errors).toBeUndefined();
    const statement = data.node.statement;
    const [total] = statement.totals;
    // the month's ledger, summed independently of the statement's code
    const rows = await sqlRows<{ kind: string; total: string }>(server, sql`
      SELECT a.kind, sum(l.amount)::text AS total FROM journal_lines l JOIN ledger_accounts a ON a.id = l.account_id
       WHERE a.kind IN ('OPERATOR_PAYABLE', 'PLATFORM_COMMISSION') AND (a.owner_id = ${world.operatorId} OR a.owner_id IS NULL)
         AND l.entry_id IN (SELECT e.id FROM journal_entries e JOIN payments p ON p.id = e.payment_id WHERE p.operator_id = ${world.operatorId})
       GROUP BY a.kind`);
    const sums = Object.fromEntries(rows.map((row) => [row.kind, Number(row.total)]));
    expect(total.currency).toBe('GBP');
    expect(total.netPayable.amount).toBe(-sums.OPERATOR_PAYABLE!);
    expect(total.commission.amount).toBe(-sums.PLATFORM_COMMISSION!);
    expect(total.collected.amount).toBe(300);
    // the invoice provider charges no fee, and nothing was declined
    expect([total.providerFees.amount, total.declined.amount]).toEqual([0, 0]);
    expect(total.charged.amount - total.refunded.amount - total.commission.amount - total.collected.amount - total.paidOut.amount).toBe(total.netPayable.amount);
    expect(total.bookings).toBeGreaterThanOrEqual(4);
    const lines = statement.csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'posted_at,entry,payment_kind,payment_id,booking_id,session_id,currency,operator_amount,commission_amount,receivable_amount,provider_fee_amount',
    );
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`,RECEIVED,BOOKING,[0-9a-f-]+,${bookingIdOf(id)},,GBP,-300,0,-300,0$`)));
    const csvNet = lines.slice(1).reduce((sum: number, line: string) => sum + Number(line.split(',')[7]), 0);
    expect(csvNet).toBe(total.netPayable.amount);

    const bad = await server.graphql<any>(STATEMENT, { id: nodeId('Operator', world.operatorId), month: '2026-13' }, { as: world.managerToken });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const driverView = await server.graphql<any>(STATEMENT, { id: nodeId('Operator', world.operatorId), month }, { as: world.driver.token });
    expect(driverView.data.node.statement).toBeNull();
  });
});

describe('stays without a booking, and bookings nobody used', () => {
  it('charges a walk-in at the exit gate as an invoice the operator sees in its statement, and nobody else', async () => {
    const yard = await moneyWorld(server, { spaces: 2 });
    const lotGid = nodeId('Lot', yard.lotId);
    const policy = await server.graphql<any>(
      `mutation ($input: SetGatePolicyInput!) { setGatePolicy(input: $input) { userErrors { code } } }`,
      { input: { lotId: lotGid, walkInsAllowed: true } },
      { as: yard.managerToken },
    );
    expect(policy.data.setGatePolicy.userErrors).toEqual([]);
    const [entry, exit] = [await registerGate(server, yard, 'ENTRY'), await registerGate(server, yard, 'EXIT')];
    expect(await readPlate(server, entry, 'WALK1N', new Date(Date.now() - 110 * 60_000))).toMatchObject({ decision: 'OPEN', reason: 'WALK_IN' });
    const left = await readPlate(server, exit, 'WALK1N');
    expect(left).toMatchObject({ decision: 'OPEN', reason: 'EXIT' });
    const charge = left.read.session.charge.amount as number;
    // 110 minutes in whole hours of 300
    expect(charge).toBe(600);

    const month = new Date().toISOString().slice(0, 7);
    const { data } = await server.graphql<any>(
      `query ($id: ID!, $month: String!) { node(id: $id) { ... on Operator { statement(month: $month) { csv totals { sessions bookings charged { amount } netPayable { amount } } } } } }`,
      { id: nodeId('Operator', yard.operatorId), month },
      { as: yard.managerToken },
    );
    expect(data.node.statement.totals).toEqual([{ sessions: 1, bookings: 0, charged: { amount: 600 }, netPayable: { amount: 540 } }]);
    const line = (data.node.statement.csv as string).split('\r\n').find((row) => row.includes(',CAPTURE,WALK_IN,'))!;
    const paymentId = line.split(',')[3]!;
    const PAYMENT = `query ($id: ID!) { node(id: $id) { ... on Payment { kind status provider captured { amount } booking { id } receipt { total { amount } vat { amount } } } } }`;
    const globalPaymentId = Buffer.from(`Payment:${paymentId}`).toString('base64url');
    const seen = await server.graphql<any>(PAYMENT, { id: globalPaymentId }, { as: yard.managerToken });
    expect(seen.data.node).toEqual({ kind: 'WALK_IN', status: 'CAPTURED', provider: 'INVOICE', captured: { amount: 600 }, booking: null, receipt: { total: { amount: 600 }, vat: { amount: 100 } } });
    const stranger = await server.graphql<any>(PAYMENT, { id: globalPaymentId }, { as: world.driver.token });
    expect(stranger.data.node).toBeNull();
  });

  it('charges a no-show its locked price when the sweep releases its space', async () => {
    const created = await book(server, world, 5, 65);
    // time passes: the booking started 45 minutes ago (the lot's arrival grace is 30) and nobody came
    await endBookingAgo(server, created.booking.id, -15);
    const { bookings: marked } = await markNoShows(server.database.db, new Date());
    expect(marked.map((row) => row.id)).toContain(bookingIdOf(created.booking.id));
    const after = await server.graphql<any>(BOOKING_PAYMENT, { id: created.booking.id }, { as: world.driver.token });
    expect(after.data.node).toMatchObject({ status: 'NO_SHOW', payment: { status: 'CAPTURED', captured: { amount: 300 } } });
  });
});

describe('the ledger in the database', () => {
  it('refuses an entry that does not balance, and any change to a written one', async () => {
    const { db } = server.database;
    const [entry] = await db.select().from(journalEntries).limit(1);
    const [line] = await db.select().from(journalLines).where(eq(journalLines.entryId, entry!.id)).limit(1);
    const [payment] = await db.select().from(payments).limit(1);
    const codeOf = async (work: () => Promise<unknown>) => {
      try {
        await work();
        return 'committed';
      } catch (error) {
        return (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
      }
    };
    expect(
      await codeOf(() =>
        db.transaction(async (tx) => {
          const [unbalanced] = await tx.insert(journalEntries).values({ kind: 'CAPTURE', paymentId: payment!.id, reference: 'unbalanced' }).returning();
          await tx.insert(journalLines).values({ entryId: unbalanced!.id, accountId: line!.accountId, currency: line!.currency, amount: 5 });
          await tx.insert(journalLines).values({ entryId: unbalanced!.id, accountId: line!.accountId, currency: line!.currency, amount: -4 });
        }),
      ),
    ).toBe('23514');
    expect(await codeOf(() => db.update(journalLines).set({ amount: 1 }).where(eq(journalLines.id, line!.id)))).toBe('42501');
    expect(await codeOf(() => db.delete(journalEntries).where(eq(journalEntries.id, entry!.id)))).toBe('42501');
    expect(await codeOf(() => db.update(payments).set({ capturedAmount: payment!.authorizedAmount + 1 }).where(eq(payments.id, payment!.id)))).toBe('23514');
  });
});

describe('completion races', () => {
  it('50 concurrent check-outs of one booking capture once', async () => {
    const created = await book(server, world, 5, 65);
    const id = created.booking.id;
    await send(server, CHECK_IN, { bookingId: id }, world.driver.token);
    const results = await Promise.all(Array.from({ length: 50 }, () => send(server, CHECK_OUT, { bookingId: id }, world.driver.token)));
    expect(results.filter((result) => result.userErrors.length === 0)).toHaveLength(1);
    const rows = await sqlRows<{ n: number }>(
      server,
      sql`SELECT count(*)::int AS n FROM journal_entries e JOIN payments p ON p.id = e.payment_id WHERE p.booking_id = ${bookingIdOf(id)} AND e.kind = 'CAPTURE'`,
    );
    expect(rows[0]!.n).toBe(1);
    const after = await server.graphql<any>(BOOKING_PAYMENT, { id }, { as: world.driver.token });
    expect(after.data.node.payment).toMatchObject({ status: 'CAPTURED', captured: { amount: 300 } });
  });
});
