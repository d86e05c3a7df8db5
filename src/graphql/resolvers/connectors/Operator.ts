import { connectorSourceKey, listConnectorSources } from '../../../db/queries/connectors.js';
import { canManageConnectors } from '../../../domain/connectors/sources.js';
import { publishesOpenData } from '../../../domain/open-data/feeds/publication.js';
import { readPageRequest, toConnection } from '../../connection.js';
import type { OperatorResolvers } from '../../generated/resolvers-types.js';
import { isUuid } from '../../global-id.js';

const SOURCE_LIST = 'connectorSources';

function isSourceKey(value: unknown): value is [string, string] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && !Number.isNaN(Date.parse(value[0])) && isUuid(value[1]);
}

/** Operator fields of schema/connectors.graphql: its open-data choice and the feeds it pulls. */
export const Operator: Pick<OperatorResolvers, 'publishesOpenData' | 'connectorSources'> = {
  publishesOpenData: (operator, _args, { db }) => publishesOpenData(db, operator),

  connectorSources: async (operator, args, { db, viewer }) => {
    if (!canManageConnectors(viewer, operator.id)) return null;
    const { first, after } = readPageRequest(SOURCE_LIST, args, isSourceKey);
    const rows = await listConnectorSources(db, operator.id, after, first + 1);
    return toConnection(SOURCE_LIST, rows, first, connectorSourceKey);
  },
};
