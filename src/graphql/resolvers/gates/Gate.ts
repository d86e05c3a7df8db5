import type { GateResolvers } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';
import { required } from '../base/required.js';

/** Every field of Gate, including `kind` from schema/arrivals.graphql. */
export const Gate: GateResolvers = {
  id: (gate) => toGlobalId('Gate', gate.id),
  lot: async (gate, _args, { loaders }) => required(loaders.lot.load(gate.lotId), 'lot of gate'),
  // arrivals: projected reads (SQL plans) may leave the column out; a gate without it is a barrier
  kind: (gate) => gate.kind ?? 'BARRIER',
};
