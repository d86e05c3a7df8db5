/**
 * Resolvers of schema/history.graphql: occupancy history and operator reports. The fields it adds
 * to Lot and Operator live in those types' files (lots/, operators/).
 */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { OperatorReport } from './OperatorReport.js';
import { OperatorReportRow } from './OperatorReportRow.js';

export const history: Resolvers = { OperatorReport, OperatorReportRow };
