/** Occupancy history and operator reports: what was free, and how the lots did (docs/history.md). */
export { BUCKET_MS, bucketStartOf, DEFAULT_HISTORY_SETTINGS, retentionCutoff, type HistorySettings } from './buckets.js';
export { lotOccupancyHistory, type OccupancyHistoryPoint } from './lot-history.js';
export { MAX_RANGE_DAYS, MAX_REPORT_DAYS, RangeProblem, validateHistoryRange, validateReportRange, type HistoryBucket } from './range.js';
export { operatorReport, reportCsv, type OperatorReport, type ReportRow } from './report.js';
