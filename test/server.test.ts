import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.js';

// Documents here stay raw strings on purpose (not graphql() from test/gql): parse and validation
// failures, wrong variable types and oversized bodies are the point, and the valid ones only compare
// HTTP with WebSocket answers or read status codes, not typed fields.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('health endpoints', () => {
  it('GET /healthz says the process is alive', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz reports database, migrations and listener ready', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ready: true,
      checks: { database: true, migrations: true, listener: true, acceptingTraffic: true },
    });
  });
});

describe('GraphQL over WebSocket (graphql-transport-ws on /graphql)', () => {
  it('answers the same query as HTTP', async () => {
    const query = '{ lots(first: 3) { edges { node { id name operator { name } } } } }';
    const overHttp = await server.graphql(query);
    const overWs = await server.graphqlOverWebSocket(query);
    expect(overHttp.errors).toBeUndefined();
    expect(overWs).toEqual(overHttp);
  });

  it('codes argument errors exactly as HTTP does', async () => {
    const query = '{ lots(first: 1000) { edges { cursor } } }';
    const overWs = await server.graphqlOverWebSocket(query);
    expect(overWs.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(overWs.errors![0]!.message).toBe((await server.graphql(query)).errors![0]!.message);
  });

  it('codes a document that does not validate', async () => {
    const overWs = await server.graphqlOverWebSocket('{ lots { nope } }');
    expect(overWs.errors![0]!.message).toContain('Cannot query field "nope"');
    expect(overWs.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

describe('request errors over HTTP', () => {
  it('codes a parse error and a validation error', async () => {
    const parse = await server.graphql('{ lots(');
    expect(parse.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
    const validation = await server.graphql('{ lots { nope } }');
    expect(validation.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('rejects a variable of the wrong type with BAD_USER_INPUT and no stack trace', async () => {
    const response = await server.graphql('query ($n: Int) { lots(first: $n) { edges { cursor } } }', { n: 'ten' });
    expect(response.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('answers broken JSON with a coded 400, not a stack trace', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ lots { edges',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a body over 1 MB with a coded 413', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ lots { edges { cursor } } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  // POST /graphql with JSON is read without express (graphqlPostFastPath): these are the answers
  // express.json gave, for the cases only that path can meet
  it('answers a body sent in chunks past 1 MB (no content-length) with a coded 413, and keeps serving', async () => {
    const big = JSON.stringify({ query: `{ lots { edges { cursor } } } # ${'x'.repeat(1_100_000)}` });
    const stream = new ReadableStream({
      start(controller) {
        for (let at = 0; at < big.length; at += 64 * 1024) controller.enqueue(new TextEncoder().encode(big.slice(at, at + 64 * 1024)));
        controller.close();
      },
    });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect((await server.graphql('{ lots(first: 1) { edges { cursor } } }')).errors).toBeUndefined();
  });

  it('answers JSON that is not an object or array with the coded 400 of broken JSON', async () => {
    for (const body of ['"{ lots { edges { cursor } } }"', '42', 'null']) {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
      });
    }
  });

  it('serves application/json with charset=utf-8, and leaves other charsets to be refused as before', async () => {
    const body = JSON.stringify({ query: '{ lots(first: 1) { edges { cursor } } }' });
    const utf8 = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json; charset=UTF-8' }, body });
    expect(utf8.status).toBe(200);
    expect(utf8.headers.get('x-request-id')).toEqual(expect.any(String));
    const latin1 = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json; charset=latin1' }, body });
    expect(latin1.status).toBe(415);
    expect(await latin1.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });
});
