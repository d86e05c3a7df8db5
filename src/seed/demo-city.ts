import type { CityRows } from '../db/queries/demo-data.js';
import type { NewLot, NewSpace } from '../db/schema/index.js';
import { normalisePlate } from '../domain/plates.js';
import { closedOnLocalDate } from '../domain/schedule/index.js';
import { SeededRandom } from './random.js';

/**
 * The demo city: Manchester, with lots from two parking networks, two private owners and the
 * council's street bays, a demo driver with a car, and a few operator staff. Pure data, the same
 * on every run for a given seed.
 */
export type DemoCity = CityRows;

export const DEMO_SEED = 20_261_126;
export const DEMO_DRIVER_EMAIL = 'driver@parkway.dev';

const CITY_CENTRE = { lat: 53.4808, lng: -2.2426 };
const TIME_ZONE = 'Europe/London';
const CURRENCY = 'GBP';

type LotType = NonNullable<NewLot['lotType']>;
type SpaceKind = NonNullable<NewSpace['kind']>;

/** Named places lots are built around; each yields one lot of the listed type. */
const PLACES: Array<{ name: string; street: string; type: LotType; operator: 'citypark' | 'metro' | 'council' }> = [
  { name: 'Piccadilly Station', street: 'Fairfield Street', type: 'MULTI_STOREY', operator: 'citypark' },
  { name: 'Arndale', street: 'High Street', type: 'MULTI_STOREY', operator: 'metro' },
  { name: 'Deansgate', street: 'Deansgate', type: 'UNDERGROUND', operator: 'citypark' },
  { name: 'Spinningfields', street: 'Hardman Street', type: 'UNDERGROUND', operator: 'metro' },
  { name: 'Northern Quarter', street: 'Tib Street', type: 'SURFACE', operator: 'citypark' },
  { name: 'Ancoats', street: 'Blossom Street', type: 'SURFACE', operator: 'metro' },
  { name: 'Castlefield', street: 'Liverpool Road', type: 'SURFACE', operator: 'citypark' },
  { name: 'Oxford Road', street: 'Oxford Road', type: 'MULTI_STOREY', operator: 'metro' },
  { name: 'Victoria Station', street: 'Todd Street', type: 'MULTI_STOREY', operator: 'citypark' },
  { name: 'St Peter\'s Square', street: 'Mosley Street', type: 'UNDERGROUND', operator: 'citypark' },
  { name: 'Chinatown', street: 'Faulkner Street', type: 'MULTI_STOREY', operator: 'metro' },
  { name: 'Great Northern', street: 'Watson Street', type: 'MULTI_STOREY', operator: 'citypark' },
  { name: 'Salford Central', street: 'Chapel Street', type: 'SURFACE', operator: 'metro' },
  { name: 'New Islington', street: 'Old Mill Street', type: 'SURFACE', operator: 'metro' },
  { name: 'Hulme', street: 'Stretford Road', type: 'SURFACE', operator: 'citypark' },
  { name: 'Etihad Campus', street: 'Ashton New Road', type: 'SURFACE', operator: 'metro' },
  { name: 'Printworks', street: 'Withy Grove', type: 'MULTI_STOREY', operator: 'citypark' },
  { name: 'Manchester Oxford Road', street: 'Whitworth Street West', type: 'SURFACE', operator: 'metro' },
  { name: 'First Street', street: 'Medlock Street', type: 'MULTI_STOREY', operator: 'metro' },
  { name: 'Cathedral Gardens', street: 'Corporation Street', type: 'UNDERGROUND', operator: 'metro' },
  { name: 'King Street', street: 'King Street', type: 'STREET', operator: 'council' },
  { name: 'Portland Street', street: 'Portland Street', type: 'STREET', operator: 'council' },
  { name: 'Whitworth Street', street: 'Whitworth Street', type: 'STREET', operator: 'council' },
  { name: 'Princess Street', street: 'Princess Street', type: 'STREET', operator: 'council' },
  { name: 'Bridge Street', street: 'Bridge Street', type: 'STREET', operator: 'council' },
  { name: 'Quay Street', street: 'Quay Street', type: 'STREET', operator: 'council' },
];

/** When each owner lets their yards be booked: Priya on weekdays in office hours, Tom Monday to Saturday. */
const OWNER_BOOKABLE_HOURS = {
  priya: { days: [1, 2, 3, 4, 5], opensAt: '08:00', closesAt: '18:00' },
  tom: { days: [1, 2, 3, 4, 5, 6], opensAt: '07:00', closesAt: '19:00' },
} as const;

/** Local dates every private yard is closed (Christmas Eve). */
const YARD_CLOSED_DATES = [
  { year: 2026, month: 12, day: 24 },
  { year: 2027, month: 12, day: 24 },
];

const PRIVATE_YARDS: Array<{ name: string; street: string; owner: 'priya' | 'tom' }> = [
  { name: 'Priya\'s Yard, Ancoats', street: 'Jersey Street', owner: 'priya' },
  { name: 'Priya\'s Driveway, Chorlton', street: 'Beech Road', owner: 'priya' },
  { name: 'Whitaker Workshop Yard', street: 'Pollard Street', owner: 'tom' },
  { name: 'Whitaker Mews', street: 'Great Ancoats Street', owner: 'tom' },
];

/**
 * A gateless private yard: no camera, no barrier; drivers check in and out themselves within
 * 150 m of it, around the clock (the flow in docs/driver-flow.md).
 */
export const SELF_CHECK_IN_YARD = {
  name: 'Kim\'s Yard, Levenshulme',
  address: '14 Chapel Street, Levenshulme, Manchester',
  location: { lat: 53.4452, lng: -2.1927 },
  ownerEmail: 'kim@example.com',
  geofenceRadiusM: 150,
} as const;

const AMENITIES = ['CCTV', 'LIGHTING', 'TOILETS', 'CAR_WASH', 'LIFTS', 'STAFFED', 'BIKE_RACKS'];

/** Builds the demo city from a seed; the default seed is the one `npm start` and `npm run seed` use. */
export function buildDemoCity(seed = DEMO_SEED): DemoCity {
  const random = new SeededRandom(seed);
  const city: DemoCity = {
    operators: [],
    users: [],
    members: [],
    vehicles: [],
    lots: [],
    spaces: [],
    tariffs: [],
    flatRates: [],
    weeklyHours: [],
    blackouts: [],
  };

  const operator = (name: string, kind: 'NETWORK' | 'PRIVATE', contactEmail: string) => {
    const row = { id: random.uuid(), name, kind, contactEmail };
    city.operators.push(row);
    return row.id;
  };
  const operators = {
    citypark: operator('CityPark', 'NETWORK', 'partners@citypark.example'),
    metro: operator('MetroPark Group', 'NETWORK', 'integrations@metropark.example'),
    council: operator('Manchester City Council Parking', 'NETWORK', 'parking@council.example'),
    priya: operator('Priya Shah', 'PRIVATE', 'priya@example.com'),
    tom: operator('Tom Whitaker', 'PRIVATE', 'tom@example.com'),
  };

  const user = (email: string, displayName: string, role: 'DRIVER' | 'ADMIN' = 'DRIVER') => {
    const row = { id: random.uuid(), email, displayName, role };
    city.users.push(row);
    return row.id;
  };
  const driverId = user(DEMO_DRIVER_EMAIL, 'Dana Driver');
  user('admin@parkway.dev', 'Parkway Admin', 'ADMIN');
  city.members.push(
    { operatorId: operators.citypark, userId: user('ops@citypark.example', 'Chris Park'), role: 'OWNER' },
    { operatorId: operators.citypark, userId: user('gate@citypark.example', 'Sam Gate'), role: 'STAFF' },
    { operatorId: operators.metro, userId: user('ops@metropark.example', 'Morgan Metro'), role: 'OWNER' },
    { operatorId: operators.metro, userId: user('manager@metropark.example', 'Alex Manager'), role: 'MANAGER' },
    { operatorId: operators.council, userId: user('parking@council.example', 'Jo Council'), role: 'OWNER' },
    { operatorId: operators.priya, userId: user('priya@example.com', 'Priya Shah'), role: 'OWNER' },
    { operatorId: operators.tom, userId: user('tom@example.com', 'Tom Whitaker'), role: 'OWNER' },
  );
  city.vehicles.push(
    { id: random.uuid(), ownerId: driverId, plate: normalisePlate('MA19 XYZ'), country: 'GB', nickname: 'Blue hatchback' },
    { id: random.uuid(), ownerId: driverId, plate: normalisePlate('LV70 VAN'), country: 'GB', nickname: 'Work van' },
  );

  for (const place of PLACES) {
    const name = place.type === 'STREET' ? `${place.name} bays` : `${place.name} ${lotTypeSuffix(place.type)}`;
    addLot(city, random, {
      operatorId: operators[place.operator],
      name,
      address: `${random.int(1, 240)} ${place.street}, Manchester`,
      lotType: place.type,
      spread: 0.02,
    });
  }
  for (const yard of PRIVATE_YARDS) {
    const lotId = addLot(city, random, {
      operatorId: operators[yard.owner],
      name: yard.name,
      address: `${random.int(1, 120)} ${yard.street}, Manchester`,
      lotType: 'PRIVATE_YARD',
      spread: 0.04,
    });
    const { days, opensAt, closesAt } = OWNER_BOOKABLE_HOURS[yard.owner];
    for (const dayOfWeek of days) city.weeklyHours.push({ lotId, purpose: 'BOOKABLE_HOURS', dayOfWeek, opensAt, closesAt });
    for (const date of YARD_CLOSED_DATES) {
      city.blackouts.push({ lotId, period: closedOnLocalDate(date, TIME_ZONE), reason: 'Closed on Christmas Eve' });
    }
  }

  // last, so every lot above keeps the ids and places the seed gave it before
  const kim = operator('Kim Lee', 'PRIVATE', SELF_CHECK_IN_YARD.ownerEmail);
  city.members.push({ operatorId: kim, userId: user(SELF_CHECK_IN_YARD.ownerEmail, 'Kim Lee'), role: 'OWNER' });
  addLot(city, random, {
    operatorId: kim,
    name: SELF_CHECK_IN_YARD.name,
    address: SELF_CHECK_IN_YARD.address,
    lotType: 'PRIVATE_YARD',
    spread: 0,
    location: SELF_CHECK_IN_YARD.location,
    arrival: { arrivalObservation: 'SELF_CHECK_IN', geofenceRadiusM: SELF_CHECK_IN_YARD.geofenceRadiusM },
  });
  return city;
}

/**
 * How each kind of lot observes arrival: network car parks at their gates, street bays not at
 * all, private yards by their drivers' own check-in.
 */
function arrivalObservationFor(type: LotType): NonNullable<NewLot['arrivalObservation']> {
  if (type === 'STREET') return 'NONE';
  return type === 'PRIVATE_YARD' ? 'SELF_CHECK_IN' : 'GATE';
}

function lotTypeSuffix(type: LotType): string {
  return { MULTI_STOREY: 'Multi-Storey', UNDERGROUND: 'Underground', SURFACE: 'Car Park' }[type as string] ?? '';
}

function addLot(
  city: DemoCity,
  random: SeededRandom,
  lot: {
    operatorId: string;
    name: string;
    address: string;
    lotType: LotType;
    spread: number;
    /** A fixed place instead of a random one within `spread` of the centre. */
    location?: { lat: number; lng: number };
    arrival?: Pick<NewLot, 'arrivalObservation' | 'geofenceRadiusM'>;
  },
): string {
  const id = random.uuid();
  const location = lot.location ?? {
    lat: round6(CITY_CENTRE.lat + (random.next() - 0.5) * lot.spread),
    lng: round6(CITY_CENTRE.lng + (random.next() - 0.5) * lot.spread * 1.6),
  };
  const covered = lot.lotType === 'MULTI_STOREY' || lot.lotType === 'UNDERGROUND';
  const isPrivate = lot.lotType === 'PRIVATE_YARD';
  city.lots.push({
    id,
    operatorId: lot.operatorId,
    name: lot.name,
    address: lot.address,
    location,
    footprint: lot.lotType === 'STREET' ? null : squareAround(location, isPrivate ? 0.00008 : 0.0004),
    timeZone: TIME_ZONE,
    lotType: lot.lotType,
    amenities: isPrivate ? [] : AMENITIES.filter(() => random.chance(0.35)),
    maxVehicleHeightCm: covered ? random.pick([190, 200, 210, 220]) : null,
    covered,
    access: isPrivate ? 'PRIVATE' : random.chance(0.1) ? 'CUSTOMERS' : 'PUBLIC',
    currency: CURRENCY,
    arrivalObservation: arrivalObservationFor(lot.lotType),
    ...lot.arrival,
  });

  const levels = levelsFor(lot.lotType, random);
  const perLevel = spacesPerLevel(lot.lotType, random);
  let hasEv = false;
  for (const level of levels) {
    for (let n = 1; n <= perLevel; n++) {
      const kind = spaceKindFor(lot.lotType, random);
      hasEv ||= kind === 'EV_CHARGING';
      city.spaces.push({
        id: random.uuid(),
        lotId: id,
        label: `${level ?? 'P'}-${String(n).padStart(3, '0')}`,
        kind,
        level,
        operatorStatus: random.chance(0.03) ? 'OUT_OF_SERVICE' : 'IN_SERVICE',
      });
    }
  }

  // some multi-storeys close overnight; everything else is open around the clock
  if (lot.lotType === 'MULTI_STOREY' && random.chance(0.5)) {
    for (let dayOfWeek = 1; dayOfWeek <= 7; dayOfWeek++) {
      city.weeklyHours.push({ lotId: id, purpose: 'OPENING_HOURS', dayOfWeek, opensAt: '06:00', closesAt: '24:00' });
    }
  }

  const hourly = isPrivate ? random.int(3, 8) * 50 : random.int(6, 18) * 25;
  const tariffId = random.uuid();
  if (lot.lotType === 'SURFACE' || lot.lotType === 'UNDERGROUND') {
    city.flatRates.push(
      { tariffId, name: 'Evening', daysOfWeek: null, entryAfter: '18:00', exitBefore: '24:00', amount: hourly * 2 },
      { tariffId, name: 'Overnight', daysOfWeek: null, entryAfter: '18:00', exitBefore: '08:00', amount: hourly * 3 },
    );
  }
  city.tariffs.push({
    id: tariffId,
    lotId: id,
    name: 'Standard',
    hourlyRateAmount: hourly,
    billingIncrementMinutes: random.pick([15, 30, 60]),
    dailyCapAmount: lot.lotType === 'STREET' ? null : hourly * random.int(5, 8),
    graceMinutes: random.pick([0, 10, 15]),
  });
  if (hasEv) {
    city.tariffs.push({
      id: random.uuid(),
      lotId: id,
      name: 'EV charging bay',
      spaceKind: 'EV_CHARGING',
      hourlyRateAmount: hourly + 100,
      billingIncrementMinutes: 30,
      dailyCapAmount: (hourly + 100) * 6,
      graceMinutes: 10,
    });
  }
  return id;
}

function levelsFor(type: LotType, random: SeededRandom): Array<string | null> {
  switch (type) {
    case 'MULTI_STOREY':
      return Array.from({ length: random.int(3, 5) }, (_, i) => `L${i}`);
    case 'UNDERGROUND':
      return Array.from({ length: random.int(1, 2) }, (_, i) => `B${i + 1}`);
    default:
      return [null];
  }
}

function spacesPerLevel(type: LotType, random: SeededRandom): number {
  switch (type) {
    case 'MULTI_STOREY':
      return random.int(6, 10);
    case 'UNDERGROUND':
      return random.int(10, 16);
    case 'SURFACE':
      return random.int(10, 24);
    case 'STREET':
      return random.int(4, 8);
    case 'PRIVATE_YARD':
      return random.int(1, 4);
  }
}

function spaceKindFor(type: LotType, random: SeededRandom): SpaceKind {
  if (type === 'PRIVATE_YARD') return random.chance(0.2) ? 'VAN' : 'STANDARD';
  const roll = random.next();
  if (roll < 0.1) return 'EV_CHARGING';
  if (roll < 0.16) return 'ACCESSIBLE';
  if (roll < 0.2) return 'FAMILY';
  if (roll < 0.23) return 'MOTORCYCLE';
  if (roll < 0.26 && type !== 'UNDERGROUND' && type !== 'MULTI_STOREY') return 'VAN';
  return 'STANDARD';
}

function squareAround({ lat, lng }: { lat: number; lng: number }, half: number): Array<Array<[number, number]>> {
  const ring: Array<[number, number]> = [
    [lng - half * 1.6, lat - half],
    [lng + half * 1.6, lat - half],
    [lng + half * 1.6, lat + half],
    [lng - half * 1.6, lat + half],
    [lng - half * 1.6, lat - half],
  ].map(([x, y]) => [round6(x!), round6(y!)] as [number, number]);
  return [ring];
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
