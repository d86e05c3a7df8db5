import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spaces } from '../src/db/schema/index.js';
import { executionCounters } from '../src/graphql/execution/index.js';
import { RawJson, rawJsonData, stringifyResponse } from '../src/graphql/execution/raw-json.js';
import { addSpaces, createLot, createOperator } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// Documents here stay raw strings on purpose (not graphql() from test/gql): the planner is tested on
// document text as clients write it (inline literal ids, aliases, repeated and merged fields,
// fragments, __typename anywhere, refused arguments), and every answer is compared as text with the
// resolvers' and stock execution's; turning literals into variables would test another plan.

// Pages of lots (with their operators and spaces) are answered by one SQL statement that writes
// the response's JSON (src/graphql/execution/sql-plan.ts). The text must be what the resolvers
// answer, byte for byte: compared here with the same server without plans and with graphql-js.

const statements: string[] = [];
let planned: TestServer;
let resolvers: TestServer;
let stock: TestServer;

// names that JSON and SQL both escape, or that PostgreSQL and JavaScript could write differently
const AWKWARD_NAMES = [
  'Quote " and \\ backslash',
  'Line\nbreak\tand tab\r',
  'Control \u0001 and \u001f',
  'Emoji 🚗, Café Größe, 駐車場',
  'Separators \u2028 \u2029 and \u007f',
  "Apostrophe ' and </script>",
  'Same name',
  'Same name',
];

beforeAll(async () => {
  planned = await startTestServer({ execution: 'compiled', sqlPlans: true, onQuery: (query) => statements.push(query) });
  resolvers = await startTestServer({ execution: 'compiled', sqlPlans: false, database: planned.database });
  stock = await startTestServer({ execution: 'stock', database: planned.database });
  const { db } = planned.database;
  const operatorId = await createOperator(db, 'Operator "quoted" \\ 🚗');
  for (const [index, name] of AWKWARD_NAMES.entries()) {
    const lotId = await createLot(db, {
      operatorId,
      name,
      location: { lat: 51.5 + index / 1000, lng: -0.1 },
      maxVehicleHeightCm: index % 2 === 0 ? null : 190 + index,
      covered: index % 3 === 0,
    });
    const ids = await addSpaces(db, lotId, [{ label: `B"${index}` }, { label: `\\${index}`, kind: 'EV_CHARGING' }, { label: `Ü-${index}\n` }]);
    await db.update(spaces).set({ level: `L${index}` }).where(eq(spaces.id, ids[0]!));
  }
}, 60_000);

afterAll(async () => {
  await stock?.stop();
  await resolvers?.stop();
  await planned?.stop();
});

/** The response text of each server for one request. */
async function answers(query: string, variables?: Record<string, unknown>) {
  const post = async (server: TestServer) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, text: await response.text() };
  };
  const before = { ...executionCounters };
  statements.length = 0;
  const plannedAnswer = await post(planned);
  const counted = { planned: executionCounters.planned - before.planned, declined: executionCounters.planDeclined - before.planDeclined };
  const sql = [...statements];
  return { planned: plannedAnswer, resolvers: await post(resolvers), stock: await post(stock), counted, sql };
}

/** Asks all three servers and expects one text; returns it parsed, and how the planned server answered. */
async function sameAnswer(query: string, variables?: Record<string, unknown>) {
  const answer = await answers(query, variables);
  expect(answer.planned.text).toBe(answer.resolvers.text);
  expect(answer.planned.text).toBe(answer.stock.text);
  expect(answer.planned.status).toBe(answer.stock.status);
  return { body: JSON.parse(answer.planned.text) as { data?: any; errors?: any[] }, counted: answer.counted, sql: answer.sql };
}

const EVERY_PLANNED_FIELD = `__typename id name address timeZone lotType covered access maxVehicleHeightCm
  operator { __typename id name kind }
  spaces(first: 2) { __typename
    pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
    edges { __typename cursor node { __typename id label kind level operatorStatus } } }`;

describe('SQL plans answer pages of lots as the resolvers do', () => {
  it('every plannable field, with cursors and page info at both levels, in one statement', async () => {
    const { body, counted, sql } = await sameAnswer(`{ __typename lots(first: 100) { __typename
      pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
      edges { __typename cursor node { ${EVERY_PLANNED_FIELD} } } } }`);
    expect(counted).toEqual({ planned: 1, declined: 0 });
    expect(sql).toHaveLength(1);
    const names = body.data.lots.edges.map((edge: { node: { name: string } }) => edge.node.name);
    for (const name of AWKWARD_NAMES) expect(names).toContain(name);
    const awkward = body.data.lots.edges.find((edge: { node: { name: string } }) => edge.node.name === AWKWARD_NAMES[0]).node;
    expect(awkward.spaces.edges.map((edge: { node: { label: string } }) => edge.node.label)).toEqual(['B"0', '\\0']);
    expect(awkward.spaces.pageInfo.hasNextPage).toBe(true);
  });

  it('pages through the whole list with cursors from variables, the last page saying no more follow', async () => {
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { body, counted } = await sameAnswer(
        `query Page($first: Int, $after: String) { lots(first: $first, after: $after) {
          pageInfo { hasNextPage endCursor } edges { cursor node { name spaces(first: 1) { edges { node { label } } } } } } }`,
        { first: 3, after },
      );
      expect(counted.planned).toBe(1);
      pages++;
      const { pageInfo, edges } = body.data.lots;
      expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(pages).toBeGreaterThan(AWKWARD_NAMES.length / 3);
  });

  it('every page size gets its own statement, and sizes past what a plan keeps are still answered', async () => {
    // page sizes are written into the statement (see jsonPagesStatement); a plan keeps 16 of them
    for (let first = 1; first <= 20; first++) {
      const { body, counted, sql } = await sameAnswer(
        'query Sized($first: Int) { lots(first: $first) { pageInfo { hasNextPage } edges { node { spaces(first: $first) { edges { cursor } } } } } }',
        { first },
      );
      expect(counted.planned).toBe(1);
      expect(sql[0]).toContain(`limit ${first + 1}`);
      expect(body.data.lots.edges).toHaveLength(first);
    }
  });

  it('a page of spaces continues after a space cursor; empty pages have null cursors', async () => {
    const first = await sameAnswer(`{ lots(first: 5) { edges { node { spaces(first: 1) { pageInfo { endCursor } } } } } }`);
    const cursor = first.body.data.lots.edges[0].node.spaces.pageInfo.endCursor;
    const { counted } = await sameAnswer(
      `query($after: String) { lots(first: 5) { edges { node { spaces(first: 2, after: $after) {
        pageInfo { hasNextPage startCursor endCursor } edges { cursor node { label } } } } } } }`,
      { after: cursor },
    );
    expect(counted.planned).toBe(1);
    const empty = await sameAnswer(`{ lots(first: 0) { pageInfo { hasNextPage startCursor endCursor } edges { cursor } }
      more: lots(first: 2) { edges { node { spaces(first: 0) { pageInfo { hasNextPage startCursor endCursor } edges { cursor } } } } } }`);
    expect(empty.counted.planned).toBe(1);
    expect(empty.body.data.lots).toEqual({ pageInfo: { hasNextPage: true, startCursor: null, endCursor: null }, edges: [] });
  });

  it('fragments, inline fragments, aliases and repeated fields are merged as graphql-js merges them', async () => {
    const { counted } = await sameAnswer(`query Merged { lots(first: 4) { edges { node { ...Names ... on Lot { id operator { name } }
      n: name operator { id } second: spaces(first: 1) { edges { node { label } } }
      spaces { edges { node { ... { kind } label } } } } } }
      again: lots(first: 2) { edges { node { id } } } }
      fragment Names on Lot { name name id spaces { edges { node { id } } } }`);
    expect(counted).toEqual({ planned: 1, declined: 0 });
  });

  it('arguments the resolvers reject get their errors, unchanged', async () => {
    const spaceCursor = (await sameAnswer(`{ lots(first: 1) { edges { node { spaces(first: 1) { pageInfo { endCursor } } } } } }`)).body.data.lots
      .edges[0].node.spaces.pageInfo.endCursor;
    for (const [query, variables] of [
      ['{ lots(first: 101) { edges { cursor } } }', undefined],
      ['{ lots(first: -1) { edges { cursor } } }', undefined],
      ['{ lots(after: "not a cursor") { edges { cursor } } }', undefined],
      ['query($after: String) { lots(after: $after) { edges { cursor } } }', { after: spaceCursor }],
      ['{ lots { edges { node { spaces(first: 500) { edges { cursor } } } } } }', undefined],
      ['query($first: Int) { lots(first: $first) { edges { cursor } } }', { first: 'ten' }],
    ] as const) {
      const { body, counted } = await sameAnswer(query, variables);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(counted.planned).toBe(0);
    }
  });

  it('one lot by its global id, with its spaces and operator, or null when there is none', async () => {
    const page = await sameAnswer('{ lots(first: 100) { edges { node { id name } } } }');
    const awkward = page.body.data.lots.edges.find((edge: { node: { name: string } }) => edge.node.name === AWKWARD_NAMES[1]).node;
    const { body, counted, sql } = await sameAnswer(`query Lot($id: ID!) { lot(id: $id) { ${EVERY_PLANNED_FIELD} } }`, { id: awkward.id });
    expect(counted).toEqual({ planned: 1, declined: 0 });
    expect(sql).toHaveLength(1);
    expect(body.data.lot.name).toBe(AWKWARD_NAMES[1]);
    expect(body.data.lot.spaces.edges).toHaveLength(2);
    // no lot with that id (a well-formed id): null, as the resolver answers
    const missing = await sameAnswer(`{ lot(id: "${Buffer.from('Lot:00000000-0000-4000-8000-000000000000').toString('base64url')}") { name } }`);
    expect(missing.counted.planned).toBe(1);
    expect(missing.body).toEqual({ data: { lot: null } });
    // beside a page, in the same statement
    const both = await sameAnswer(`{ first: lot(id: "${awkward.id}") { name operator { name } } lots(first: 2) { edges { node { id } } } }`);
    expect(both.counted.planned).toBe(1);
    expect(both.sql).toHaveLength(1);
    // an id of another type, or not an id at all: the resolver's BAD_USER_INPUT, unplanned
    const spaceId = body.data.lot.spaces.edges[0].node.id;
    for (const id of [spaceId, 'not-an-id']) {
      const refused = await sameAnswer('query Lot($id: ID!) { lot(id: $id) { name } }', { id });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.counted).toEqual({ planned: 0, declined: 1 });
    }
  });

  it('documents with anything a plan does not know run as before', async () => {
    for (const query of [
      '{ lots(first: 2) { edges { node { name currency } } } }',
      '{ lots(first: 2) { edges { node { name occupancy { total } } } } }',
      '{ lots(first: 2) { edges { node { name @include(if: true) } } } }',
      '{ lots(first: 2) { edges { node { spaces(first: 1) { edges { node { lot { name } } } } } } } }',
      '{ lots(first: 2) { edges { node { ... on Node { id } } } } }',
      '{ viewer { id } lots(first: 1) { edges { cursor } } }',
    ]) {
      const { counted } = await sameAnswer(query);
      expect(counted).toEqual({ planned: 0, declined: 0 });
    }
  });

  it('over WebSocket the same document is answered by the resolvers, with the same data', async () => {
    const query = `{ lots(first: 3) { edges { cursor node { ${EVERY_PLANNED_FIELD} } } } }`;
    const overHttp = await sameAnswer(query);
    const overWebSocket = await planned.graphqlOverWebSocket(query);
    expect(overWebSocket).toEqual(overHttp.body);
  });
});

describe('raw JSON in a response', () => {
  it('is spliced in as it is, and reads as its value anywhere else', () => {
    const data = rawJsonData([
      ['lots', '{"edges":[{"node":{"name":"a \\"b\\""}}]}'],
      ['__typename', '"Query"'],
    ]);
    const text = stringifyResponse({ data });
    expect(text).toBe('{"data":{"lots":{"edges":[{"node":{"name":"a \\"b\\""}}]},"__typename":"Query"}}\n');
    // serialised without knowing (graphql-ws, a plugin's log): the same text, through toJSON
    expect(`${JSON.stringify({ data })}\n`).toBe(text);
    expect(data.lots).toBeInstanceOf(RawJson);
    // other responses are Apollo's text: JSON.stringify and a newline
    const errors = [{ message: 'x' }];
    expect(stringifyResponse({ errors, data: null })).toBe(`${JSON.stringify({ errors, data: null })}\n`);
  });
});
