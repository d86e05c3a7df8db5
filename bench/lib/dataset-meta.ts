import type pg from 'pg';

/**
 * What bench/dataset.ts loaded, recorded in the benchmark database itself (table `bench_meta`,
 * not part of the app's schema). Written only after a load finished, removed when one starts, so
 * an interrupted load is never mistaken for a complete one. bench/run-all.ts skips the load when
 * the record matches what it would load.
 */
export interface DatasetMeta {
  lots: number;
  seed: number;
  /** UTC day the bookings are centred on. */
  anchor: string;
  users: number;
  /** Row counts per table right after the load. */
  rows: Record<string, number>;
  loadedAt: string;
}

type Queryable = Pick<pg.Client, 'query'>;

export async function clearDatasetMeta(client: Queryable): Promise<void> {
  await client.query('CREATE TABLE IF NOT EXISTS bench_meta (id int PRIMARY KEY CHECK (id = 1), meta jsonb NOT NULL)');
  await client.query('DELETE FROM bench_meta');
}

export async function writeDatasetMeta(client: Queryable, meta: DatasetMeta): Promise<void> {
  await client.query('INSERT INTO bench_meta (id, meta) VALUES (1, $1)', [JSON.stringify(meta)]);
}

/** The record of the last complete load, or undefined (no table, no row, or no such database). */
export async function readDatasetMeta(client: Queryable): Promise<DatasetMeta | undefined> {
  const table = await client.query<{ exists: boolean }>(`SELECT to_regclass('bench_meta') IS NOT NULL AS exists`);
  if (!table.rows[0]?.exists) return undefined;
  const row = await client.query<{ meta: DatasetMeta }>('SELECT meta FROM bench_meta WHERE id = 1');
  return row.rows[0]?.meta;
}
