import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createApiKey, createOperator, createUser, nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { eventually, sleep } from './helpers/subscriptions.js';
import { graphql } from './gql/generated/index.js';
import type { ConnectorFormat, ConnectorsStatusQuery, CreateConnectorSourceInput, PartnerLotInput } from './gql/generated/graphql.js';
import { fieldOf, request, subscribeTo } from './gql/request.js';

// Connectors (src/domain/connectors, src/jobs/connector-poll.ts) through the API: a network's
// manager adds another network's feed, served here by a local HTTP server; the scheduler pulls
// it into the operator's count-only lots, live maps see the counts, and every failure lands in
// the source's status with nothing of that poll written.

const fixture = (name: string) => readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url), 'utf8');
/** The samples' observation times moved to just now, so their counts are fresh (REPORTED_COUNTS_TTL). */
const fresh = (text: string) => text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/g, () => new Date(Date.now() - 30_000).toISOString());

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const hits = new Map<string, number>();
const sockets = new Set<Socket>();
let feedServer: Server;
let feedUrl: string;

function serve(path: string, body: string | (() => string), { status = 200, type = 'application/xml' } = {}): string {
  routes.set(path, (_req, res) => {
    res.writeHead(status, { 'content-type': type });
    res.end(typeof body === 'function' ? body() : body);
  });
  return `${feedUrl}${path}`;
}

let server: TestServer;
let operator: string;
let managerToken: string;
let partnerKey: string;
const lotIds = new Map<string, string>();

beforeAll(async () => {
  feedServer = createServer((req, res) => {
    hits.set(req.url!, (hits.get(req.url!) ?? 0) + 1);
    const handler = routes.get(req.url!);
    if (handler) handler(req, res);
    else res.writeHead(404).end();
  });
  feedServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;

  server = await startTestServer({ scheduler: { intervalMs: 100 }, connectors: { allowPrivateNetworks: true } });
  const { db } = server.database;
  const operatorId = await createOperator(db, 'Connected Network', 'NETWORK');
  operator = nodeId('Operator', operatorId);
  const manager = await createUser(db);
  await addMember(db, operatorId, manager.id, 'MANAGER');
  managerToken = await server.tokenFor(manager.email);
  partnerKey = (await createApiKey(db, operatorId, { scopes: ['lots:write'] })).key;
  const refs = ['NG-1', 'NG-2', 'pk-1', 'pk-2', 'M-1', 'M-2', 'F-1'];
  const { data } = await request(
    server,
    UPSERT_LOTS,
    {
      input: {
        operatorId: operator,
        lots: refs.map((ref, index): PartnerLotInput => ({
          externalRef: ref,
          name: `Connected ${ref}`,
          address: '',
          location: { lat: 50.83 + index / 1000, lng: -0.14 },
          timeZone: 'Europe/London',
          lotType: 'MULTI_STOREY',
          currency: 'GBP',
          capacity: ref === 'NG-2' ? 40 : 100,
        })),
      },
    },
    { as: partnerKey },
  );
  for (const { externalRef, lot } of data!.upsertLots.lots) lotIds.set(externalRef, lot.id);
});

afterAll(async () => {
  await server?.stop();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => feedServer?.close(resolve));
});

const UPSERT_LOTS = graphql(`
  mutation ConnectorsUpsertLots($input: UpsertLotsInput!) { upsertLots(input: $input) { lots { externalRef lot { id } } userErrors { code message } } }
`);
const CREATE_SOURCE = graphql(`
  mutation ConnectorsCreateSource($input: CreateConnectorSourceInput!) { createConnectorSource(input: $input) { source { id } userErrors { code field } } }
`);
const STATUS = graphql(`
  query ConnectorsStatus($id: ID!) {
    node(id: $id) {
      ... on ConnectorSource {
        status {
          healthy lastAttemptAt lastSuccessAt lastErrorAt lastErrorCode lastError consecutiveFailures nextPollAt itemCount appliedCount
          problems { ref reason }
        }
      }
    }
  }
`);
const REPORTED = graphql(`
  query ConnectorsReported($id: ID!) { node(id: $id) { ... on Lot { reportedAvailability { free total } } } }
`);
const SET_COUNTS = graphql(`
  mutation ConnectorsSetCounts($input: ReportLotAvailabilityInput!) { reportLotAvailability(input: $input) { results } }
`);
const OCCUPANCY = graphql(`
  subscription ConnectorsOccupancy($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { lotId occupancy { available total } } }
`);
const SOURCES = graphql(`
  query ConnectorsSources($id: ID!) { node(id: $id) { ... on Operator { connectorSources { edges { node { id name enabled } } } } } }
`);
const NODE_ID = graphql(`
  query ConnectorsNodeId($id: ID!) { node(id: $id) { id } }
`);
const DELETE_SOURCE = graphql(`
  mutation ConnectorsDeleteSource($id: ID!) { deleteConnectorSource(input: { sourceId: $id }) { userErrors { code } } }
`);

type Status = Extract<NonNullable<ConnectorsStatusQuery['node']>, { status: unknown }>['status'];

async function createSource(input: Omit<CreateConnectorSourceInput, 'operatorId'>, token = managerToken) {
  const { data, errors } = await request(
    server,
    CREATE_SOURCE,
    { input: { operatorId: operator, pollIntervalSeconds: 1, timeoutMs: 2_000, ...input } },
    { as: token },
  );
  expect(errors).toBeUndefined();
  return data!.createConnectorSource;
}

async function addSource(input: Omit<CreateConnectorSourceInput, 'operatorId'>): Promise<string> {
  const { source, userErrors } = await createSource(input);
  expect(userErrors).toEqual([]);
  return source!.id;
}

async function statusOf(sourceId: string): Promise<Status> {
  const { data } = await request(server, STATUS, { id: sourceId }, { as: managerToken });
  return fieldOf(data!.node, 'status');
}

async function statusWhen(sourceId: string, done: (status: Status) => boolean, timeoutMs = 8_000): Promise<Status> {
  let status = await statusOf(sourceId);
  await eventually(async () => done((status = await statusOf(sourceId))), timeoutMs, `source status (last: ${JSON.stringify(status)})`);
  return status;
}

async function reported(ref: string): Promise<{ free: number; total: number } | null> {
  const { data } = await request(server, REPORTED, { id: lotIds.get(ref)! });
  return fieldOf(data!.node, 'reportedAvailability');
}

async function setCounts(refs: string[], free: number, observedAt = new Date(Date.now() - 60_000)): Promise<void> {
  const { data } = await request(
    server,
    SET_COUNTS,
    { input: { operatorId: operator, reports: refs.map((externalRef) => ({ externalRef, free, observedAt: observedAt.toISOString() })) } },
    { as: managerToken },
  );
  expect(data!.reportLotAvailability.results).toEqual(refs.map(() => 'APPLIED'));
}

describe('connectors', () => {
  it('import a DATEX II status feed: the lot changes live through lotOccupancyChanged, an unknown site is skipped and said', async () => {
    const updates = subscribeTo(server.wsClient(), OCCUPANCY, { ids: [lotIds.get('NG-1')!] });
    await updates.next(undefined, 5_000, 'the snapshot');
    const source = await addSource({ name: 'Northgate', format: 'DATEX2_V3_STATUS_XML', url: serve('/datex', fresh(fixture('datex2-v3-parking-status.xml'))) });

    const live = await updates.next((update) => update.lotOccupancyChanged.occupancy.available === 17, 8_000, 'the imported count');
    expect(live.lotOccupancyChanged.occupancy).toEqual({ available: 17, total: 100 });
    updates.dispose();

    const status = await statusWhen(source, (status) => status.lastSuccessAt !== null);
    expect(status).toMatchObject({ healthy: true, lastErrorCode: null, consecutiveFailures: 0, itemCount: 3, problems: [{ ref: 'NG-77', reason: 'UNKNOWN_LOT' }] });
    expect(await reported('NG-2')).toEqual({ free: 0, total: 40 });
    // the same document again: nothing newer, nothing applied, still healthy
    const again = await statusWhen(source, (next) => next.lastSuccessAt! > status.lastSuccessAt!);
    expect(again).toMatchObject({ healthy: true, itemCount: 3, appliedCount: 0 });
    await removeSource(source);
  });

  it('import ParkAPI v3 sites: sites without live data and unknown sites are skipped and said', async () => {
    const source = await addSource({ name: 'ParkAPI city', format: 'PARKAPI_V3_JSON', url: serve('/parkapi', () => fresh(fixture('parkapi-v3-parking-sites.json')), { type: 'application/json' }) });
    const status = await statusWhen(source, (status) => status.lastSuccessAt !== null);
    expect(status).toMatchObject({ healthy: true, itemCount: 3, appliedCount: 1 });
    expect(status.problems).toEqual(
      expect.arrayContaining([
        { ref: 'pk-2', reason: 'NO_LIVE_COUNT' },
        { ref: 'pk-404', reason: 'UNKNOWN_LOT' },
      ]),
    );
    expect(await reported('pk-1')).toEqual({ free: 12, total: 50 });
    expect(await reported('pk-2')).toBeNull();
    await removeSource(source);
  });

  it('report malformed feeds in the status, back off, and write nothing of them', async () => {
    await setCounts(['M-1', 'M-2'], 5);
    const statusXml = (sites: Array<[string, string]>) =>
      fixture('datex2-v3-parking-status.xml').replace(
        /<prk:parkingRecordStatus[\s\S]*<\/prk:parkingRecordStatus>/,
        sites
          .map(
            ([ref, vacant]) => `<prk:parkingRecordStatus xsi:type="prk:ParkingSiteStatus">
              <prk:parkingRecordReference targetClass="prk:ParkingRecord" id="${ref}" version="1"/>
              <prk:parkingStatusOriginTime>${new Date().toISOString()}</prk:parkingStatusOriginTime>
              <prk:parkingOccupancy><prk:parkingNumberOfVacantSpaces>${vacant}</prk:parkingNumberOfVacantSpaces></prk:parkingOccupancy>
            </prk:parkingRecordStatus>`,
          )
          .join(''),
      );
    const cases: Array<{ name: string; format: ConnectorFormat; url: string; code: string; problems?: unknown[] }> = [
      { name: 'bad XML', format: 'DATEX2_V3_STATUS_XML', url: serve('/bad-xml', '<d2:payload><prk:parkingRecordStatus></d2:payload>'), code: 'MALFORMED' },
      {
        name: 'negative count',
        format: 'DATEX2_V3_STATUS_XML',
        url: serve('/negative', statusXml([['M-1', '9'], ['M-2', '-3']])),
        code: 'INVALID_ITEMS',
        problems: [{ ref: 'M-2', reason: 'NEGATIVE_COUNT' }],
      },
      {
        name: 'not a count',
        format: 'DATEX2_V3_STATUS_XML',
        url: serve('/words', statusXml([['M-1', '9'], ['M-2', 'plenty']])),
        code: 'INVALID_ITEMS',
        problems: [{ ref: 'M-2', reason: 'NOT_A_COUNT' }],
      },
      {
        name: 'a table, not a status',
        format: 'DATEX2_V3_STATUS_XML',
        url: serve('/table', fixture('datex2-v3-parking-status.xml').replace('prk:ParkingStatusPublication', 'prk:ParkingTablePublication')),
        code: 'MALFORMED',
      },
      { name: 'not JSON', format: 'PARKAPI_V3_JSON', url: serve('/not-json', '{"items": [', { type: 'application/json' }), code: 'MALFORMED' },
      {
        name: 'free above capacity',
        format: 'PARKAPI_V3_JSON',
        url: serve('/too-many', JSON.stringify({ items: [{ uid: 'M-1', realtime_free_capacity: 7, realtime_data_updated_at: new Date().toISOString() }, { uid: 'M-2', realtime_free_capacity: 80, realtime_capacity: 50 }] }), { type: 'application/json' }),
        code: 'INVALID_ITEMS',
        problems: [{ ref: 'M-2', reason: 'FREE_EXCEEDS_TOTAL' }],
      },
      { name: 'server error', format: 'PARKAPI_V3_JSON', url: serve('/error', 'oops', { status: 500 }), code: 'HTTP_STATUS' },
      { name: 'nobody there', format: 'PARKAPI_V3_JSON', url: 'http://127.0.0.1:9/feed', code: 'NETWORK' },
    ];
    const sources = await Promise.all(cases.map(({ name, format, url }) => addSource({ name, format, url })));
    for (const [index, { name, code, problems }] of cases.entries()) {
      const status = await statusWhen(sources[index]!, (status) => status.lastErrorAt !== null);
      expect(status, name).toMatchObject({ healthy: false, lastErrorCode: code, lastSuccessAt: null, consecutiveFailures: expect.any(Number) });
      expect(status.lastError, name).toBeTruthy();
      if (problems) expect(status.problems, name).toEqual(problems);
      // back-off: the first failure waits two intervals
      expect(new Date(status.nextPollAt).getTime() - new Date(status.lastAttemptAt!).getTime(), name).toBeGreaterThanOrEqual(1_900);
    }
    const failing = await statusWhen(sources[0]!, (status) => status.consecutiveFailures >= 2, 10_000);
    expect(new Date(failing.nextPollAt).getTime() - new Date(failing.lastAttemptAt!).getTime()).toBeGreaterThanOrEqual(3_900);
    // no partial writes: the good items next to the bad ones were not stored either
    expect(await reported('M-1')).toMatchObject({ free: 5 });
    expect(await reported('M-2')).toMatchObject({ free: 5 });
    for (const source of sources) await removeSource(source);
  });

  it('a source that times out does not delay another', async () => {
    routes.set('/silent', () => {
      // never answers: the connection stays open until the poll's timeout
    });
    const slow = await addSource({ name: 'silent', format: 'DATEX2_V3_STATUS_XML', url: `${feedUrl}/silent`, timeoutMs: 8_000 });
    await eventually(() => (hits.get('/silent') ?? 0) > 0, 5_000, 'the silent feed to be asked');
    let free = 20;
    const fast = await addSource({ name: 'fast', format: 'PARKAPI_V3_JSON', url: serve('/fast', () => JSON.stringify({ items: [{ uid: 'F-1', realtime_free_capacity: free--, realtime_data_updated_at: new Date().toISOString() }] }), { type: 'application/json' }) });
    try {
      await statusWhen(fast, (status) => status.lastSuccessAt !== null, 5_000);
      // while the silent one is still waiting, the fast one is polled on its own interval and
      // its second answer applied (the request being served is not enough: wait for the write)
      await eventually(async () => ((await reported('F-1'))?.free ?? 20) < 20, 6_000, 'the fast feed polled and applied a second time');
      expect((await statusOf(slow)).lastErrorAt).toBeNull();

      const timedOut = await statusWhen(slow, (status) => status.lastErrorAt !== null, 12_000);
      expect(timedOut).toMatchObject({ lastErrorCode: 'TIMEOUT', healthy: false });
      expect((await statusOf(fast)).healthy).toBe(true);
    } finally {
      await removeSource(slow);
      await removeSource(fast);
    }
  });

  it('only the operator\'s managers (or a lots:write key) manage its sources; bad settings are refused', async () => {
    const driver = await createUser(server.database.db);
    const driverToken = await server.tokenFor(driver.email);
    expect(await createSource({ name: 'x', format: 'PARKAPI_V3_JSON', url: `${feedUrl}/x` }, driverToken)).toEqual({ source: null, userErrors: [{ code: 'FORBIDDEN', field: ['input', 'operatorId'] }] });
    expect((await createSource({ name: 'x', format: 'PARKAPI_V3_JSON', url: 'ftp://example.com/feed' })).userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'url'] }]);
    expect((await createSource({ name: 'x', format: 'PARKAPI_V3_JSON', url: `${feedUrl}/x`, pollIntervalSeconds: 0 })).userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'pollIntervalSeconds'] }]);
    expect((await createSource({ name: 'x', format: 'PARKAPI_V3_JSON', url: `${feedUrl}/x`, timeoutMs: 120_000 })).userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'timeoutMs'] }]);

    const source = await addSource({ name: 'listed', format: 'PARKAPI_V3_JSON', url: `${feedUrl}/listed`, enabled: false });
    const asManager = await request(server, SOURCES, { id: operator }, { as: managerToken });
    expect(fieldOf(asManager.data!.node, 'connectorSources')!.edges.map(({ node }) => node)).toEqual([{ id: source, name: 'listed', enabled: false }]);
    const asDriver = await request(server, SOURCES, { id: operator }, { as: driverToken });
    expect(fieldOf(asDriver.data!.node, 'connectorSources')).toBeNull();
    const nodeAsDriver = await request(server, NODE_ID, { id: source }, { as: driverToken });
    expect(nodeAsDriver.data!.node).toBeNull();
    // a paused source is not polled
    await sleep(500);
    expect(hits.get('/listed')).toBeUndefined();
    await removeSource(source);
  });

  it("read Parkway's own DATEX II status feed back: another network's lots by their published ids", async () => {
    await setCounts(['NG-1'], 21, new Date());
    const published = lotIds.get('NG-1')!;
    const { data } = await request(
      server,
      UPSERT_LOTS,
      { input: { operatorId: operator, lots: [{ externalRef: published, name: 'Mirror of NG-1', address: '', location: { lat: 50.9, lng: -0.1 }, timeZone: 'Europe/London', lotType: 'SURFACE', currency: 'GBP', capacity: 100 }] } },
      { as: partnerKey },
    );
    lotIds.set('mirror', data!.upsertLots.lots[0]!.lot.id);
    const source = await addSource({ name: 'Parkway itself', format: 'DATEX2_V3_STATUS_XML', url: `${server.url}/feeds/datex2/v3/parking-status.xml` });
    const status = await statusWhen(source, (status) => status.lastSuccessAt !== null);
    expect(status.appliedCount).toBeGreaterThanOrEqual(1);
    expect(await reported('mirror')).toEqual(await reported('NG-1'));
    await removeSource(source);
  });
});

async function removeSource(id: string): Promise<void> {
  const { data } = await request(
    server,
    DELETE_SOURCE,
    { id },
    { as: managerToken },
  );
  expect(data!.deleteConnectorSource.userErrors).toEqual([]);
}
