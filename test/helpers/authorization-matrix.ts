import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { operators } from '../../src/db/schema/index.js';
import type { ApiKeyScope } from '../../src/domain/auth/api-keys.js';
import { addMember, createApiKey, createUser } from './fixtures.js';
import type { GraphQLResponse, TestServer } from './server.js';

// What the authorization-matrix tests (test/authorization*.test.ts) share: signing in the viewers
// of a matrix's columns, sending a document as one of them, and reading a cell's outcome.

/**
 * What a client sees of a mutation in one cell: success, a single NOT_FOUND or FORBIDDEN
 * userError, an UNAUTHENTICATED GraphQL error, or HTTP 401 (a revoked key, refused before
 * anything runs).
 */
export type MatrixOutcome = 'OK' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'HTTP_401';

/** The HTTP status and parsed body of one POST to `/graphql`. */
export interface MatrixResponse {
  status: number;
  body: GraphQLResponse;
}

/** A mutation's payload: whatever it returns, and its userErrors. */
export type MutationPayload = Record<string, unknown> & { userErrors: Array<{ code: string; field?: string[] | null; message?: string }> };

/**
 * The emails of the seeded demo's people (see the seed) that the CityPark matrices use as columns:
 * a STAFF member and the OWNER of CityPark, MetroPark's manager (staff of another operator), and
 * the platform admin.
 */
export const SEEDED_PEOPLE = {
  staff: 'gate@citypark.example',
  otherStaff: 'manager@metropark.example',
  owner: 'ops@citypark.example',
  admin: 'admin@parkway.dev',
} as const;

/** A user to create for a matrix column: its display name, platform role, and membership of an operator. */
export interface MatrixUserSpec {
  displayName?: string;
  role?: 'DRIVER' | 'ADMIN';
  member?: { operatorId: string; role: 'OWNER' | 'MANAGER' | 'STAFF' };
}

/**
 * Creates one user a column (in the order given), then makes each a member of the operator its
 * spec names; returns each column's user id and email.
 */
export async function createMatrixUsers<U extends string>(
  db: Database,
  specs: Record<U, MatrixUserSpec>,
): Promise<Record<U, { id: string; email: string }>> {
  const entries = Object.entries(specs) as Array<[U, MatrixUserSpec]>;
  const created = {} as Record<U, { id: string; email: string }>;
  for (const [name, { displayName, role }] of entries) {
    created[name] = await createUser(db, { ...(displayName !== undefined && { displayName }), ...(role && { role }) });
  }
  for (const [name, { member }] of entries) if (member) await addMember(db, member.operatorId, created[name].id, member.role);
  return created;
}

/** An API key to create for a matrix column: the operator it belongs to, its scopes, name, and whether it is revoked. */
export interface MatrixApiKeySpec {
  operatorId: string;
  scopes: ApiKeyScope[];
  name?: string;
  revoked?: boolean;
}

/**
 * The credential each viewer of a matrix sends: none for `anonymous`, a development access token
 * for each user (by email), and the secret of a newly created key for each API key.
 */
export async function matrixCredentials<U extends string, K extends string>(
  server: TestServer,
  viewers: { users: Record<U, string>; apiKeys: Record<K, MatrixApiKeySpec> },
): Promise<Map<'anonymous' | U | K, string | undefined>> {
  const credentials = new Map<'anonymous' | U | K, string | undefined>([['anonymous', undefined]]);
  for (const [name, email] of Object.entries(viewers.users) as Array<[U, string]>) credentials.set(name, await server.tokenFor(email));
  for (const [name, { operatorId, ...options }] of Object.entries(viewers.apiKeys) as Array<[K, MatrixApiKeySpec]>) {
    credentials.set(name, (await createApiKey(server.database.db, operatorId, options)).key);
  }
  return credentials;
}

/**
 * The credentials of the CityPark matrices' columns: anonymous, the two drivers (by email), the
 * seeded people (SEEDED_PEOPLE), a CityPark `partnerKey` with `bookings:read` and `lots:write`, and
 * the CityPark keys each file adds (its own scopes, and a revoked key).
 */
export async function cityParkCredentials<K extends string>(
  server: TestServer,
  drivers: { driver: string; otherDriver: string },
  apiKeys: Record<K, { scopes: ApiKeyScope[]; revoked?: boolean }>,
): Promise<Map<'anonymous' | 'driver' | 'otherDriver' | keyof typeof SEEDED_PEOPLE | 'partnerKey' | K, string | undefined>> {
  const [citypark] = await server.database.db.select().from(operators).where(eq(operators.name, 'CityPark'));
  const operatorId = citypark!.id;
  const keys = Object.fromEntries(
    Object.entries<{ scopes: ApiKeyScope[]; revoked?: boolean }>(apiKeys).map(([name, key]) => [name, { operatorId, ...key }]),
  );
  return matrixCredentials(server, {
    users: { ...drivers, ...SEEDED_PEOPLE },
    apiKeys: { partnerKey: { operatorId, scopes: ['bookings:read', 'lots:write'] }, ...keys } as Record<'partnerKey' | K, MatrixApiKeySpec>,
  });
}

/**
 * POSTs a document to the server's `/graphql` with `Authorization: Bearer <credential>` (none when
 * `credential` is undefined) and returns the HTTP status and parsed body, whatever the status.
 */
export async function postAs(
  server: TestServer,
  credential: string | undefined,
  query: string,
  variables: Record<string, unknown> | undefined,
): Promise<MatrixResponse> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(credential && { authorization: `Bearer ${credential}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

/** The name of the first field a document selects (a mutation's root field). */
export function rootField(document: string): string {
  return /\{\s*(\w+)/.exec(document)![1]!;
}

/** Whether a payload holds its object: a non-empty list, or any value but null and undefined. */
function holds(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined;
}

/**
 * Classifies a mutation's response as a matrix cell's outcome. `success` is the payload field that
 * holds the object a success returns, or a test that a payload did what it says. A refusal is a
 * single NOT_FOUND or FORBIDDEN userError with no object and no secret in the payload. Anything
 * else (a 401 that is not UNAUTHENTICATED, an UNAUTHENTICATED error that still returns data, any
 * other GraphQL error or payload) comes back as a description, so it fails the cell.
 */
export function outcomeOf(
  response: MatrixResponse,
  field: string,
  success: string | ((payload: MutationPayload) => boolean),
): MatrixOutcome | string {
  const { status, body } = response;
  if (status === 401) {
    if (body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' && body.data === undefined) return 'HTTP_401';
    return `unexpected 401 ${JSON.stringify(body)}`;
  }
  if (body.errors?.length) {
    const code = body.errors[0]!.extensions?.code;
    if (code !== 'UNAUTHENTICATED') return `GraphQL error ${String(code)}: ${body.errors[0]!.message}`;
    return (body.data?.[field] ?? null) === null ? 'UNAUTHENTICATED' : `UNAUTHENTICATED with data ${JSON.stringify(body.data)}`;
  }
  const payload = body.data![field] as MutationPayload;
  const succeeded = typeof success === 'string' ? holds(payload[success]) : success(payload);
  if (payload.userErrors.length === 0 && succeeded) return 'OK';
  const code = payload.userErrors[0]?.code;
  if (payload.userErrors.length === 1 && !succeeded && (code === 'NOT_FOUND' || code === 'FORBIDDEN') && !payload.secret) return code;
  return `unexpected payload ${JSON.stringify(payload)}`;
}

/**
 * What a query answers in one cell: its data, or HTTP_401 when the request is refused (checking
 * that a refusal is UNAUTHENTICATED and that an answer has no errors).
 */
export function dataOf(response: MatrixResponse): 'HTTP_401' | Record<string, unknown> {
  if (response.status === 401) {
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.data).toBeUndefined();
    return 'HTTP_401';
  }
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!;
}

/** A row of a matrix: one mutation, how to make a cell's input, and the outcome each viewer gets. */
export interface MutationRow<V extends string> {
  name: string;
  document: string;
  /** The payload field that holds the object a success returns. */
  objectKey: string;
  /** The `input` variable of a cell (objects of its own). */
  input: () => Promise<Record<string, unknown>>;
  expected: Record<V, MatrixOutcome>;
}

/** Each viewer with the outcome a row expects for them: the `it.each` table of a row's cells. */
export function cellsOf<V extends string>(viewers: readonly V[], expected: Record<V, MatrixOutcome>): Array<readonly [V, MatrixOutcome]> {
  return viewers.map((viewer) => [viewer, expected[viewer]] as const);
}

/**
 * Declares a describe block a row and a test a cell ("as <viewer>: <outcome>"): each cell makes
 * its input, sends the row's document as the viewer, and expects the row's outcome for them.
 */
export function describeMutationMatrix<V extends string>(
  viewers: readonly V[],
  rows: Array<MutationRow<V>>,
  post: (query: string, variables: Record<string, unknown>, viewer: V) => Promise<MatrixResponse>,
): void {
  describe.each(rows)('$name', (row) => {
    it.each(cellsOf(viewers, row.expected))('as %s: %s', async (viewer, expected) => {
      const input = await row.input();
      const response = await post(row.document, { input }, viewer);
      expect(outcomeOf(response, rootField(row.document), row.objectKey)).toBe(expected);
    });
  });
}
