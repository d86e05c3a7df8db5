import type { OperatorResolvers } from '../generated/resolvers-types.js';
import { toGlobalId } from '../global-id.js';

export const Operator: OperatorResolvers = {
  id: (operator) => toGlobalId('Operator', operator.id),
};
