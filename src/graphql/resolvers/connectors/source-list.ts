import type { Database } from '../../../db/client.js';
import { connectorSourceKey, listConnectorSources } from '../../../db/queries/connectors.js';
import { isInstantAndIdKey, readPageRequest, toConnection } from '../../connection.js';

const SOURCE_LIST = 'connectorSources';

/** A page of an operator's connector sources, behind `Operator.connectorSources` (the caller checks who may see it). */
export async function connectorSourceConnection(db: Database, operatorId: string, args: { first?: number | null; after?: string | null }) {
  const { first, after } = readPageRequest(SOURCE_LIST, args, isInstantAndIdKey);
  const rows = await listConnectorSources(db, operatorId, after, first + 1);
  return toConnection(SOURCE_LIST, rows, first, connectorSourceKey);
}
