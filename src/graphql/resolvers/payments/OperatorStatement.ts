import { statementCsv } from '../../../domain/payments/index.js';
import type { OperatorStatementResolvers } from '../../generated/resolvers-types.js';

export const OperatorStatement: OperatorStatementResolvers = {
  csv: (statement) => statementCsv(statement),
};
