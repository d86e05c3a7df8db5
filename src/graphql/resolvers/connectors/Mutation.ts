import { changeConnectorSource, createConnectorSource, removeConnectorSource } from '../../../domain/connectors/sources.js';
import { setOpenDataPublication } from '../../../domain/open-data/feeds/publication.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf } from '../../global-id.js';
import { toPayload } from '../../payload.js';

const sourceId = (id: string) => fromGlobalIdOf('ConnectorSource', id, 'input.sourceId');

export const Mutation: Pick<MutationResolvers, 'setOpenDataPublication' | 'createConnectorSource' | 'updateConnectorSource' | 'deleteConnectorSource'> = {
  setOpenDataPublication: async (_parent, { input }, { db, viewer }) =>
    toPayload('operator', await setOpenDataPublication(db, viewer, fromGlobalIdOf('Operator', input.operatorId, 'input.operatorId'), input.publish)),

  createConnectorSource: async (_parent, { input: { operatorId, ...settings } }, { db, viewer }) =>
    toPayload(
      'source',
      await createConnectorSource(db, viewer, fromGlobalIdOf('Operator', operatorId, 'input.operatorId'), {
        ...settings,
        pollIntervalSeconds: settings.pollIntervalSeconds ?? undefined,
        timeoutMs: settings.timeoutMs ?? undefined,
        enabled: settings.enabled ?? undefined,
      }),
    ),

  updateConnectorSource: async (_parent, { input: { sourceId: id, ...changes } }, { db, viewer }) =>
    toPayload(
      'source',
      await changeConnectorSource(db, viewer, sourceId(id), {
        name: changes.name ?? undefined,
        format: changes.format ?? undefined,
        url: changes.url ?? undefined,
        pollIntervalSeconds: changes.pollIntervalSeconds ?? undefined,
        timeoutMs: changes.timeoutMs ?? undefined,
        enabled: changes.enabled ?? undefined,
      }),
    ),

  deleteConnectorSource: async (_parent, { input }, { db, viewer }) => toPayload('source', await removeConnectorSource(db, viewer, sourceId(input.sourceId))),
};
