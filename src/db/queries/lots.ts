import { and, asc, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
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
  const statements = lotListStatements(db);
  return after ? statements.after.execute({ limit, name: after.name, id: after.id }) : statements.first.execute({ limit });
}

/**
 * The lot list is the busiest read, so its two statements are built once per database handle and
 * sent as named prepared statements: otherwise Drizzle builds the SQL of ~25 columns again on
 * every request (a tenth of a flat page's CPU, measured) and PostgreSQL plans it again (longer than
 * running it).
 */
const lotListStatementsByDatabase = new WeakMap<Database, ReturnType<typeof prepareLotListStatements>>();

function lotListStatements(db: Database) {
  let statements = lotListStatementsByDatabase.get(db);
  if (!statements) {
    statements = prepareLotListStatements(db);
    lotListStatementsByDatabase.set(db, statements);
  }
  return statements;
}

function prepareLotListStatements(db: Database) {
  const page = (after?: SQL) =>
    db
      .select()
      .from(lots)
      .where(and(isNull(lots.archivedAt), after))
      .orderBy(asc(lots.name), asc(lots.id))
      .limit(sql.placeholder('limit'));
  const name = sql.placeholder('name');
  return {
    first: page().prepare('parkway_list_lots_first'),
    after: page(or(gt(lots.name, name), and(eq(lots.name, name), gt(lots.id, sql.placeholder('id'))))).prepare('parkway_list_lots_after'),
  };
}
