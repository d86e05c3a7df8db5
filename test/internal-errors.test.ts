import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from './helpers/server.js';

// Internal errors outside resolvers: authentication that cannot reach the database. The client
// learns that something failed and an id to quote, never what.
let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = await server.tokenFor('driver@parkway.dev');
  await server.database.close();
});
afterAll(() => server?.stop().catch(() => {}));

const LEAK = /select|pglite|closed|drizzle|stack|\.ts:\d+/i;

describe('an internal error while authenticating', () => {
  it('over HTTP: 500, masked with an errorId', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const body = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(body)).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) } }],
    });
    expect(body).not.toMatch(LEAK);
  });

  it('over WebSocket: closed with 4500 "Internal server error", not the error`s message', async () => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    const [code, reason] = await new Promise<[number, string]>((resolve) => socket.on('close', (c, r) => resolve([c, String(r)])));
    expect(code).toBe(4500);
    expect(reason).toBe('Internal server error');
  });
});
