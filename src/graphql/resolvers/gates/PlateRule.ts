import type { PlateRuleResolvers } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';
import { required } from '../base/required.js';

export const PlateRule: PlateRuleResolvers = {
  id: (rule) => toGlobalId('PlateRule', rule.id),
  lot: async (rule, _args, { loaders }) => required(loaders.lot.load(rule.lotId), 'lot of plate rule'),
};
