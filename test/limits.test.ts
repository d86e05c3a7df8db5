import { createClient, type Client } from 'graphql-ws';
import type { ClientRequestArgs } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startServer, type RunningServer } from '../src/server/app.js';
import { subscribe } from './helpers/subscriptions.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import type { TypedDocumentString } from './gql/generated/graphql.js';
import { request } from './gql/request.js';

// Most documents here stay raw strings on purpose (not graphql() from test/gql): they are built to
// break the limits (size, tokens, depth, aliases, cost, batches, WebSocket messages), generated at run
// time from sizes, and only errors and transport answers are read. The few set-up reads of typed
// fields use graphql() documents.

// Two servers on one database. `server`: development mode with tiny rate limits, small WebSocket
// limits and one trusted proxy hop, so each test names its own client address in
// X-Forwarded-For and its buckets are its own. `production`: production mode, default limits
// except batching (up to 3 operations).
let server: TestServer;
let production: RunningServer;
const RATE = { perSecond: 0.001, burst: 3 };

beforeAll(async () => {
  server = await startTestServer({
    limits: {
      rateLimits: { apiKey: RATE, user: RATE, ip: RATE },
      trustedProxyHops: 1,
      webSocket: { maxConnectionsPerKey: 2, maxSubscriptionsPerConnection: 2, maxMessageBytes: 64 * 1024, connectionInitWaitTimeoutMs: 300 },
    },
  });
  production = await startServer({
    database: server.database,
    logger: createLogger(),
    auth: loadConfig({}).auth,
    scheduler: false,
    port: 0,
    host: '127.0.0.1',
    production: true,
    limits: { maxBatchedOperations: 3 },
  });
});
afterAll(async () => {
  await production?.stop();
  await server?.stop();
});

let nextAddress = 1;
/** A client address of its own: a fresh rate-limit bucket unless a test reuses it on purpose. */
const freshAddress = () => `198.51.100.${nextAddress++}`;

interface Sent {
  status: number;
  headers: Headers;
  body: GraphQLResponse & Array<GraphQLResponse>;
}

async function post(
  target: { url: string },
  body: unknown,
  { from = freshAddress(), as }: { from?: string; as?: string } = {},
): Promise<Sent> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': from,
      ...(as && { authorization: `Bearer ${as}` }),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Sent['body'] };
}

const ask = (query: string, variables?: Record<string, unknown>, options?: { from?: string; as?: string }) =>
  post(server, { query, variables }, options);

/** `ask` for a graphql() document: its data typed by the document. */
async function askFor<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables, options?: { from?: string; as?: string }) {
  const sent = await ask(document.toString(), variables as Record<string, unknown>, options);
  return sent.body.data as Result | undefined;
}

const MEMBERSHIPS = graphql(`
  query LimitsMemberships { viewer { memberships { operator { id } } } }
`);
const CREATE_KEY = graphql(`
  mutation LimitsCreateKey($id: ID!) { createApiKey(input: { operatorId: $id, name: "limits test", scopes: [LOTS_WRITE] }) { secret } }
`);
const FIRST_LOT = graphql(`
  query LimitsFirstLot { lots(first: 1) { edges { node { id } } } }
`);

function expectRefused(sent: Sent, code: string, status = 400) {
  expect(sent.status).toBe(status);
  expect(sent.body.data).toBeUndefined();
  expect(sent.body.errors).toHaveLength(1);
  expect(sent.body.errors![0]!.extensions).toMatchObject({ code });
}

function expectAnswered(sent: Sent) {
  expect(sent.body.errors).toBeUndefined();
  expect(sent.status).toBe(200);
}

/** A query whose deepest path has exactly `depth` fields: lots > edges > node > spaces > edges > node > lot > ... > __typename. */
function queryOfDepth(depth: number): string {
  const cycle = ['spaces(first: 1)', 'edges', 'node', 'lot'];
  const path = ['lots(first: 1)', 'edges', 'node'];
  while (path.length < depth - 1) path.push(cycle[(path.length - 3) % cycle.length]!);
  return `{ ${path.slice(0, depth - 1).join(' { ')} { __typename ${' }'.repeat(depth - 1)} }`;
}

/** Cost 2 + lots x (3 + 2 x spaces): 98 x 100 is 19,896, 99 x 100 is 20,099 (the budget is 20,000). */
const PAGES = 'query Pages($lots: Int, $spaces: Int) { lots(first: $lots) { edges { node { spaces(first: $spaces) { edges { node { label } } } } } } }';

describe('document limits over HTTP (defaults)', () => {
  it('depth: 12 nested fields pass, 13 are QUERY_TOO_DEEP', async () => {
    expectAnswered(await ask(queryOfDepth(12)));
    const refused = await ask(queryOfDepth(13));
    expectRefused(refused, 'QUERY_TOO_DEEP');
    expect(refused.body.errors![0]!.extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 12, actual: 13 });
  });

  it('depth counts through fragments', async () => {
    const deep = `{ lots(first: 1) { edges { node { ...Deep } } } }
      fragment Deep on Lot { spaces(first: 1) { edges { node { lot { spaces(first: 1) { edges { node { lot { spaces(first: 1) { edges { node { label } } } } } } } } } } } }`;
    expectRefused(await ask(deep), 'QUERY_TOO_DEEP');
  });

  it('cost: page sizes from variables count; 98 x 100 passes, 99 x 100 is QUERY_TOO_COSTLY', async () => {
    expectAnswered(await ask(PAGES, { lots: 98, spaces: 100 }));
    const refused = await ask(PAGES, { lots: 99, spaces: 100 });
    expectRefused(refused, 'QUERY_TOO_COSTLY');
    expect(refused.body.errors![0]!.extensions).toEqual({ code: 'QUERY_TOO_COSTLY', limit: 20_000, actual: 20_099 });
  });

  it('cost: literals and variable defaults count too', async () => {
    expectRefused(await ask(PAGES.replace('$lots: Int', '$lots: Int = 99'), { spaces: 100 }), 'QUERY_TOO_COSTLY');
    expectRefused(
      await ask('{ lots(first: 99) { edges { node { spaces(first: 100) { edges { node { label } } } } } } }'),
      'QUERY_TOO_COSTLY',
    );
  });

  it('cost: a 20 x 20 nested page with availability and quotes passes; 100 x 100 x 100 does not', async () => {
    const window = { start: '2026-12-01T09:00:00Z', end: '2026-12-01T17:00:00Z' };
    const page = `query ($w: TimeWindowInput!) { lots(first: 20) { edges { node {
      name availability(window: $w) { available byKind { kind available } }
      quote(window: $w) { total { amount currency } lines { kind description } }
      spaces(first: 20) { edges { node { label kind level operatorStatus } } }
    } } pageInfo { hasNextPage endCursor } } }`;
    expectAnswered(await ask(page, { w: window }));
    const cube = '{ lots(first: 100) { edges { node { spaces(first: 100) { edges { node { lot { spaces(first: 100) { edges { node { label } } } } } } } } } } }';
    expectRefused(await ask(cube), 'QUERY_TOO_COSTLY');
  });

  it('a page size the field will reject is left to the field (BAD_USER_INPUT), not counted as huge', async () => {
    const answer = await ask(PAGES, { lots: 1_000_000, spaces: 1 });
    expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('aliases: 30 pass, 31 are TOO_MANY_ALIASES, fragments included', async () => {
    const aliases = (count: number) => Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ');
    expectAnswered(await ask(`{ ${aliases(30)} }`));
    expectRefused(await ask(`{ ${aliases(31)} }`), 'TOO_MANY_ALIASES');
    // 16 aliases in a fragment spread twice
    const spread = `{ lots(first: 1) { edges { node { ...Named } } } again: lots(first: 1) { edges { node { ...Named } } } }
      fragment Named on Lot { ${Array.from({ length: 15 }, (_, i) => `n${i}: name`).join(' ')} }`;
    expectRefused(await ask(spread), 'TOO_MANY_ALIASES');
  });

  it('tokens: 2,000 pass, 2,001 are TOO_MANY_TOKENS', async () => {
    // 18 tokens around the list (commas are not tokens)
    const statuses = (count: number) => `{ viewer { bookings(status: [${'CONFIRMED, '.repeat(count)}]) { edges { cursor } } } }`;
    expectAnswered(await ask(statuses(1_982)));
    const refused = await ask(statuses(1_983));
    expectRefused(refused, 'TOO_MANY_TOKENS');
    expect(refused.body.errors![0]!.extensions).toEqual({ code: 'TOO_MANY_TOKENS', limit: 2_000 });
  });

  it('document size is counted in UTF-8 bytes before parsing: 32 KiB pass, one byte more is DOCUMENT_TOO_LARGE (413)', async () => {
    const padded = (bytes: number) => {
      const head = '{ __typename } #';
      return head + 'x'.repeat(bytes - head.length);
    };
    expectAnswered(await ask(padded(32 * 1024)));
    expectRefused(await ask(padded(32 * 1024 + 1)), 'DOCUMENT_TOO_LARGE', 413);
    // 20,000 characters, 40,000 bytes
    expectRefused(await ask(`{ __typename } #${'é'.repeat(20_000)}`), 'DOCUMENT_TOO_LARGE', 413);
  });

  it('a POST that is not JSON gets a coded 400, not a plain-text 500', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-forwarded-for': freshAddress(), 'apollo-require-preflight': 'true' },
      body: '{ __typename }',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });
});

describe('batched operations', () => {
  it('are refused with BATCH_TOO_LARGE when batching is off (the default)', async () => {
    const refused = await post(server, [{ query: '{ __typename }' }]);
    expectRefused(refused, 'BATCH_TOO_LARGE');
    expect(refused.body.errors![0]!.message).toBe('This server does not accept batched operations');
  });

  it('with a maximum of 3: 3 pass, 4 are BATCH_TOO_LARGE', async () => {
    const batch = (count: number) => Array.from({ length: count }, () => ({ query: '{ lots(first: 1) { edges { cursor } } }' }));
    const answered = await post(production, batch(3));
    expect(answered.status).toBe(200);
    expect(answered.body).toHaveLength(3);
    for (const answer of answered.body) expect(answer.errors).toBeUndefined();
    expectRefused(await post(production, batch(4)), 'BATCH_TOO_LARGE');
  });

  it('each operation of a batch is checked on its own', async () => {
    const answered = await post(production, [{ query: '{ __typename }' }, { query: queryOfDepth(13) }]);
    expect(answered.body[0]!.errors).toBeUndefined();
    expect(answered.body[1]!.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP' });
  });
});

describe('rate limits (429, Retry-After, extensions.retryAfterSeconds)', () => {
  function expectRateLimited(sent: Sent) {
    expectRefused(sent, 'RATE_LIMITED', 429);
    const seconds = sent.body.errors![0]!.extensions!.retryAfterSeconds as number;
    // 1 token at 0.001/s: about 1,000 s, a little less for the time the requests took
    expect(seconds).toBeGreaterThan(900);
    expect(seconds).toBeLessThanOrEqual(1_000);
    expect(sent.headers.get('retry-after')).toBe(String(seconds));
  }

  it('per IP address for anonymous requests: the burst passes, the next is refused, other addresses are not', async () => {
    const from = freshAddress();
    for (let i = 0; i < RATE.burst; i += 1) expectAnswered(await ask('{ __typename }', undefined, { from }));
    expectRateLimited(await ask('{ __typename }', undefined, { from }));
    expectAnswered(await ask('{ __typename }'));
  });

  it('the address is the one the trusted proxy saw, not what the client wrote further left', async () => {
    const from = freshAddress();
    for (let i = 0; i < RATE.burst; i += 1) await ask('{ __typename }', undefined, { from: `203.0.113.${i}, ${from}` });
    expectRateLimited(await ask('{ __typename }', undefined, { from: `203.0.113.99, ${from}` }));
  });

  it('per user, whatever address the requests come from', async () => {
    const token = await server.tokenFor('driver@parkway.dev');
    for (let i = 0; i < RATE.burst; i += 1) expectAnswered(await ask('{ viewer { user { id } } }', undefined, { as: token }));
    expectRateLimited(await ask('{ viewer { user { id } } }', undefined, { as: token }));
    // someone else is not affected
    expectAnswered(await ask('{ viewer { user { id } } }', undefined, { as: await server.tokenFor('priya@example.com') }));
  });

  it('per API key', async () => {
    const owner = await server.tokenFor('ops@citypark.example');
    const member = await askFor(MEMBERSHIPS, {}, { as: owner });
    const operatorId = member!.viewer!.memberships[0]!.operator.id;
    const keyed = await askFor(CREATE_KEY, { id: operatorId }, { as: owner });
    const key = keyed!.createApiKey.secret!;
    for (let i = 0; i < RATE.burst; i += 1) expectAnswered(await ask('{ __typename }', undefined, { as: key }));
    expectRateLimited(await ask('{ __typename }', undefined, { as: key }));
  });

  it('bad credentials count against the address, so guessing tokens is limited too', async () => {
    const from = freshAddress();
    for (let i = 0; i < RATE.burst; i += 1) {
      const answer = await ask('{ __typename }', undefined, { from, as: 'not-a-token' });
      expect(answer.status).toBe(401);
    }
    expectRateLimited(await ask('{ __typename }', undefined, { from, as: 'not-a-token' }));
  });
});

describe('introspection and the landing page', () => {
  const introspect = '{ __schema { queryType { name } } }';

  it('are on in development', async () => {
    expectAnswered(await ask(introspect));
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('are off in production, over HTTP and WebSocket', async () => {
    const refused = await post(production, { query: introspect });
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    const client = clientFrom(production, freshAddress());
    const overWs = await runOverWebSocket(client, introspect).finally(() => client.dispose());
    expect(overWs.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    const page = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
  });
});

/** A raw graphql-ws socket from `from`: resolves with how the server answered connection_init. */
function openSocket(target: { url: string }, from: string, { token, init = true }: { token?: string; init?: boolean } = {}) {
  const socket = new WebSocket(`${target.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
    headers: { 'x-forwarded-for': from },
  });
  const outcome = new Promise<{ acknowledged: true } | { closed: number }>((resolve) => {
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') resolve({ acknowledged: true });
    });
    socket.on('close', (code) => resolve({ closed: code }));
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  socket.on('open', () => {
    if (init) socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} }));
  });
  return { socket, outcome, closed };
}

/** A graphql-ws client whose upgrade request says it comes from `from`. */
function clientFrom(target: { url: string }, from: string): Client {
  class ForwardedWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[], options?: ClientRequestArgs) {
      super(url, protocols, { ...options, headers: { 'x-forwarded-for': from } });
    }
  }
  return createClient({ url: `${target.url.replace('http', 'ws')}/graphql`, webSocketImpl: ForwardedWebSocket, retryAttempts: 0, lazy: true });
}

async function runOverWebSocket(client: Client, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  try {
    const iterator = client.iterate({ query, variables })[Symbol.asyncIterator]();
    const first = await iterator.next();
    await iterator.return?.();
    return first.value as GraphQLResponse;
  } catch (errors) {
    if (Array.isArray(errors)) return { errors };
    throw errors;
  }
}

describe('WebSocket limits', () => {
  it('the same document checks as HTTP, coded the same, and the socket stays usable', async () => {
    const client = clientFrom(server, freshAddress());
    try {
      expect((await runOverWebSocket(client, queryOfDepth(13))).errors![0]!.extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 12, actual: 13 });
      expect((await runOverWebSocket(client, PAGES, { lots: 99, spaces: 100 })).errors![0]!.extensions).toMatchObject({
        code: 'QUERY_TOO_COSTLY',
      });
      expect((await runOverWebSocket(client, '{ lots(')).errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
    } finally {
      await client.dispose();
    }
    const more = clientFrom(server, freshAddress());
    try {
      expect((await runOverWebSocket(more, `{ ${'__typename '.repeat(2_000)}}`)).errors![0]!.extensions).toMatchObject({ code: 'TOO_MANY_TOKENS' });
      expect((await runOverWebSocket(more, `{ __typename } #${'x'.repeat(40_000)}`)).errors![0]!.extensions).toMatchObject({
        code: 'DOCUMENT_TOO_LARGE',
      });
      expect(await runOverWebSocket(more, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await more.dispose();
    }
  });

  it('rate limits each operation against the connection`s user', async () => {
    const token = await server.tokenFor('manager@metropark.example');
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    try {
      for (let i = 0; i < RATE.burst; i += 1) expect((await runOverWebSocket(client, '{ __typename }')).errors).toBeUndefined();
      const refused = await runOverWebSocket(client, '{ __typename }');
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    } finally {
      await client.dispose();
    }
  });

  it('closes a socket that does not initialise in time with 4408', async () => {
    const { closed } = openSocket(server, freshAddress(), { init: false });
    expect(await closed).toBe(4408);
  });

  it('holds at most 2 sockets per address (anonymous), the third is closed with 1013', async () => {
    const from = freshAddress();
    const first = openSocket(server, from);
    const second = openSocket(server, from);
    expect(await first.outcome).toEqual({ acknowledged: true });
    expect(await second.outcome).toEqual({ acknowledged: true });
    const third = openSocket(server, from);
    expect(await third.outcome).toEqual({ closed: 1013 });
    // a freed place can be taken again
    first.socket.close();
    await first.closed;
    const fourth = openSocket(server, from);
    expect(await fourth.outcome).toEqual({ acknowledged: true });
    second.socket.close();
    fourth.socket.close();
  });

  it('holds at most 2 sockets per user, from any address', async () => {
    const token = await server.tokenFor('gate@citypark.example');
    const sockets = [openSocket(server, freshAddress(), { token }), openSocket(server, freshAddress(), { token })];
    for (const { outcome } of sockets) expect(await outcome).toEqual({ acknowledged: true });
    const third = openSocket(server, freshAddress(), { token });
    expect(await third.outcome).toEqual({ closed: 1013 });
    for (const { socket } of sockets) socket.close();
  });

  it('runs at most 2 operations per socket: the third is TOO_MANY_SUBSCRIPTIONS', async () => {
    const { data } = await request(server, FIRST_LOT, {});
    const lotId = data!.lots.edges[0]!.node.id;
    const watch = 'subscription ($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { lotId version } }';
    const client = clientFrom(server, freshAddress());
    try {
      const running = [subscribe(client, watch, { ids: [lotId] }), subscribe(client, watch, { ids: [lotId] })];
      for (const subscription of running) await subscription.next();
      const third = subscribe(client, watch, { ids: [lotId] });
      const failure = await third.failure();
      expect(failure).toMatchObject({ kind: 'errors', errors: [{ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 2, actual: 3 } }] });
      for (const subscription of running) subscription.dispose();
    } finally {
      await client.dispose();
    }
  });

  it('closes a socket that sends a message over the size limit with 1009', async () => {
    const { socket, outcome, closed } = openSocket(server, freshAddress());
    expect(await outcome).toEqual({ acknowledged: true });
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `{ __typename } #${'x'.repeat(70 * 1024)}` } }));
    expect(await closed).toBe(1009);
  });
});
