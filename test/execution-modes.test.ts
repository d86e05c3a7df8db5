import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { buildSchema } from '../src/graphql/schema.js';
import { createCompiledExecute, executionCounters } from '../src/graphql/execution/index.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';

// Documents here stay raw strings on purpose (not graphql() from test/gql): the tests compare the
// stock and compiled executors' answers to the same document text, including inline literals,
// introspection, parse and validation failures, so the text itself is the subject; the few fields read
// afterwards are ids to send next.

// The same operations against a stock (graphql-js) and a compiled (graphql-jit) server on one
// database must give byte-for-byte the same responses, errors and HTTP statuses included.

let stock: TestServer;
let compiled: TestServer;
/** SQL matching this fails, as if the database broke mid-request (for masked internal errors). */
let failingStatements: RegExp | undefined;

beforeAll(async () => {
  stock = await startTestServer({
    execution: 'stock',
    onQuery: (query) => {
      if (failingStatements?.test(query)) throw new Error(`simulated failure of: ${query}`);
    },
  });
  compiled = await startTestServer({ execution: 'compiled', database: stock.database });
});
afterAll(async () => {
  await compiled?.stop();
  await stock?.stop();
});

interface HttpAnswer {
  status: number;
  body: GraphQLResponse;
}

async function post(server: TestServer, query: string, variables?: Record<string, unknown>, token?: string): Promise<HttpAnswer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

/** errorIds are random per error: compare their shape, not their value. */
function withoutErrorIds<T>(answer: T): T {
  return JSON.parse(JSON.stringify(answer).replace(/"errorId":"[0-9a-f-]{36}"/g, '"errorId":"<uuid>"')) as T;
}

/** Sends the operation to both servers over HTTP; expects the same answer and returns it. */
async function sameOverHttp(query: string, variables?: Record<string, unknown>, token?: string): Promise<HttpAnswer> {
  const fromStock = await post(stock, query, variables, token);
  const fromCompiled = await post(compiled, query, variables, token);
  expect(withoutErrorIds(fromCompiled)).toEqual(withoutErrorIds(fromStock));
  // and the key order too: clients (and caches keyed by the body) see the serialised text
  expect(JSON.stringify(withoutErrorIds(fromCompiled))).toBe(JSON.stringify(withoutErrorIds(fromStock)));
  return fromStock;
}

async function sameOverWebSocket(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse> {
  const fromStock = await stock.graphqlOverWebSocket(query, variables, { as: token });
  const fromCompiled = await compiled.graphqlOverWebSocket(query, variables, { as: token });
  expect(JSON.stringify(withoutErrorIds(fromCompiled))).toBe(JSON.stringify(withoutErrorIds(fromStock)));
  return fromStock;
}

const NEAR_PICCADILLY = { lat: 53.481, lng: -2.2369 };
const tomorrow = (hour: number, offset = 'Z') => {
  const day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00:00${offset}`;
};

const FIND_PARKING = /* GraphQL */ `
  query FindParking($near: LatLngInput!, $window: TimeWindowInput!, $first: Int) {
    lotsNear(near: $near, radiusMeters: 1500, window: $window, first: $first) {
      edges {
        distanceMeters
        node {
          __typename id name lotType
          availability(window: $window) { available byKind { kind available } closedReason }
          quote(window: $window) { total { amount currency } lines { kind description } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const NESTED = /* GraphQL */ `
  {
    lots(first: 5) { edges { cursor node {
      id name operator { name kind }
      spaces(first: 3) { edges { node { label kind lot { name } } } pageInfo { hasNextPage } }
    } } }
  }
`;

describe('compiled and stock execution give the same answers', () => {
  it('for a nested page, aliases, fragments, @skip/@include and __typename, and runs it compiled', async () => {
    const before = { ...executionCounters };
    const nested = await sameOverHttp(NESTED);
    expect(nested.body.errors).toBeUndefined();
    expect(JSON.stringify(nested.body.data)).toContain('"label"');
    await sameOverHttp(
      `query ($withSpaces: Boolean!) {
        __typename
        first: lots(first: 2) { edges { node { ...Names spaces(first: 1) @include(if: $withSpaces) { edges { node { label } } } } } }
        second: lots(first: 1) @skip(if: $withSpaces) { edges { node { id } } }
      }
      fragment Names on Lot { __typename name operator { __typename name } }`,
      { withSpaces: true },
    );
    expect(executionCounters.compiled - before.compiled).toBe(2);
    expect(executionCounters.fallback - before.fallback).toBe(0);
  });

  it('for node(id:) on every kind of object (the Node interface resolves the type)', async () => {
    const page = await sameOverHttp(NESTED);
    const lotNode = (page.body.data as { lots: { edges: Array<{ node: { id: string } }> } }).lots.edges[0]!.node;
    const answer = await sameOverHttp(
      `query ($id: ID!) {
        node(id: $id) { __typename id ... on Lot { name spaces(first: 1) { edges { node { id } } } } ... on Space { label } }
      }`,
      { id: lotNode.id },
    );
    expect(answer.body.data).toMatchObject({ node: { __typename: 'Lot' } });
    await sameOverHttp('{ node(id: "TG90OjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA") { id } }');
  });

  it('for search with DateTime variables in any offset, availability and quotes', async () => {
    const inUtc = await sameOverHttp(FIND_PARKING, { near: NEAR_PICCADILLY, window: { start: tomorrow(9), end: tomorrow(17) }, first: 3 });
    expect(inUtc.body.errors).toBeUndefined();
    await sameOverHttp(FIND_PARKING, { near: NEAR_PICCADILLY, window: { start: tomorrow(10, '+01:00'), end: tomorrow(18, '+01:00') } });
  });

  it('for DateTime output, mutations and userErrors of a signed-in driver', async () => {
    const token = await stock.tokenFor('driver@parkway.dev');
    const vehicles = await sameOverHttp('{ viewer { user { displayName } vehicles { id plate } } }', undefined, token);
    const vehicleId = (vehicles.body.data as { viewer: { vehicles: Array<{ id: string }> } }).viewer.vehicles[0]!.id;
    const search = await post(stock, FIND_PARKING, { near: NEAR_PICCADILLY, window: { start: tomorrow(9), end: tomorrow(11) }, first: 1 });
    const lotId = (search.body.data as { lotsNear: { edges: Array<{ node: { id: string } }> } }).lotsNear.edges[0]!.node.id;
    const booked = await post(
      stock,
      `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } userErrors { code } } }`,
      { input: { lotId, vehicleId, window: { start: tomorrow(9), end: tomorrow(11) } } },
      token,
    );
    expect(booked.body.data).toMatchObject({ createBooking: { userErrors: [] } });

    const bookings = await sameOverHttp(
      '{ viewer { bookings(first: 5) { edges { node { id status createdAt window { start end } price { amount currency } lot { name } } } } } }',
      undefined,
      token,
    );
    expect(JSON.stringify(bookings.body.data)).toMatch(/"start":"\d{4}-\d\d-\d\dT09:00:00\.000Z"/);

    // a failing mutation answers the same on both: nothing is written
    await sameOverHttp(
      `mutation ($input: AddVehicleInput!) { addVehicle(input: $input) { vehicle { id } userErrors { code message field } } }`,
      { input: { plate: '-- --', country: 'GBR' } },
      token,
    );
    await sameOverHttp(
      `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } userErrors { code message field } } }`,
      { input: { lotId, vehicleId, window: { start: tomorrow(11), end: tomorrow(9) } } },
      token,
    );
  });

  it('for variables that cannot be coerced: BAD_USER_INPUT, status 400, same message and location', async () => {
    const cases: Array<Record<string, unknown>> = [
      { near: NEAR_PICCADILLY, window: { start: '2026-11-27T09:00:00', end: tomorrow(17) } },
      { near: NEAR_PICCADILLY, window: { start: '2026-02-31T09:00:00Z', end: tomorrow(17) } },
      { near: { lat: 'north', lng: -2.2 }, window: { start: tomorrow(9), end: tomorrow(17) } },
      { window: { start: tomorrow(9), end: tomorrow(17) } },
      { near: NEAR_PICCADILLY, window: { start: tomorrow(9), end: tomorrow(17), extra: 1 }, first: 'ten' },
    ];
    for (const variables of cases) {
      const answer = await sameOverHttp(FIND_PARKING, variables);
      expect(answer.status).toBe(400);
      expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });

  it('for resolver errors with codes, validation and parse errors', async () => {
    const tooMany = await sameOverHttp('{ lots(first: 1000) { edges { node { name } } } }');
    expect(tooMany.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    await sameOverHttp('{ lot(id: "not-an-id") { name } }');
    await sameOverHttp('{ viewer { user { displayName } } }');
    await sameOverHttp('mutation { addVehicle(input: { plate: "AB12CDE", country: "GB" }) { vehicle { id } userErrors { code } } }');
    await sameOverHttp(`{ lotsNear(near: { lat: 53.4, lng: -2.2 }, window: { start: "nope", end: "${tomorrow(9)}" }) { edges { distanceMeters } } }`);
    await sameOverHttp('{ lots(first: 1) { edges { node { noSuchField } } } }');
    await sameOverHttp('{ lots(first: 1) { ');
  });

  it('for unexpected errors: masked with an errorId, null propagated through non-null fields', async () => {
    const page = await post(stock, '{ lots(first: 1) { edges { node { id } } } }');
    const lotId = (page.body.data as { lots: { edges: Array<{ node: { id: string } }> } }).lots.edges[0]!.node.id;
    failingStatements = /"operators"/;
    try {
      // Query.lot is nullable: the null stops there, the rest of the response stays
      const partial = await sameOverHttp('query ($id: ID!) { lot(id: $id) { name operator { name } } __typename }', { id: lotId });
      expect(partial.body.data).toEqual({ lot: null, __typename: 'Query' });

      const answer = await sameOverHttp('{ lots(first: 2) { edges { node { name operator { name } } } } }');
      // Lot.operator, edges and lots are non-null: the null reaches the root, and the second
      // lot's error is not reported once its parent is gone (graphql-js's rule)
      expect(answer.body).toEqual({
        errors: [
          {
            message: 'Internal server error',
            locations: [{ line: 1, column: 40 }],
            path: ['lots', 'edges', 0, 'node', 'operator'],
            extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
          },
        ],
        data: null,
      });
      expect(JSON.stringify(answer.body)).not.toMatch(/simulated|select/i);
    } finally {
      failingStatements = undefined;
    }
  });

  it('for introspection', async () => {
    await sameOverHttp('{ __schema { queryType { name } } __type(name: "Lot") { name fields { name type { name kind ofType { name } } } } }');
  });

  it('over WebSocket: queries, masked errors and bad variables', async () => {
    await sameOverWebSocket(NESTED);
    await sameOverWebSocket(FIND_PARKING, { near: NEAR_PICCADILLY, window: { start: tomorrow(9), end: tomorrow(17) }, first: 2 });
    await sameOverWebSocket(FIND_PARKING, { near: NEAR_PICCADILLY, window: { start: 'tomorrow', end: tomorrow(17) } });
    await sameOverWebSocket('{ lots(first: 1000) { edges { node { name } } } }');
  });
});

describe('what the compiler does not run', () => {
  it('answers a subscription sent over HTTP with graphql-js, counted as a fallback', async () => {
    const before = executionCounters.fallback;
    await sameOverHttp('subscription { spaceStatusChanged(lotId: "x") { status } }');
    expect(executionCounters.fallback - before).toBe(1);
  });

  it('runs a document graphql-jit cannot compile on graphql-js, counted, with the same result', async () => {
    // valid for graphql-js execute (which does not validate), refused by graphql-jit's compiler:
    // a nullable variable in @skip(if:). Apollo's validation stops it before execution, so this
    // drives the executor directly, as a server with different validation rules would.
    const schema = buildSchema();
    const execute = createCompiledExecute(schema);
    const document = parse('query ($hide: Boolean) { __typename @skip(if: $hide) }');
    const before = { ...executionCounters };
    for (const hide of [false, true]) {
      const result = await execute({ schema, document, variableValues: { hide } });
      expect(result).toEqual({ data: hide ? {} : { __typename: 'Query' } });
    }
    expect(executionCounters.fallback - before.fallback).toBe(2);
    // compiled once, then remembered as not compilable
    expect(executionCounters.compilations - before.compilations).toBe(1);
    expect(executionCounters.compiled - before.compiled).toBe(0);
  });

  it('keeps at most maxDocuments compiled documents, compiling a dropped one again when it returns', async () => {
    const schema = buildSchema();
    const execute = createCompiledExecute(schema, { maxDocuments: 2 });
    const run = (text: string) => execute({ schema, document: parse(text) });
    const before = executionCounters.compilations;
    await run('{ a: __typename }');
    await run('{ b: __typename }');
    await run('{ a: __typename }');
    expect(executionCounters.compilations - before).toBe(2);
    await run('{ c: __typename }'); // drops b, the least recently used
    await run('{ a: __typename }');
    expect(executionCounters.compilations - before).toBe(3);
    await run('{ b: __typename }');
    expect(executionCounters.compilations - before).toBe(4);
  });
});
