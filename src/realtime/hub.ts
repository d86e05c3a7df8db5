import type { Database } from '../db/client.js';
import { findBookingsByIds } from '../db/queries/bookings.js';
import { readEventsAfter, readLatestEventId, type ParkingEvent } from '../db/queries/events.js';
import { findLotsByIds } from '../db/queries/lots.js';
import { searchLots, type LngLatBox } from '../db/queries/search.js';
import { countSpaceStatuses, findSpaceStatuses, type SpaceStatusRow } from '../db/queries/space-counts.js';
import { sensorFreshSince, type LiveDataTtls } from '../domain/availability/freshness.js';
import type { BookingRow, LotRow } from '../db/schema/index.js';
import { lotOccupancy, type LotOccupancy } from '../domain/availability/occupancy.js';
import type { Logger } from '../logger.js';
import { LatestValueQueue, type Backpressure } from './latest-value-queue.js';
import { EventCursor, type GapTimings } from './event-cursor.js';
import type { NotificationListener } from './listener.js';

/** A lot's occupancy at a version, as subscribers receive it. */
export interface LotUpdate {
  lot: LotRow;
  occupancy: LotOccupancy;
  version: number;
}

/** Which lots a live map watches: a list of ids, viewport boxes, or both. */
export interface LotInterest {
  lotIds?: ReadonlySet<string>;
  boxes?: readonly LngLatBox[];
}

/** The most lots one subscription's snapshot may cover: a city, not a continent. */
export const MAX_SNAPSHOT_LOTS = 2_000;
// while an id is missing (its transaction has not committed yet) look again shortly: its commit
// may not ring (doorbells are coalesced, see below), and a notification can be lost with a
// dropped connection
const GAP_RETRY_MS = 100;
// after a read that found events, look once more shortly: writers that committed alongside the
// ringing one did not ring themselves, and usually finish their commit within milliseconds
const FOLLOW_UP_READ_MS = 30;
const READ_BATCH = 5_000;

/** When the hub reads the event table besides doorbells. */
export interface EventReadingOptions {
  /**
   * Reads on this timer whatever rings: a doorbell is a hint (only one of the writers committing
   * at the same moment rings, drizzle/0015), so a skipped ring costs at most this much latency.
   * @default 250
   */
  sweepIntervalMs?: number;
  /** How long and how often ids skipped by a read are looked for (event-cursor.ts). */
  gaps?: Partial<GapTimings>;
}

interface LotSubscriber {
  interest: LotInterest;
  queue: LatestValueQueue<LotUpdate>;
  /** The highest version handed to this subscriber per lot: it never sees one go down. */
  versions: Map<string, number>;
}
interface SpaceSubscriber {
  lotId: string;
  queue: LatestValueQueue<SpaceStatusRow>;
  lastStatus: Map<string, SpaceStatusRow['status']>;
}
interface BookingSubscriber {
  driverId: string;
  queue: LatestValueQueue<BookingRow>;
}

/**
 * The process's fan-out: reads new events once per doorbell (whatever the number of
 * subscribers), computes each changed lot's state once, and hands it to every interested
 * subscriber's latest-value queue.
 *
 * Events are read through an EventCursor: a transaction that took a lower event id but commits
 * later is still delivered.
 */
export class RealtimeHub {
  private readonly lotSubscribers = new Set<LotSubscriber>();
  private readonly spaceSubscribers = new Set<SpaceSubscriber>();
  private readonly bookingSubscribers = new Set<BookingSubscriber>();
  private cursor: EventCursor | undefined;
  private polling: Promise<void> | undefined;
  private pollAgain = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryAt = Number.POSITIVE_INFINITY;
  private sweepTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly onDoorbell = () => this.poll();

  /**
   * @param onDelivered called after each batch of events has been handed to every interested
   *   subscriber's queue (the event-lag metric); it must not throw
   */
  constructor(
    private readonly db: Database,
    private readonly listener: NotificationListener,
    private readonly logger: Logger,
    /** How long sensor statuses and partner counts are believed (config.liveData). */
    private readonly liveData: LiveDataTtls,
    private readonly onDelivered?: (events: readonly ParkingEvent[], at: Date) => void,
    private readonly reading: EventReadingOptions = {},
  ) {}

  /** Starts from the present (history is not replayed), follows the listener's doorbell and sweeps. */
  async start(): Promise<void> {
    this.cursor = new EventCursor(await readLatestEventId(this.db), this.reading.gaps);
    this.listener.on('doorbell', this.onDoorbell);
    this.sweepTimer = setInterval(() => this.poll(), this.reading.sweepIntervalMs ?? 250);
    this.sweepTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listener.off('doorbell', this.onDoorbell);
    clearInterval(this.sweepTimer);
    clearTimeout(this.retryTimer);
    for (const subscriber of [...this.lotSubscribers, ...this.spaceSubscribers, ...this.bookingSubscribers]) {
      subscriber.queue.close();
    }
    await this.polling;
  }

  /** Active subscriptions of every kind (a gauge for /metrics and tests). */
  get subscriptionCount(): number {
    return this.lotSubscribers.size + this.spaceSubscribers.size + this.bookingSubscribers.size;
  }

  /**
   * Occupancy of the lots a map watches: the current state of every matching lot (except those
   * still at a version the client knows), then every change.
   */
  subscribeLotOccupancy(
    interest: LotInterest,
    knownVersions: ReadonlyMap<string, number>,
    backpressure?: Backpressure,
  ): AsyncIterableIterator<LotUpdate> {
    const subscriber: LotSubscriber = {
      interest,
      versions: new Map(),
      queue: new LatestValueQueue<LotUpdate>(backpressure, () => this.lotSubscribers.delete(subscriber)),
    };
    // registered before the snapshot is read, so nothing that happens meanwhile is missed;
    // the version check keeps a late snapshot row from replacing a newer update
    this.lotSubscribers.add(subscriber);
    void this.loadSnapshot(subscriber, knownVersions).catch((error: unknown) => {
      this.logger.error({ err: error }, 'could not load an occupancy snapshot');
      subscriber.queue.close();
    });
    return subscriber.queue;
  }

  /** Every space of a lot with its status, then each space whose status changes. */
  subscribeSpaceStatus(lotId: string, backpressure?: Backpressure): AsyncIterableIterator<SpaceStatusRow> {
    const subscriber: SpaceSubscriber = {
      lotId,
      lastStatus: new Map(),
      queue: new LatestValueQueue<SpaceStatusRow>(backpressure, () => this.spaceSubscribers.delete(subscriber)),
    };
    this.spaceSubscribers.add(subscriber);
    void findSpaceStatuses(this.db, [lotId], new Date(), sensorFreshSince(new Date(), this.liveData))
      .then((rows) => this.pushSpaceStatuses(subscriber, rows))
      .catch((error: unknown) => {
        this.logger.error({ err: error }, 'could not load space statuses');
        subscriber.queue.close();
      });
    return subscriber.queue;
  }

  /** A driver's own bookings, each time one of them changes. */
  subscribeBookings(driverId: string, backpressure?: Backpressure): AsyncIterableIterator<BookingRow> {
    const subscriber: BookingSubscriber = {
      driverId,
      queue: new LatestValueQueue<BookingRow>(backpressure, () => this.bookingSubscribers.delete(subscriber)),
    };
    this.bookingSubscribers.add(subscriber);
    return subscriber.queue;
  }

  /** Reads and dispatches new events; doorbells that ring meanwhile cause one more read. */
  poll(): void {
    if (this.stopped) return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    this.polling = this.readAndDispatch()
      .catch((error: unknown) => {
        // the listener reconnects and rings again; the cursor did not move, so nothing is lost
        this.logger.warn({ err: error instanceof Error ? error.message : error }, 'reading occupancy events failed');
      })
      .finally(() => {
        this.polling = undefined;
        if (this.pollAgain) {
          this.pollAgain = false;
          this.poll();
        }
      });
  }

  private async readAndDispatch(): Promise<void> {
    const cursor = this.cursor!;
    const read = cursor.nextRead();
    const rows = await readEventsAfter(this.db, read.afterId, READ_BATCH, read.gapIds);
    const fresh = cursor.accept(rows);
    if (rows.filter((row) => row.id > read.afterId).length === READ_BATCH) this.pollAgain = true;
    if (cursor.hasPromptGaps) this.readAgainIn(GAP_RETRY_MS);
    if (fresh.length > 0) {
      this.readAgainIn(FOLLOW_UP_READ_MS);
      await this.dispatch(fresh);
      this.onDelivered?.(fresh, new Date());
    }
  }

  /** One more read within `ms` (the earliest asked for wins). */
  private readAgainIn(ms: number): void {
    const at = Date.now() + ms;
    if (this.retryTimer !== undefined && this.retryAt <= at) return;
    clearTimeout(this.retryTimer);
    this.retryAt = at;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.retryAt = Number.POSITIVE_INFINITY;
      this.poll();
    }, ms);
  }

  private async dispatch(events: ParkingEvent[]): Promise<void> {
    const now = new Date();
    const lotIds = [...new Set(events.map((event) => event.lotId))];
    if (this.lotSubscribers.size > 0) {
      const updates = await this.lotUpdates(lotIds, now);
      for (const subscriber of this.lotSubscribers) {
        for (const update of updates) if (matches(subscriber.interest, update.lot)) pushLot(subscriber, update);
      }
    }
    const spaceWatched = new Set([...this.spaceSubscribers].map((subscriber) => subscriber.lotId));
    const watchedLots = lotIds.filter((lotId) => spaceWatched.has(lotId));
    if (watchedLots.length > 0) {
      const statuses = await findSpaceStatuses(this.db, watchedLots, now, sensorFreshSince(now, this.liveData));
      for (const subscriber of this.spaceSubscribers) {
        this.pushSpaceStatuses(subscriber, statuses.filter((row) => row.space.lotId === subscriber.lotId));
      }
    }
    const bookingIds = [...new Set(events.flatMap((event) => event.bookingIds))];
    if (this.bookingSubscribers.size > 0 && bookingIds.length > 0) {
      const bookings = await findBookingsByIds(this.db, bookingIds);
      for (const subscriber of this.bookingSubscribers) {
        for (const booking of bookings) {
          if (booking.driverId === subscriber.driverId) subscriber.queue.push(booking.id, booking);
        }
      }
    }
  }

  private async loadSnapshot(subscriber: LotSubscriber, knownVersions: ReadonlyMap<string, number>): Promise<void> {
    const lots = await this.lotsOfInterest(subscriber.interest);
    const updates = await this.lotUpdatesFor(lots, new Date());
    for (const update of updates) {
      if (knownVersions.get(update.lot.id) === update.version) continue;
      pushLot(subscriber, update);
    }
  }

  private async lotsOfInterest({ lotIds, boxes }: LotInterest): Promise<LotRow[]> {
    const byId = lotIds && lotIds.size > 0 ? await findLotsByIds(this.db, [...lotIds]) : [];
    const inBoxes =
      boxes && boxes.length > 0
        ? (await searchLots(this.db, { origin: centreOf(boxes[0]!), area: { boxes: [...boxes] } }, MAX_SNAPSHOT_LOTS))
            .map((row) => row.lot)
            // the index's box test works on float4 envelopes and admits lots a hair outside the
            // viewport; updates go by `matches`, so the snapshot must too (or those lots would
            // appear once and never move)
            .filter((lot) => matches({ boxes }, lot))
        : [];
    const unique = new Map([...byId, ...inBoxes].map((lot) => [lot.id, lot]));
    return [...unique.values()];
  }

  private async lotUpdates(lotIds: string[], now: Date): Promise<LotUpdate[]> {
    return this.lotUpdatesFor(await findLotsByIds(this.db, lotIds), now);
  }

  private async lotUpdatesFor(lots: LotRow[], now: Date): Promise<LotUpdate[]> {
    if (lots.length === 0) return [];
    const counts = await countSpaceStatuses(
      this.db,
      lots.map((lot) => lot.id),
      now,
      sensorFreshSince(now, this.liveData),
    );
    return lots.map((lot) => ({
      lot,
      occupancy: lotOccupancy(
        lot,
        counts.filter((row) => row.lotId === lot.id),
        now,
        this.liveData,
      ),
      version: lot.occupancyVersion,
    }));
  }

  private pushSpaceStatuses(subscriber: SpaceSubscriber, rows: SpaceStatusRow[]): void {
    for (const row of rows) {
      if (subscriber.lastStatus.get(row.space.id) === row.status) continue;
      subscriber.lastStatus.set(row.space.id, row.status);
      subscriber.queue.push(row.space.id, row);
    }
  }
}

function pushLot(subscriber: LotSubscriber, update: LotUpdate): void {
  // versions only go up: a snapshot read before a change never follows the change, and a
  // version already handed out is not sent twice
  if ((subscriber.versions.get(update.lot.id) ?? -1) >= update.version) return;
  subscriber.versions.set(update.lot.id, update.version);
  subscriber.queue.push(update.lot.id, update);
}

function matches({ lotIds, boxes }: LotInterest, lot: LotRow): boolean {
  if (lotIds?.has(lot.id)) return true;
  const { lat, lng } = lot.location;
  return (boxes ?? []).some((box) => lat >= box.south && lat <= box.north && lng >= box.west && lng <= box.east);
}

function centreOf(box: LngLatBox): { lat: number; lng: number } {
  return { lat: (box.south + box.north) / 2, lng: (box.west + box.east) / 2 };
}
