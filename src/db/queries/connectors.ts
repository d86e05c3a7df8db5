import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { selectRows } from '../rows.js';
import { connectorSources, type ConnectorSourceRow, type NewConnectorSource, type SkippedFeedItem } from '../schema/index.js';
import { uuidArray } from './fragments.js';
import { keyset } from './keyset.js';

/** An operator's sources, oldest first (the order of `Operator.connectorSources`). */
export const CONNECTOR_SOURCE_ORDER = keyset(
  'asc',
  { column: sql`date_trunc('milliseconds', ${connectorSources.createdAt})`, type: 'timestamptz' },
  { column: connectorSources.id, type: 'uuid' },
);

export async function insertConnectorSource(db: Database, row: NewConnectorSource): Promise<ConnectorSourceRow> {
  const [inserted] = await db.insert(connectorSources).values(row).returning();
  return inserted!;
}

export async function findConnectorSource(db: Database, id: string): Promise<ConnectorSourceRow | undefined> {
  const [row] = await db.select().from(connectorSources).where(eq(connectorSources.id, id));
  return row;
}

/** Changes a source's settings; a changed source is polled at once (its status starts over). */
export async function updateConnectorSource(
  db: Database,
  id: string,
  changes: Partial<Pick<NewConnectorSource, 'name' | 'url' | 'format' | 'pollIntervalSeconds' | 'timeoutMs' | 'enabled'>>,
): Promise<ConnectorSourceRow | undefined> {
  const [row] = await db
    .update(connectorSources)
    .set({ ...changes, nextPollAt: sql`now()`, consecutiveFailures: 0, updatedAt: sql`now()` })
    .where(eq(connectorSources.id, id))
    .returning();
  return row;
}

export async function deleteConnectorSource(db: Database, id: string): Promise<void> {
  await db.delete(connectorSources).where(eq(connectorSources.id, id));
}

/** A source's position in CONNECTOR_SOURCE_ORDER, as a cursor keeps it. */
export function connectorSourceKey(source: ConnectorSourceRow): [string, string] {
  return [source.createdAt.toISOString(), source.id];
}

/** A page of the operator's sources after `after` (a connectorSourceKey). */
export function listConnectorSources(db: Database, operatorId: string, after: readonly unknown[] | undefined, limit: number): Promise<ConnectorSourceRow[]> {
  return db
    .select()
    .from(connectorSources)
    .where(and(eq(connectorSources.operatorId, operatorId), after ? CONNECTOR_SOURCE_ORDER.after(after) : undefined))
    .orderBy(...CONNECTOR_SOURCE_ORDER.orderBy)
    .limit(limit);
}

/**
 * Takes the enabled sources that are due, except `busy` ones (still being polled here), and
 * pushes each one's next poll a timeout past now, so another process running the job meanwhile
 * does not poll it too. A conditional update: two takers never get the same source.
 */
export async function claimDueSources(db: Database, busy: readonly string[], limit: number): Promise<ConnectorSourceRow[]> {
  const claimed = await selectRows<{ id: string }>(
    db,
    sql`
    UPDATE connector_sources s
    SET next_poll_at = now() + make_interval(secs => s.timeout_ms / 1000.0 + 1)
    WHERE s.id IN (
      SELECT id FROM connector_sources
      WHERE enabled AND next_poll_at <= now() AND NOT (id = ANY(${uuidArray(busy)}))
      ORDER BY next_poll_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING s.id`,
  );
  if (claimed.length === 0) return [];
  return db
    .select()
    .from(connectorSources)
    .where(sql`${connectorSources.id} = ANY(${uuidArray(claimed.map((row) => row.id))})`);
}

/** What one poll found, for the source's status. */
export interface PollSuccess {
  itemCount: number;
  appliedCount: number;
  skipped: SkippedFeedItem[];
}

/** Records a poll that read the feed whole; the next one is due an interval from now. */
export async function recordPollSuccess(db: Database, id: string, attemptedAt: Date, outcome: PollSuccess): Promise<void> {
  await db
    .update(connectorSources)
    .set({
      lastAttemptAt: attemptedAt,
      lastSuccessAt: sql`now()`,
      consecutiveFailures: 0,
      lastItemCount: outcome.itemCount,
      lastAppliedCount: outcome.appliedCount,
      lastSkipped: outcome.skipped,
      nextPollAt: sql`now() + make_interval(secs => ${connectorSources.pollIntervalSeconds})`,
    })
    .where(eq(connectorSources.id, id));
}

/**
 * Records a failed poll (nothing of it was written; `items`: those at fault) and backs off: the interval doubled per
 * failure in a row, at most `maxBackoffSeconds` (or the interval itself when that is longer).
 */
export async function recordPollFailure(
  db: Database,
  id: string,
  attemptedAt: Date,
  error: { code: string; message: string; items: SkippedFeedItem[] },
  maxBackoffSeconds: number,
): Promise<void> {
  await db
    .update(connectorSources)
    .set({
      lastAttemptAt: attemptedAt,
      lastErrorAt: sql`now()`,
      lastErrorCode: error.code,
      lastError: error.message,
      lastSkipped: error.items,
      consecutiveFailures: sql`${connectorSources.consecutiveFailures} + 1`,
      nextPollAt: sql`now() + make_interval(secs => greatest(${connectorSources.pollIntervalSeconds},
        least(${maxBackoffSeconds}, ${connectorSources.pollIntervalSeconds} * power(2, least(${connectorSources.consecutiveFailures} + 1, 20)))))`,
    })
    .where(eq(connectorSources.id, id));
}
