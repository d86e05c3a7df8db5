import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listLots } from '../src/db/queries/lots.js';
import { lots } from '../src/db/schema/index.js';
import { getTableColumns } from 'drizzle-orm';
import { startTestServer, type TestServer } from './helpers/server.js';

// Documents here stay raw strings on purpose (not graphql() from test/gql): which columns are read
// depends on how a document selects (fragments, inline fragments, nodes), so the selection text is
// the subject, and answers are compared with whole-row reads rather than read field by field.

// Lot and space pages read only the columns the query's fields need (src/graphql/projection.ts).
// The answers must not change, whatever the query selects and however it selects it.

const statements: string[] = [];
let server: TestServer;

beforeAll(async () => {
  // the resolvers' reads: SQL plans (test/sql-plan.test.ts) would answer these pages without them
  server = await startTestServer({ sqlPlans: false, onQuery: (query) => statements.push(query) });
});
afterAll(() => server?.stop());

async function ask(query: string): Promise<{ data: unknown; sql: string[] }> {
  statements.length = 0;
  const { data, errors } = await server.graphql(query);
  expect(errors).toBeUndefined();
  return { data, sql: [...statements] };
}

const lotListStatement = (sql: string[]) => sql.find((text) => text.includes('from "lots"') && text.includes('"archived_at" is null'))!;
const spacePageStatement = (sql: string[]) => sql.find((text) => text.includes('page_lot'))!;

// every Lot field that reads the row, but none that needs the whole of it
const FIELDS = `id name address location { lat lng } footprint { lat lng } timeZone lotType amenities
  maxVehicleHeightCm covered access currency operator { name }
  spaces(first: 3) { edges { cursor node { id label kind level operatorStatus lot { name } } } pageInfo { endCursor } }`;

describe('lot and space pages read only the columns a query needs', () => {
  it('a page of names reads names (and the list key), not the whole row', async () => {
    const { sql, data } = await ask('{ lots(first: 5) { edges { cursor node { id name } } } }');
    const statement = lotListStatement(sql);
    expect(statement).toContain('"lots"."name"');
    expect(statement).not.toContain('"lots"."address"');
    expect(statement).not.toContain('"lots"."footprint"');
    // the page size is in the text (a LIMIT parameter made PostgreSQL plan every run again)
    expect(statement).toMatch(/limit 6\b/);
    // this narrow a page comes as plain rows, not JSON: the same lots, names and cursors either way
    expect(statement).not.toContain('json_agg');
    const whole = await ask('{ lots(first: 5) { edges { cursor node { id name occupancy { total } } } } }');
    expect(lotListStatement(whole.sql)).toContain('json_agg');
    type Page = { lots: { edges: { cursor: string; node: { id: string; name: string } }[] } };
    const names = (page: unknown) => (page as Page).lots.edges.map(({ cursor, node: { id, name } }) => ({ cursor, id, name }));
    expect(names(data)).toEqual(names(whole.data));
    expect(names(data)).toHaveLength(5);
  });

  it('columns asked for through fragments and nodes of spaces are read', async () => {
    const { sql, data } = await ask(`{ lots(first: 2) { edges { node { ...Named spaces(first: 2) { edges { node { ... on Space { level } } } } } } } }
      fragment Named on Lot { address }`);
    expect(lotListStatement(sql)).toContain('"lots"."address"');
    expect(spacePageStatement(sql)).toContain('"spaces"."level"');
    expect(spacePageStatement(sql)).not.toContain('"spaces"."external_ref"');
    const edges = (data as { lots: { edges: { node: { address: string } }[] } }).lots.edges;
    expect(edges[0]!.node.address).toEqual(expect.any(String));
  });

  it('a field whose resolver is not listed gets whole rows', async () => {
    const { sql } = await ask('{ lots(first: 2) { edges { node { name occupancy { available } } } } }');
    expect(lotListStatement(sql)).toContain('"lots"."footprint"');
  });

  it('answers are the same as from whole rows, field by field', async () => {
    const projected = await ask(`{ lots(first: 10) { edges { cursor node { ${FIELDS} } } pageInfo { endCursor hasNextPage } } }`);
    // occupancy has a resolver of its own and no column list: this query reads whole rows
    const whole = await ask(`{ lots(first: 10) { edges { cursor node { ${FIELDS} occupancy { total } } } pageInfo { endCursor hasNextPage } } }`);
    expect(lotListStatement(projected.sql)).not.toContain('"lots"."source_tags"');
    expect(lotListStatement(whole.sql)).toContain('"lots"."source_tags"');
    type Page = { lots: { edges: { node: Record<string, unknown> }[] } };
    const withoutOccupancy = (whole.data as Page).lots.edges.map(({ node: { occupancy: _occupancy, ...node }, ...edge }) => ({ ...edge, node }));
    expect((projected.data as Page).lots.edges).toEqual(withoutOccupancy);
    expect((projected.data as Page).lots.edges.length).toBeGreaterThan(1);
  });

  it('two selections of one lot page with different fields each get their own columns', async () => {
    const { data } = await ask(`{ lots(first: 3) { edges { node {
      labels: spaces(first: 2) { edges { node { label } } }
      kinds: spaces(first: 2) { edges { node { kind level } } }
    } } } }`);
    type Page = { lots: { edges: { node: { labels: { edges: { node: object }[] }; kinds: { edges: { node: object }[] } } }[] } };
    const lot = (data as Page).lots.edges[0]!.node;
    expect(lot.labels.edges[0]!.node).toEqual({ label: expect.any(String) });
    expect(lot.kinds.edges[0]!.node).toEqual({ kind: expect.any(String), level: null });
    expect(Object.keys(lot.kinds.edges[0]!.node)).toEqual(['kind', 'level']);
  });

  it('past 32 distinct column sets a list reads whole rows instead of preparing more statements', async () => {
    const keys = Object.keys(getTableColumns(lots)).filter((key) => key !== 'id' && key !== 'name');
    // 40 distinct sets of two columns
    const sets = Array.from({ length: 40 }, (_, n) => new Set([keys[n % keys.length]!, keys[(n + 1 + Math.floor(n / keys.length)) % keys.length]!]));
    expect(new Set(sets.map((set) => [...set].sort().join())).size).toBe(40);
    const widths: number[] = [];
    for (const set of sets) {
      const [row] = await listLots(server.database.db, 1, undefined, set);
      widths.push(Object.keys(row!).length);
    }
    // each set is its two columns plus the list's own (name, id) until the statements run out
    expect(widths.slice(0, 20).every((width) => width === 4)).toBe(true);
    expect(widths.at(-1)).toBe(Object.keys(getTableColumns(lots)).length);
  });
});
