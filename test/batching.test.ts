import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.js';

const statements: string[] = [];
let server: TestServer;

beforeAll(async () => {
  // the resolvers' own statements: SQL plans (test/sql-plan.test.ts) would answer some of these pages in one
  server = await startTestServer({ sqlPlans: false, onQuery: (query) => statements.push(query) });
});
afterAll(() => server?.stop());

async function countStatements(query: string): Promise<number> {
  statements.length = 0;
  const { errors } = await server.graphql(query);
  expect(errors).toBeUndefined();
  return statements.length;
}

const nested = (lots: number, spaces: number) => `{
  lots(first: ${lots}) { edges { node {
    name operator { name }
    spaces(first: ${spaces}) { edges { node { label lot { name operator { kind } } } } }
  } } }
}`;

describe('per-request DataLoaders', () => {
  it('resolves lots -> spaces -> lot -> operator with one statement per level, whatever the page sizes', async () => {
    // lots page, spaces of all those lots, operators of all lots, lots of all spaces
    expect(await countStatements(nested(20, 20))).toBe(4);
    expect(await countStatements(nested(3, 2))).toBe(4);
  });

  it('answers a search with a window, and the availability and hours of every lot found, in one statement', async () => {
    const start = new Date(Date.now() + 7 * 24 * 3_600_000);
    start.setUTCHours(10, 0, 0, 0);
    const window = `{ start: "${start.toISOString()}", end: "${new Date(start.getTime() + 2 * 3_600_000).toISOString()}" }`;
    const search = `{ lotsNear(near: { lat: 53.4808, lng: -2.2426 }, radiusMeters: 5000, window: ${window}, first: 10) {
      edges { node { name availability(window: ${window}) { available } openingHours { dayOfWeek } } } } }`;
    statements.length = 0;
    const { data, errors } = await server.graphql<{ lotsNear: { edges: { node: { availability: { available: number } } }[] } }>(search);
    expect(errors).toBeUndefined();
    expect(data!.lotsNear.edges.length).toBeGreaterThan(1);
    expect(data!.lotsNear.edges.every(({ node }) => node.availability.available > 0)).toBe(true);
    expect(statements).toHaveLength(1);
  });

  it('does not cache between requests: each request reads afresh', async () => {
    const first = await countStatements('{ lots(first: 2) { edges { node { operator { name } } } } }');
    const second = await countStatements('{ lots(first: 2) { edges { node { operator { name } } } } }');
    expect(first).toBe(2);
    expect(second).toBe(2);
  });
});
