import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { SeededRandom } from '../../src/seed/random.js';

/**
 * Seeded generators of hostile requests for the fuzz test: GraphQL documents built by walking
 * the schema with wrong, huge, negative and odd-unicode arguments, bad ids, cursors, plates and
 * coordinates, deep nesting; and HTTP requests that are not GraphQL at all. The same seed gives
 * the same requests, so a failure can be replayed.
 */

/** One request to send: over HTTP, or (a GraphQL operation) over WebSocket too. */
export interface FuzzRequest {
  /** What the generator meant, for the failure report. */
  kind: string;
  method: 'GET' | 'POST';
  /** Path and query string after the base URL. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Set when this is a GraphQL operation that can also go over WebSocket. */
  operation?: { query: string; variables?: unknown };
}

/** A value as a GraphQL literal and as JSON for a variable (undefined: not expressible in JSON). */
interface Value {
  literal: string;
  json: unknown;
}

const literalOf = (json: unknown): string => {
  if (json === null) return 'null';
  if (Array.isArray(json)) return `[${json.map(literalOf).join(', ')}]`;
  if (typeof json === 'object') {
    return `{ ${Object.entries(json as object)
      .map(([key, value]) => `${key}: ${literalOf(value)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(json);
};
const value = (json: unknown): Value => ({ literal: literalOf(json), json });

const ODD_STRINGS = [
  '',
  ' ',
  'x'.repeat(5_000),
  '\u0000',
  '\u202e\u0644\u0627 RTL override',
  '🚗🅿️👨‍👩‍👧',
  'Ω≈ç√∫˜µ≤≥÷',
  '\ud800',
  '\udfff\ud800',
  '\ufeffBOM',
  'Robert"); DROP TABLE lots;--',
  "' OR 1=1 --",
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%s%s%s%n',
  '\n\r\t\u000b\f',
  'Ａ１２ ＢＣＤ',
  'ab12 cde',
  'ß'.repeat(300),
];
const BAD_INTS = [-1, -2_147_483_649, 2_147_483_648, 9_007_199_254_740_993, 1e20, 3.5, 101, 0, 1_000_000, -100];
const BAD_FLOATS = [1e308, -1e308, 91, -91, 181, -181, 1e-320, 0, -0.000001, 123456789.123];
const BAD_DATES = [
  '2026-13-45T00:00:00Z',
  'yesterday',
  '2026-11-27T09:00:00',
  '',
  '+275760-09-13T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '2026-11-27T09:00:00+25:00',
  '9999-12-31T23:59:59.999Z',
  '2026-11-27T25:61:00Z',
  '1970-01-01T00:00:00Z',
  '2026-03-29T01:30:00+00:00',
];
const PLATES = ['', ' ', '-', 'AB12CDE', 'ab12 cde', 'ＡＢ１２ＣＤＥ', '🚗', 'x'.repeat(1_000), '\u0000AB12', 'DROP TABLE', '12345678901234567890', 'ÄÖÜ 123'];

/** Ids that are not ids: garbage, other lists' shapes, unknown rows, huge. */
function badId(random: SeededRandom, known: KnownValues): string {
  const uuid = '00000000-0000-4000-8000-000000000000';
  return random.pick([
    'nope',
    '',
    '%%%%',
    Buffer.from('Lot:not-a-uuid').toString('base64url'),
    Buffer.from(`Lot:${uuid}`).toString('base64url'),
    Buffer.from(`Space:${uuid}`).toString('base64url'),
    Buffer.from(`Nope:${uuid}`).toString('base64url'),
    Buffer.from('{"kind":"lot"}').toString('base64'),
    'A'.repeat(10_000),
    '🅿️',
    ...known.ids,
  ]);
}

/** Cursors that are not cursors of this list. */
function badCursor(random: SeededRandom, known: KnownValues): string {
  const encode = (json: unknown) => Buffer.from(JSON.stringify(json)).toString('base64url');
  return random.pick([
    'garbage',
    '',
    '====',
    encode({ kind: 'lots' }),
    encode({ kind: 'lots', key: { id: 'x', name: 5 } }),
    encode({ kind: 'spaces', key: 1e308 }),
    encode({ kind: 'lots', key: '\ud800' }),
    encode([1, 2, 3]),
    encode(null),
    Buffer.from('not json').toString('base64url'),
    'x'.repeat(20_000),
    ...known.cursors,
  ]);
}

/** Real ids and cursors from the test database: bad requests built around good parts reach further. */
export interface KnownValues {
  ids: string[];
  cursors: string[];
}

/** A wrong-typed, out-of-range or odd value for an input of `type` (sometimes a plausible one). */
function inputValue(random: SeededRandom, type: GraphQLInputType, known: KnownValues, depth = 0): Value {
  if (random.chance(0.05)) return value(null);
  if (random.chance(0.05)) return value(random.pick([true, 'text', 42, { a: 1 }, [1], -1.5]));
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const length = random.pick([0, 1, 2, 3, 50]);
    const items = Array.from({ length }, () => inputValue(random, nullable.ofType as GraphQLInputType, known, depth + 1));
    return { literal: `[${items.map((item) => item.literal).join(', ')}]`, json: items.map((item) => item.json) };
  }
  if (isInputObjectType(nullable)) {
    if (depth > 4) return value({});
    const fields = Object.values(nullable.getFields()).filter(() => random.chance(0.8));
    if (random.chance(0.1)) fields.pop();
    const entries = fields.map((field) => [field.name, inputValue(random, field.type, known, depth + 1)] as const);
    if (random.chance(0.1)) entries.push(['unknownField', value(1)]);
    return {
      literal: `{ ${entries.map(([name, item]) => `${name}: ${item.literal}`).join(', ')} }`,
      json: Object.fromEntries(entries.map(([name, item]) => [name, item.json])),
    };
  }
  if (isEnumType(nullable)) {
    if (random.chance(0.7)) {
      const name = random.pick(nullable.getValues()).name;
      return { literal: name, json: name };
    }
    return random.chance(0.5) ? { literal: 'NOT_A_VALUE', json: 'NOT_A_VALUE' } : value('STANDARD');
  }
  switch (isScalarType(nullable) ? nullable.name : '') {
    case 'Int':
      return random.chance(0.1) ? { literal: '99999999999999999999999', json: 1e23 } : value(random.pick(BAD_INTS));
    case 'Float':
      return random.chance(0.1) ? { literal: '1e400', json: 1e308 } : value(random.pick(BAD_FLOATS));
    case 'Boolean':
      return value(random.pick([true, false, 'true', 1]));
    case 'ID':
      return value(badId(random, known));
    case 'DateTime':
      return value(random.pick(BAD_DATES));
    default:
      return value(random.pick(ODD_STRINGS));
  }
}

/**
 * A document from the schema: random fields of `type`, random (mostly bad) arguments as
 * literals or variables, nested up to `maxDepth` (sometimes past the depth limit), with aliases.
 */
export function schemaDocument(schema: GraphQLSchema, random: SeededRandom, known: KnownValues): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const maxDepth = random.chance(0.1) ? 20 : 1 + random.int(0, 7);

  const argument = (arg: GraphQLArgument): string => {
    const generated = inputValue(random, arg.type, known);
    if (random.chance(0.6) || generated.json === undefined) return `${arg.name}: ${generated.literal}`;
    const name = `v${declarations.length}`;
    // sometimes declare the variable with another type than the argument wants
    const declared = random.chance(0.15) ? random.pick(['String', 'Int!', '[ID]', 'Float', 'LatLngInput']) : arg.type.toString();
    declarations.push(`$${name}: ${declared}`);
    variables[name] = generated.json;
    return `${arg.name}: $${name}`;
  };

  const selection = (type: GraphQLCompositeType, depth: number): string => {
    if (isAbstractType(type)) {
      const possible = schema.getPossibleTypes(type);
      const chosen = possible.filter(() => random.chance(0.3)).slice(0, 3);
      return ['__typename', ...chosen.map((object) => `... on ${object.name} { ${selection(object, depth + 1)} }`)].join(' ');
    }
    const fields = Object.values((type as GraphQLObjectType).getFields());
    const count = 1 + random.int(0, Math.min(4, fields.length) - 1);
    const parts: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const field = random.pick(fields);
      const alias = random.chance(0.1) ? `a${random.int(0, 999)}: ` : '';
      const args = field.args
        .filter((arg) => isNonNullType(arg.type) ? !random.chance(0.05) : random.chance(0.5))
        .map(argument);
      const named = getNamedType(field.type);
      const argsText = args.length ? `(${args.join(', ')})` : '';
      if (isLeafType(named)) parts.push(`${alias}${field.name}${argsText}`);
      else if (depth >= maxDepth) parts.push(`${alias}${field.name}${argsText} { __typename }`);
      else parts.push(`${alias}${field.name}${argsText} { ${selection(named as GraphQLCompositeType, depth + 1)} }`);
    }
    if (random.chance(0.05)) parts.push('notAField');
    return parts.join(' ');
  };

  const roots = [schema.getQueryType(), schema.getMutationType(), random.chance(0.2) ? schema.getSubscriptionType() : undefined].filter(
    (root): root is GraphQLObjectType => !!root,
  );
  const root = random.pick(roots);
  const keyword = root === schema.getMutationType() ? 'mutation' : root === schema.getSubscriptionType() ? 'subscription' : 'query';
  const body = selection(root, 1);
  const header = declarations.length ? `${keyword} Fuzz(${declarations.join(', ')})` : keyword;
  return { query: `${header} { ${body} }`, variables };
}

/** Requests about the domain's own hazards: ids, cursors, plates, coordinates, windows. */
function domainDocument(random: SeededRandom, known: KnownValues): { query: string; variables: Record<string, unknown> } {
  const coordinate = () => random.pick([91, -91, 181, -181, 1e308, -1e308, '53.48', null, 0, 53.481, -2.2369, Number.MIN_VALUE]);
  const window = () =>
    random.pick([
      { start: '2026-12-01T17:00:00Z', end: '2026-12-01T09:00:00Z' },
      { start: '2026-12-01T09:00:00Z', end: '2027-12-01T09:00:00Z' },
      { start: '2026-12-01T09:00:00Z', end: '2026-12-01T09:00:00Z' },
      { start: random.pick(BAD_DATES), end: random.pick(BAD_DATES) },
      { start: '2026-12-01T09:00:00Z' },
      { start: '1900-01-01T00:00:00Z', end: '1900-01-02T00:00:00Z' },
    ]);
  switch (random.int(0, 7)) {
    case 0:
      return { query: 'query ($id: ID!) { node(id: $id) { id __typename } }', variables: { id: badId(random, known) } };
    case 1:
      return { query: 'query ($id: ID!) { lot(id: $id) { name spaces(first: 2) { edges { cursor } } } }', variables: { id: badId(random, known) } };
    case 2:
      return {
        query: 'query ($after: String, $first: Int) { lots(first: $first, after: $after) { edges { cursor node { id } } } }',
        variables: { after: badCursor(random, known), first: random.pick([1, 0, -1, 100, 101, 2 ** 31]) },
      };
    case 3:
      return {
        query: `query ($id: ID!, $after: String) { lot(id: $id) { spaces(first: 3, after: $after) { edges { cursor } } } }`,
        variables: { id: random.pick(known.ids.length ? known.ids : ['x']), after: badCursor(random, known) },
      };
    case 4:
      return {
        query: `query ($near: LatLngInput!, $r: Float, $w: TimeWindowInput) {
          lotsNear(near: $near, radiusMeters: $r, window: $w, first: 5) { edges { distanceMeters node { name } } } }`,
        variables: {
          near: { lat: coordinate(), lng: coordinate() },
          r: random.pick([-1, 0, 1e308, 50_000, 1e7, 0.0001]),
          w: random.chance(0.5) ? window() : undefined,
        },
      };
    case 5:
      return {
        query: 'query ($b: BoundsInput!) { lotsInBounds(bounds: $b, first: 5) { edges { node { name } } } }',
        variables: { b: { south: coordinate(), west: coordinate(), north: coordinate(), east: coordinate() } },
      };
    case 6:
      return {
        query: 'mutation ($plate: String!, $h: Int) { addVehicle(input: { plate: $plate, country: "GB", heightCm: $h }) { vehicle { plate } userErrors { code field } } }',
        variables: { plate: random.pick(PLATES), h: random.pick([-1, 0, 1001, 2 ** 31 - 1, 185]) },
      };
    default:
      return {
        query: `query ($id: ID!, $w: TimeWindowInput!) { lot(id: $id) {
          availability(window: $w) { available } quote(window: $w, spaceKind: EV_CHARGING) { total { amount } } } }`,
        variables: { id: random.pick(known.ids.length ? known.ids : ['x']), w: window() },
      };
  }
}

/** Documents that stress the limits themselves: deep, wide, aliased, long. */
function hostileDocument(random: SeededRandom): string {
  switch (random.int(0, 5)) {
    case 0: {
      // valid fields nested past the depth limit, or nonsense nested hundreds deep
      const levels = 1 + random.int(0, 9);
      return random.chance(0.5)
        ? `{ lots(first: 1) { edges { node { ${'spaces(first: 1) { edges { node { lot { '.repeat(levels)}name${' } } } }'.repeat(levels)} } } } }`
        : `{ ${'a { '.repeat(300)}b${' }'.repeat(300)} }`;
    }
    case 1:
      return `{ ${Array.from({ length: 40 + random.int(0, 199) }, (_, i) => `x${i}: lots(first: 100) { edges { cursor } }`).join(' ')} }`;
    case 2:
      return `{ ${'__typename '.repeat(1_000 + random.int(0, 2_999))}}`;
    case 3:
      return `query { lots(first: 100) { edges { node { spaces(first: 100) { edges { node { lot { spaces(first: 100) { edges { cursor } } } } } } } } } }`;
    case 4: {
      // fragments spread into each other: exponential when expanded, linear as text
      const levels = 25;
      const fragments = Array.from({ length: levels }, (_, i) =>
        i === levels - 1 ? `fragment F${i} on Lot { name }` : `fragment F${i} on Lot { ...F${i + 1} ... on Lot { ...F${i + 1} } }`,
      );
      return `{ lots(first: 1) { edges { node { ...F0 } } } } ${fragments.join(' ')}`;
    }
    default:
      return `{ lots(first: 1) { edges { node { name } } } } # ${'ü'.repeat(20_000 + random.int(0, 9_999))}`;
  }
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** HTTP requests that are not well-formed GraphQL requests at all. */
function brokenHttpRequest(random: SeededRandom): FuzzRequest {
  const post = (body: string, headers: Record<string, string> = JSON_HEADERS): FuzzRequest => ({
    kind: 'broken http',
    method: 'POST',
    path: '/graphql',
    headers,
    body,
  });
  const valid = JSON.stringify({ query: '{ lots(first: 1) { edges { cursor } } }' });
  switch (random.int(0, 11)) {
    case 0:
      return post(valid.slice(0, random.int(0, valid.length - 1)));
    case 1:
      return post(random.pick(['null', '123', '"text"', '[]', '{}', 'true', '[[[[[]]]]]', '{"query":null}', '\u0000', '']));
    case 2:
      return post(JSON.stringify({ query: random.pick([123, { kind: 'Document' }, ['{ a }'], true]) }));
    case 3:
      return post(JSON.stringify({ query: '{ __typename }', variables: random.pick(['{}', [1], 5, 'x']) }));
    case 4:
      return post(JSON.stringify({ query: '{ __typename }', operationName: random.pick([5, {}, 'Nope', '']) }));
    case 5:
      return post(JSON.stringify({ extensions: { persistedQuery: { version: random.pick([1, 2, 'x']), sha256Hash: random.pick(['abc', 'f'.repeat(64), 5]) } } }));
    case 6:
      return post(valid, { 'content-type': random.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', 'application/json; charset=utf-7', 'application/xml']) });
    case 7:
      return post(`${'['.repeat(5_000)}${']'.repeat(5_000)}`);
    case 8:
      return post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ lots { edges { cursor } } }' }]));
    case 9:
      return post(valid, { ...JSON_HEADERS, authorization: random.pick(['Bearer', 'Basic abc', `Bearer ${'x'.repeat(5_000)}`, 'Bearer pk_garbage', 'Bearer a.b.c', 'bearer  ']) });
    case 10: {
      const query = encodeURIComponent(random.pick(['{ __typename }', 'mutation { removeVehicle(input: {vehicleId: "x"}) { userErrors { code } } }', '{ lots(']));
      const variables = random.chance(0.5) ? `&variables=${encodeURIComponent(random.pick(['not json', '[1]', '{"a":1}']))}` : '';
      return { kind: 'broken http', method: 'GET', path: `/graphql?query=${query}${variables}`, headers: { 'apollo-require-preflight': 'true' } };
    }
    default:
      return post(JSON.stringify({ query: `{ __typename } #${'z'.repeat(1_100_000)}` }));
  }
}

/** One generated request: mostly schema-walk documents, then domain hazards, hostile shapes and broken HTTP. */
export function fuzzRequest(schema: GraphQLSchema, random: SeededRandom, known: KnownValues, tokens: string[]): FuzzRequest {
  const roll = random.next();
  if (roll < 0.15) return brokenHttpRequest(random);
  let kind: string;
  let operation: { query: string; variables?: unknown };
  // most requests are cheap to refuse; the ones that reach the database are fewer (PGlite is one connection)
  if (roll < 0.75) {
    kind = 'schema walk';
    operation = schemaDocument(schema, random, known);
  } else if (roll < 0.88) {
    kind = 'domain hazards';
    operation = domainDocument(random, known);
  } else {
    kind = 'hostile shape';
    operation = { query: hostileDocument(random) };
  }
  const token = random.chance(0.15) ? random.pick(tokens) : undefined;
  return {
    kind,
    method: 'POST',
    path: '/graphql',
    headers: { ...JSON_HEADERS, ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(operation),
    operation,
  };
}
