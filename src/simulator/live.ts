import { signDevelopmentToken } from '../domain/auth/access-tokens.js';
import { toGlobalId } from '../domain/public-ids.js';
import { buildDemoCity } from '../seed/demo-city.js';
import { simulateVisits, type LotType, type SimLot, type SpaceKind, type Visit } from './model.js';

/**
 * Drives a running server through its public GraphQL API with the model's visits, `speed` times
 * faster than real time: bookings by simulated drivers, gate plate reads (entry and exit) at
 * gated lots, check-in and check-out at self check-in lots, and sensor reports on the street bays
 * (which observe nothing else). The live map watching the server moves as it goes.
 *
 * The server keeps real time, so every duration is compressed by `speed`: a two-hour stay at
 * speed 60 is a booking of two real minutes. The demand curves follow the simulated clock.
 */
export interface LiveOptions {
  url: string;
  speed: number;
  seed: number;
  /** Simulated hours to run; until stopped when absent. */
  hours?: number;
  /** Where the simulated clock starts (its demand curves follow it). @default now */
  start?: Date;
  /** Development-token signing (the server's JWT_SECRET or the development secret). */
  auth: Parameters<typeof signDevelopmentToken>[0];
  log: (line: string) => void;
  /** Simulated drivers, and vehicles each. */
  drivers?: number;
  vehiclesPerDriver?: number;
  signal?: AbortSignal;
}

interface LiveLot extends SimLot {
  globalId: string;
  operatorId: string;
  observation: 'GATE' | 'SELF_CHECK_IN' | 'NONE';
  location: { lat: number; lng: number };
  /** The simulator's own entry and exit gates (a gate ignores the same plate twice within 60 s). */
  gates?: { entry: string; exit: string };
  /** Street bays by kind, with the ones a simulated car stands in. */
  bays: Map<SpaceKind, string[]>;
  taken: Set<string>;
}

interface Vehicle {
  id: string;
  plate: string;
  token: string;
}

interface Action {
  at: number;
  /** Departures still run when the simulation stops, so no simulated car is left inside. */
  leaving: boolean;
  run: () => Promise<void>;
}

const SIM_PASSWORD = 'simulated-driver-not-a-secret-2026';
// bookings are made up to this long (simulated) before the visit
const LOOKAHEAD_MS = 60 * 60 * 1000;

const newCounters = () => ({
  visits: 0,
  bookings: 0,
  entries: 0,
  exits: 0,
  denied: 0,
  checkIns: 0,
  checkOuts: 0,
  sensorReports: 0,
  noVehicle: 0,
  errors: 0,
  /** userError codes the server answered, by mutation and code. */
  refused: {} as Record<string, number>,
});

export async function runLive(options: LiveOptions): Promise<ReturnType<typeof newCounters>> {
  const { url, speed, log } = options;
  const stats = newCounters();
  const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    for (;;) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }> };
      const limited = body.errors?.find((error) => error.extensions?.code === 'RATE_LIMITED');
      if (limited) {
        await sleep((limited.extensions?.retryAfterSeconds ?? 1) * 1000);
        continue;
      }
      if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
      return body.data!;
    }
  };
  const refused = (mutation: string, errors: Array<{ code: string }>) => {
    for (const { code } of errors) stats.refused[`${mutation}:${code}`] = (stats.refused[`${mutation}:${code}`] ?? 0) + 1;
    return errors.length > 0;
  };
  const tokenFor = (email: string) => signDevelopmentToken(options.auth, { id: email, email }, '12h');

  const lots = await loadLots(gql, tokenFor);
  log(`${lots.length} lots: ${lots.filter((lot) => lot.gates).length} with simulator gates, ${lots.filter((lot) => lot.observation === 'SELF_CHECK_IN').length} self check-in, ${lots.filter((lot) => lot.bays.size > 0).length} street lots with sensor reports`);
  const operatorTokens = await operatorTokensOf(tokenFor);
  const fleet = await loadFleet(gql, tokenFor, options.drivers ?? 50, options.vehiclesPerDriver ?? 12);
  log(`${fleet.length} simulated vehicles`);
  const idle = [...fleet];

  const realStart = Date.now();
  const simStart = options.start?.getTime() ?? realStart;
  const simOf = (real: number) => simStart + (real - realStart) * speed;
  const realOf = (sim: number) => realStart + (sim - simStart) / speed;
  const simEnd = options.hours === undefined ? Number.MAX_SAFE_INTEGER : simStart + options.hours * 3_600_000;
  const visits = simulateVisits(lots, new Date(simStart), new Date(Math.min(simEnd, simStart + 400 * 86_400_000)), options.seed);
  const queue: Action[] = [];
  const schedule = (at: number, run: () => Promise<void>, leaving = false) => {
    queue.push({ at, run, leaving });
  };
  let pending: IteratorResult<Visit> = visits.next();
  let lastReport = Date.now();
  const inFlight = new Set<Promise<void>>();

  while (!options.signal?.aborted) {
    const now = Date.now();
    // plan the visits whose space is taken within the look-ahead (bookings are made ahead)
    while (!pending.done && pending.value.start.getTime() < simOf(now) + LOOKAHEAD_MS) {
      planVisit(pending.value);
      pending = visits.next();
    }
    // the end: simulated time is up and everything due by then has been sent, however slowly the
    // server answered (the cars still parked leave below)
    const caughtUp = inFlight.size === 0 && !queue.some((action) => !action.leaving && action.at <= realOf(simEnd));
    if ((simOf(now) >= simEnd && caughtUp) || (pending.done && queue.length === 0 && inFlight.size === 0)) break;
    queue.sort((a, b) => a.at - b.at);
    while (queue.length > 0 && queue[0]!.at <= now && inFlight.size < 16) {
      const action = queue.shift()!;
      const running = action.run().catch((error: unknown) => {
        stats.errors++;
        if (stats.errors <= 5) log(`request failed: ${(error as Error).message}`);
      });
      inFlight.add(running);
      void running.finally(() => inFlight.delete(running));
    }
    if (now - lastReport >= 10_000) {
      lastReport = now;
      log(`${new Date(simOf(now)).toISOString().slice(0, 16)} simulated: ${JSON.stringify(stats)}`);
    }
    await sleep(100);
  }
  await Promise.all(inFlight);
  const departures = queue.filter((action) => action.leaving);
  if (departures.length > 0) log(`stopping: ${departures.length} simulated cars leave now`);
  for (let i = 0; i < departures.length; i += 16) {
    await Promise.all(departures.slice(i, i + 16).map((action) => action.run().catch(() => undefined)));
  }
  return stats;

  function planVisit(visit: Visit): void {
    const lot = visit.lot as LiveLot;
    stats.visits++;
    const street = lot.observation === 'NONE' && lot.bays.size > 0;
    // gated and self check-in lots admit drivers with a booking: those who did not book ahead
    // book as they approach
    const needsBooking = !street || visit.booking !== undefined;
    const booking = visit.booking ?? (needsBooking ? { madeAt: new Date(visit.start.getTime() - 5 * 60_000), start: visit.start, end: visit.end, noShow: false } : undefined);
    // street bays see only their sensors: no booking, no vehicle of the fleet needed
    const vehicle = booking ? idle.shift() : undefined;
    if (booking && !vehicle) {
      stats.noVehicle++;
      return;
    }
    const release = () => {
      if (vehicle) idle.push(vehicle);
    };
    let bookingId: string | undefined;
    // a late answer to the booking still comes before the arrival that needs it
    let booked: Promise<void> = Promise.resolve();
    let bay: string | undefined;
    const arrive = async () => {
      if (lot.gates && vehicle) {
        const read = await plateRead(lot.gates.entry, lot, vehicle);
        if (read === 'OPEN') stats.entries++;
        else stats.denied++;
      } else if (lot.observation === 'SELF_CHECK_IN' && bookingId) {
        const result = await gql<{ checkIn: { userErrors: Array<{ code: string }> } }>(CHECK_IN, { input: { bookingId, position: lot.location } }, vehicle!.token);
        if (!refused('checkIn', result.checkIn.userErrors)) stats.checkIns++;
      } else if (street) {
        bay = (lot.bays.get(visit.kind) ?? []).find((space) => !lot.taken.has(space));
        if (bay) {
          lot.taken.add(bay);
          await sensor(lot, bay, 'OCCUPIED');
        }
      }
    };
    const leave = async () => {
      try {
        if (lot.gates && vehicle) {
          if ((await plateRead(lot.gates.exit, lot, vehicle)) === 'OPEN') stats.exits++;
        } else if (lot.observation === 'SELF_CHECK_IN' && bookingId) {
          const result = await gql<{ checkOut: { userErrors: Array<{ code: string }> } }>(CHECK_OUT, { input: { bookingId, position: lot.location } }, vehicle!.token);
          if (!refused('checkOut', result.checkOut.userErrors)) stats.checkOuts++;
        } else if (bay) {
          lot.taken.delete(bay);
          await sensor(lot, bay, 'FREE');
        }
      } finally {
        release();
      }
    };
    const makeBooking = async (made: NonNullable<typeof booking>, driver: Vehicle) => {
      // the server keeps real time: the window is the simulated one compressed, never in the past
      const start = Math.max(realOf(made.start.getTime()), Date.now() + 2_000);
      const end = Math.max(realOf(made.end.getTime()), start + 1_000);
      const result = await gql<{ createBooking: { booking: { id: string } | null; userErrors: Array<{ code: string }> } }>(
        CREATE_BOOKING,
        { input: { lotId: lot.globalId, vehicleId: driver.id, spaceKind: visit.kind, window: { start: new Date(start), end: new Date(end) } } },
        driver.token,
      );
      bookingId = result.createBooking.booking?.id;
      if (bookingId) stats.bookings++;
      else refused(`createBooking:${lot.lotType}:${visit.kind}`, result.createBooking.userErrors);
    };
    if (booking && vehicle) {
      schedule(realOf(Math.max(booking.madeAt.getTime(), simOf(Date.now()))), () => (booked = makeBooking(booking, vehicle)));
    }
    if (booking?.noShow) {
      schedule(realOf(booking.end.getTime()), async () => release());
      return;
    }
    schedule(realOf(visit.start.getTime()), async () => {
      await booked;
      if (booking && !bookingId) return; // refused: the driver goes elsewhere
      await arrive();
    });
    schedule(
      realOf(visit.end.getTime()),
      async () => {
        await booked;
        if (booking && !bookingId) return release();
        await leave();
      },
      true,
    );
  }

  async function plateRead(gateId: string, lot: LiveLot, vehicle: Vehicle): Promise<string | undefined> {
    const result = await gql<{ reportPlateRead: { decision: string | null } }>(
      PLATE_READ,
      { input: { gateId, plate: vehicle.plate, confidence: 0.97, readAt: new Date() } },
      operatorTokens.get(lot.operatorId),
    );
    return result.reportPlateRead.decision ?? undefined;
  }

  async function sensor(lot: LiveLot, spaceId: string, status: 'OCCUPIED' | 'FREE'): Promise<void> {
    await gql(SENSOR, { input: { operatorId: toGlobalId('Operator', lot.operatorId), reports: [{ spaceId, status, observedAt: new Date() }] } }, operatorTokens.get(lot.operatorId));
    stats.sensorReports++;
  }
}

type Gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => Promise<T>;

/** The demo city's operators, each with a token of a member who may manage it (from the seed). */
async function operatorTokensOf(tokenFor: (email: string) => Promise<string>): Promise<Map<string, string>> {
  const city = buildDemoCity();
  const tokens = new Map<string, string>();
  for (const member of city.members) {
    if (member.role === 'STAFF' || tokens.has(member.operatorId)) continue;
    const user = city.users.find((candidate) => candidate.id === member.userId)!;
    tokens.set(member.operatorId, await tokenFor(user.email));
  }
  return tokens;
}

async function loadLots(gql: Gql, tokenFor: (email: string) => Promise<string>): Promise<LiveLot[]> {
  const operatorTokens = await operatorTokensOf(tokenFor);
  const { lots } = await gql<{ lots: { edges: Array<{ node: RawLot }> } }>(LOTS, {});
  const result: LiveLot[] = [];
  for (const { node } of lots.edges) {
    if (!node.bookable) continue;
    const operatorId = Buffer.from(node.operator.id, 'base64url').toString('utf8').split(':')[1]!;
    const token = operatorTokens.get(operatorId);
    const capacity: Partial<Record<SpaceKind, number>> = {};
    for (const { kind, total } of node.occupancy.byKind) capacity[kind] = total;
    const lot: LiveLot = {
      id: node.id,
      globalId: node.id,
      operatorId,
      lotType: node.lotType,
      timeZone: node.timeZone,
      capacity,
      observation: node.arrivalObservation,
      location: node.location,
      bays: new Map(),
      taken: new Set(),
    };
    if (lot.observation === 'GATE' && token) lot.gates = await simulatorGates(gql, token, node.id);
    if (lot.observation === 'NONE' && token) {
      const { lot: withSpaces } = await gql<{ lot: { spaces: { edges: Array<{ node: { id: string; kind: SpaceKind } }> } } }>(SPACES, { id: node.id });
      for (const { node: space } of withSpaces.spaces.edges) lot.bays.set(space.kind, [...(lot.bays.get(space.kind) ?? []), space.id]);
    }
    result.push(lot);
  }
  return result;
}

/** The lot's gates "Simulator entry" and "Simulator exit", registered on the first run. */
async function simulatorGates(gql: Gql, token: string, lotId: string): Promise<{ entry: string; exit: string } | undefined> {
  const { lot } = await gql<{ lot: { gates: Array<{ id: string; name: string }> | null } }>(GATES, { id: lotId }, token);
  const gate = async (name: string, direction: 'ENTRY' | 'EXIT') => {
    const existing = lot.gates?.find((candidate) => candidate.name === name);
    if (existing) return existing.id;
    const { registerGate } = await gql<{ registerGate: { gate: { id: string } | null } }>(REGISTER_GATE, { input: { lotId, name, direction } }, token);
    return registerGate.gate?.id;
  };
  const [entry, exit] = [await gate('Simulator entry', 'ENTRY'), await gate('Simulator exit', 'EXIT')];
  return entry && exit ? { entry, exit } : undefined;
}

/**
 * Simulated drivers `sim-driver-N@parkway.dev` with `SIMnnnn` plates: signed up and given
 * vehicles on the first run, found again (development tokens by email) on later ones.
 */
async function loadFleet(gql: Gql, tokenFor: (email: string) => Promise<string>, drivers: number, perDriver: number): Promise<Vehicle[]> {
  const fleet: Vehicle[] = [];
  for (let n = 1; n <= drivers; n++) {
    const email = `sim-driver-${n}@parkway.dev`;
    const token = await tokenFor(email);
    let vehicles: Array<{ id: string; plate: string }>;
    try {
      vehicles = (await gql<{ viewer: { vehicles: Array<{ id: string; plate: string }> } }>(VIEWER, {}, token)).viewer.vehicles;
    } catch {
      await gql(SIGN_UP, { input: { email, password: SIM_PASSWORD, displayName: `Simulated driver ${n}` } });
      vehicles = [];
    }
    for (let v = vehicles.length; v < perDriver; v++) {
      const plate = `SIM${String(n * 100 + v).padStart(4, '0')}`;
      const { addVehicle } = await gql<{ addVehicle: { vehicle: { id: string; plate: string } | null } }>(
        ADD_VEHICLE,
        { input: { plate, country: 'GB', nickname: 'Simulated' } },
        token,
      );
      if (addVehicle.vehicle) vehicles.push(addVehicle.vehicle);
    }
    fleet.push(...vehicles.map((vehicle) => ({ ...vehicle, token })));
  }
  return fleet;
}

interface RawLot {
  id: string;
  lotType: LotType;
  timeZone: string;
  bookable: boolean;
  arrivalObservation: 'GATE' | 'SELF_CHECK_IN' | 'NONE';
  location: { lat: number; lng: number };
  operator: { id: string };
  occupancy: { byKind: Array<{ kind: SpaceKind; total: number }> };
}

const LOTS = `{ lots(first: 100) { edges { node { id lotType timeZone bookable arrivalObservation location { lat lng } operator { id } occupancy { byKind { kind total } } } } } }`;
const SPACES = `query ($id: ID!) { lot(id: $id) { ... on Lot { spaces(first: 100) { edges { node { id kind } } } } } }`;
const GATES = `query ($id: ID!) { lot(id: $id) { ... on Lot { gates { id name } } } }`;
const REGISTER_GATE = `mutation ($input: RegisterGateInput!) { registerGate(input: $input) { gate { id } userErrors { code message } } }`;
const VIEWER = `{ viewer { vehicles { id plate } } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { userErrors { code message } } }`;
const ADD_VEHICLE = `mutation ($input: AddVehicleInput!) { addVehicle(input: $input) { vehicle { id plate } userErrors { code message } } }`;
const CREATE_BOOKING = `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } userErrors { code message } } }`;
const PLATE_READ = `mutation ($input: PlateReadInput!) { reportPlateRead(input: $input) { decision userErrors { code message } } }`;
const CHECK_IN = `mutation ($input: SelfCheckInput!) { checkIn(input: $input) { userErrors { code message } } }`;
const CHECK_OUT = `mutation ($input: SelfCheckInput!) { checkOut(input: $input) { userErrors { code message } } }`;
const SENSOR = `mutation ($input: ReportSpaceStatusInput!) { reportSpaceStatus(input: $input) { applied userErrors { code message } } }`;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
