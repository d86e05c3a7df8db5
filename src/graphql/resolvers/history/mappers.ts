/** The parents history's resolvers receive (codegen.ts mappers). */
export type { HistoryKindRow as OccupancyHistoryKindParent } from '../../../db/queries/history.js';
export type {
  OccupancyHistoryPoint as OccupancyHistoryPointParent,
  OperatorReport as OperatorReportParent,
  ReportRow as OperatorReportRowParent,
} from '../../../domain/history/index.js';
