import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { listOrder, type ListSource } from '../json-pages.js';
import { preparedFindByIds, projectedRead, type ColumnKeys } from '../prepared-read.js';
import { spaces, type SpaceRow } from '../schema/index.js';

/** Position in a lot's label-ordered space list; the id breaks ties. */
export interface SpaceListKey {
  label: string;
  id: string;
}

/** A lot's spaces, by label, then id. */
export const SPACES_OF_LOT_SOURCE: ListSource<typeof spaces> = {
  table: spaces,
  orderKeys: ['label', 'id'],
  parentKey: 'lotId',
};

/** Spaces with the given ids, in no particular order. */
export const findSpacesByIds = preparedFindByIds('parkway_spaces_by_ids', spaces, spaces.id);

/**
 * The first `limit` spaces of each of several lots, ordered by label then id, in one statement:
 * a page of 20 lots asks once for all their spaces, not once per lot. Rows come lot by lot, in
 * the order of `lotIds`. With `columns`, rows hold only those columns, plus lotId, label and id.
 */
export function listSpacesOfLots(
  db: Database,
  lotIds: readonly string[],
  limit: number,
  after?: SpaceListKey,
  columns?: ColumnKeys,
): Promise<SpaceRow[]> {
  return after
    ? spacesOfLotsAfter(db, { lotIds: [...lotIds], label: after.label, id: after.id }, limit, columns)
    : spacesOfLotsFirst(db, { lotIds: [...lotIds] }, limit, columns);
}

/**
 * One index scan per lot (`spaces (lot_id, label)`), stopped after `limit` rows: the page costs
 * what it returns, however many spaces the lots have. Only the columns asked for (see
 * `projectedRead`).
 */
function spacesOfLots(name: string, after?: SQL) {
  return projectedRead<{ lotIds: string[]; label?: string; id?: string }, typeof spaces>(name, spaces, {
    from: (limit) => sql`from unnest(${sql.placeholder('lotIds')}::uuid[]) with ordinality as page_lot(id, position)
      cross join lateral (
        select * from ${spaces}
        where ${spaces.lotId} = page_lot.id ${after ? sql`and ${after}` : sql``}
        order by ${listOrder(SPACES_OF_LOT_SOURCE, spaces)}
        limit ${limit}
      ) as ${spaces}`,
    orderBy: sql`page_lot.position, ${listOrder(SPACES_OF_LOT_SOURCE, spaces)}`,
    // the page's order and the loader's grouping
    always: ['lotId', 'label', 'id'],
  });
}

const spacesOfLotsFirst = spacesOfLots('parkway_spaces_of_lots_first');
const spacesOfLotsAfter = spacesOfLots(
  'parkway_spaces_of_lots_after',
  sql`(${spaces.label}, ${spaces.id}) > (${sql.placeholder('label')}::text, ${sql.placeholder('id')}::uuid)`,
);
