import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for the Stripe API that the real `stripe` library is pointed at
// (STRIPE_API_BASE). It checks each request's method, path, headers and form fields against the
// PaymentIntents and Refunds API and answers with the documented object shapes, including card
// errors (402), idempotent replays, outages (500) and silence (for time-outs). A PaymentIntent's
// `latest_charge` can be expanded (`expand[]=latest_charge` or
// `latest_charge.balance_transaction`) into its Charge and that charge's balance transaction, whose
// `fee` is Stripe's fee (docs.stripe.com/expand/use-cases: "See the Stripe fee for a given
// payment"). It is not Stripe: nothing here was verified against the live service.

export interface RecordedRequest {
  method: string;
  path: string;
  form: Record<string, string>;
  idempotencyKey: string | undefined;
  /** The response came from the idempotency cache. */
  replayed: boolean;
}

interface Intent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  currency: string;
  capture_method: string;
  status: string;
  payment_method: string;
  application_fee_amount: number | null;
  transfer_data: { destination: string } | null;
  metadata: Record<string, string>;
  latest_charge: string | null;
  refunded: number;
}

/** The Charge object's fields this fake fills in (api/charges/object). */
interface Charge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  balance_transaction: string | null;
  captured: boolean;
  currency: string;
  paid: boolean;
  payment_intent: string;
  refunded: boolean;
  status: 'succeeded';
}

/** The BalanceTransaction object (api/balance_transactions/object) of a captured charge. */
export interface BalanceTransaction {
  id: string;
  object: 'balance_transaction';
  amount: number;
  available_on: number;
  created: number;
  currency: string;
  description: string | null;
  exchange_rate: number | null;
  fee: number;
  fee_details: Array<{ amount: number; application: string | null; currency: string; description: string; type: 'stripe_fee' }>;
  net: number;
  reporting_category: 'charge';
  source: string;
  status: 'pending';
  type: 'charge';
}

/** The fee this fake takes on a captured charge: 1.5% + 20 minor units (Stripe's UK standard card rate, as an example). */
export const fakeStripeFee = (amount: number) => Math.round(amount * 0.015) + 20;

export interface FakeStripe {
  url: string;
  requests: RecordedRequest[];
  intents: Map<string, Intent>;
  charges: Map<string, Charge>;
  balanceTransactions: Map<string, BalanceTransaction>;
  /** Payment methods declined from now on (a card cancelled or out of funds after it was used). */
  decliningCards: Set<string>;
  /** Answer every request with this behaviour until changed. */
  mode: 'normal' | 'hang' | 'down';
  close(): Promise<void>;
}

/** Test payment methods, as Stripe documents them. */
export const TEST_CARDS = { visa: 'pm_card_visa', declined: 'pm_card_chargeDeclined' } as const;

class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
  }
}

const invalid = (message: string, param?: string) => new RequestError(400, { type: 'invalid_request_error', message, ...(param && { param }) });

function integer(form: Record<string, string>, name: string, required = true): number | undefined {
  const raw = form[name];
  if (raw === undefined) {
    if (required) throw invalid(`Missing required param: ${name}.`, name);
    return undefined;
  }
  if (!/^\d+$/.test(raw)) throw invalid(`Invalid integer: ${raw}`, name);
  return Number(raw);
}

export async function startFakeStripe(secretKey: string): Promise<FakeStripe> {
  const requests: RecordedRequest[] = [];
  const intents = new Map<string, Intent>();
  const charges = new Map<string, Charge>();
  const balanceTransactions = new Map<string, BalanceTransaction>();
  const decliningCards = new Set<string>();
  const cache = new Map<string, { fingerprint: string; status: number; body: unknown }>();
  const hanging: ServerResponse[] = [];
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}_fake${String(++counter).padStart(8, '0')}`;

  const fake: FakeStripe = {
    url: '',
    requests,
    intents,
    charges,
    balanceTransactions,
    decliningCards,
    mode: 'normal',
    close: () =>
      new Promise((resolve) => {
        for (const response of hanging) response.destroy();
        server.close(() => resolve());
      }),
  };

  const handle = (method: string, path: string, form: Record<string, string>): { status: number; body: unknown } => {
    if (method === 'POST' && path === '/v1/payment_intents') return { status: 200, body: expanded(createIntent(form), form) };
    const capture = /^\/v1\/payment_intents\/(pi_\w+)\/capture$/.exec(path);
    if (method === 'POST' && capture) return { status: 200, body: expanded(captureIntent(capture[1]!, form), form) };
    const cancel = /^\/v1\/payment_intents\/(pi_\w+)\/cancel$/.exec(path);
    if (method === 'POST' && cancel) return { status: 200, body: cancelIntent(cancel[1]!) };
    if (method === 'POST' && path === '/v1/refunds') return { status: 200, body: refund(form) };
    throw new RequestError(404, { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}).` });
  };

  const createIntent = (form: Record<string, string>): Intent => {
    const amount = integer(form, 'amount')!;
    if (amount < 1) throw invalid('Amount must be at least 1', 'amount');
    const currency = form.currency ?? '';
    if (!/^[a-z]{3}$/.test(currency)) throw invalid('Invalid currency', 'currency');
    const captureMethod = form.capture_method ?? 'automatic';
    if (!['manual', 'automatic'].includes(captureMethod)) throw invalid('Invalid capture_method', 'capture_method');
    if (form.confirm !== 'true') throw invalid('This fake only serves confirm=true', 'confirm');
    if (!form.payment_method) throw invalid('A payment_method is required to confirm', 'payment_method');
    if (form['automatic_payment_methods[enabled]'] === 'true' && form['automatic_payment_methods[allow_redirects]'] !== 'never') {
      throw invalid('Confirming server-side with automatic payment methods needs a return_url or allow_redirects=never', 'return_url');
    }
    const destination = form['transfer_data[destination]'];
    const fee = integer(form, 'application_fee_amount', false);
    if (fee !== undefined && !destination) throw invalid('application_fee_amount needs a connected account (transfer_data or on_behalf_of)', 'application_fee_amount');
    if (fee !== undefined && fee > amount) throw invalid('application_fee_amount cannot exceed the amount', 'application_fee_amount');
    const metadata = Object.fromEntries(
      Object.entries(form)
        .filter(([key]) => key.startsWith('metadata['))
        .map(([key, value]) => [key.slice('metadata['.length, -1), value]),
    );
    const intent: Intent = {
      id: nextId('pi'),
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_received: 0,
      currency,
      capture_method: captureMethod,
      status: 'requires_payment_method',
      payment_method: form.payment_method,
      application_fee_amount: fee ?? null,
      transfer_data: destination ? { destination } : null,
      metadata,
      latest_charge: null,
      refunded: 0,
    };
    expansionsOf(form);
    intents.set(intent.id, intent);
    if (form.payment_method === TEST_CARDS.declined || decliningCards.has(form.payment_method)) {
      throw new RequestError(402, {
        type: 'card_error',
        code: 'card_declined',
        decline_code: form.payment_method === TEST_CARDS.declined ? 'generic_decline' : 'insufficient_funds',
        message: form.payment_method === TEST_CARDS.declined ? 'Your card was declined.' : 'Your card has insufficient funds.',
        payment_intent: intent,
      });
    }
    if (form.payment_method !== TEST_CARDS.visa) throw invalid(`No such PaymentMethod: '${form.payment_method}'`, 'payment_method');
    const charge: Charge = {
      id: nextId('ch'),
      object: 'charge',
      amount,
      amount_captured: 0,
      amount_refunded: 0,
      balance_transaction: null,
      captured: false,
      currency,
      paid: true,
      payment_intent: intent.id,
      refunded: false,
      status: 'succeeded',
    };
    charges.set(charge.id, charge);
    intent.latest_charge = charge.id;
    if (captureMethod === 'manual') {
      intent.status = 'requires_capture';
      intent.amount_capturable = amount;
    } else {
      intent.status = 'succeeded';
      intent.amount_received = amount;
      settle(charge, amount);
    }
    return intent;
  };

  // money taken: the charge is captured and the platform's balance gets a transaction less Stripe's fee
  const settle = (charge: Charge, amount: number) => {
    const fee = fakeStripeFee(amount);
    const transaction: BalanceTransaction = {
      id: nextId('txn'),
      object: 'balance_transaction',
      amount,
      available_on: Math.floor(Date.now() / 1000) + 7 * 86_400,
      created: Math.floor(Date.now() / 1000),
      currency: charge.currency,
      description: null,
      exchange_rate: null,
      fee,
      fee_details: [{ amount: fee, application: null, currency: charge.currency, description: 'Stripe processing fees', type: 'stripe_fee' }],
      net: amount - fee,
      reporting_category: 'charge',
      source: charge.id,
      status: 'pending',
      type: 'charge',
    };
    balanceTransactions.set(transaction.id, transaction);
    Object.assign(charge, { captured: true, amount_captured: amount, balance_transaction: transaction.id });
  };

  // `expand[0]=...`: only the expansions of latest_charge this fake knows
  const EXPANDABLE = ['latest_charge', 'latest_charge.balance_transaction'];
  const expansionsOf = (form: Record<string, string>): string[] => {
    const paths = Object.entries(form)
      .filter(([key]) => /^expand\[\d*\]$/.test(key))
      .map(([, value]) => value);
    for (const path of paths) if (!EXPANDABLE.includes(path)) throw invalid(`This property cannot be expanded (${path}).`, 'expand');
    return paths;
  };

  const expanded = (intent: Intent, form: Record<string, string>): unknown => {
    const paths = expansionsOf(form);
    if (paths.length === 0 || !intent.latest_charge) return intent;
    const charge = charges.get(intent.latest_charge)!;
    const transaction = paths.includes('latest_charge.balance_transaction') && charge.balance_transaction ? balanceTransactions.get(charge.balance_transaction)! : charge.balance_transaction;
    return { ...intent, latest_charge: { ...charge, balance_transaction: transaction } };
  };

  const intentOf = (id: string) => {
    const intent = intents.get(id);
    if (!intent) throw new RequestError(404, { type: 'invalid_request_error', code: 'resource_missing', message: `No such payment_intent: '${id}'` });
    return intent;
  };

  const captureIntent = (id: string, form: Record<string, string>): Intent => {
    const intent = intentOf(id);
    if (intent.status !== 'requires_capture') throw invalid(`This PaymentIntent could not be captured because it has a status of ${intent.status}.`);
    const amount = integer(form, 'amount_to_capture', false) ?? intent.amount_capturable;
    if (amount > intent.amount_capturable) throw invalid('amount_to_capture cannot exceed amount_capturable', 'amount_to_capture');
    const fee = integer(form, 'application_fee_amount', false);
    expansionsOf(form);
    if (fee !== undefined) intent.application_fee_amount = fee;
    intent.amount_received = amount;
    intent.amount_capturable = 0;
    intent.status = 'succeeded';
    settle(charges.get(intent.latest_charge!)!, amount);
    return intent;
  };

  const cancelIntent = (id: string): Intent => {
    const intent = intentOf(id);
    if (!['requires_capture', 'requires_payment_method', 'requires_confirmation'].includes(intent.status)) {
      throw invalid(`You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`);
    }
    intent.status = 'canceled';
    intent.amount_capturable = 0;
    return intent;
  };

  const refund = (form: Record<string, string>) => {
    const intent = intentOf(form.payment_intent ?? '');
    if (intent.status !== 'succeeded') throw invalid('This PaymentIntent has no successful charge to refund.', 'payment_intent');
    const amount = integer(form, 'amount', false) ?? intent.amount_received - intent.refunded;
    if (amount > intent.amount_received - intent.refunded) throw invalid(`Refund amount (${amount}) is greater than unrefunded amount on charge`, 'amount');
    for (const flag of ['reverse_transfer', 'refund_application_fee']) {
      if (form[flag] !== undefined && !['true', 'false'].includes(form[flag]!)) throw invalid(`Invalid boolean: ${form[flag]}`, flag);
    }
    intent.refunded += amount;
    return { id: nextId('re'), object: 'refund', amount, currency: intent.currency, payment_intent: intent.id, charge: intent.latest_charge, status: 'succeeded' };
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://fake').pathname;
      const form = Object.fromEntries(new URLSearchParams(raw));
      const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
      const record: RecordedRequest = { method: req.method ?? '', path, form, idempotencyKey, replayed: false };
      requests.push(record);
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': nextId('req'), ...headers });
        res.end(JSON.stringify(body));
      };
      if (fake.mode === 'hang') return void hanging.push(res);
      if (fake.mode === 'down') return send(500, { error: { type: 'api_error', message: 'An unknown error occurred' } });
      try {
        if (req.headers.authorization !== `Bearer ${secretKey}`) throw new RequestError(401, { type: 'invalid_request_error', message: 'Invalid API Key provided' });
        if (!req.headers['stripe-version']) throw invalid('Stripe-Version header missing');
        if (req.method === 'POST') {
          if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) throw invalid('Form-encoded body expected');
          if (!idempotencyKey) throw invalid('This fake wants an Idempotency-Key on every POST');
          const cached = cache.get(idempotencyKey);
          const fingerprint = `${req.method} ${path} ${raw}`;
          if (cached) {
            if (cached.fingerprint !== fingerprint) {
              throw new RequestError(400, { type: 'idempotency_error', message: 'Keys for idempotent requests can only be used with the same parameters they were first used with.' });
            }
            record.replayed = true;
            return send(cached.status, cached.body, { 'idempotent-replayed': 'true' });
          }
          let answer: { status: number; body: unknown };
          try {
            answer = handle(req.method, path, form);
          } catch (error) {
            if (!(error instanceof RequestError)) throw error;
            answer = { status: error.status, body: { error: error.body } };
          }
          cache.set(idempotencyKey, { fingerprint, ...answer });
          return send(answer.status, answer.body);
        }
        const answer = handle(req.method ?? '', path, form);
        send(answer.status, answer.body);
      } catch (error) {
        if (error instanceof RequestError) return send(error.status, { error: error.body });
        send(500, { error: { type: 'api_error', message: (error as Error).message } });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
