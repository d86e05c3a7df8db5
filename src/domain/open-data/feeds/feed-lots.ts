/**
 * The lots the open feeds publish, with what every format says of them: capacity (declared, or
 * counted from the lot's spaces) and, for the live feeds, the occupancy drivers see in the API.
 */
import type { Database } from '../../../db/client.js';
import { countSpacesByKind, findLotsForExport } from '../../../db/queries/open-data.js';
import { countSpaceStatuses, type StatusCounts } from '../../../db/queries/space-counts.js';
import type { LotRow } from '../../../db/schema/index.js';
import { sensorFreshSince, type LiveDataTtls } from '../../availability/freshness.js';
import { lotOccupancy, type LotOccupancy } from '../../availability/occupancy.js';
import { toGlobalId } from '../../public-ids.js';

export interface FeedLot {
  lot: LotRow;
  /** The id feeds publish: the lot's global id, as in the API. */
  id: string;
  operatorName: string;
  /** Spaces in all; null when neither declared nor counted. */
  capacity: number | null;
  /** Now, for live feeds only. */
  occupancy?: LotOccupancy;
}

/** Lots read per query. */
const PAGE_SIZE = 500;

/** Which lots' state a feed reads: `live` adds each lot's occupancy now, believing live data for `liveData`'s TTLs. */
export interface PublishedLotsOptions {
  live: boolean;
  liveData: LiveDataTtls;
  now?: Date;
}

/** Every published lot, ordered by id, read a page at a time. */
export async function* publishedLots(db: Database, { live, liveData, now = new Date() }: PublishedLotsOptions): AsyncGenerator<FeedLot> {
  let afterId: string | undefined;
  for (;;) {
    const page = await findLotsForExport(db, { publishedOnly: true }, PAGE_SIZE, afterId);
    if (page.length === 0) return;
    const lotIds = page.map(({ lot }) => lot.id);
    const [spaceCounts, statusCounts] = await Promise.all([
      countSpacesByKind(db, lotIds),
      live ? countSpaceStatuses(db, lotIds, now, sensorFreshSince(now, liveData)) : Promise.resolve([]),
    ]);
    const spacesOf = new Map<string, number>();
    for (const { lotId, spaces } of spaceCounts) spacesOf.set(lotId, (spacesOf.get(lotId) ?? 0) + spaces);
    const statusesOf = new Map<string, StatusCounts[]>();
    for (const counts of statusCounts) statusesOf.set(counts.lotId, [...(statusesOf.get(counts.lotId) ?? []), counts]);
    for (const { lot, operatorName } of page) {
      const counted = lot.availabilitySource === 'SPACES' ? spacesOf.get(lot.id) : undefined;
      yield {
        lot,
        id: toGlobalId('Lot', lot.id),
        operatorName,
        capacity: counted ?? lot.reportedTotal ?? lot.capacity ?? null,
        occupancy: live ? lotOccupancy(lot, statusesOf.get(lot.id) ?? [], now, liveData) : undefined,
      };
    }
    if (page.length < PAGE_SIZE) return;
    afterId = page.at(-1)!.lot.id;
  }
}

/** All of them at once (a feed document is written whole). */
export async function readPublishedLots(db: Database, options: PublishedLotsOptions): Promise<FeedLot[]> {
  const lots: FeedLot[] = [];
  for await (const lot of publishedLots(db, options)) lots.push(lot);
  return lots;
}
