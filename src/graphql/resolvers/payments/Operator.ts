import { operatorStatement } from '../../../domain/payments/index.js';
import { badUserInput } from '../../errors.js';
import type { OperatorResolvers } from '../../generated/resolvers-types.js';

/** Operator's fields from schema/payments.graphql. */
export const Operator: Pick<OperatorResolvers, 'statement'> = {
  statement: async (operator, { month }, { db, viewer }) => {
    const statement = await operatorStatement(db, viewer, operator.id, month);
    if (statement === 'INVALID_MONTH') throw badUserInput(`month must be YYYY-MM, got "${month}"`, 'month');
    return statement ?? null;
  },
};
