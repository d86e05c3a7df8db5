import type { SearchPosition } from '../../../db/queries/search.js';
import { positionOf, searchLikelyFreeLots, type RankedPosition } from '../../../domain/search/likely-free.js';
import { searchBookableLots, type LotSearch, type LotSearchFilter } from '../../../domain/search/search-lots.js';
import { encodeCursor, readPageRequest, toConnection } from '../../connection.js';
import type { Context } from '../../context.js';
import type { LotFilter, QueryResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf, isUuid } from '../../global-id.js';
import { toWindow } from '../base/time-window.js';

const SEARCH_LIST = 'lotSearch';
const RANKED_LIST = 'lotSearchLikelyFree';

function isSearchPosition(value: unknown): value is SearchPosition {
  const key = value as Partial<SearchPosition> | null;
  return typeof key?.distanceMeters === 'number' && Number.isFinite(key.distanceMeters) && isUuid(key.id);
}

function isRankedPosition(value: unknown): value is RankedPosition {
  const key = value as Partial<RankedPosition> | null;
  const chance = key?.probabilityFree;
  return (chance === null || (typeof chance === 'number' && chance >= 0 && chance <= 1)) && isSearchPosition(value);
}

/** GraphQL's nullable input fields become absent fields for the domain. */
function toFilter(filter: LotFilter | null | undefined): LotSearchFilter {
  if (!filter) return {};
  return {
    spaceKind: filter.spaceKind ?? undefined,
    vehicleHeightCm: filter.vehicleHeightCm ?? undefined,
    covered: filter.covered ?? undefined,
    publicOnly: filter.publicOnly ?? undefined,
    operatorId: filter.operatorId ? fromGlobalIdOf('Operator', filter.operatorId, 'filter.operatorId') : undefined,
    maxPrice: filter.maxPrice ?? undefined,
    openNow: filter.openNow ?? undefined,
  };
}

type PageArgs = { first?: number | null; after?: string | null; likelyFreeAt?: Date | null };

async function searchConnection(search: LotSearch, args: PageArgs, ctx: Context) {
  if (args.likelyFreeAt) return rankedConnection(search, args.likelyFreeAt, args, ctx);
  const { first, after } = readPageRequest(SEARCH_LIST, args, isSearchPosition);
  const { hits, hasNextPage, resumeAfter } = await searchBookableLots(ctx.db, search, first, after, ctx.liveData, ctx.loaders.now);
  // what the search already read is what Lot.availability / Lot.quote would read again
  for (const { lot, weeklyHours, blackoutsInWindow, windowCounts, tariffs } of hits) {
    ctx.loaders.lot.prime(lot.id, lot);
    if (weeklyHours) ctx.loaders.weeklyHours.prime(lot.id, weeklyHours);
    if (search.window) {
      const key = { lotId: lot.id, argument: search.window };
      if (blackoutsInWindow) ctx.loaders.blackouts.prime(key, blackoutsInWindow);
      if (windowCounts) ctx.loaders.windowCounts.prime(key, windowCounts);
    }
    if (tariffs) ctx.loaders.tariffs.prime(lot.id, tariffs);
  }
  // the search already knows whether more follow, so the page is built from the hits as they are
  const { edges, pageInfo } = toConnection(SEARCH_LIST, hits, hits.length, ({ lot, distanceMeters }) => ({
    distanceMeters,
    id: lot.id,
  }));
  return {
    edges: edges.map(({ cursor, node: { lot, distanceMeters } }) => ({ cursor, node: lot, distanceMeters })),
    // a page cut short by the work cap continues after the last lot examined, not the last shown
    pageInfo: { ...pageInfo, hasNextPage, endCursor: resumeAfter ? encodeCursor(SEARCH_LIST, resumeAfter) : pageInfo.endCursor },
  };
}

/** A search ranked by the chance of a free space at `at` (see `searchLikelyFreeLots`). */
async function rankedConnection(search: LotSearch, at: Date, args: PageArgs, ctx: Context) {
  const { first, after } = readPageRequest(RANKED_LIST, args, isRankedPosition);
  const { hits, hasNextPage } = await searchLikelyFreeLots(ctx.db, search, at, first, after, ctx.liveData, ctx.loaders.now);
  for (const { lot } of hits) ctx.loaders.lot.prime(lot.id, lot);
  const { edges, pageInfo } = toConnection(RANKED_LIST, hits, hits.length, positionOf);
  return {
    edges: edges.map(({ cursor, node: hit }) => ({ cursor, node: hit.lot, distanceMeters: hit.distanceMeters, probabilityFree: hit.probabilityFree })),
    pageInfo: { ...pageInfo, hasNextPage },
  };
}

export const Query: Pick<QueryResolvers, 'lotsNear' | 'lotsInBounds'> = {
  lotsNear: (_parent, args, ctx) =>
    searchConnection(
      {
        area: { near: args.near, radiusMeters: args.radiusMeters ?? 1000 },
        window: toWindow(args.window),
        filter: toFilter(args.filter),
      },
      args,
      ctx,
    ),
  lotsInBounds: (_parent, args, ctx) =>
    searchConnection({ area: { bounds: args.bounds }, window: toWindow(args.window), filter: toFilter(args.filter) }, args, ctx),
};
