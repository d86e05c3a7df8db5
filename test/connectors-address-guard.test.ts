import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createOperator, createUser, nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import { request } from './gql/request.js';
import { eventually } from './helpers/subscriptions.js';

// A connector source is a URL an operator types in and the server fetches: without
// CONNECTORS_ALLOW_PRIVATE_NETWORKS (the default) a feed on a private or loopback address is
// refused before any connection is made, so sources cannot be used to reach inside our network.

let server: TestServer;
let feedServer: Server;
let requests = 0;
let port: number;

beforeAll(async () => {
  feedServer = createServer((_req, res) => {
    requests += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"items": []}');
  });
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  port = (feedServer.address() as AddressInfo).port;
  server = await startTestServer({ scheduler: { intervalMs: 100 } });
});
afterAll(async () => {
  await server?.stop();
  await new Promise((resolve) => feedServer?.close(resolve));
});

const CREATE_SOURCE = graphql(`
  mutation AddressGuardCreateSource($input: CreateConnectorSourceInput!) { createConnectorSource(input: $input) { source { id } userErrors { code } } }
`);
const SOURCE_STATUS = graphql(`
  query AddressGuardSourceStatus($id: ID!) { node(id: $id) { ... on ConnectorSource { status { lastErrorCode lastError } } } }
`);

describe('connector sources on private addresses', () => {
  it('are refused with ADDRESS_REFUSED and never contacted, by address or by a name that resolves to one', async () => {
    const { db } = server.database;
    const operatorId = await createOperator(db, 'Guarded Network', 'NETWORK');
    const manager = await createUser(db);
    await addMember(db, operatorId, manager.id, 'MANAGER');
    const token = await server.tokenFor(manager.email);
    for (const url of [`http://127.0.0.1:${port}/feed`, `http://localhost:${port}/feed`, `http://[::ffff:127.0.0.1]:${port}/feed`]) {
      const { data } = await request(
        server,
        CREATE_SOURCE,
        { input: { operatorId: nodeId('Operator', operatorId), name: url, format: 'PARKAPI_V3_JSON', url, pollIntervalSeconds: 1 } },
        { as: token },
      );
      expect(data!.createConnectorSource.userErrors).toEqual([]);
      let status: { lastErrorCode: string | null; lastError: string | null } | undefined;
      await eventually(
        async () => {
          const answer = await request(
            server,
            SOURCE_STATUS,
            { id: data!.createConnectorSource.source!.id },
            { as: token },
          );
          const node = answer.data!.node!;
          status = 'status' in node ? node.status : undefined;
          return status!.lastErrorCode !== null;
        },
        8_000,
        `a refusal for ${url}`,
      );
      expect(status, url).toMatchObject({ lastErrorCode: 'ADDRESS_REFUSED', lastError: expect.stringContaining('not a public address') });
    }
    expect(requests).toBe(0);
  });
});
