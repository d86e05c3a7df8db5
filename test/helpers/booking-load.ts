import { loadConfig } from '../../src/config.js';
import { DEMO_DRIVER_EMAIL } from '../../src/seed/demo-city.js';
import { signDevelopmentToken } from '../../src/domain/auth/access-tokens.js';

// Bookings as the demo driver over plain HTTP, for tests that run the server in a child process
// (graceful shutdown, database faults) and cannot reach into its database handle.

export interface HttpResult {
  /** HTTP status, or 0 when the request never got an answer (connection refused or reset). */
  status: number;
  /** The raw body: tests look for stack traces in it. */
  text: string;
  body?: {
    data?: { createBooking?: { booking: { id: string; status: string } | null; userErrors: Array<{ code: string }> } } | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  /** The network error when status is 0. */
  failure?: string;
}

export interface BookingTarget {
  url: string;
  token: string;
  vehicleId: string;
  /** Lots (global ids) with free standard spaces in `window`, the freest first. */
  lotIds: string[];
  window: { start: string; end: string };
}

/** The row id inside a global id (`base64url("Type:uuid")`), to look a node up in SQL. */
export function rowIdOf(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
}

/** POSTs a GraphQL document; never throws: a request that gets no answer has status 0. */
export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<HttpResult> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: HttpResult['body'];
    try {
      body = JSON.parse(text) as HttpResult['body'];
    } catch {
      body = undefined;
    }
    return { status: response.status, text, body };
  } catch (error) {
    return { status: 0, text: '', failure: String((error as Error).cause ?? error) };
  }
}

/**
 * The demo driver, their first vehicle and the lots near the demo city centre with at least
 * `freeSpaces` free standard spaces for a two-hour window `daysAhead` days from now.
 */
export async function demoBookingTarget(url: string, { freeSpaces = 1, daysAhead = 1 } = {}): Promise<BookingTarget> {
  const { auth } = loadConfig({});
  if (auth.kind !== 'hs256') throw new Error('the demo driver signs in with the development secret');
  // the server finds the user by email when the subject is not an id (see signDevelopmentToken)
  const token = await signDevelopmentToken(auth, { id: DEMO_DRIVER_EMAIL, email: DEMO_DRIVER_EMAIL });
  const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + daysAhead * 86_400_000);
  const window = { start: start.toISOString(), end: new Date(start.getTime() + 2 * 3_600_000).toISOString() };
  const found = await postGraphQL(
    url,
    `query Target($window: TimeWindowInput!) {
      viewer { vehicles { id } }
      lotsNear(near: { lat: 53.4808, lng: -2.2426 }, radiusMeters: 5000, window: $window, first: 30) {
        edges { node { id availability(window: $window) { byKind { kind available } } } }
      }
    }`,
    { window },
    token,
  );
  const data = (found.body as { data?: TargetData } | undefined)?.data;
  if (!data) throw new Error(`cannot find a booking target: ${found.text}`);
  const standardFree = (lot: TargetData['lotsNear']['edges'][number]['node']) =>
    lot.availability?.byKind.find((entry) => entry.kind === 'STANDARD')?.available ?? 0;
  const lots = data.lotsNear.edges.map((edge) => edge.node).filter((lot) => standardFree(lot) >= freeSpaces);
  lots.sort((a, b) => standardFree(b) - standardFree(a));
  return { url, token, vehicleId: data.viewer.vehicles[0]!.id, lotIds: lots.map((lot) => lot.id), window };
}

interface TargetData {
  viewer: { vehicles: Array<{ id: string }> };
  lotsNear: {
    edges: Array<{ node: { id: string; availability: { byKind: Array<{ kind: string; available: number }> } | null } }>;
  };
}

/**
 * One createBooking in `lotId`, for the target's window unless `window` is given;
 * `idempotencyKey` makes a retry safe.
 */
export function createBooking(
  target: BookingTarget,
  lotId: string,
  { idempotencyKey, window = target.window }: { idempotencyKey?: string; window?: BookingTarget['window'] } = {},
): Promise<HttpResult> {
  return postGraphQL(
    target.url,
    `mutation Book($input: CreateBookingInput!) {
      createBooking(input: $input) { booking { id status } userErrors { code } }
    }`,
    { input: { lotId, vehicleId: target.vehicleId, window, ...(idempotencyKey && { idempotencyKey }) } },
    target.token,
  );
}
