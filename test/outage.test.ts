import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import { request, requestOverWebSocket } from './gql/request.js';

// This file breaks its own server's database on purpose, so it runs on a server of its own.
let server: TestServer;

const FIRST_LOT = graphql(`
  query OutageFirstLot { lots(first: 1) { edges { node { name } } } }
`);

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop().catch(() => {}));

describe('when the database goes away', () => {
  it('masks the internal error with an errorId over HTTP and WebSocket, and /readyz says 503', async () => {
    await server.database.close();

    const overHttp = await request(server, FIRST_LOT, {});
    expect(overHttp.errors).toHaveLength(1);
    const [error] = overHttp.errors!;
    expect(error!.message).toBe('Internal server error');
    expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(JSON.stringify(overHttp)).not.toMatch(/stack|select|closed|pglite|pool/i);

    const overWs = await requestOverWebSocket(server, FIRST_LOT, {});
    expect(overWs.errors![0]!.message).toBe('Internal server error');
    expect(overWs.errors![0]!.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(overWs)).not.toMatch(/stack|select|closed|pglite|pool/i);

    const readiness = await fetch(`${server.url}/readyz`);
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toMatchObject({ ready: false, checks: { database: false } });
  });
});
