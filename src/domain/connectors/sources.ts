/**
 * Connector sources: another network's live feed that a connector pulls for an operator's
 * count-only lots. The operator's managers (or a `lots:write` key) add, change and remove them,
 * and see their status; a source's feed ids must equal the `externalRef` of the operator's lots.
 */
import type { Database } from '../../db/client.js';
import {
  deleteConnectorSource,
  findConnectorSource,
  insertConnectorSource,
  updateConnectorSource,
} from '../../db/queries/connectors.js';
import { findOperatorsByIds } from '../../db/queries/operators.js';
import type { ConnectorSourceRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import { check, firstProblem } from '../inventory/checks.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { canManageInventory, requireSignedIn } from '../policy.js';

export interface ConnectorSourceInput {
  name: string;
  format: ConnectorSourceRow['format'];
  url: string;
  /** @default 60 */
  pollIntervalSeconds?: number;
  /** @default 10_000 */
  timeoutMs?: number;
  /** @default true */
  enabled?: boolean;
}

export async function createConnectorSource(
  db: Database,
  viewer: Viewer,
  operatorId: string,
  input: ConnectorSourceInput,
): Promise<Outcome<ConnectorSourceRow>> {
  requireSignedIn(viewer);
  const [operator] = await findOperatorsByIds(db, [operatorId]);
  if (!operator) return fail('NOT_FOUND', 'No such operator', ['input', 'operatorId']);
  if (!canManageInventory(viewer, operatorId)) return forbidden('operatorId');
  const problem = settingsProblem(input);
  if (problem) return fail('INVALID_INPUT', problem.message, ['input', problem.field]);
  return succeed(
    await insertConnectorSource(db, {
      operatorId,
      name: input.name.trim(),
      format: input.format,
      url: input.url.trim(),
      pollIntervalSeconds: input.pollIntervalSeconds ?? 60,
      timeoutMs: input.timeoutMs ?? 10_000,
      enabled: input.enabled ?? true,
    }),
  );
}

/** Changes what is given; the source is polled again at once. */
export async function changeConnectorSource(
  db: Database,
  viewer: Viewer,
  sourceId: string,
  changes: Partial<ConnectorSourceInput>,
): Promise<Outcome<ConnectorSourceRow>> {
  const source = await managedSource(db, viewer, sourceId);
  if (!source.ok) return source;
  const problem = settingsProblem(changes);
  if (problem) return fail('INVALID_INPUT', problem.message, ['input', problem.field]);
  const updated = await updateConnectorSource(db, sourceId, {
    ...(changes.name !== undefined && { name: changes.name.trim() }),
    ...(changes.url !== undefined && { url: changes.url.trim() }),
    ...(changes.format !== undefined && { format: changes.format }),
    ...(changes.pollIntervalSeconds !== undefined && { pollIntervalSeconds: changes.pollIntervalSeconds }),
    ...(changes.timeoutMs !== undefined && { timeoutMs: changes.timeoutMs }),
    ...(changes.enabled !== undefined && { enabled: changes.enabled }),
  });
  return updated ? succeed(updated) : notFound();
}

/** Stops pulling the feed; the counts it stored stay until they expire. */
export async function removeConnectorSource(db: Database, viewer: Viewer, sourceId: string): Promise<Outcome<ConnectorSourceRow>> {
  const source = await managedSource(db, viewer, sourceId);
  if (!source.ok) return source;
  await deleteConnectorSource(db, sourceId);
  return source;
}

/** The source if the viewer may manage it; "not found" to others, so ids cannot be probed. */
async function managedSource(db: Database, viewer: Viewer, sourceId: string): Promise<Outcome<ConnectorSourceRow>> {
  requireSignedIn(viewer);
  const source = await visibleSource(db, viewer, sourceId);
  return source ? succeed(source) : notFound();
}

/** The source when the viewer may see it (`node(id:)`), else null. */
export async function visibleSource(db: Database, viewer: Viewer, sourceId: string): Promise<ConnectorSourceRow | null> {
  const source = await findConnectorSource(db, sourceId);
  return source && canManageInventory(viewer, source.operatorId) ? source : null;
}

/** Whether the viewer may see and change the operator's sources. */
export function canManageConnectors(viewer: Viewer, operatorId: string): boolean {
  return canManageInventory(viewer, operatorId);
}

function settingsProblem(input: Partial<ConnectorSourceInput>): { field: string; message: string } | undefined {
  return firstProblem([
    ['name', input.name === undefined ? undefined : check.text(input.name, 100)],
    ['url', input.url === undefined ? undefined : urlProblem(input.url)],
    ['pollIntervalSeconds', input.pollIntervalSeconds === undefined ? undefined : check.wholeNumber(input.pollIntervalSeconds, 1, 86_400)],
    ['timeoutMs', input.timeoutMs === undefined ? undefined : check.wholeNumber(input.timeoutMs, 100, 60_000)],
  ]);
}

function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http or https URL';
  if (url.username || url.password) return 'must not carry credentials';
  return value.length > 2_000 ? 'must have at most 2000 characters' : undefined;
}

function notFound(): Outcome<never> {
  return fail('NOT_FOUND', 'No such connector source', ['input', 'sourceId']);
}

function forbidden(field: string): Outcome<never> {
  return fail('FORBIDDEN', "Only the operator's managers or a lots:write key may manage its connectors", ['input', field]);
}
