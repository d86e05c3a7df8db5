import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildSchema } from '../src/graphql/schema.js';
import { createLogger } from '../src/logger.js';
import { SeededRandom } from '../src/seed/random.js';
import { fuzzRequest, type FuzzRequest, type KnownValues } from './helpers/fuzz-requests.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// Documents here stay raw strings on purpose (not graphql() from test/gql): they are generated bad
// requests (broken syntax, unknown fields, wrong variable types) that no typed document can express.

// Thousands of generated bad requests against one production-mode server: every answer must be
// JSON, every error coded, no stack trace or internal text, no 5xx but a masked one, and the
// server still healthy afterwards. FUZZ_SEED=<n> replays a run; FUZZ_REQUESTS=<n> sizes it.
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const HTTP_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 5_000);
const WEBSOCKET_OPERATIONS = Math.ceil(HTTP_REQUESTS / 10);
const CONCURRENCY = 8;
// a bound on waiting, not a speed assertion: a few milliseconds of CPU per request on a quiet
// 2-core machine, far longer on a loaded one
const RUN_TIMEOUT_MS = 300_000;

/** Text that means something internal escaped: a stack frame, a source path, SQL, a driver. */
const LEAKS = [
  /\n\s+at\s/,
  /node_modules/,
  /\.(ts|js):\d+/,
  /\bselect\b.+\bfrom\b/i,
  /\bpglite\b|\bdrizzle\b|\bpostgres\b|\bsqlstate\b/i,
  /TypeError|ReferenceError|RangeError|Cannot read propert/,
  /Unexpected error/,
];

let server: TestServer;
let known: KnownValues;
let tokens: string[];
const logged: string[] = [];

beforeAll(async () => {
  console.log(`fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED} npx vitest run test/fuzz.test.ts)`);
  const errorLines = new Writable({
    write(chunk, _encoding, done) {
      logged.push(String(chunk));
      done();
    },
  });
  server = await startTestServer({
    production: true,
    logger: createLogger('error', errorLines),
    // subscriptions are left running until the end of the WebSocket run
    limits: { webSocket: { maxSubscriptionsPerConnection: 100_000 } },
  });
  const page = await server.graphql<{ lots: { edges: Array<{ cursor: string; node: { id: string; spaces: { edges: Array<{ cursor: string; node: { id: string } }> } } }> } }>(
    '{ lots(first: 3) { edges { cursor node { id spaces(first: 2) { edges { cursor node { id } } } } } } }',
  );
  const lots = page.data!.lots.edges;
  known = {
    ids: lots.flatMap((lot) => [lot.node.id, ...lot.node.spaces.edges.map((space) => space.node.id)]),
    cursors: lots.flatMap((lot) => [lot.cursor, ...lot.node.spaces.edges.map((space) => space.cursor)]),
  };
  tokens = await Promise.all(['driver@parkway.dev', 'ops@citypark.example', 'admin@parkway.dev'].map((email) => server.tokenFor(email)));
});
afterAll(() => server?.stop());

interface Problem {
  index: number;
  kind: string;
  problem: string;
  request: string;
}

/** What is wrong with one answer (empty when it is a proper refusal or answer). */
function problemsOf(status: number, contentType: string, text: string): string[] {
  if (!contentType.includes('json')) return [`status ${status} with ${contentType || 'no content type'}: ${text.slice(0, 200)}`];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [`status ${status}, body is not JSON: ${text.slice(0, 200)}`];
  }
  const answers = Array.isArray(body) ? body : [body];
  const problems: string[] = [];
  let masked = false;
  for (const answer of answers as Array<{ errors?: Array<{ message?: unknown; extensions?: Record<string, unknown> }> }>) {
    for (const error of answer.errors ?? []) {
      const code = error.extensions?.code;
      if (typeof code !== 'string') problems.push(`error without extensions.code: ${JSON.stringify(error).slice(0, 300)}`);
      if (code === 'INTERNAL_SERVER_ERROR') {
        masked = true;
        if (error.message !== 'Internal server error' || typeof error.extensions?.errorId !== 'string') {
          problems.push(`unmasked internal error: ${JSON.stringify(error).slice(0, 300)}`);
        }
      }
      const leak = LEAKS.find((pattern) => pattern.test(JSON.stringify(error)));
      if (leak) problems.push(`leaks ${leak}: ${JSON.stringify(error).slice(0, 300)}`);
    }
  }
  if (status >= 500 && !masked) problems.push(`status ${status} without a masked error: ${text.slice(0, 200)}`);
  return problems;
}

async function send(request: FuzzRequest): Promise<string[]> {
  const response = await fetch(`${server.url}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
  return problemsOf(response.status, response.headers.get('content-type') ?? '', await response.text());
}

/** Runs `task` for 0..count-1 with `concurrency` at a time. */
async function inParallel(count: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/**
 * One graphql-ws connection. Queries and mutations run one at a time (`run` waits for their
 * end); subscriptions are left running (nothing may ever match them) and stopped after their
 * first message or at `close`. Every `next` and `error` payload is checked as it arrives.
 */
async function openOperationSocket() {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const problems: Array<{ id: string; problem: string }> = [];
  const waiting = new Map<string, () => void>();
  let closedWith: number | undefined;
  socket.on('close', (code) => {
    closedWith = code;
    for (const done of waiting.values()) done();
  });
  const acknowledged = new Promise<void>((resolve) => socket.once('message', () => resolve()));
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await acknowledged;
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id: string; type: string; payload?: unknown };
    if (message.type === 'next' || message.type === 'error') {
      const payload = message.type === 'error' ? { errors: message.payload } : message.payload;
      for (const problem of problemsOf(200, 'application/json', JSON.stringify(payload))) problems.push({ id: message.id, problem });
    }
    if (message.type === 'next' && !waiting.has(message.id)) socket.send(JSON.stringify({ id: message.id, type: 'complete' }));
    if (message.type === 'error' || message.type === 'complete') waiting.get(message.id)?.();
  });
  let lastId = 0;
  return {
    problems,
    closedWith: () => closedWith,
    /** Sends one operation; resolves with its id once it ended (at once for a subscription). */
    run: (query: string, variables: unknown, isSubscription: boolean) => {
      const id = String(++lastId);
      const ended = isSubscription || closedWith !== undefined ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(id, resolve));
      socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
      return ended.then(() => {
        waiting.delete(id);
        return id;
      });
    },
    close: () => socket.close(),
  };
}

describe(`fuzz (seed ${SEED})`, () => {
  const schema = buildSchema();

  it(`answers ${HTTP_REQUESTS} generated bad HTTP requests with coded errors, never a crash or a leak`, async () => {
    const random = new SeededRandom(SEED);
    const requests = Array.from({ length: HTTP_REQUESTS }, () => fuzzRequest(schema, random, known, tokens));
    const problems: Problem[] = [];
    await inParallel(requests.length, CONCURRENCY, async (index) => {
      const request = requests[index]!;
      for (const problem of await send(request)) {
        problems.push({ index, kind: request.kind, problem, request: (request.body ?? request.path).slice(0, 400) });
      }
    });
    expect(problems.slice(0, 10), `seed ${SEED}: ${problems.length} problems`).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await server.graphql('{ lots(first: 1) { edges { cursor } } }')).toMatchObject({ data: { lots: { edges: [{}] } } });
  }, RUN_TIMEOUT_MS);

  it(`answers ${WEBSOCKET_OPERATIONS} generated operations over one WebSocket with coded errors, and keeps the socket`, async () => {
    const random = new SeededRandom(SEED + 1);
    const socket = await openOperationSocket();
    const sent = new Map<string, { kind: string; request: string }>();
    try {
      while (sent.size < WEBSOCKET_OPERATIONS) {
        const request = fuzzRequest(schema, random, known, tokens);
        if (!request.operation) continue;
        const { query, variables } = request.operation;
        const id = await socket.run(query, variables, /^\s*subscription\b/.test(query));
        sent.set(id, { kind: request.kind, request: JSON.stringify(request.operation).slice(0, 400) });
      }
      // the socket still answers, after everything it was sent
      await socket.run('{ __typename }', undefined, false);
      expect(socket.closedWith(), `seed ${SEED}: the socket was closed`).toBeUndefined();
    } finally {
      socket.close();
    }
    const problems = socket.problems.map(({ id, problem }) => ({ ...sent.get(id), id, problem }));
    expect(problems.slice(0, 10), `seed ${SEED}: ${problems.length} problems`).toEqual([]);
  }, RUN_TIMEOUT_MS);

  it('logs an unexpected error only with an errorId a client was given', () => {
    // every "unexpected error" log line carries the id that was sent instead of the details
    for (const line of logged) expect(JSON.parse(line)).toHaveProperty('errorId');
  });
});
