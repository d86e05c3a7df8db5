import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import type { TypedDocumentString } from './gql/generated/graphql.js';
import { request } from './gql/request.js';

const statements: string[] = [];
let server: TestServer;

beforeAll(async () => {
  // the resolvers' own statements: SQL plans (test/sql-plan.test.ts) would answer some of these pages in one
  server = await startTestServer({ sqlPlans: false, onQuery: (query) => statements.push(query) });
});
afterAll(() => server?.stop());

const NESTED = graphql(`
  query BatchingNested($lots: Int!, $spaces: Int!) {
    lots(first: $lots) {
      edges { node { name operator { name } spaces(first: $spaces) { edges { node { label lot { name operator { kind } } } } } } }
    }
  }
`);
const SEARCH = graphql(`
  query BatchingSearch($window: TimeWindowInput!) {
    lotsNear(near: { lat: 53.4808, lng: -2.2426 }, radiusMeters: 5000, window: $window, first: 10) {
      edges { node { name availability(window: $window) { available } openingHours { dayOfWeek } } }
    }
  }
`);
const OPERATORS_OF_TWO_LOTS = graphql(`
  query BatchingOperatorsOfTwoLots { lots(first: 2) { edges { node { operator { name } } } } }
`);

/** How many SQL statements answering this operation took. */
async function countStatements<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<number> {
  statements.length = 0;
  const { errors } = await request(server, document, variables);
  expect(errors).toBeUndefined();
  return statements.length;
}

describe('per-request DataLoaders', () => {
  it('resolves lots -> spaces -> lot -> operator with one statement per level, whatever the page sizes', async () => {
    // lots page, spaces of all those lots, operators of all lots, lots of all spaces
    expect(await countStatements(NESTED, { lots: 20, spaces: 20 })).toBe(4);
    expect(await countStatements(NESTED, { lots: 3, spaces: 2 })).toBe(4);
  });

  it('answers a search with a window, and the availability and hours of every lot found, in one statement', async () => {
    const start = new Date(Date.now() + 7 * 24 * 3_600_000);
    start.setUTCHours(10, 0, 0, 0);
    const window = { start: start.toISOString(), end: new Date(start.getTime() + 2 * 3_600_000).toISOString() };
    statements.length = 0;
    const { data, errors } = await request(server, SEARCH, { window });
    expect(errors).toBeUndefined();
    expect(data!.lotsNear.edges.length).toBeGreaterThan(1);
    expect(data!.lotsNear.edges.every(({ node }) => node.availability!.available > 0)).toBe(true);
    expect(statements).toHaveLength(1);
  });

  it('does not cache between requests: each request reads afresh', async () => {
    const first = await countStatements(OPERATORS_OF_TWO_LOTS, {});
    const second = await countStatements(OPERATORS_OF_TWO_LOTS, {});
    expect(first).toBe(2);
    expect(second).toBe(2);
  });
});
