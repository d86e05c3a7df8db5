import { Ajv } from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, addSpaces, createApiKey, createLot, createOperator, createUser, nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import { request } from './gql/request.js';

// The open feeds (src/server/feeds.ts) through HTTP: what is published (operators' choice), in
// which shapes (checked against the schemas in test/fixtures/feeds, see its NOTICE), and how
// caches revalidate (ETag, Last-Modified, 304).

const schema = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true });
const validParkApi = ajv.compile(schema('parkapi-v3-parking-sites.schema.json'));
const validDatex2Json = ajv.compile(schema('datex2-v3-parking-subset.schema.json'));
// prefixes kept: the test checks the namespaces and xsi:types a DATEX II consumer dispatches on
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['prk:parkingRecord', 'prk:parkingRecordStatus'].includes(name) });

const FEEDS = {
  table: '/feeds/datex2/v3/parking-table.xml',
  tableJson: '/feeds/datex2/v3/parking-table.json',
  status: '/feeds/datex2/v3/parking-status.xml',
  statusJson: '/feeds/datex2/v3/parking-status.json',
  parkApi: '/feeds/parkapi/v3/parking-sites.json',
  geoJson: '/feeds/osm/lots.geojson',
};

const UPSERT_LOTS = graphql(`
  mutation FeedsUpsertLots($input: UpsertLotsInput!) { upsertLots(input: $input) { lots { lot { id } } userErrors { code message } } }
`);
const REPORT_FREE = graphql(`
  mutation FeedsReportFree($input: ReportLotAvailabilityInput!) { reportLotAvailability(input: $input) { results userErrors { code } } }
`);
const SET_PUBLICATION = graphql(`
  mutation FeedsSetPublication($input: SetOpenDataPublicationInput!) {
    setOpenDataPublication(input: $input) { operator { publishesOpenData } userErrors { code } }
  }
`);
const SET_HOURS = graphql(`
  mutation FeedsSetHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { userErrors { code } } }
`);

let server: TestServer;
let partnerKey: string;
let networkOperator: string;
let countedLot: string;
let yardOperatorId: string;
let ownerToken: string;

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.database;
  const networkId = await createOperator(db, 'Feed Network', 'NETWORK');
  networkOperator = nodeId('Operator', networkId);
  partnerKey = (await createApiKey(db, networkId, { scopes: ['lots:write', 'availability:write'] })).key;
  const upserted = await request(
    server,
    UPSERT_LOTS,
    {
      input: {
        operatorId: networkOperator,
        lots: [
          { externalRef: 'feed-1', name: 'Feed Multi-Storey', address: '1 Feed Road', location: { lat: 50.8301, lng: -0.1402 }, timeZone: 'Europe/London', lotType: 'MULTI_STOREY', currency: 'GBP', capacity: 100 },
          { externalRef: 'feed-2', name: 'Feed Street & Co', address: '', location: { lat: 50.8312, lng: -0.1433 }, timeZone: 'Europe/London', lotType: 'STREET', currency: 'GBP', capacity: 20 },
        ],
      },
    },
    { as: partnerKey },
  );
  expect(upserted.data?.upsertLots.userErrors).toEqual([]);
  countedLot = upserted.data!.upsertLots.lots[0]!.lot.id;
  await reportFree('feed-1', 40);
  const spacesLot = await createLot(db, { operatorId: networkId, name: 'Feed Spaces Lot', location: { lat: 50.82, lng: -0.13 } });
  await addSpaces(db, spacesLot, [{ label: 'S-1' }, { label: 'S-2' }, { label: 'S-3' }]);

  yardOperatorId = await createOperator(db, 'Yard Owner', 'PRIVATE');
  await addSpaces(db, await createLot(db, { operatorId: yardOperatorId, name: 'Private Yard', location: { lat: 50.81, lng: -0.12 }, lotType: 'PRIVATE_YARD' }), [{ label: 'Y-1' }]);
  const owner = await createUser(db);
  await addMember(db, yardOperatorId, owner.id, 'OWNER');
  ownerToken = await server.tokenFor(owner.email);

  const quietId = await createOperator(db, 'Quiet Network', 'NETWORK');
  await createLot(db, { operatorId: quietId, name: 'Quiet Lot', location: { lat: 50.8, lng: -0.11 } });
  const quietManager = await createUser(db);
  await addMember(db, quietId, quietManager.id, 'MANAGER');
  const optOut = await setPublication(quietId, false, await server.tokenFor(quietManager.email));
  expect(optOut).toEqual({ operator: { publishesOpenData: false }, userErrors: [] });
});
afterAll(() => server?.stop());

async function reportFree(externalRef: string, free: number): Promise<void> {
  const { data } = await request(
    server,
    REPORT_FREE,
    { input: { operatorId: networkOperator, reports: [{ externalRef, free, observedAt: new Date().toISOString() }] } },
    { as: partnerKey },
  );
  expect(data?.reportLotAvailability.results).toEqual(['APPLIED']);
}

async function setPublication(operatorId: string, publish: boolean, token: string) {
  const { data, errors } = await request(
    server,
    SET_PUBLICATION,
    { input: { operatorId: nodeId('Operator', operatorId), publish } },
    { as: token },
  );
  expect(errors).toBeUndefined();
  return data!.setOpenDataPublication;
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers });
  return { response, body: await response.text() };
}

/** The names of the lots in each feed, read the way a consumer of that format would. */
async function namesIn(feed: keyof typeof FEEDS): Promise<string[]> {
  const { response, body } = await get(FEEDS[feed]);
  expect(response.status).toBe(200);
  switch (feed) {
    case 'table':
      return (xml.parse(body)['d2:payload']['prk:parkingTable']['prk:parkingRecord'] as Array<Record<string, any>>).map(
        (record) => record['prk:parkingName']['com:values']['com:value']['#text'],
      );
    case 'tableJson':
      return JSON.parse(body).payload.prkParkingTablePublication.parkingTable[0].parkingRecord.map(
        (record: any) => record.prkUrbanParkingSite.parkingName.values[0].value,
      );
    case 'parkApi':
      return JSON.parse(body).items.map((site: { name: string }) => site.name);
    case 'geoJson':
      return JSON.parse(body).features.map((feature: { properties: { name: string } }) => feature.properties.name);
    default:
      throw new Error(`no names in ${feed}`);
  }
}

describe('open feeds', () => {
  it("publish networks' lots, and neither private yards that did not opt in nor networks that opted out, in every format", async () => {
    for (const feed of ['table', 'tableJson', 'parkApi', 'geoJson'] as const) {
      const names = await namesIn(feed);
      expect(names, feed).toEqual(expect.arrayContaining(['Feed Multi-Storey', 'Feed Spaces Lot']));
      expect(names, feed).not.toContain('Private Yard');
      expect(names, feed).not.toContain('Quiet Lot');
    }
  });

  it('ParkAPI v3 sites validate against the schema and carry live counts where there are any', async () => {
    const { response, body } = await get(FEEDS.parkApi);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const sites = JSON.parse(body);
    expect(validParkApi(sites), JSON.stringify(validParkApi.errors)).toBe(true);
    const byName = new Map(sites.items.map((site: { name: string }) => [site.name, site]));
    expect(byName.get('Feed Multi-Storey')).toMatchObject({
      uid: countedLot,
      type: 'CAR_PARK',
      capacity: 100,
      has_realtime_data: true,
      realtime_free_capacity: 40,
      realtime_capacity: 100,
    });
    expect(byName.get('Feed Spaces Lot')).toMatchObject({ capacity: 3, has_realtime_data: true, realtime_free_capacity: 3 });
    expect(byName.get('Feed Street & Co')).toMatchObject({ type: 'ON_STREET', capacity: 20, has_realtime_data: false });
    expect(byName.get('Feed Street & Co')).not.toHaveProperty('realtime_free_capacity');
  });

  it('DATEX II JSON publications validate against the v3 parking subset schema', async () => {
    const table = JSON.parse((await get(FEEDS.tableJson)).body);
    expect(validDatex2Json(table), JSON.stringify(validDatex2Json.errors)).toBe(true);
    const status = JSON.parse((await get(FEEDS.statusJson)).body);
    expect(validDatex2Json(status), JSON.stringify(validDatex2Json.errors)).toBe(true);
    const counted = status.payload.prkParkingStatusPublication.parkingRecordStatus
      .map((record: any) => record.prkParkingSiteStatus)
      .find((site: any) => site.parkingRecordReference.idG === countedLot);
    expect(counted.parkingOccupancy).toEqual({ parkingNumberOfVacantSpaces: 40, parkingNumberOfOccupiedSpaces: 60, parkingOccupancy: 60 });
    expect(counted.parkingSiteStatus).toEqual({ value: 'spacesAvailable' });
    // a lot with no live count (declared capacity only) has a table record and no status
    const ids = status.payload.prkParkingStatusPublication.parkingRecordStatus.map((record: any) => record.prkParkingSiteStatus.parkingRecordReference.idG);
    const tableIds = table.payload.prkParkingTablePublication.parkingTable[0].parkingRecord.map((record: any) => record.prkUrbanParkingSite.idG);
    expect(tableIds.length).toBe(ids.length + 1);
    expect(tableIds).toEqual(expect.arrayContaining(ids));
  });

  it('DATEX II XML: well-formed, v3 namespaces and types, elements in model order, the same records as the JSON', async () => {
    const { response, body } = await get(FEEDS.table);
    expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(XMLValidator.validate(body)).toBe(true);
    const payload = xml.parse(body)['d2:payload'];
    expect(payload).toMatchObject({
      '@xmlns:d2': 'http://datex2.eu/schema/3/d2Payload',
      '@xmlns:com': 'http://datex2.eu/schema/3/common',
      '@xmlns:loc': 'http://datex2.eu/schema/3/locationReferencing',
      '@xmlns:prk': 'http://datex2.eu/schema/3/parking',
      '@xsi:type': 'prk:ParkingTablePublication',
      '@modelBaseVersion': '3',
    });
    expect(Object.keys(payload).filter((key) => !key.startsWith('@'))).toEqual([
      'com:publicationTime',
      'com:publicationCreator',
      'prk:headerInformation',
      'prk:parkingTable',
    ]);
    const json = JSON.parse((await get(FEEDS.tableJson)).body).payload.prkParkingTablePublication.parkingTable[0].parkingRecord;
    const records = payload['prk:parkingTable']['prk:parkingRecord'] as Array<Record<string, any>>;
    expect(records.map((record) => record['@id'])).toEqual(json.map((record: any) => record.prkUrbanParkingSite.idG));
    for (const record of records) {
      expect(record['@xsi:type']).toBe('prk:UrbanParkingSite');
      const order = ['prk:parkingName', 'prk:parkingRecordVersionTime', 'prk:parkingNumberOfSpaces', 'prk:parkingLocation', 'prk:parkingLayout', 'prk:urbanParkingSiteType'];
      const children = Object.keys(record).filter((key) => !key.startsWith('@'));
      expect(children).toEqual(order.filter((name) => children.includes(name)));
      expect(record['prk:parkingLocation']['@xsi:type']).toBe('loc:PointLocation');
    }
    const multiStorey = records.find((record) => record['@id'] === countedLot)!;
    expect(multiStorey['prk:parkingNumberOfSpaces']).toBe('100');
    expect(multiStorey['prk:parkingLayout']).toBe('multiStorey');
    expect(multiStorey['prk:parkingLocation']['loc:pointByCoordinates']['loc:pointCoordinates']).toEqual({ 'loc:latitude': '50.8301', 'loc:longitude': '-0.1402' });
    // text is escaped, not dropped
    expect(await namesIn('table')).toContain('Feed Street & Co');

    const status = xml.parse((await get(FEEDS.status)).body)['d2:payload'];
    expect(status['@xsi:type']).toBe('prk:ParkingStatusPublication');
    const site = (status['prk:parkingRecordStatus'] as Array<Record<string, any>>).find(
      (record) => record['prk:parkingRecordReference']['@id'] === countedLot,
    )!;
    expect(site['@xsi:type']).toBe('prk:ParkingSiteStatus');
    expect(site['prk:parkingRecordReference']).toMatchObject({ '@targetClass': 'prk:ParkingRecord', '@version': multiStorey['@version'] });
    expect(site['prk:parkingOccupancy']).toEqual({
      'prk:parkingNumberOfVacantSpaces': '40',
      'prk:parkingNumberOfOccupiedSpaces': '60',
      'prk:parkingOccupancy': '60',
    });
  });

  it('answer 304 while nothing changed (If-None-Match, If-Modified-Since) and 200 with a new ETag after a change', async () => {
    for (const path of Object.values(FEEDS)) {
      const first = await get(path);
      const etag = first.response.headers.get('etag')!;
      const lastModified = first.response.headers.get('last-modified')!;
      expect(etag, path).toMatch(/^W\/".+"$/);
      expect(new Date(lastModified).getTime(), path).toBeGreaterThan(0);
      expect(first.response.headers.get('access-control-allow-origin')).toBe('*');
      const byTag = await get(path, { 'if-none-match': etag });
      expect(byTag.response.status, path).toBe(304);
      expect(byTag.body).toBe('');
      const byDate = await get(path, { 'if-modified-since': lastModified });
      expect(byDate.response.status, path).toBe(304);
      // If-None-Match decides when both are sent
      expect((await get(path, { 'if-none-match': 'W/"other"', 'if-modified-since': lastModified })).response.status, path).toBe(200);
    }
    const before = await get(FEEDS.status);
    await reportFree('feed-1', 39);
    const after = await get(FEEDS.status, { 'if-none-match': before.response.headers.get('etag')! });
    expect(after.response.status).toBe(200);
    expect(after.response.headers.get('etag')).not.toBe(before.response.headers.get('etag'));
    expect(after.body).toContain('<prk:parkingNumberOfVacantSpaces>39</prk:parkingNumberOfVacantSpaces>');

    // opening hours change no lot row, and the GeoJSON carries them
    const geoJson = await get(FEEDS.geoJson);
    const { data } = await request(
      server,
      SET_HOURS,
      { input: { lotId: countedLot, purpose: 'OPENING_HOURS', windows: [{ dayOfWeek: 1, opensAt: '07:00', closesAt: '19:00' }] } },
      { as: partnerKey },
    );
    expect(data!.setWeeklyHours.userErrors).toEqual([]);
    const changed = await get(FEEDS.geoJson, { 'if-none-match': geoJson.response.headers.get('etag')! });
    expect(changed.response.status).toBe(200);
    const feature = JSON.parse(changed.body).features.find((item: { properties: Record<string, string> }) => item.properties['parkway:id'] === countedLot);
    expect(feature.properties.opening_hours).toBe('Mo 07:00-19:00');
  });

  it('a private owner opts in and out through the API; others may not choose for it', async () => {
    const before = await get(FEEDS.parkApi);
    expect(await setPublication(yardOperatorId, true, ownerToken)).toEqual({ operator: { publishesOpenData: true }, userErrors: [] });
    const opted = await get(FEEDS.parkApi, { 'if-none-match': before.response.headers.get('etag')! });
    expect(opted.response.status).toBe(200);
    expect(JSON.parse(opted.body).items.map((site: { name: string }) => site.name)).toContain('Private Yard');
    expect(await namesIn('geoJson')).toContain('Private Yard');

    const driver = await createUser(server.database.db);
    expect(await setPublication(yardOperatorId, false, await server.tokenFor(driver.email))).toEqual({
      operator: null,
      userErrors: [{ code: 'FORBIDDEN' }],
    });
    expect(await namesIn('parkApi')).toContain('Private Yard');
    const anonymous = await request(server, SET_PUBLICATION, { input: { operatorId: nodeId('Operator', yardOperatorId), publish: false } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    expect(await setPublication(yardOperatorId, false, ownerToken)).toEqual({ operator: { publishesOpenData: false }, userErrors: [] });
    expect(await namesIn('parkApi')).not.toContain('Private Yard');
  });
});
