import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { migrationsApplied } from '../db/migrate.js';
import type { ReadReplicas, ReplicaStatus } from '../db/read-replicas.js';

/** What `/readyz` reports; the server takes traffic only when every check is true. */
export interface Readiness {
  ready: boolean;
  checks: {
    database: boolean;
    migrations: boolean;
    listener: boolean;
    acceptingTraffic: boolean;
  };
  /**
   * Read replicas, when configured: informational, never a reason to refuse traffic (a lagging
   * or unreachable replica's reads go to the primary).
   */
  replicas?: ReplicaStatus[];
}

export interface ReadinessSources {
  db: Database;
  listenerConnected: () => boolean;
  shuttingDown: () => boolean;
  replicas?: ReadReplicas;
  /** A check slower than this counts as failed. @default 2000 */
  timeoutMs?: number;
}

export async function checkReadiness({
  db,
  listenerConnected,
  shuttingDown,
  replicas,
  timeoutMs = 2_000,
}: ReadinessSources): Promise<Readiness> {
  const [database, migrations] = await Promise.all([
    withTimeout(db.execute(sql`select 1`).then(() => true), timeoutMs),
    withTimeout(migrationsApplied(db), timeoutMs),
  ]);
  const checks = { database, migrations, listener: listenerConnected(), acceptingTraffic: !shuttingDown() };
  return { ready: Object.values(checks).every(Boolean), checks, ...(replicas && { replicas: replicas.status() }) };
}

async function withTimeout(check: Promise<boolean>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([check.catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
