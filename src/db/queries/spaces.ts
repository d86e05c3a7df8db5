import { and, asc, eq, getTableColumns, gt, inArray, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { spaces, type SpaceRow } from '../schema/index.js';

/** Position in a lot's label-ordered space list; the id breaks ties. */
export interface SpaceListKey {
  label: string;
  id: string;
}

/** Spaces with the given ids, in no particular order. */
export function findSpacesByIds(db: Database, ids: readonly string[]): Promise<SpaceRow[]> {
  return db.select().from(spaces).where(inArray(spaces.id, [...ids]));
}

/**
 * The first `limit` spaces of each of several lots, ordered by label then id, in one statement:
 * a page of 20 lots asks once for all their spaces, not once per lot.
 */
export async function listSpacesOfLots(
  db: Database,
  lotIds: readonly string[],
  limit: number,
  after?: SpaceListKey,
): Promise<SpaceRow[]> {
  const ranked = db
    .select({
      ...getTableColumns(spaces),
      position: sql<number>`row_number() over (partition by ${spaces.lotId} order by ${spaces.label}, ${spaces.id})`.as(
        'position',
      ),
    })
    .from(spaces)
    .where(
      and(
        inArray(spaces.lotId, [...lotIds]),
        after && or(gt(spaces.label, after.label), and(eq(spaces.label, after.label), gt(spaces.id, after.id))),
      ),
    )
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(lte(ranked.position, limit))
    .orderBy(asc(ranked.lotId), asc(ranked.position));
  return rows.map(({ position: _position, ...space }) => space);
}
