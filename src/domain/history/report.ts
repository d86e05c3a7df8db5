import type { Database } from '../../db/client.js';
import { operatorReportRows, type ReportDayRow } from '../../db/queries/history.js';
import type { Viewer } from '../auth/viewer.js';
import { canSeeOperatorReports } from '../policy.js';
import { validateReportRange } from './range.js';

/** One lot's day with its measures (schema/history.graphql OperatorReportRow defines each). */
export interface ReportRow extends ReportDayRow {
  utilisation: number | null;
  turnover: number | null;
  noShowRate: number | null;
}

export interface OperatorReport {
  from: string;
  to: string;
  rows: ReportRow[];
}

/**
 * An operator's lots day by day over `range` (inclusive days, each lot's own time zone);
 * undefined when the viewer may not see it (policy: as the operator's money).
 * @throws InvalidInputError for days that are not dates, reversed, or more than 93 of them.
 */
export async function operatorReport(
  db: Database,
  viewer: Viewer,
  operatorId: string,
  range: { from: string; to: string },
  now: Date,
): Promise<OperatorReport | undefined> {
  if (!canSeeOperatorReports(viewer, operatorId)) return undefined;
  const { from, to } = validateReportRange(range);
  const rows = await operatorReportRows(db, operatorId, from, to, now);
  return { from, to, rows: rows.map(withMeasures) };
}

function withMeasures(row: ReportDayRow): ReportRow {
  return {
    ...row,
    utilisation: row.capacitySampled > 0 ? row.occupiedSampled / row.capacitySampled : null,
    turnover: row.capacity ? row.sessionsStarted / row.capacity : null,
    noShowRate: row.bookingsStarted > 0 ? row.noShows / row.bookingsStarted : null,
  };
}

/** A report as CSV (RFC 4180): one line per lot, day and revenue currency (one with none if no money moved). */
export function reportCsv(report: OperatorReport): string {
  const header = [
    'lot_id', 'lot_name', 'day', 'capacity', 'utilisation', 'turnover', 'bookings_started', 'no_shows', 'no_show_rate',
    'sessions_started', 'currency', 'revenue',
  ].join(',');
  const lines = report.rows.flatMap((row) => {
    const measures = [
      row.lotId,
      csvText(row.lotName),
      row.day,
      row.capacity ?? '',
      decimal(row.utilisation),
      decimal(row.turnover),
      row.bookingsStarted,
      row.noShows,
      decimal(row.noShowRate),
      row.sessionsStarted,
    ];
    const money = row.revenue.length > 0 ? row.revenue.map((line) => [line.currency, line.amount]) : [['', '']];
    return money.map((currencyAndAmount) => [...measures, ...currencyAndAmount].join(','));
  });
  return [header, ...lines].join('\r\n') + '\r\n';
}

const decimal = (value: number | null) => (value === null ? '' : String(Math.round(value * 10_000) / 10_000));

/** A text field quoted when it must be (a comma, a quote or a line break in it). */
function csvText(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
