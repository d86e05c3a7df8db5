import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { preparedFindByIds, preparedJsonRead, rowShape } from '../prepared-read.js';
import { lots, type LotRow } from '../schema/index.js';

/** Position in the name-ordered lot list; names repeat, so the id breaks ties. */
export interface LotListKey {
  name: string;
  id: string;
}

const LOT = rowShape(lots);

/** Lots with the given ids, in no particular order (loaders put them back in order). */
export const findLotsByIds = preparedFindByIds('parkway_lots_by_ids', lots, lots.id);

/** Up to `limit` lots that are not archived, ordered by name then id, starting after `after` when given. */
export function listLots(db: Database, limit: number, after?: LotListKey): Promise<LotRow[]> {
  return after ? lotListAfter(db, { limit, name: after.name, id: after.id }) : lotListFirst(db, { limit });
}

/**
 * The lot list is the busiest read: prepared once, planned once per connection, and answered as
 * one JSON value (a page of 20 lots has ~700 values: see `preparedJsonRead`).
 */
function lotList(name: string, after?: SQL) {
  return preparedJsonRead<{ limit: number; name?: string; id?: string }, LotRow>(name, () => ({
    query: sql`select coalesce(json_agg(${LOT.jsonArray} order by ${lots.name}, ${lots.id}), '[]')
      from (
        select * from ${lots}
        where ${lots.archivedAt} is null ${after ? sql`and ${after}` : sql``}
        order by ${lots.name}, ${lots.id}
        limit ${sql.placeholder('limit')}
      ) as ${lots}`,
    read: LOT.read,
  }));
}

const lotListFirst = lotList('parkway_list_lots_first');
const lotListAfter = lotList(
  'parkway_list_lots_after',
  sql`(${lots.name}, ${lots.id}) > (${sql.placeholder('name')}::text, ${sql.placeholder('id')}::uuid)`,
);
