import { SeededRandom } from '../seed/random.js';
import { localDateTimeOf } from '../domain/time/zoned.js';

/**
 * The arrival model of the simulator (`npm run simulate`) and the backtest: when drivers come to
 * each kind of lot, how long they stay, who books ahead, who never comes and who overstays.
 * Seeded, so a run replays exactly. The shapes are plausible, not measured: see docs/forecasts.md.
 */

export type LotType = 'MULTI_STOREY' | 'UNDERGROUND' | 'SURFACE' | 'STREET' | 'PRIVATE_YARD';
export type SpaceKind = 'STANDARD' | 'EV_CHARGING' | 'ACCESSIBLE' | 'MOTORCYCLE' | 'VAN' | 'FAMILY';

/** A lot as the model sees it: its type and capacity per kind of space. */
export interface SimLot {
  id: string;
  lotType: LotType;
  timeZone: string;
  capacity: Partial<Record<SpaceKind, number>>;
}

/** One driver's visit to one lot. */
export interface Visit {
  lot: SimLot;
  kind: SpaceKind;
  /** When the space is taken: the driver parks, or the booking starts. */
  start: Date;
  /** When it is free again: the driver leaves, or (a no-show) the booking is given up. */
  end: Date;
  /** A booking made ahead of the visit, if any. */
  booking?: { madeAt: Date; start: Date; end: Date; noShow: boolean };
}

interface Profile {
  /** Share of capacity wanted at a local hour (0-24, fractional) on a weekday and at the weekend. */
  weekday: (hour: number) => number;
  weekend: (hour: number) => number;
  /** Median stay in hours, and the spread of its log-normal distribution. */
  stayHours: number;
  staySpread: number;
  /** Share of visits booked ahead; of those, the share that never come and the share that overstay. */
  bookAhead: number;
  noShow: number;
  overstay: number;
  /** Demand by month (January first), 1 = usual. */
  season: readonly number[];
}

/** A smooth bump from `from` to `to` (hours), `level` at its top, with ramps of `ramp` hours. */
function bump(hour: number, from: number, to: number, level: number, ramp = 1.5): number {
  if (hour <= from - ramp || hour >= to + ramp) return 0;
  if (hour < from) return level * (1 - (from - hour) / ramp);
  if (hour > to) return level * (1 - (hour - to) / ramp);
  return level;
}

const COMMUTER_SEASON = [0.95, 1, 1, 1, 1, 0.95, 0.9, 0.8, 1, 1, 1, 0.85];
const SHOPPING_SEASON = [0.85, 0.85, 0.9, 0.95, 1, 1, 1, 1, 0.95, 1, 1.05, 1.2];

const PROFILES: Record<LotType, Profile> = {
  // offices around them: full on weekday working hours, quiet at the weekend
  UNDERGROUND: {
    weekday: (h) => 0.08 + bump(h, 8.5, 17, 0.8),
    weekend: (h) => 0.05 + bump(h, 11, 17, 0.3, 2),
    stayHours: 5,
    staySpread: 0.7,
    bookAhead: 0.3,
    noShow: 0.06,
    overstay: 0.12,
    season: COMMUTER_SEASON,
  },
  // shops and stations: busy afternoons, busiest on Saturdays
  MULTI_STOREY: {
    weekday: (h) => 0.05 + bump(h, 10, 18, 0.55, 2) + bump(h, 7.5, 9, 0.15, 1),
    weekend: (h) => 0.05 + bump(h, 11, 17, 0.85, 2),
    stayHours: 2.2,
    staySpread: 0.6,
    bookAhead: 0.2,
    noShow: 0.05,
    overstay: 0.1,
    season: SHOPPING_SEASON,
  },
  SURFACE: {
    weekday: (h) => 0.1 + bump(h, 9, 17.5, 0.6) + bump(h, 19, 22, 0.15, 1),
    weekend: (h) => 0.1 + bump(h, 10, 18, 0.55, 2),
    stayHours: 3,
    staySpread: 0.8,
    bookAhead: 0.15,
    noShow: 0.05,
    overstay: 0.1,
    season: SHOPPING_SEASON,
  },
  // street bays turn over fast all day
  STREET: {
    weekday: (h) => 0.12 + bump(h, 8, 18.5, 0.75, 1) + bump(h, 19, 23, 0.2, 1),
    weekend: (h) => 0.12 + bump(h, 9.5, 18, 0.65, 1.5),
    stayHours: 1.1,
    staySpread: 0.5,
    bookAhead: 0.05,
    noShow: 0.08,
    overstay: 0.2,
    season: SHOPPING_SEASON,
  },
  // someone's yard rented to commuters on weekdays
  PRIVATE_YARD: {
    weekday: (h) => 0.05 + bump(h, 8, 18, 0.8, 1),
    weekend: (h) => 0.05 + bump(h, 10, 16, 0.2, 2),
    stayHours: 8,
    staySpread: 0.3,
    bookAhead: 0.9,
    noShow: 0.04,
    overstay: 0.08,
    season: COMMUTER_SEASON,
  },
};

export const STEP_MS = 5 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** A booking not checked in within this long of its start is given up (the lots' default grace). */
const NO_SHOW_HOLD_MS = 30 * 60 * 1000;
const MAX_STAY_MS = 3 * DAY_MS;

/** Demand wanted at a local time, as a share of capacity, before the day's own variation. */
export function demandShare(lotType: LotType, local: { weekday: number; hour: number; minute: number; month: number }): number {
  const profile = PROFILES[lotType];
  const hour = local.hour + local.minute / 60;
  const curve = local.weekday >= 6 ? profile.weekend : profile.weekday;
  return Math.min(0.98, curve(hour) * profile.season[local.month - 1]!);
}

/** What a lane (a lot's spaces of one kind) holds at the start of each step, for a sampler. */
export type StepSample = (at: Date, lot: SimLot, kind: SpaceKind, capacity: number, occupied: number) => void;

/**
 * Visits to every lot from `from` to `to` (5-minute steps), in the order their space is taken.
 * Arrivals per step are Poisson with a mean that would hold the profile's share of capacity given
 * the stay lengths (Little's law), times the day's demand (a city-wide and a per-lot factor,
 * log-normal, drawn each local day: weather, events); arrivals that find the kind full go away.
 */
export function* simulateVisits(lots: readonly SimLot[], from: Date, to: Date, seed: number, sample?: StepSample): Generator<Visit> {
  const random = new SeededRandom(seed);
  const lanes = lots.flatMap((lot) =>
    (Object.entries(lot.capacity) as Array<[SpaceKind, number]>)
      .filter(([, capacity]) => capacity > 0)
      .map(([kind, capacity]) => ({ lot, kind, capacity, occupied: [] as number[], dayFactor: 1 })),
  );
  let cityFactor = 1;
  let day = -1;
  for (let at = from.getTime(); at < to.getTime(); at += STEP_MS) {
    const today = Math.floor(at / DAY_MS);
    if (today !== day) {
      day = today;
      cityFactor = Math.exp(gaussian(random) * 0.1);
      for (const lane of lanes) lane.dayFactor = cityFactor * Math.exp(gaussian(random) * 0.12);
    }
    const now = new Date(at);
    const localTimes = new Map<string, ReturnType<typeof localDateTimeOf>>();
    for (const lane of lanes) {
      const { timeZone } = lane.lot;
      let local = localTimes.get(timeZone);
      if (!local) localTimes.set(timeZone, (local = localDateTimeOf(now, timeZone)));
      const profile = PROFILES[lane.lot.lotType];
      // spaces free again by now
      lane.occupied = lane.occupied.filter((end) => end > at);
      sample?.(now, lane.lot, lane.kind, lane.capacity, lane.occupied.length);
      const meanStayMs = profile.stayHours * HOUR_MS * Math.exp((profile.staySpread * profile.staySpread) / 2);
      const wanted = demandShare(lane.lot.lotType, local) * lane.dayFactor * lane.capacity;
      const arrivals = poisson(random, (wanted * STEP_MS) / meanStayMs);
      for (let n = 0; n < arrivals; n++) {
        if (lane.occupied.length >= lane.capacity) break;
        const start = at + Math.floor(random.next() * STEP_MS);
        const stay = Math.min(MAX_STAY_MS, Math.max(10 * 60 * 1000, profile.stayHours * HOUR_MS * Math.exp(gaussian(random) * profile.staySpread)));
        const visit: Visit = { lot: lane.lot, kind: lane.kind, start: new Date(start), end: new Date(start + stay) };
        if (random.chance(profile.bookAhead)) {
          const noShow = random.chance(profile.noShow);
          // booked for the stay rounded up to 15 minutes; an overstayer leaves up to an hour late
          const booked = Math.ceil(stay / (15 * 60 * 1000)) * 15 * 60 * 1000;
          const lead = Math.min(2 * DAY_MS, HOUR_MS * Math.exp(gaussian(random) * 1.2 + 1));
          const overstay = random.chance(profile.overstay) ? random.int(10, 60) * 60 * 1000 : 0;
          visit.booking = { madeAt: new Date(start - lead), start: new Date(start), end: new Date(start + booked), noShow };
          visit.end = new Date(noShow ? start + NO_SHOW_HOLD_MS : start + booked - (booked - stay) * random.next() + overstay);
        }
        lane.occupied.push(visit.end.getTime());
        yield visit;
      }
    }
  }
}

/** A standard normal draw (Box-Muller). */
function gaussian(random: SeededRandom): number {
  const u = Math.max(random.next(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

function poisson(random: SeededRandom, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random.next(); product > limit; product *= random.next()) count++;
  return count;
}
