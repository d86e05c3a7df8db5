import { reportCsv } from '../../../domain/history/index.js';
import type { OperatorReportResolvers } from '../../generated/resolvers-types.js';

export const OperatorReport: OperatorReportResolvers = {
  csv: (report) => reportCsv(report),
};
