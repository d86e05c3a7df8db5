import type { SQL } from 'drizzle-orm';
import type { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from './client.js';

/** Runs raw SQL and returns its rows; both drivers answer `execute` with `{ rows }`. */
export async function selectRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/** The text and parameters `db` would send for `query` (tests EXPLAIN statements with it). */
export function sqlTextOf(db: Database, query: SQL): { sql: string; params: unknown[] } {
  // PgDatabase keeps its dialect (with the snake_case casing) but does not type it
  return (db as unknown as { dialect: PgDialect }).dialect.sqlToQuery(query);
}
