import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { listOrder, type ListSource } from '../json-pages.js';
import { preparedFindByIds, projectedRead, type ColumnKeys } from '../prepared-read.js';
import { lots, type LotRow } from '../schema/index.js';

/** Position in the name-ordered lot list; names repeat, so the id breaks ties. */
export interface LotListKey {
  name: string;
  id: string;
}

/** The lot list: lots that are not archived, by name, then id (names repeat). */
export const LOT_LIST_SOURCE: ListSource<typeof lots> = {
  table: lots,
  where: (table) => sql`${table.archivedAt} is null`,
  orderKeys: ['name', 'id'],
};

/** Lots with the given ids, in no particular order (loaders put them back in order). */
export const findLotsByIds = preparedFindByIds('parkway_lots_by_ids', lots, lots.id);

/**
 * Up to `limit` lots that are not archived, ordered by name then id, starting after `after` when
 * given. With `columns`, rows hold only those columns, plus the list's key (name, id).
 */
export function listLots(db: Database, limit: number, after?: LotListKey, columns?: ColumnKeys): Promise<LotRow[]> {
  return after ? lotListAfter(db, { name: after.name, id: after.id }, limit, columns) : lotListFirst(db, {}, limit, columns);
}

/**
 * The lot list is the busiest read: prepared once, planned once per connection, only the columns
 * asked for (see `projectedRead`).
 */
function lotList(name: string, after?: SQL) {
  return projectedRead<{ name?: string; id?: string }, typeof lots>(name, lots, {
    from: (limit) => sql`from (
        select * from ${lots}
        where ${LOT_LIST_SOURCE.where!(lots)} ${after ? sql`and ${after}` : sql``}
        order by ${listOrder(LOT_LIST_SOURCE, lots)}
        limit ${limit}
      ) as ${lots}`,
    orderBy: listOrder(LOT_LIST_SOURCE, lots),
    always: ['name', 'id'],
  });
}

const lotListFirst = lotList('parkway_list_lots_first');
const lotListAfter = lotList(
  'parkway_list_lots_after',
  sql`(${lots.name}, ${lots.id}) > (${sql.placeholder('name')}::text, ${sql.placeholder('id')}::uuid)`,
);
