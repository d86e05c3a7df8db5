import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoCity } from '../src/seed/demo-city.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import type { LotsPageQuery, LotsSpacesQuery } from './gql/generated/graphql.js';
import { request } from './gql/request.js';

const LOTS_PAGE = graphql(`
  query LotsPage($first: Int, $after: String) {
    lots(first: $first, after: $after) {
      edges { cursor node { id name } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);
const README_EXAMPLE = graphql(`
  query LotsReadmeExample { lots(first: 5) { edges { node { name } } } }
`);
const FIRST_LOT_SPACE_CURSOR = graphql(`
  query LotsFirstSpaceCursor { lots(first: 1) { edges { node { spaces(first: 1) { pageInfo { endCursor } } } } } }
`);
const LOT_SCALARS = graphql(`
  query LotsScalars($id: ID!) {
    lot(id: $id) {
      id name address location { lat lng } footprint { lat lng } timeZone lotType amenities
      maxVehicleHeightCm covered access currency operator { name kind }
    }
  }
`);
const LOT_SPACES = graphql(`
  query LotsSpaces($id: ID!, $after: String) {
    lot(id: $id) { spaces(first: 9, after: $after) { edges { node { label lot { id } } } pageInfo { hasNextPage endCursor } } }
  }
`);
const LOT_NAME = graphql(`
  query LotsName($id: ID!) { lot(id: $id) { name } }
`);
const LOT_FIRST_SPACE = graphql(`
  query LotsFirstSpace($id: ID!) { lot(id: $id) { spaces(first: 1) { edges { node { id } } } } }
`);
const FIRST_LOT_WITH_RELATIONS = graphql(`
  query LotsFirstWithRelations { lots(first: 1) { edges { node { id name operator { id name } spaces(first: 1) { edges { node { id label } } } } } } }
`);
const THREE_NODES = graphql(`
  query LotsThreeNodes($lot: ID!, $space: ID!, $operator: ID!) {
    lot: node(id: $lot) { __typename id ... on Lot { name } }
    space: node(id: $space) { __typename id ... on Space { label } }
    operator: node(id: $operator) { __typename id ... on Operator { name } }
  }
`);
const NODE_ID = graphql(`
  query LotsNodeId($id: ID!) { node(id: $id) { id } }
`);

const city = buildDemoCity();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

async function allLots(pageSize: number) {
  const names: string[] = [];
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<LotsPageQuery> = await request(server, LOTS_PAGE, { first: pageSize, after });
    expect(response.errors).toBeUndefined();
    const page = response.data!.lots;
    names.push(...page.edges.map((edge) => edge.node.name));
    ids.push(...page.edges.map((edge) => edge.node.id));
    if (!page.pageInfo.hasNextPage) return { names, ids };
    after = page.pageInfo.endCursor;
  }
}

describe('lots connection', () => {
  it('answers the README example with demo data', async () => {
    const { data, errors } = await request(server, README_EXAMPLE, {});
    expect(errors).toBeUndefined();
    const sortedNames = city.lots.map((lot) => lot.name).sort();
    expect(data!.lots.edges.map((edge) => edge.node.name)).toEqual(sortedNames.slice(0, 5));
  });

  it('pages through every lot once, in name order, whatever the page size', async () => {
    const expected = city.lots.map((lot) => lot.name).sort();
    for (const size of [1, 7, 100]) {
      const { names, ids } = await allLots(size);
      expect(names).toEqual(expected);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('fills pageInfo: start and end cursors match the edges, no previous page', async () => {
    const { data } = await request(server, LOTS_PAGE, { first: 3 });
    const { edges, pageInfo } = data!.lots;
    expect(edges).toHaveLength(3);
    expect(pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: edges[0]!.cursor,
      endCursor: edges[2]!.cursor,
    });
  });

  it('returns an empty page for first: 0', async () => {
    const { data } = await request(server, LOTS_PAGE, { first: 0 });
    expect(data!.lots.edges).toEqual([]);
    expect(data!.lots.pageInfo).toMatchObject({ hasNextPage: true, startCursor: null, endCursor: null });
  });

  it.each([
    [{ first: 101 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ first: 5, after: 'not-a-cursor' }, 'after'],
    [{ first: 5, after: Buffer.from('{"kind":"lots","key":{"name":"x","id":"1; drop table lots"}}').toString('base64url') }, 'after'],
  ])('rejects %j with BAD_USER_INPUT on %s', async (variables, argument) => {
    const { data, errors } = await request(server, LOTS_PAGE, variables);
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('rejects a cursor from another list', async () => {
    const { data } = await request(server, FIRST_LOT_SPACE_CURSOR, {});
    const spaceCursor = data!.lots.edges[0]!.node.spaces.pageInfo.endCursor;
    const { errors } = await request(server, LOTS_PAGE, { first: 5, after: spaceCursor });
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('a lot and its relations', () => {
  const seeded = city.lots.find((lot) => lot.footprint && lot.lotType === 'MULTI_STOREY')!;

  async function lotIdByName(name: string): Promise<string> {
    const { ids, names } = await allLots(100);
    return ids[names.indexOf(name)]!;
  }

  it('resolves every scalar field as seeded, with its operator', async () => {
    const id = await lotIdByName(seeded.name);
    const { data, errors } = await request(server, LOT_SCALARS, { id });
    expect(errors).toBeUndefined();
    const operator = city.operators.find((candidate) => candidate.id === seeded.operatorId)!;
    expect(data!.lot).toEqual({
      id,
      name: seeded.name,
      address: seeded.address,
      location: seeded.location,
      footprint: seeded.footprint!.map((ring) => ring.map(([lng, lat]) => ({ lat, lng }))),
      timeZone: 'Europe/London',
      lotType: 'MULTI_STOREY',
      amenities: seeded.amenities,
      maxVehicleHeightCm: seeded.maxVehicleHeightCm,
      covered: true,
      access: seeded.access,
      currency: 'GBP',
      operator: { name: operator.name, kind: operator.kind },
    });
  });

  it('pages a lot\'s spaces in label order and each space points back to its lot', async () => {
    const id = await lotIdByName(seeded.name);
    const expectedLabels = city.spaces.filter((space) => space.lotId === seeded.id).map((space) => space.label).sort();
    const labels: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: GraphQLResponse<LotsSpacesQuery> = await request(server, LOT_SPACES, { id, after });
      expect(response.errors).toBeUndefined();
      const { edges, pageInfo } = response.data!.lot!.spaces;
      labels.push(...edges.map((edge) => edge.node.label));
      for (const edge of edges) expect(edge.node.lot.id).toBe(id);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(labels).toEqual(expectedLabels);
  });

  it('returns null for a lot id that does not exist', async () => {
    const missing = Buffer.from('Lot:00000000-0000-4000-8000-000000000000').toString('base64url');
    const { data, errors } = await request(server, LOT_NAME, { id: missing });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ lot: null });
  });

  it('rejects the id of another type with BAD_USER_INPUT', async () => {
    const { data } = await request(server, LOT_FIRST_SPACE, { id: await lotIdByName(seeded.name) });
    const spaceId = data!.lot!.spaces.edges[0]!.node.id;
    const { errors } = await request(server, LOT_NAME, { id: spaceId });
    expect(errors![0]!.message).toBe('expected the id of a Lot, got the id of a Space');
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});

describe('node(id:)', () => {
  it('refetches a lot, a space and an operator by their global ids', async () => {
    const { data } = await request(server, FIRST_LOT_WITH_RELATIONS, {});
    const lot = data!.lots.edges[0]!.node;
    const space = lot.spaces.edges[0]!.node;

    const { data: nodes, errors } = await request(server, THREE_NODES, { lot: lot.id, space: space.id, operator: lot.operator.id });
    expect(errors).toBeUndefined();
    expect(nodes).toEqual({
      lot: { __typename: 'Lot', id: lot.id, name: lot.name },
      space: { __typename: 'Space', id: space.id, label: space.label },
      operator: { __typename: 'Operator', id: lot.operator.id, name: lot.operator.name },
    });
  });

  it('returns null for an unknown object and BAD_USER_INPUT for a malformed id', async () => {
    const unknown = Buffer.from('Space:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect(await request(server, NODE_ID, { id: unknown })).toEqual({ data: { node: null } });

    for (const bad of ['', 'abc', Buffer.from('Lot:not-a-uuid').toString('base64url'), Buffer.from('Ticket:00000000-0000-4000-8000-000000000000').toString('base64url')]) {
      const { errors } = await request(server, NODE_ID, { id: bad });
      expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    }
  });
});
