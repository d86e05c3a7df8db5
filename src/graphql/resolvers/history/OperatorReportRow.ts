import type { OperatorReportRowResolvers } from '../../generated/resolvers-types.js';
import { required } from '../base/required.js';

export const OperatorReportRow: OperatorReportRowResolvers = {
  lot: (row, _args, { loaders }) => required(loaders.lot.load(row.lotId), `lot ${row.lotId}`),
};
