import { and, asc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { Database } from '../client.js';
import { lots, type LotRow } from '../schema/index.js';

/** Position in the name-ordered lot list; names repeat, so the id breaks ties. */
export interface LotListKey {
  name: string;
  id: string;
}

/** Lots with the given ids, in no particular order (loaders put them back in order). */
export function findLotsByIds(db: Database, ids: readonly string[]): Promise<LotRow[]> {
  return db.select().from(lots).where(inArray(lots.id, [...ids]));
}

/** Up to `limit` lots that are not archived, ordered by name then id, starting after `after` when given. */
export function listLots(db: Database, limit: number, after?: LotListKey): Promise<LotRow[]> {
  return db
    .select()
    .from(lots)
    .where(
      and(
        isNull(lots.archivedAt),
        after && or(gt(lots.name, after.name), and(eq(lots.name, after.name), gt(lots.id, after.id))),
      ),
    )
    .orderBy(asc(lots.name), asc(lots.id))
    .limit(limit);
}
