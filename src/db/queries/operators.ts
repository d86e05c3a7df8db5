import { inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { operators, type OperatorRow } from '../schema/index.js';

/** Operators with the given ids, in no particular order. */
export function findOperatorsByIds(db: Database, ids: readonly string[]): Promise<OperatorRow[]> {
  return db.select().from(operators).where(inArray(operators.id, [...ids]));
}
