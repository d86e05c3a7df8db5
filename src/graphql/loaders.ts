import DataLoader from 'dataloader';
import type { Database } from '../db/client.js';
import { findLotsByIds } from '../db/queries/lots.js';
import { findOperatorsByIds } from '../db/queries/operators.js';
import { findSpacesByIds, listSpacesOfLots, type SpaceListKey } from '../db/queries/spaces.js';
import type { SpaceRow } from '../db/schema/index.js';

/** A page of one lot's spaces: `limit` is the page size plus one (see `toConnection`). */
export interface LotSpacesPageKey {
  lotId: string;
  limit: number;
  after: SpaceListKey | undefined;
}

/**
 * Batching caches for one request (or one WebSocket operation). Never share them between
 * requests: they cache rows, and a shared cache would serve stale or another viewer's data.
 */
export function createLoaders(db: Database) {
  return {
    lot: byId(db, findLotsByIds),
    operator: byId(db, findOperatorsByIds),
    space: byId(db, findSpacesByIds),
    lotSpacesPage: new DataLoader<LotSpacesPageKey, SpaceRow[], string>(
      async (keys) => {
        // lots asked with the same page arguments share one statement
        const groups = groupBy(keys, ({ limit, after }) => JSON.stringify([limit, after]));
        const pages = new Map<LotSpacesPageKey, SpaceRow[]>();
        for (const group of groups.values()) {
          const { limit, after } = group[0]!;
          const rows = await listSpacesOfLots(db, group.map((key) => key.lotId), limit, after);
          const byLot = groupBy(rows, (row) => row.lotId);
          for (const key of group) pages.set(key, byLot.get(key.lotId) ?? []);
        }
        return keys.map((key) => pages.get(key)!);
      },
      { cacheKeyFn: (key) => JSON.stringify([key.lotId, key.limit, key.after]) },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

function byId<Row extends { id: string }>(db: Database, find: (db: Database, ids: readonly string[]) => Promise<Row[]>) {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = new Map((await find(db, ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

// Map.groupBy arrives in Node 21; we support Node 20.
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
