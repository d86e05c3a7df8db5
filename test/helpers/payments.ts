import { eq, sql, type SQL } from 'drizzle-orm';
import { expect } from 'vitest';
import { bookings, lots, operators, payments } from '../../src/db/schema/index.js';
import { addMember, addSpaces, addTariff, createLot, createOperator, createUser, createVehicle, nodeId } from './fixtures.js';
import type { TestServer } from './server.js';

// A lot whose operator takes money (invoice or Stripe), its driver and manager, and the API
// calls the payments tests make through HTTP.

export const PAYMENT_FIELDS = /* GraphQL */ `
  payment { status authorized { amount currency } captured { amount } refunded { amount } expiresAt
    payments { id kind status provider authorized { amount } captured { amount } refunded { amount } declinedAt declineReason receivedAt } }`;

export const CREATE_BOOKING = /* GraphQL */ `mutation ($input: CreateBookingInput!) { createBooking(input: $input) {
  booking { id status price { amount currency } ${PAYMENT_FIELDS} } userErrors { code field message } } }`;
export const CANCEL_BOOKING = /* GraphQL */ `mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) {
  booking { id status cancellationFee { amount } ${PAYMENT_FIELDS} } userErrors { code field } } }`;
export const CHECK_IN = /* GraphQL */ `mutation ($input: SelfCheckInput!) { checkIn(input: $input) {
  booking { id status } userErrors { code field message } } }`;
export const CHECK_OUT = /* GraphQL */ `mutation ($input: SelfCheckInput!) { checkOut(input: $input) {
  booking { id status ${PAYMENT_FIELDS} } session { charge { amount currency } } userErrors { code field message } } }`;
export const REFUND = /* GraphQL */ `mutation ($input: RefundBookingInput!) { refundBooking(input: $input) {
  booking { id ${PAYMENT_FIELDS} } userErrors { code field message } } }`;
export const MARK_RECEIVED = /* GraphQL */ `mutation ($input: MarkPaymentReceivedInput!) { markPaymentReceived(input: $input) {
  booking { id } userErrors { code field message } } }`;
export const BOOKING_PAYMENT = /* GraphQL */ `query ($id: ID!) { node(id: $id) { ... on Booking { id status ${PAYMENT_FIELDS} } } }`;
export const STATEMENT = /* GraphQL */ `query ($id: ID!, $month: String!) { node(id: $id) { ... on Operator { statement(month: $month) {
  month csv totals { currency bookings sessions charged { amount } refunded { amount } commission { amount } paidOut { amount }
    collected { amount } declined { amount } providerFees { amount } netPayable { amount } } } } } }`;

export interface MoneyWorld {
  operatorId: string;
  lotId: string;
  spaceIds: string[];
  driver: { id: string; token: string; vehicleId: string };
  managerToken: string;
}

/**
 * An operator (commission 10% unless given) with one self check-in lot of `spaces` bays priced
 * 300 an hour, a driver with a vehicle and a manager of the operator.
 */
export async function moneyWorld(
  server: TestServer,
  options: { provider?: 'invoice' | 'stripe'; stripeAccountId?: string; currency?: string; timeZone?: string; spaces?: number; commissionBps?: number } = {},
): Promise<MoneyWorld> {
  const { db } = server.database;
  const operatorId = await createOperator(db, `Money ${Math.random().toString(36).slice(2, 8)}`, 'PRIVATE');
  await db
    .update(operators)
    .set({ paymentProvider: options.provider ?? 'invoice', stripeAccountId: options.stripeAccountId ?? null, commissionBps: options.commissionBps ?? 1000 })
    .where(eq(operators.id, operatorId));
  const lotId = await createLot(db, {
    operatorId,
    name: 'Money Yard',
    location: { lat: 51.45, lng: -2.59 },
    currency: options.currency ?? 'GBP',
    timeZone: options.timeZone ?? 'Europe/London',
    lotType: 'PRIVATE_YARD',
  });
  const spaceIds = await addSpaces(db, lotId, Array.from({ length: options.spaces ?? 3 }, (_, index) => ({ label: `M-${index + 1}` })));
  await addTariff(db, lotId, { hourlyRateAmount: 300 });
  const user = await createUser(db);
  const driver = { id: user.id, token: await server.tokenFor(user.email), vehicleId: await createVehicle(db, user.id) };
  const manager = await createUser(db);
  await addMember(db, operatorId, manager.id, 'MANAGER');
  return { operatorId, lotId, spaceIds, driver, managerToken: await server.tokenFor(manager.email) };
}

/** Sends a mutation and returns its payload (the first root field), failing on GraphQL errors. */
export async function send<Payload = any>(server: TestServer, document: string, input: Record<string, unknown>, token: string): Promise<Payload> {
  const { data, errors } = await server.graphql<Record<string, Payload>>(document, { input }, { as: token });
  expect(errors).toBeUndefined();
  return Object.values(data!)[0]!;
}

const MINUTE = 60_000;
export const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * MINUTE);

/** Books `[start, end)` minutes from now at the world's lot through createBooking. */
export function book(server: TestServer, world: MoneyWorld, start: number, end: number, extra: Record<string, unknown> = {}) {
  const now = Date.now();
  const at = (minutes: number) => new Date(now + minutes * MINUTE).toISOString();
  return send(
    server,
    CREATE_BOOKING,
    {
      lotId: nodeId('Lot', world.lotId),
      vehicleId: nodeId('Vehicle', world.driver.vehicleId),
      window: { start: at(start), end: at(end) },
      ...extra,
    },
    world.driver.token,
  );
}

/** Moves a booking's window so that it ended `minutesAgo` ago, keeping its length (time passes). */
export async function endBookingAgo(server: TestServer, bookingGlobalId: string, minutesAgo: number): Promise<void> {
  const id = Buffer.from(bookingGlobalId, 'base64url').toString().split(':')[1]!;
  const end = minutesFromNow(-minutesAgo).toISOString();
  await server.database.db.execute(sql`UPDATE ${bookings} SET period = tstzrange(${end}::timestamptz - (upper(period) - lower(period)), ${end}::timestamptz)
    WHERE id = ${id}`);
}

/** Rows of a raw SQL query on the test server's database (either driver). */
export async function sqlRows<Row>(server: TestServer, query: SQL): Promise<Row[]> {
  return ((await server.database.db.execute(query)) as unknown as { rows: Row[] }).rows;
}

/**
 * Every currency's ledger total (each must be zero) and the payments' invariants: no capture above
 * its hold, no refund above its capture, and a charge the provider declined leaves nothing in the
 * provider's clearing account (it collected nothing for it) and, until received, has the driver
 * owe exactly what is left of it.
 */
export async function ledgerInvariants(server: TestServer): Promise<{ unbalanced: unknown[]; broken: unknown[] }> {
  const { db } = server.database;
  const unbalanced = await sqlRows(server, sql`SELECT currency, sum(amount)::text AS total FROM journal_lines GROUP BY currency HAVING sum(amount) <> 0`);
  const broken = await db
    .select({ id: payments.id })
    .from(payments)
    .where(sql`${payments.capturedAmount} > ${payments.authorizedAmount} OR ${payments.refundedAmount} > ${payments.capturedAmount}`);
  const declined = await sqlRows(server, sql`
    SELECT p.id, p.captured_amount - p.refunded_amount AS left_to_pay, p.received_at IS NOT NULL AS received,
           coalesce(sum(l.amount) FILTER (WHERE a.kind = 'PROVIDER_CLEARING'), 0)::int AS clearing,
           coalesce(sum(l.amount) FILTER (WHERE a.kind = 'DRIVER_RECEIVABLE'), 0)::int AS receivable
      FROM payments p JOIN journal_entries e ON e.payment_id = p.id JOIN journal_lines l ON l.entry_id = e.id
      JOIN ledger_accounts a ON a.id = l.account_id
     WHERE p.declined_at IS NOT NULL GROUP BY p.id
    HAVING coalesce(sum(l.amount) FILTER (WHERE a.kind = 'PROVIDER_CLEARING'), 0) <> 0
        OR (p.received_at IS NULL AND coalesce(sum(l.amount) FILTER (WHERE a.kind = 'DRIVER_RECEIVABLE'), 0) <> p.captured_amount - p.refunded_amount)`);
  return { unbalanced, broken: [...broken, ...declined] };
}

/** Sum of journal lines per account kind for the entries of the payments `p` that `which` picks, e.g. `{ OPERATOR_PAYABLE: -540 }`. */
export async function ledgerOf(server: TestServer, which: SQL): Promise<Record<string, number>> {
  const rows = await sqlRows<{ kind: string; total: string }>(server, sql`
    SELECT a.kind, sum(l.amount)::text AS total FROM journal_lines l
      JOIN journal_entries e ON e.id = l.entry_id JOIN payments p ON p.id = e.payment_id
      JOIN ledger_accounts a ON a.id = l.account_id
     WHERE ${which} GROUP BY a.kind`);
  return Object.fromEntries(rows.map((row) => [row.kind, Number(row.total)]));
}

/** The ledger of a booking's payments (see `ledgerOf`). */
export function ledgerOfBooking(server: TestServer, bookingGlobalId: string): Promise<Record<string, number>> {
  const id = Buffer.from(bookingGlobalId, 'base64url').toString().split(':')[1]!;
  return ledgerOf(server, sql`p.booking_id = ${id}`);
}

/** This month's statement of the world's operator, as its manager sees it. */
export async function statementOf(server: TestServer, world: MoneyWorld) {
  const month = new Date().toISOString().slice(0, 7);
  const { data, errors } = await server.graphql<any>(STATEMENT, { id: nodeId('Operator', world.operatorId), month }, { as: world.managerToken });
  expect(errors).toBeUndefined();
  return data.node.statement as { month: string; csv: string; totals: Array<Record<string, any>> };
}

/** Registers a gate of `direction` at the world's lot; its id and device key. */
export async function registerGate(server: TestServer, world: MoneyWorld, direction: 'ENTRY' | 'EXIT'): Promise<{ id: string; key: string }> {
  const { data, errors } = await server.graphql<any>(
    `mutation ($input: RegisterGateInput!) { registerGate(input: $input) { gate { id } deviceKeySecret userErrors { code } } }`,
    { input: { lotId: nodeId('Lot', world.lotId), name: `Gate ${direction} ${Math.random().toString(36).slice(2, 6)}`, direction } },
    { as: world.managerToken },
  );
  expect(errors).toBeUndefined();
  return { id: data.registerGate.gate.id, key: data.registerGate.deviceKeySecret };
}

export const PLATE_READ = /* GraphQL */ `mutation ($input: PlateReadInput!) { reportPlateRead(input: $input) {
  decision reason read { session { id charge { amount } } } userErrors { code } } }`;

/** A camera at `gate` reads `plate` at `readAt`; the gate's decision. */
export async function readPlate(server: TestServer, gate: { id: string; key: string }, plate: string, readAt = new Date()) {
  const { data, errors } = await server.graphql<any>(PLATE_READ, { input: { gateId: gate.id, plate, confidence: 0.99, readAt: readAt.toISOString() } }, { as: gate.key });
  expect(errors).toBeUndefined();
  return data.reportPlateRead;
}

export async function setLotPolicy(server: TestServer, lotId: string, policy: Partial<typeof lots.$inferInsert>): Promise<void> {
  await server.database.db.update(lots).set(policy).where(eq(lots.id, lotId));
}
